"""A report signed with a certificate the authority's CA issued carries the authority's CRL
when the laptop holds one: pyHanko validates it with revocation checking on (against the CRL,
and from the file alone), `inspector verify` says revocation was checked and against what, or
that it was not and why; a certificate the CRL revokes signs nothing."""
# ruff: noqa: F811

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509

from inspector.errors import InvalidInput
from inspector.reports.certificates import check_signing_certificate
from inspector.reports.loops import outside_event_loop
from inspector.server.authority import AuthorityMaterial, make_crl
from tests.conftest import run_cli
from tests.server.test_sealing import Laptop, _pem, _report, authority, laptop  # noqa: F401


def _signed(laptop: Laptop, crl: bytes | None) -> bytes:
    from inspector.reports.signing import sign_pdf

    material = replace(laptop.material, crls=(crl,) if crl else ())
    return sign_pdf(_report(), material, reason="Inspection report")


def _validate(content: bytes, context: object) -> object:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    reader = PdfFileReader(io.BytesIO(content))
    return outside_event_loop(
        lambda: validate_pdf_signature(reader.embedded_signatures[0], context)
    )


def test_a_report_signed_with_the_crl_validates_in_pyhanko_with_revocation_required(
    authority: AuthorityMaterial, laptop: Laptop
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko_certvalidator import ValidationContext

    crl = make_crl(authority, [(99, dt.datetime.now(dt.UTC))])
    content = _signed(laptop, crl)
    ca = asn1_x509.Certificate.load(authority.ca_certificate)
    with_crl = ValidationContext(
        trust_roots=[ca], crls=[crl], allow_fetching=False, revocation_mode="require"
    )
    status = _validate(content, with_crl)
    assert status.intact and status.valid and status.trusted  # type: ignore[attr-defined]
    assert not status.revoked  # type: ignore[attr-defined]
    # The file alone is enough: the CRL is in the DSS of the signed revision itself.
    reader = PdfFileReader(io.BytesIO(content))
    assert reader.xrefs.total_revisions == 2  # reportlab's, then the signature with its DSS
    dss = DocumentSecurityStore.read_dss(reader)
    assert len(dss.crls) == 1
    from_file = dss.as_validation_context(
        {"trust_roots": [ca], "allow_fetching": False, "revocation_mode": "require"}
    )
    status = _validate(content, from_file)
    assert status.trusted and status.coverage.name == "ENTIRE_FILE"  # type: ignore[attr-defined]


def test_without_the_crl_the_file_holds_no_revocation_data(
    authority: AuthorityMaterial, laptop: Laptop
) -> None:
    """A report signed without the CRL has no DSS: what the test above proves comes from the
    embedded list."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore, NoDSSFoundError

    reader = PdfFileReader(io.BytesIO(_signed(laptop, None)))
    with pytest.raises(NoDSSFoundError):
        DocumentSecurityStore.read_dss(reader)


def test_verify_says_revocation_was_checked_with_the_embedded_crl(
    authority: AuthorityMaterial, laptop: Laptop, tmp_path: Path
) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_bytes(_pem(authority.ca_certificate))
    with_crl = tmp_path / "with-crl.pdf"
    with_crl.write_bytes(_signed(laptop, make_crl(authority, [])))
    checked = run_cli("verify", str(with_crl), "--trust", str(ca))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Revocation checked (CRL embedded, not revoked)." in checked.stdout
    assert "Added after signing" not in checked.stdout

    untrusted = run_cli("verify", str(with_crl))
    assert untrusted.returncode == 9
    assert (
        "Revocation NOT checked: the signer's certificate does not lead to a certificate you "
        "trust" in untrusted.stdout
    )

    without = tmp_path / "without-crl.pdf"
    without.write_bytes(_signed(laptop, None))
    unchecked = run_cli("verify", str(without), "--trust", str(ca))
    assert unchecked.returncode == 0, unchecked.stdout + unchecked.stderr
    assert (
        "Revocation NOT checked: the file carries no CRL or OCSP answer (it was signed without "
        "the authority's revocation list)" in unchecked.stdout
    )


def test_a_certificate_the_crl_revokes_signs_nothing(
    authority: AuthorityMaterial, laptop: Laptop
) -> None:
    revoked = make_crl(authority, [(laptop.serial, dt.datetime.now(dt.UTC))])
    with pytest.raises(InvalidInput, match="authority has revoked the certificate for Asha Rai"):
        check_signing_certificate(replace(laptop.material, crls=(revoked,)))
    check_signing_certificate(replace(laptop.material, crls=(make_crl(authority, []),)))
