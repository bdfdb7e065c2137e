"""The laptop's side of sync with the central server (docs/sync-protocol.md): the HTTP client,
the outbox going up, files in resumable chunks, reference data coming down.

Below ``inspector.services``: nothing here imports services, Qt or FastAPI. The use cases the
window and the command line call are in ``inspector.services.sync``.
"""
