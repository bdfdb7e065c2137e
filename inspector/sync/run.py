"""One sync, in the protocol's order: records (the outbox), audit events and the signed audit
head, files, then changes down. Each step records what the server acknowledged as it goes, so
the run may be cut at any instant: the next one sends again only what was not acknowledged,
and the server answers ``duplicate`` for what it had already stored."""

from __future__ import annotations

import base64
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.errors import SyncError, SyncNotSetUp
from inspector.i18n import _
from inspector.sync import blobs, outbox, pull, state
from inspector.sync.client import Hello, ServerClient, ServerRefusal, TransientFailure
from inspector.sync.values import record_data
from inspector.vault.tables import AuditEvent, InspectorProfile, SentBlob, SigningIdentity
from inspector.vault.types import utcnow

if TYPE_CHECKING:
    from inspector.vault.store import Vault

# How long the authority's revocation list held is taken as fresh enough to sign reports with
# before a sync asks for it again (its own validity, the server's next update, is a week).
CRL_REFRESH_HOURS = 1


@dataclass(frozen=True)
class SyncProgress:
    """``step``: "records", "audit", "files" or "changes"; ``done`` of ``total`` (records,
    events, bytes; 0 when not known)."""

    step: str
    done: int
    total: int


Progress = Callable[[SyncProgress], None]


@dataclass
class SyncReport:
    records_sent: int = 0
    audit_events_sent: int = 0
    files_sent: int = 0
    file_bytes_sent: int = 0
    files_waiting: int = 0  # left for the next sync (``--no-blobs``, or refused)
    received: pull.Received = field(default_factory=pull.Received)
    quarantined: list[outbox.Refusal] = field(default_factory=list)
    conflicts: list[outbox.Refusal] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    clock_skew_seconds: float | None = None
    slowed_down: int = 0  # times the server asked this laptop to wait (429), and it did


@contextmanager
def writing(vault: Vault) -> Iterator[Session]:
    """A write transaction (BEGIN IMMEDIATE) that commits on success."""
    session = Session(vault.engine.execution_options(write=True), expire_on_commit=False)
    with session, session.begin():
        yield session


# Files on their way at once: one's hashing and fsync on the server overlap the next one's
# transfer. Two keep the memory bound (each file's bytes are held while it goes up).
FILES_IN_FLIGHT = 2


def _nothing(_progress: SyncProgress) -> None:
    return None


class SyncRun:
    def __init__(
        self, vault: Vault, client: ServerClient, progress: Progress | None = None
    ) -> None:
        self.vault = vault
        self.client = client
        self.progress = progress or _nothing
        self.report = SyncReport()
        self.batch_records = 0  # the server's limit, or less after a batch had to be split
        self._report_lock = threading.Lock()  # files go up from several threads

    def run(self, *, files: bool = True) -> SyncReport:
        hello = self.client.hello()
        self.batch_records = hello.max_batch_records
        with self.vault.reading() as session:
            enrolment = state.enrolment(session)
            if enrolment is None:
                raise SyncNotSetUp(
                    _("This laptop is not enrolled: inspector enroll URL CODE sets it up.")
                ).in_window(
                    _(
                        "This laptop is not enrolled yet. In Settings, under Central server, "
                        "enrol it with the server address and the code your administrator "
                        "gave you."
                    )
                )
            device_id = enrolment.device_id
            actor = session.scalar(select(InspectorProfile.name).limit(1)) or "inspector"
        with writing(self.vault) as session:
            state.put(session, state.MAX_DAYS_OFFLINE, hello.max_days_offline)
            if hello.server_time is not None:
                skew = (utcnow() - hello.server_time).total_seconds()
                self.report.clock_skew_seconds = skew
                state.put(session, state.CLOCK_SKEW, skew)
        self.push_records(hello)
        if self.report.records_sent:
            # Records held back for a parent that has just been taken go up at once.
            self.push_records(hello)
        self.push_audit(hello)
        with writing(self.vault) as session:
            # Contact, for the ministry's "every N days": the server holds this laptop's records
            # and audit trail (files may still be on their way: large evidence on a slow link
            # must not stop the inspector's work).
            state.put(session, state.LAST_CONTACT, utcnow().isoformat())
        if files:
            self.push_files(hello)
        else:
            with self.vault.reading() as session:
                self.report.files_waiting = len(blobs.files_waiting(session))
        self.pull(device_id, actor)
        self.keep_revocation_list()
        self.report.slowed_down = self.client.rate_limited
        return self.report

    # --- records ---

    def push_records(self, hello: Hello) -> None:
        with self.vault.reading() as session:
            waiting = outbox.waiting(session)
        parents: set[str] = set()
        done = 0
        start = 0
        while start < len(waiting):
            items = waiting[start : start + self.batch_records]
            start += len(items)
            with self.vault.reading() as session:
                records = list(outbox.outgoing(session, items, parents))
            for batch, too_large in outbox.batches(
                records, self.batch_records, hello.max_body_bytes
            ):
                if too_large:
                    self._too_large(too_large, hello)
                if batch:
                    self._send(batch)
            done += len(items)
            self.progress(SyncProgress("records", done, len(waiting)))

    def _too_large(self, records: list[outbox.Outgoing], hello: Hello) -> None:
        reason = _("larger than the server takes in one request ({limit} bytes)").format(
            limit=hello.max_body_bytes
        )
        with writing(self.vault) as session:
            for record in records:
                outbox.quarantine(session, record, reason)
                self.report.quarantined.append(outbox.Refusal.of(record, reason))

    def _post(
        self,
        batch: list[outbox.Outgoing],
        record: Callable[[list[outbox.Outgoing], list[Any]], None],
    ) -> None:
        """Send a batch and ``record`` what the server answered. A batch the connection cannot
        carry (cut on every try, or refused as too large) goes again in halves, and later
        batches are kept to that size: a poor network slows the queue, never stops it."""
        try:
            answer = self.client.post_records([item.wire() for item in batch])
        except (TransientFailure, ServerRefusal) as failure:
            too_large = isinstance(failure, ServerRefusal) and failure.status == 413
            transient = isinstance(failure, TransientFailure) and self.client.retries_left > 0
            if len(batch) < 2 or not (too_large or transient):
                raise
            half = len(batch) // 2
            self.batch_records = max(1, min(self.batch_records, half))
            self._post(batch[:half], record)
            self._post(batch[half:], record)
            return
        results = answer.get("results")
        if not isinstance(results, list):
            raise SyncError(_("The server's answer to an upload is not what Field Inspector "
                              "expects; nothing was marked as sent."))  # fmt: skip
        record(batch, results)

    def _send(self, batch: list[outbox.Outgoing]) -> None:
        def record(sent: list[outbox.Outgoing], results: list[Any]) -> None:
            with writing(self.vault) as session:
                answered = outbox.record_answers(session, sent, results)
            self.report.records_sent += answered.acknowledged
            self.report.quarantined += answered.quarantined
            self.report.conflicts += answered.conflicts

        self._post(batch, record)

    # --- the audit trail ---

    def push_audit(self, hello: Hello) -> None:
        """Events after the last one the server acknowledged, in order; the mark moves over
        each event answered (stored, or quarantined when refused), never past a gap."""
        with self.vault.reading() as session:
            acknowledged = int(state.get(session, state.AUDIT_SEQ, 0))
        while True:
            with self.vault.reading() as session:
                events = list(
                    session.scalars(
                        select(AuditEvent)
                        .where(AuditEvent.seq > acknowledged)
                        .order_by(AuditEvent.seq)
                        .limit(self.batch_records)
                    )
                )
            if not events:
                break
            records = [
                outbox.Outgoing("audit_event", str(event.id), 1, None, "upsert",
                                record_data(event), None)
                for event in events
            ]  # fmt: skip
            handled: set[str] = set()
            for batch, too_large in outbox.batches(
                records, self.batch_records, hello.max_body_bytes
            ):
                if too_large:
                    self._too_large(too_large, hello)
                    handled.update(record.id for record in too_large)
                if batch:
                    handled.update(self._send_audit(batch))
            mark = acknowledged
            for event in events:
                if str(event.id) not in handled:
                    break
                mark = event.seq
            if mark == acknowledged:
                break  # the server answered none of them: the next sync tries again
            with writing(self.vault) as session:
                state.put(session, state.AUDIT_SEQ, mark)
            acknowledged = mark
            self.progress(SyncProgress("audit", self.report.audit_events_sent, 0))
        self._send_head(acknowledged)

    def _send_audit(self, batch: list[outbox.Outgoing]) -> set[str]:
        handled: set[str] = set()

        def record(sent: list[outbox.Outgoing], results: list[Any]) -> None:
            by_id = {str(r.get("id")): r for r in results if isinstance(r, dict)}
            with writing(self.vault) as session:
                for item in sent:
                    result = by_id.get(item.id, {})
                    status = result.get("status")
                    if status in outbox.ACKNOWLEDGED:
                        self.report.audit_events_sent += 1
                    elif status in ("refused", "conflict"):
                        reason = str(result.get("reason") or _("refused by the server"))
                        outbox.quarantine(session, item, reason)
                        self.report.quarantined.append(outbox.Refusal.of(item, reason))
                    else:
                        continue
                    handled.add(item.id)

        self._post(batch, record)
        return handled

    def _send_head(self, seq: int) -> None:
        with self.vault.reading() as session:
            if seq <= 0 or int(state.get(session, state.AUDIT_HEAD_SENT, 0)) == seq:
                return
            event = session.get(AuditEvent, seq)
            identity = session.scalar(
                select(SigningIdentity).order_by(SigningIdentity.created_at.desc()).limit(1)
            )
            if event is None or identity is None:
                return
            signature = sign_head(identity.private_key, self.vault.vault_id, seq, event.hash)
            head_hash = event.hash
        try:
            self.client.audit_head(
                seq, head_hash, utcnow().isoformat(), base64.b64encode(signature).decode("ascii")
            )
        except ServerRefusal as refusal:
            if refusal.code == "history_rewritten":
                raise SyncError(
                    _(
                        "The server says this laptop's audit trail no longer holds what it "
                        "reported before ({message}). Tell your administrator; nothing was "
                        "changed here."
                    ).format(message=refusal)
                ) from None
            raise
        with writing(self.vault) as session:
            state.put(session, state.AUDIT_HEAD_SENT, seq)

    # --- files ---

    def push_files(self, hello: Hello) -> None:
        """Files go up FILES_IN_FLIGHT at a time, so that one's checks and fsync on the server
        overlap the next one's transfer; the next file is read out of the vault meanwhile."""
        with self.vault.reading() as session:
            waiting = blobs.files_waiting(session)
        total = sum(item.size for item in waiting)
        done = 0
        counting = threading.Lock()

        def moved(count: int) -> None:
            nonlocal done
            with counting:
                done += count
                self.progress(SyncProgress("files", done, total))

        def read(item: blobs.FileToSend) -> bytes | None:
            with self.vault.reading() as session:
                return blobs.file_bytes(session, item)

        complete: list[blobs.FileToSend] = []
        in_flight: deque[tuple[blobs.FileToSend, Future[bool]]] = deque()

        def settle(keep: int) -> None:
            while len(in_flight) > keep:
                item, sending = in_flight.popleft()
                if sending.result():
                    complete.append(item)
                if len(complete) >= 25:
                    self._mark_complete(complete)

        try:
            with (
                closing(blobs.read_ahead(read, waiting)) as contents,
                ThreadPoolExecutor(FILES_IN_FLIGHT, thread_name_prefix="sync-send") as senders,
            ):
                try:
                    for item, content in contents:
                        in_flight.append(
                            (item, senders.submit(self._push_file, item, content, hello, moved))
                        )
                        settle(FILES_IN_FLIGHT - 1)
                    settle(0)
                finally:
                    for _item, sending in in_flight:
                        sending.cancel()
        finally:
            self._mark_complete(complete)

    def _push_file(
        self,
        item: blobs.FileToSend,
        content: bytes | None,
        hello: Hello,
        moved: Callable[[int], None],
    ) -> bool:
        if content is None:
            with self._report_lock:
                self.report.problems.append(
                    _("file {sha} is no longer intact in this vault and was not sent").format(
                        sha=item.sha256[:12]
                    )
                )
                self.report.files_waiting += 1
            return False
        try:
            sent = blobs.upload(self.client, item.sha256, content, hello.chunk_size, moved)
        except ServerRefusal as refusal:
            with self._report_lock:
                self.report.problems.append(
                    _("file {sha} was refused: {reason}").format(
                        sha=item.sha256[:12], reason=refusal
                    )
                )
                self.report.files_waiting += 1
            return False
        if sent:
            with self._report_lock:
                self.report.files_sent += 1  # not those the server held already
                self.report.file_bytes_sent += sent
        return True

    def _mark_complete(self, complete: list[blobs.FileToSend]) -> None:
        """Note files the server holds complete, several per transaction (a file not noted
        before an interruption is asked about again, and costs no bytes)."""
        if not complete:
            return
        with writing(self.vault) as session:
            for item in complete:
                if session.get(SentBlob, item.sha256) is None:
                    session.add(SentBlob(sha256=item.sha256, size=item.size))
        complete.clear()

    # --- changes down ---

    def keep_revocation_list(self) -> None:
        """The authority's CRL, kept when the enrolment's CA signed it: reports signed offline
        carry it, so a reader can check the signer's certificate was not revoked
        (reports/signing.py). Asked for once per ``CRL_REFRESH_HOURS``, not at every sync."""
        import datetime as dt

        from inspector.reports.certificates import certificates_from_pem, read_crl

        with self.vault.reading() as session:
            held = state.get(session, state.AUTHORITY_CRL) or {}
        try:
            fetched = dt.datetime.fromisoformat(str(held.get("fetched", "")))
        except ValueError:
            fetched = None
        if fetched is not None and utcnow() - fetched < dt.timedelta(hours=CRL_REFRESH_HOURS):
            return
        try:
            der = self.client.crl_der()
        except ServerRefusal:  # a server without the endpoint: reports say it was not checked
            return
        with writing(self.vault) as session:
            enrolment = state.enrolment(session)
            ca = certificates_from_pem(enrolment.ca_certificate if enrolment else "")
            crl = read_crl(der, ca)
            if crl is None:
                return
            issued = crl.this_update.isoformat()
            held = state.get(session, state.AUTHORITY_CRL) or {}
            if str(held.get("this_update", "")) > issued:
                return
            encoded = base64.b64encode(der).decode("ascii")
            state.put(
                session,
                state.AUTHORITY_CRL,
                {"der": encoded, "this_update": issued, "fetched": utcnow().isoformat()},
            )

    def pull(self, device_id: uuid.UUID, actor: str) -> None:
        received = pull.pull(
            self.client,
            lambda: writing(self.vault),
            self.vault.reading,
            device_id,
            actor,
        )
        self.report.received = received
        self.report.problems += received.skipped
        self.report.quarantined += [
            outbox.Refusal("report", report_id, f"report {report_id[:8]}", reason)
            for report_id, reason in received.refused_reports
        ]
        self.progress(SyncProgress("changes", 1, 1))


def sign_head(private_key_der: bytes, vault_id: str, seq: int, head_hash: str) -> bytes:
    """The device's signature over ``"{vault_id}:{seq}:{hash}"`` (RSA PKCS#1 v1.5 or ECDSA, with
    SHA-256), as the protocol's audit-head asks."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    key = serialization.load_der_private_key(private_key_der, password=None)
    message = f"{vault_id}:{seq}:{head_hash}".encode()
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(message, ec.ECDSA(hashes.SHA256()))
    raise SyncError(_("The vault's signing key is of a kind the server does not take."))
