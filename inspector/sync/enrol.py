"""Enrolment with the ministry's server: first contact (hello and the authority's CA, whose
fingerprint a person confirms), then a new signing key and a certificate signing request sent
with the one-time code. The key never leaves this process except into the vault."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

from inspector.errors import EnrolmentRefused, SyncError
from inspector.i18n import _
from inspector.sync.client import Hello, ServerClient, ServerRefusal, server_base


@dataclass(frozen=True)
class FirstContact:
    base_url: str
    hello: Hello
    ca_pem: str
    ca_fingerprint: str  # SHA-256 of the CA certificate's DER, lower-case hex
    tls_pem: str | None = None  # a CA given for the server's https certificate

    @property
    def trust_pem(self) -> str:
        """What https is verified against from now on (beside the system's authorities): the
        authority's CA, and the CA given for the server's certificate if another one."""
        return trust_bundle(self.ca_pem, self.tls_pem)


def trust_bundle(authority_pem: str, tls_pem: str | None) -> str:
    if not tls_pem or tls_pem.strip() in authority_pem:
        return authority_pem
    return authority_pem.rstrip() + "\n" + tls_pem.strip() + "\n"


@dataclass(frozen=True)
class Enrolled:
    base_url: str
    server_name: str
    device_id: uuid.UUID
    credential: str
    certificate: bytes  # DER
    private_key: bytes  # PKCS#8 DER
    chain: tuple[bytes, ...]  # DER, the issuer first
    account: dict[str, Any]
    ca_pem: str  # what https is verified against (see FirstContact.trust_pem)
    ca_fingerprint: str


def normalise_fingerprint(text: str) -> str:
    """Hex without the separators people copy with it (colons, spaces, dashes)."""
    return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")


def format_fingerprint(fingerprint: str) -> str:
    """In groups of four, as a person reads it out: ``3f2a 9c01 …``."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def _ca_der(pem: str) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        certificate = x509.load_pem_x509_certificate(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise EnrolmentRefused(
            _("The server's CA certificate could not be read; nothing was changed.")
        ) from None
    return certificate.public_bytes(serialization.Encoding.DER)


def first_contact(url: str, ca_pem: str | None = None, **client_options: Any) -> FirstContact:
    """Hello and the authority's CA certificate, checked against the fingerprint hello states."""
    with ServerClient(url, ca_pem=ca_pem, **client_options) as client:
        hello = client.hello()
        pem = client.ca_pem()
    fingerprint = hashlib.sha256(_ca_der(pem)).hexdigest()
    if hello.ca_fingerprint and normalise_fingerprint(hello.ca_fingerprint) != fingerprint:
        raise EnrolmentRefused(
            _(
                "The server's CA certificate does not match the fingerprint it announces; "
                "nothing was changed. Tell your administrator."
            )
        )
    return FirstContact(server_base(url), hello, pem, fingerprint, ca_pem)


def _key_and_request(name: str) -> tuple[bytes, str]:
    """An EC P-256 signing key (PKCS#8 DER) and a CSR for it (PEM); the server takes only the
    public key and puts the account's name in the certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, (name.strip() or "inspector")[:64])]
    )
    csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
    return (
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        csr.public_bytes(serialization.Encoding.PEM).decode("ascii"),
    )


def _issued(answer: dict[str, Any], contact: FirstContact, private_key: bytes) -> Enrolled:
    """Check what the server issued: the certificate is for our key and signed by the CA the
    person confirmed."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    unexpected = SyncError(_("The server's enrolment answer is not what Field Inspector expects."))
    try:
        device_id = uuid.UUID(str(answer["device_id"]))
        credential = str(answer["credential"])
        certificate = x509.load_pem_x509_certificate(str(answer["certificate_pem"]).encode())
        chain = [x509.load_pem_x509_certificate(str(pem).encode()) for pem in answer["chain_pem"]]
        account = answer.get("account") or {}
    except (KeyError, TypeError, ValueError):
        raise unexpected from None
    if not credential.startswith("fi1.") or not isinstance(account, dict):
        raise unexpected
    ca = x509.load_pem_x509_certificate(contact.ca_pem.encode("ascii"))
    try:
        certificate.verify_directly_issued_by(ca)
    except Exception:  # InvalidSignature, or a key of another kind: not our authority
        raise EnrolmentRefused(
            _(
                "The certificate the server issued is not signed by the authority you confirmed; "
                "nothing was stored."
            )
        ) from None
    from cryptography.hazmat.primitives.serialization import load_der_private_key

    public = load_der_private_key(private_key, password=None).public_key()
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    if certificate.public_key().public_bytes(
        serialization.Encoding.DER, spki
    ) != public.public_bytes(serialization.Encoding.DER, spki):
        raise unexpected
    der = serialization.Encoding.DER
    chain_der = tuple(c.public_bytes(der) for c in chain) or (ca.public_bytes(der),)
    return Enrolled(
        base_url=contact.base_url,
        server_name=contact.hello.name,
        device_id=device_id,
        credential=credential,
        certificate=certificate.public_bytes(der),
        private_key=private_key,
        chain=chain_der,
        account=account,
        ca_pem=contact.trust_pem,
        ca_fingerprint=contact.ca_fingerprint,
    )


def enrol(
    contact: FirstContact,
    code: str,
    *,
    name: str,
    vault_id: str,
    device_name: str,
    **client_options: Any,
) -> Enrolled:
    """Send the code and a CSR for a new key; the device credential and certificate issued."""
    private_key, csr_pem = _key_and_request(name)
    with ServerClient(contact.base_url, ca_pem=contact.trust_pem, **client_options) as client:
        try:
            answer = client.enroll(code.strip(), csr_pem, device_name, vault_id)
        except ServerRefusal as refusal:
            if refusal.code == "bad_code":
                raise EnrolmentRefused(
                    _(
                        "The server refused the enrolment code ({message}). Ask your "
                        "administrator for a new one; nothing was changed."
                    ).format(message=refusal)
                ) from None
            raise
    return _issued(answer, contact, private_key)
