"""The authority's CA and TSA: a laptop's certificate request becomes a signing certificate with
the subject the server decides, bad requests are refused with a plain reason, the CRL lists what
was revoked, and the TSA answers RFC 3161 requests that openssl accepts."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import subprocess
from pathlib import Path

import pytest
from asn1crypto import tsp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from inspector.errors import InvalidInput
from inspector.reports.certificates import SigningMaterial, check_signing_certificate
from inspector.reports.loops import outside_event_loop
from inspector.server.authority import (
    AuthorityMaterial,
    ca_fingerprint,
    create_authority,
    issue_certificate,
    make_crl,
    timestamp_response,
)

CRL_URL = "https://inspect.example.gov/api/v1/authority/crl.der"


@pytest.fixture(scope="module")
def authority() -> AuthorityMaterial:
    return create_authority("Ministry of Labour", "NP")


@pytest.fixture(scope="module")
def laptop_key() -> rsa.RSAPrivateKey:
    """The kind of key the laptop makes for signing (inspector/reports/certificates.py)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def _csr(key: object, name: str = "whatever the laptop says") -> bytes:
    request = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, name),
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Root Ministry"),
                ]
            )
        )
        .sign(key, hashes.SHA256())  # type: ignore[arg-type]
    )
    return request.public_bytes(serialization.Encoding.PEM)


def _pem(der: bytes) -> bytes:
    return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)


def _openssl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["openssl", *args], capture_output=True, text=True, timeout=60)


def test_csr_gets_a_signing_certificate_with_the_subject_the_server_decides(
    authority: AuthorityMaterial, laptop_key: rsa.RSAPrivateKey, tmp_path: Path
) -> None:
    der = issue_certificate(
        authority,
        _csr(laptop_key, "Administrator"),
        common_name="Asha Rai",
        organisation="Department of Foreign Employment",
        email="asha@example.gov",
        crl_url=CRL_URL,
    )
    cert = x509.load_der_x509_certificate(der)
    ca = x509.load_der_x509_certificate(authority.ca_certificate)
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Asha Rai"
    assert "Administrator" not in cert.subject.rfc4514_string()
    assert "Root Ministry" not in cert.subject.rfc4514_string()
    assert cert.public_key().public_numbers() == laptop_key.public_key().public_numbers()
    cert.verify_directly_issued_by(ca)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    points = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    assert points[0].full_name[0].value == CRL_URL  # type: ignore[index]
    aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    ski = ca.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert aki.key_identifier == ski.digest
    assert 3 * 365 - 2 <= (cert.not_valid_after_utc - cert.not_valid_before_utc).days <= 3 * 365 + 1

    # The laptop's own check accepts it for report signing, and openssl builds the chain.
    key_der = laptop_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    check_signing_certificate(SigningMaterial(der, key_der, (authority.ca_certificate,)))
    (tmp_path / "ca.pem").write_bytes(_pem(authority.ca_certificate))
    (tmp_path / "asha.pem").write_bytes(_pem(der))
    verified = _openssl("verify", "-CAfile", str(tmp_path / "ca.pem"), str(tmp_path / "asha.pem"))
    assert verified.returncode == 0 and ": OK" in verified.stdout, verified.stdout + verified.stderr


def test_an_ec_p256_key_is_accepted(authority: AuthorityMaterial) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    der = issue_certificate(authority, _csr(key), common_name="Bikash Thapa")
    assert x509.load_der_x509_certificate(der).public_key().public_numbers() == (
        key.public_key().public_numbers()
    )


def test_ca_and_tsa_certificates_are_what_openssl_expects(
    authority: AuthorityMaterial, tmp_path: Path
) -> None:
    ca = x509.load_der_x509_certificate(authority.ca_certificate)
    tsa = x509.load_der_x509_certificate(authority.tsa_certificate)
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert ca.subject.rfc4514_string() == "CN=Ministry of Labour Certificate Authority,C=NP"
    assert (ca.not_valid_after_utc - ca.not_valid_before_utc).days >= 365 * 10 - 2
    eku = tsa.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    assert eku.critical and list(eku.value) == [ExtendedKeyUsageOID.TIME_STAMPING]
    tsa.verify_directly_issued_by(ca)
    (tmp_path / "ca.pem").write_bytes(_pem(authority.ca_certificate))
    (tmp_path / "tsa.pem").write_bytes(_pem(authority.tsa_certificate))
    verified = _openssl(
        "verify",
        "-CAfile",
        str(tmp_path / "ca.pem"),
        "-purpose",
        "timestampsign",
        str(tmp_path / "tsa.pem"),
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr

    fingerprint = _openssl(
        "x509", "-in", str(tmp_path / "ca.pem"), "-noout", "-fingerprint", "-sha256"
    )
    expected = fingerprint.stdout.strip().split("=", 1)[1].replace(":", "").lower()
    assert ca_fingerprint(authority) == expected
    assert ca_fingerprint(authority) == hashlib.sha256(authority.ca_certificate).hexdigest()
    assert "PRIVATE" not in repr(authority) and authority.ca_private_key.hex() not in repr(
        authority
    )


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"not a request",
        b"-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n",
    ],
    ids=["garbage", "broken-pem"],
)
def test_a_malformed_csr_is_refused(authority: AuthorityMaterial, request_bytes: bytes) -> None:
    with pytest.raises(InvalidInput, match="could not be read"):
        issue_certificate(authority, request_bytes, common_name="Asha Rai")


def test_a_csr_whose_signature_does_not_match_is_refused(
    authority: AuthorityMaterial, laptop_key: rsa.RSAPrivateKey
) -> None:
    csr = x509.load_pem_x509_csr(_csr(laptop_key))
    der = bytearray(csr.public_bytes(serialization.Encoding.DER))
    der[-1] ^= 0x01  # the last byte of the signature
    forged = x509.load_der_x509_csr(bytes(der)).public_bytes(serialization.Encoding.PEM)
    with pytest.raises(InvalidInput, match="signature does not match"):
        issue_certificate(authority, forged, common_name="Asha Rai")


def test_a_weak_key_is_refused(authority: AuthorityMaterial) -> None:
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # noqa: S505 - the point
    with pytest.raises(InvalidInput, match="at least 2048"):
        issue_certificate(authority, _csr(weak), common_name="Asha Rai")


def test_crl_lists_the_revoked_serials_and_pyhanko_honours_it(
    authority: AuthorityMaterial, tmp_path: Path
) -> None:
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import RevokedError

    keys = [ec.generate_private_key(ec.SECP256R1()) for _ in range(2)]
    revoked, kept = (
        x509.load_der_x509_certificate(
            issue_certificate(authority, _csr(key), common_name=name, crl_url=CRL_URL)
        )
        for key, name in zip(keys, ["Lost Laptop", "Asha Rai"], strict=True)
    )
    when = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    crl_der = make_crl(authority, [(revoked.serial_number, when), (12345, when)])

    crl = x509.load_der_x509_crl(crl_der)
    ca = x509.load_der_x509_certificate(authority.ca_certificate)
    assert crl.issuer == ca.subject
    assert crl.is_signature_valid(ca.public_key())  # type: ignore[arg-type]
    entry = crl.get_revoked_certificate_by_serial_number(revoked.serial_number)
    assert entry is not None and entry.revocation_date_utc == when
    assert crl.get_revoked_certificate_by_serial_number(12345) is not None
    assert crl.get_revoked_certificate_by_serial_number(kept.serial_number) is None
    assert crl.next_update_utc is not None
    assert dt.timedelta(days=6) < crl.next_update_utc - dt.datetime.now(dt.UTC)
    assert crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number > 0

    (tmp_path / "ca.pem").write_bytes(_pem(authority.ca_certificate))
    (tmp_path / "crl.der").write_bytes(crl_der)
    checked = _openssl(
        "crl", "-inform", "DER", "-in", str(tmp_path / "crl.der"), "-CAfile",
        str(tmp_path / "ca.pem"), "-noout",
    )  # fmt: skip
    assert "verify OK" in checked.stdout + checked.stderr

    def context() -> ValidationContext:
        return ValidationContext(
            trust_roots=[asn1_x509.Certificate.load(authority.ca_certificate)],
            crls=[crl_der],
            allow_fetching=False,
            revocation_mode="require",
        )

    def load(cert: x509.Certificate) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    def validate(cert: x509.Certificate) -> object:
        validator = CertificateValidator(load(cert), validation_context=context())
        return outside_event_loop(
            lambda: asyncio.run(validator.async_validate_usage({"non_repudiation"}))
        )

    validate(kept)
    with pytest.raises(RevokedError):
        validate(revoked)


def test_tsa_answers_an_openssl_request_that_openssl_verifies(
    authority: AuthorityMaterial, tmp_path: Path
) -> None:
    data = tmp_path / "minutes.txt"
    data.write_bytes(b"Minutes of the inspection of Himalaya Manpower, 5 December.\n")
    query = tmp_path / "request.tsq"
    made = _openssl("ts", "-query", "-data", str(data), "-sha256", "-cert", "-out", str(query))
    assert made.returncode == 0, made.stderr
    reply = tmp_path / "reply.tsr"
    reply.write_bytes(timestamp_response(authority, query.read_bytes()))
    (tmp_path / "ca.pem").write_bytes(_pem(authority.ca_certificate))

    verified = _openssl(
        "ts", "-verify", "-in", str(reply), "-queryfile", str(query), "-CAfile",
        str(tmp_path / "ca.pem"),
    )  # fmt: skip
    assert "Verification: OK" in verified.stdout, verified.stdout + verified.stderr
    text = _openssl("ts", "-reply", "-in", str(reply), "-text").stdout
    assert "Status: Granted" in text
    assert "Ministry of Labour Timestamping Authority" in text

    data.write_bytes(b"Minutes of the inspection of another agency.\n")
    other = _openssl(
        "ts", "-verify", "-in", str(reply), "-data", str(data), "-CAfile",
        str(tmp_path / "ca.pem"),
    )  # fmt: skip
    assert "Verification: OK" not in other.stdout


def test_tsa_rejects_what_it_cannot_serve(authority: AuthorityMaterial, tmp_path: Path) -> None:
    weak = tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {
                "hash_algorithm": {"algorithm": "sha1"},
                "hashed_message": hashlib.sha1(b"x").digest(),  # noqa: S324 - the point
            },
            "cert_req": True,
        }
    )
    for name, request, reason in [
        ("garbage", b"\x30\x03\x02\x01\x01", "not a DER TimeStampReq"),
        ("sha1", weak.dump(), "must be SHA-256"),
    ]:
        reply = tmp_path / f"{name}.tsr"
        reply.write_bytes(timestamp_response(authority, request))
        text = _openssl("ts", "-reply", "-in", str(reply), "-text")
        assert "Status: Rejected" in text.stdout, text.stdout + text.stderr
        assert reason in text.stdout
        assert "TST info:\nNot included" in text.stdout
