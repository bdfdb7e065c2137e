"""Signed reports that arrive: checked, then upgraded to PAdES B-LT (a timestamp from the
server's own timestamping authority and the validation data, as an incremental update), and
announced to the laptop that sent them, which fetches the upgraded file on its next sync.

A report comes as a ``report`` record and a blob; whichever arrives second triggers the seal.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from inspector.errors import InvalidInput
from inspector.server.changes import append_change
from inspector.server.tables import Blob, Record, SealedReport
from inspector.vault.types import utcnow

if TYPE_CHECKING:
    from inspector.server.sealing import SealResult
    from inspector.server.state import ServerState

log = logging.getLogger("inspector.server")


def seal_reports_of_blob(state: ServerState, jurisdiction_id: int, sha256: str) -> None:
    """A blob arrived: seal every report record of this jurisdiction that waited for it."""
    with state.session() as session:
        waiting = session.scalars(
            select(Record.id).where(
                Record.type == "report",
                Record.jurisdiction_id == jurisdiction_id,
                Record.data["sha256"].as_string() == sha256,
            )
        ).all()
    for report_id in waiting:
        seal_if_ready(state, report_id)


def seal_if_ready(state: ServerState, report_id: uuid.UUID) -> None:
    from inspector.server.crl import current_crl
    from inspector.server.sealing import seal_report

    with state.session() as session:
        record = session.get(Record, ("report", report_id))
        if record is None:
            return
        sha256 = str(record.data.get("sha256", ""))
        jurisdiction_id = record.jurisdiction_id
        account_id = record.account_id
        inspection_id = record.inspection_id
        if session.get(SealedReport, report_id) is not None:
            return
        blob = session.scalar(
            select(Blob).where(Blob.sha256 == sha256, Blob.jurisdiction_id == jurisdiction_id)
        )
        if blob is None:
            return
    original = state.blobs.read_bytes(sha256)
    problem = ""
    try:
        sealed = seal_report(original, state.authority, current_crl(state))
    except InvalidInput as exc:
        problem = str(exc)
        sealed = None
    try:
        _record_seal(
            state, report_id, inspection_id, jurisdiction_id, account_id, sha256, sealed, problem
        )
    except IntegrityError:
        return  # another process sealed it first
    if problem:
        log.info("report %s did not verify on arrival", report_id)


def _record_seal(
    state: ServerState,
    report_id: uuid.UUID,
    inspection_id: uuid.UUID | None,
    jurisdiction_id: int,
    account_id: int,
    sha256: str,
    sealed: SealResult | None,
    problem: str,
) -> None:
    with state.session() as session:
        row = SealedReport(
            report_id=report_id,
            inspection_id=inspection_id,
            jurisdiction_id=jurisdiction_id,
            sha256=sha256,
            verified=sealed is not None,
            problem=problem,
        )
        if sealed is not None:
            ltv_sha = hashlib.sha256(sealed.pdf).hexdigest()
            state.blobs.put(ltv_sha, sealed.pdf)
            row.ltv_sha256 = ltv_sha
            row.ltv_size = len(sealed.pdf)
            row.signer = sealed.signer
            row.sealed_at = utcnow()
            existing = session.scalar(
                select(Blob).where(Blob.sha256 == ltv_sha, Blob.jurisdiction_id == jurisdiction_id)
            )
            if existing is None:
                session.add(
                    Blob(sha256=ltv_sha, jurisdiction_id=jurisdiction_id, size=len(sealed.pdf))
                )
        session.add(row)
        session.flush()
        append_change(
            session,
            "report",
            str(report_id),
            {
                "report_id": str(report_id),
                "inspection_id": str(inspection_id) if inspection_id else None,
                "sha256": sha256,
                "ltv_sha256": row.ltv_sha256,
                "size": row.ltv_size,
                "verified": row.verified,
                "problem": problem,
            },
            jurisdiction_id=jurisdiction_id,
            account_id=account_id,
        )
