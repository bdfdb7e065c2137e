"""Which blob store a server keeps files in, from the spec it is configured with.

``open_blob_store(spec, data_dir)`` opens:

- ``""``: the folder ``data_dir / "blobs"``;
- a folder path, absolute or relative to ``data_dir``;
- ``s3://BUCKET/PREFIX?endpoint=URL&region=NAME&profile=NAME&addressing=path|virtual|auto``:
  S3-compatible object storage; every parameter is optional (AWS by default). Credentials come
  from the usual boto3 places (environment, ``~/.aws``, instance role), never from the spec; a
  private CA goes in ``AWS_CA_BUNDLE``. TLS certificates are always verified.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.server.blobstore import BlobStore, FolderBlobStore

_BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")


def open_blob_store(spec: str, data_dir: Path) -> BlobStore:
    """The store named by ``spec`` (see the module docstring)."""
    spec = spec.strip()
    if not spec.startswith("s3://"):
        folder = Path(spec).expanduser() if spec else Path("blobs")
        return FolderBlobStore(folder if folder.is_absolute() else Path(data_dir) / folder)
    parts = urlsplit(spec)
    query = parse_qs(parts.query, keep_blank_values=True)
    known = {"endpoint", "region", "profile", "addressing"}
    if (
        not _BUCKET.fullmatch(parts.netloc)  # no user:password@, no port: credentials stay out
        or set(query) - known
        or any(len(v) != 1 for v in query.values())
        or parts.fragment
    ):
        # The spec is not repeated: a mistyped one might hold a secret.
        raise InvalidInput(
            _("The blob store is a folder or s3://bucket/prefix?endpoint=URL&region=NAME.")
        )
    options = {name: values[0] for name, values in query.items()}
    from inspector.server.s3store import S3BlobStore

    return S3BlobStore(
        parts.netloc,
        parts.path.strip("/"),
        endpoint_url=options.get("endpoint") or None,
        region=options.get("region") or None,
        profile=options.get("profile") or None,
        addressing_style=options.get("addressing") or "auto",
    )
