"""A sync brings the authority's revocation list down to the laptop, checked against the
enrolled CA; the next report signed offline carries it, so pyHanko validates the signature with
revocation checking on from the file alone, and `inspector verify` says revocation was checked."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import httpx
from asn1crypto import x509 as asn1_x509

from inspector.reports.certificates import certificates_from_pem
from inspector.reports.loops import outside_event_loop
from inspector.services.sync import sync_now
from inspector.services.uow import UnitOfWork
from tests.conftest import run_cli
from tests.sync.conftest import (
    FAST,
    Central,
    Laptop,
    enrolled,
    local_agency,
    make_inspection,
)


def test_a_report_signed_after_a_sync_carries_the_authority_s_crl(
    central: Central, make_laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko_certvalidator import ValidationContext

    from inspector.services.reports import create_report
    from inspector.sync import state

    laptop = make_laptop("asha-revocation")
    enrolled(central, laptop, central.ministry.inspector)
    with laptop.vault.reading() as session:
        assert state.get(session, state.AUTHORITY_CRL) is None
    sync_now(laptop.vault, client_options=FAST)
    inspection = make_inspection(laptop.vault, local_agency(laptop.vault))
    with UnitOfWork(laptop.vault) as uow:
        made = create_report(uow, str(inspection))
    with laptop.vault.reading() as session:
        ca_pem = state.enrolment(session).ca_certificate  # type: ignore[union-attr]

    # The server's CRL as anyone can fetch it, and its CA: pyHanko with revocation required.
    crl = httpx.get(f"{central.server.api}/authority/crl.der", timeout=30).content
    roots = [asn1_x509.Certificate.load(der) for der in certificates_from_pem(ca_pem)]
    reader = PdfFileReader(io.BytesIO(made.content))
    signature = reader.embedded_signatures[0]
    status = outside_event_loop(lambda: validate_pdf_signature(
        signature,
        ValidationContext(trust_roots=roots, crls=[crl], allow_fetching=False,
                          revocation_mode="require"),
    ))  # fmt: skip
    assert status.intact and status.valid and status.trusted and not status.revoked
    # And from the file alone: the CRL the sync brought is in the signed revision's DSS.
    dss = DocumentSecurityStore.read_dss(reader)
    assert len(dss.crls) == 1
    status = outside_event_loop(
        lambda: validate_pdf_signature(
            signature,
            dss.as_validation_context(
                {"trust_roots": roots, "allow_fetching": False, "revocation_mode": "require"}
            ),
        )
    )
    assert status.trusted and not status.revoked

    report = tmp_path / "report.pdf"
    report.write_bytes(made.content)
    ca = tmp_path / "ca.pem"
    ca.write_text(ca_pem, "ascii")
    verified = run_cli("verify", str(report), "--trust", str(ca))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Revocation checked (CRL embedded, not revoked)." in verified.stdout
