"""A report signed on a laptop with a certificate from the authority comes back from the server
as PAdES B-LT: pyHanko validates it from the file alone with revocation checking required,
openssl accepts its timestamp token against the TSA certificate, poppler still finds the
signature valid, and `inspector verify` shows the timestamp. Reports the authority cannot vouch
for are refused with the reason."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from inspector.errors import InvalidInput
from inspector.reports.certificates import SigningMaterial
from inspector.reports.loops import outside_event_loop
from inspector.reports.pdf import BuiltPdf
from inspector.reports.signing import sign_pdf
from inspector.server.authority import (
    AuthorityMaterial,
    create_authority,
    issue_certificate,
    make_crl,
)
from inspector.server.sealing import SealResult, seal_report, timestamp_token_of
from tests.conftest import run_cli

CRL_URL = "https://inspect.example.gov/api/v1/authority/crl.der"


@dataclass(frozen=True)
class Laptop:
    material: SigningMaterial
    serial: int


@dataclass(frozen=True)
class Sealed:
    signed: bytes
    result: SealResult
    folder: Path  # ca.pem, tsa.pem, ca_and_tsa.pem, signed.pdf, sealed.pdf


def _pkcs8(key: object) -> bytes:
    return key.private_bytes(  # type: ignore[attr-defined, no-any-return]
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _enrol(authority: AuthorityMaterial, key: object, name: str) -> Laptop:
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "laptop-3")]))
        .sign(key, hashes.SHA256())  # type: ignore[arg-type]
        .public_bytes(serialization.Encoding.PEM)
    )
    der = issue_certificate(authority, csr, common_name=name, crl_url=CRL_URL)
    return Laptop(
        SigningMaterial(der, _pkcs8(key), (authority.ca_certificate,)),
        x509.load_der_x509_certificate(der).serial_number,
    )


def _report(text: str = "Inspection report NP-2026-0042") -> BuiltPdf:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setTitle(text)
    page.drawString(72, 760, text)
    page.drawString(72, 740, "Finding 1: passports held by the agency (critical).")
    page.showPage()
    page.save()
    return BuiltPdf(buffer.getvalue(), 1, 0, (300.0, 60.0, 550.0, 140.0))


def _sign(laptop: Laptop, text: str = "Inspection report NP-2026-0042") -> bytes:
    return sign_pdf(_report(text), laptop.material, reason="Inspection report")


def _pem(der: bytes) -> bytes:
    return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def authority() -> AuthorityMaterial:
    return create_authority("Ministry of Labour", "NP")


@pytest.fixture(scope="module")
def laptop(authority: AuthorityMaterial) -> Laptop:
    """An RSA-3072 key, as inspector/reports/certificates.py makes them."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    return _enrol(authority, key, "Asha Rai")


@pytest.fixture(scope="module")
def sealed(
    authority: AuthorityMaterial, laptop: Laptop, tmp_path_factory: pytest.TempPathFactory
) -> Sealed:
    folder = tmp_path_factory.mktemp("sealed")
    signed = _sign(laptop)
    result = seal_report(signed, authority, make_crl(authority, [(99, dt.datetime.now(dt.UTC))]))
    (folder / "ca.pem").write_bytes(_pem(authority.ca_certificate))
    (folder / "tsa.pem").write_bytes(_pem(authority.tsa_certificate))
    (folder / "ca_and_tsa.pem").write_bytes(
        _pem(authority.ca_certificate) + _pem(authority.tsa_certificate)
    )
    (folder / "signed.pdf").write_bytes(signed)
    (folder / "sealed.pdf").write_bytes(result.pdf)
    return Sealed(signed, result, folder)


def _dss_only_context(content: bytes, authority: AuthorityMaterial, **extra: object) -> object:
    """Trust the CA alone, require revocation information for every certificate, fetch
    nothing: whatever else validation needs must come from the file's DSS."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    dss = DocumentSecurityStore.read_dss(PdfFileReader(io.BytesIO(content)))
    return dss.as_validation_context(
        {
            "trust_roots": [asn1_x509.Certificate.load(authority.ca_certificate)],
            "allow_fetching": False,
            "revocation_mode": "require",
            **extra,
        }
    )


def test_sealed_report_is_b_lt_for_pyhanko_from_the_file_alone(
    sealed: Sealed, authority: AuthorityMaterial
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko_certvalidator import ValidationContext

    content = sealed.result.pdf
    assert content.startswith(sealed.signed)  # an incremental update: the signed bytes stay
    assert content.count(b"%%EOF") == sealed.signed.count(b"%%EOF") + 1  # one update

    reader = PdfFileReader(io.BytesIO(content))
    dss = DocumentSecurityStore.read_dss(reader)
    certificates = {c.dump() for c in dss.load_certs()}
    assert {authority.ca_certificate, authority.tsa_certificate} <= certificates
    assert sealed.result.signer_fingerprint in {hashlib.sha256(c).hexdigest() for c in certificates}
    assert len(dss.crls) == 1

    signature, stamp = reader.embedded_signatures
    assert stamp.sig_object_type == "/DocTimeStamp"
    status = outside_event_loop(
        lambda: validate_pdf_signature(signature, _dss_only_context(content, authority))
    )
    assert status.intact and status.valid and status.trusted, status.pretty_print_details()
    assert status.revoked is False
    assert status.modification_level == ModificationLevel.LTA_UPDATES
    assert status.bottom_line

    stamp_status = outside_event_loop(
        lambda: validate_pdf_timestamp(stamp, _dss_only_context(content, authority))
    )
    assert stamp_status.intact and stamp_status.valid and stamp_status.trusted
    assert stamp_status.timestamp == sealed.result.timestamp
    assert abs(dt.datetime.now(dt.UTC) - sealed.result.timestamp) < dt.timedelta(minutes=5)

    # At the time the authority vouches for, with the embedded CRL: what a reader does years
    # later, when the certificate has expired and no CRL server answers.
    then = _dss_only_context(content, authority, moment=sealed.result.timestamp)
    assert outside_event_loop(lambda: validate_pdf_signature(signature, then)).bottom_line

    # The file as the laptop signed it cannot be validated this way: the DSS is the work.
    plain = ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(authority.ca_certificate)],
        crls=[],
        allow_fetching=False,
        revocation_mode="require",
    )
    before = PdfFileReader(io.BytesIO(sealed.signed)).embedded_signatures[0]
    assert not outside_event_loop(lambda: validate_pdf_signature(before, plain)).bottom_line

    assert sealed.result.signer == "Asha Rai"


def _last_byte_range(content: bytes) -> bytes:
    """The bytes the document timestamp covers, found the way any reader finds them."""
    ranges = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", content)
    start1, length1, start2, length2 = (int(n) for n in ranges[-1])
    return content[start1 : start1 + length1] + content[start2 : start2 + length2]


def test_openssl_accepts_the_timestamp_token_against_the_tsa_certificate(
    sealed: Sealed,
) -> None:
    folder = sealed.folder
    (folder / "token.der").write_bytes(timestamp_token_of(sealed.result.pdf))
    covered = _last_byte_range(sealed.result.pdf)
    (folder / "covered.bin").write_bytes(covered)

    def verify(*data: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["openssl", "ts", "-verify", "-in", str(folder / "token.der"), "-token_in",
             *data, "-CAfile", str(folder / "ca_and_tsa.pem")],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip

    by_data = verify("-data", str(folder / "covered.bin"))
    assert "Verification: OK" in by_data.stdout, by_data.stdout + by_data.stderr
    by_digest = verify("-digest", hashlib.sha256(covered).hexdigest())
    assert "Verification: OK" in by_digest.stdout, by_digest.stdout + by_digest.stderr

    # The imprint is the document's: one byte more or less and openssl says no.
    (folder / "other.bin").write_bytes(covered[:-1])
    refused = verify("-data", str(folder / "other.bin"))
    assert "Verification: OK" not in refused.stdout


def test_pdfsig_still_finds_the_signature_valid(sealed: Sealed) -> None:
    pdfsig = subprocess.run(
        ["pdfsig", str(sealed.folder / "sealed.pdf")], capture_output=True, text=True, timeout=60
    )
    first = pdfsig.stdout.split("Signature #2")[0]
    assert "Signer Certificate Common Name: Asha Rai" in first, pdfsig.stdout + pdfsig.stderr
    assert "Signature Validation: Signature is Valid." in first
    assert "Ministry of Labour Timestamping Authority" in pdfsig.stdout
    qpdf = subprocess.run(
        ["qpdf", "--check", str(sealed.folder / "sealed.pdf")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr


def test_inspector_verify_shows_the_timestamp_and_the_validation_data(sealed: Sealed) -> None:
    result = run_cli(
        "verify", str(sealed.folder / "sealed.pdf"), "--trust", str(sealed.folder / "ca.pem")
    )
    assert result.returncode == 0, result.stdout + result.stderr
    when = sealed.result.timestamp.strftime("%Y-%m-%d %H:%M:%S UTC")
    assert "Document timestamp AuthorityTimestamp" in result.stdout
    assert f"Time: {when}" in result.stdout
    assert "Timestamping authority: Ministry of Labour Timestamping Authority" in result.stdout
    assert "Validation data (DSS): embedded (3 certificates, 1 CRLs" in result.stdout
    assert "Intact: NO" not in result.stdout and "Trusted: NO" not in result.stdout
    assert "The document is intact and signed by a trusted signer." in result.stdout

    before = run_cli(
        "verify", str(sealed.folder / "signed.pdf"), "--trust", str(sealed.folder / "ca.pem")
    )
    assert before.returncode == 0, before.stdout + before.stderr
    assert "Document timestamp" not in before.stdout
    assert "Validation data (DSS): not embedded" in before.stdout


def test_an_ec_laptop_key_without_a_crl_address_is_sealed_too(
    authority: AuthorityMaterial,
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "laptop-7")]))
        .sign(key, hashes.SHA256())
        .public_bytes(serialization.Encoding.PEM)
    )
    der = issue_certificate(authority, csr.decode("ascii"), common_name="Bikash Thapa")  # type: ignore[arg-type]
    signed = sign_pdf(_report(), SigningMaterial(der, _pkcs8(key)), reason="Inspection report")
    result = seal_report(signed, authority, make_crl(authority, []))
    assert result.signer == "Bikash Thapa"
    signature = PdfFileReader(io.BytesIO(result.pdf)).embedded_signatures[0]
    status = outside_event_loop(
        lambda: validate_pdf_signature(signature, _dss_only_context(result.pdf, authority))
    )
    assert status.bottom_line, status.pretty_print_details()


def test_a_sealed_report_can_be_sealed_again(sealed: Sealed, authority: AuthorityMaterial) -> None:
    again = seal_report(sealed.result.pdf, authority, make_crl(authority, []))
    assert again.pdf.startswith(sealed.result.pdf)
    assert again.signer_fingerprint == sealed.result.signer_fingerprint
    assert timestamp_token_of(again.pdf) != timestamp_token_of(sealed.result.pdf)


def test_sealing_works_inside_an_async_route(authority: AuthorityMaterial, sealed: Sealed) -> None:
    async def route() -> SealResult:
        return seal_report(sealed.signed, authority, make_crl(authority, []))

    # Run where no loop runs yet (a Playwright test may have left one in this thread).
    assert outside_event_loop(lambda: asyncio.run(route())).pdf.startswith(sealed.signed)


def _tampered(content: bytes) -> bytes:
    """One byte of the page changed inside the signed bytes; still a well-formed PDF."""
    start = content.index(b"/Title (") + len(b"/Title (")
    changed = bytearray(content)
    changed[start] = ord("X") if changed[start] != ord("X") else ord("Y")
    return bytes(changed)


def _self_signed() -> SigningMaterial:
    key = ec.generate_private_key(ec.SECP256R1())
    # Same name as the authority's CA: only the key tells them apart.
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Asha Rai")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(key, hashes.SHA256())
    )
    return SigningMaterial(cert.public_bytes(serialization.Encoding.DER), _pkcs8(key))


def _stale_crl(authority: AuthorityMaterial) -> bytes:
    ca = x509.load_der_x509_certificate(authority.ca_certificate)
    key = serialization.load_der_private_key(authority.ca_private_key, password=None)
    now = dt.datetime.now(dt.UTC)
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.subject)
        .last_update(now - dt.timedelta(days=8))
        .next_update(now - dt.timedelta(days=1))
        .sign(key, hashes.SHA256())  # type: ignore[arg-type]
    )
    return crl.public_bytes(serialization.Encoding.DER)


def test_refusals_say_why(authority: AuthorityMaterial, laptop: Laptop, sealed: Sealed) -> None:
    fresh = make_crl(authority, [])
    cases: list[tuple[bytes, bytes, str]] = [
        (b"GIF89a not a report", fresh, "not a PDF"),
        (_report().content, fresh, "carries no signature"),
        (_tampered(sealed.signed), fresh, "altered after it was signed"),
        (
            sign_pdf(_report(), _self_signed(), reason="x"),
            fresh,
            "certificate this authority did not issue",
        ),
        (
            sealed.signed,
            make_crl(authority, [(laptop.serial, dt.datetime.now(dt.UTC))]),
            "has been revoked",
        ),
    ]
    # A look-alike authority (same name, its own key) does not count as this one.
    impostor = create_authority("Ministry of Labour", "NP")
    impostor_laptop = _enrol(impostor, ec.generate_private_key(ec.SECP256R1()), "Asha Rai")
    cases.append((_sign(impostor_laptop), fresh, "certificate this authority did not issue"))
    # A stale or foreign CRL would make a B-LT file that does not validate: refused too.
    cases.append((sealed.signed, make_crl(impostor, []), "not this authority's CRL"))
    stale = _stale_crl(authority)
    cases.append((sealed.signed, stale, "out of date"))

    for pdf, crl, reason in cases:
        with pytest.raises(InvalidInput, match=reason):
            seal_report(pdf, authority, crl)


def test_content_added_after_signing_is_refused(
    authority: AuthorityMaterial, sealed: Sealed
) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(sealed.signed))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page[generic.NameObject("/Rotate")] = generic.NumberObject(90)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(InvalidInput, match="added to the report after it was signed"):
        seal_report(out.getvalue(), authority, make_crl(authority, []))
