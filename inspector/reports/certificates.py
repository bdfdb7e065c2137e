"""Signing certificates: a self-signed one for a standalone laptop, or one issued by the
authority's CA and imported from PKCS#12. Keys stay in memory; the caller stores them in the
vault."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from inspector.errors import InvalidInput
from inspector.i18n import _

SELF_SIGNED_YEARS = 3


@dataclass(frozen=True)
class SigningMaterial:
    """A certificate (DER), its private key (PKCS#8 DER), the issuer certificates (DER) and the
    issuer's revocation lists this laptop holds (DER), which signing embeds in the report."""

    certificate: bytes
    private_key: bytes
    chain: tuple[bytes, ...] = ()
    crls: tuple[bytes, ...] = ()


@dataclass(frozen=True)
class CertificateInfo:
    subject: str
    common_name: str
    issuer: str
    serial_number: str
    fingerprint: str  # SHA-256 of the DER, hex
    not_valid_before: dt.datetime
    not_valid_after: dt.datetime
    self_signed: bool
    non_repudiation: bool


def describe(certificate_der: bytes) -> CertificateInfo:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    cert = x509.load_der_x509_certificate(certificate_der)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        non_repudiation = usage.content_commitment
    except x509.ExtensionNotFound:
        non_repudiation = False
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        common_name=str(names[0].value) if names else cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        serial_number=format(cert.serial_number, "x"),
        fingerprint=hashlib.sha256(certificate_der).hexdigest(),
        not_valid_before=cert.not_valid_before_utc,
        not_valid_after=cert.not_valid_after_utc,
        self_signed=cert.issuer == cert.subject,
        non_repudiation=non_repudiation,
    )


def create_self_signed(
    name: str, *, organisation: str = "", email: str = "", country: str = ""
) -> SigningMaterial:
    """An RSA-3072 key and a certificate for it, valid three years, with the digital-signature
    and non-repudiation key usages that PDF signatures require."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    if not name.strip():
        raise InvalidInput(
            _("The certificate needs the inspector's name: set it with 'inspector init --name'.")
        )
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip()[:64])]
    if organisation.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()[:64]))
    if len(country) == 2 and country.isalpha():
        attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, country.upper()))
    if email.strip():
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()[:128]))
    subject = x509.Name(attributes)
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * SELF_SIGNED_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # non-repudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return SigningMaterial(
        certificate=cert.public_bytes(serialization.Encoding.DER),
        private_key=key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )


def load_pkcs12(data: bytes, password: str) -> SigningMaterial:
    """The key, certificate and chain from a PKCS#12 (.p12/.pfx) file; refused, with the reason,
    when it cannot sign PDF reports."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, extra = pkcs12.load_key_and_certificates(
            data, password.encode("utf-8") if password else None
        )
    except ValueError:
        # cryptography's message says nothing about the content; keep ours plain anyway.
        raise InvalidInput(
            _("The PKCS#12 file could not be opened: wrong password, or not a PKCS#12 file.")
        ) from None
    if key is None or cert is None:
        raise InvalidInput(_("The PKCS#12 file must hold both a certificate and its private key."))
    material = SigningMaterial(
        certificate=cert.public_bytes(serialization.Encoding.DER),
        private_key=key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        chain=tuple(c.public_bytes(serialization.Encoding.DER) for c in extra or ()),
    )
    check_signing_certificate(material)
    return material


def check_signing_certificate(material: SigningMaterial) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    info = describe(material.certificate)
    if not info.non_repudiation:
        raise InvalidInput(
            _(
                "The certificate for {name} lacks the non-repudiation key usage that signed "
                "reports need; ask the authority's CA for a document-signing certificate."
            ).format(name=info.common_name)
        )
    now = dt.datetime.now(dt.UTC)
    if info.not_valid_after < now:
        raise InvalidInput(
            _("The certificate for {name} expired on {date}.").format(
                name=info.common_name, date=info.not_valid_after.date().isoformat()
            )
        )
    cert = x509.load_der_x509_certificate(material.certificate)
    key = serialization.load_der_private_key(material.private_key, password=None)
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    if public != cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ):
        raise InvalidInput(_("The private key does not belong to the certificate."))
    for crl_der in material.crls:
        crl = read_crl(crl_der, list(material.chain))
        if crl is not None and cert.serial_number in crl.revoked_serials:
            raise InvalidInput(
                _(
                    "The authority has revoked the certificate for {name} (its revocation list "
                    "of {date} says so): reports cannot be signed with it. Ask the "
                    "administrator for a new enrolment."
                ).format(name=info.common_name, date=crl.this_update.date().isoformat())
            )


@dataclass(frozen=True)
class RevocationList:
    """A CRL checked against the certificate that issued it."""

    der: bytes
    issuer: str
    this_update: dt.datetime
    next_update: dt.datetime | None
    revoked_serials: frozenset[int]

    def current(self, now: dt.datetime) -> bool:
        return self.this_update <= now and (self.next_update is None or now < self.next_update)


def read_crl(crl_der: bytes, issuers: list[bytes]) -> RevocationList | None:
    """The CRL ``crl_der`` when one of ``issuers`` (certificates, DER) signed it; None when it
    is not a CRL or none of them did."""
    from cryptography import x509

    try:
        crl = x509.load_der_x509_crl(crl_der)
    except ValueError:
        return None
    for der in issuers:
        issuer = x509.load_der_x509_certificate(der)
        if crl.issuer != issuer.subject:
            continue
        try:
            signed = crl.is_signature_valid(issuer.public_key())  # type: ignore[arg-type]
        except (TypeError, ValueError):
            signed = False
        if signed:
            return RevocationList(
                der=crl_der,
                issuer=crl.issuer.rfc4514_string(),
                this_update=crl.last_update_utc,
                next_update=crl.next_update_utc,
                revoked_serials=frozenset(entry.serial_number for entry in crl),
            )
    return None


def certificates_from_pem(pem_text: str) -> list[bytes]:
    """Every certificate (DER) in a PEM bundle."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        found = x509.load_pem_x509_certificates(pem_text.encode("ascii"))
    except ValueError:
        return []
    return [cert.public_bytes(serialization.Encoding.DER) for cert in found]


def to_pem(certificate_der: bytes) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    cert = x509.load_der_x509_certificate(certificate_der)
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
