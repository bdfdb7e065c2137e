"""The authority's certificate authority and timestamping authority: the CA that issues the
inspectors' signing certificates from their enrolment requests, publishes a CRL, and certifies
the server's own RFC 3161 timestamping key. Plain bytes in and out (DER, PKCS#8), so the server
keeps them in its database; no network, no files."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms, core, keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign import signers
from pyhanko.sign.signers.pdf_cms import CMSSignedAttributes
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.reports.loops import outside_event_loop

CA_YEARS = 10
TSA_YEARS = 10
# A policy identifier is required in every timestamp token (RFC 3161 2.4.2). This one sits under
# the ITU-T "example" arc (2.999, X.660), free for anyone; a ministry with its own OID arc puts
# its policy here.
TSA_POLICY = "2.999.1348.1"
ACCEPTED_DIGESTS = {"sha256": 32, "sha384": 48, "sha512": 64}


@dataclass(frozen=True)
class AuthorityMaterial:
    ca_certificate: bytes  # DER
    ca_private_key: bytes  # PKCS#8 DER
    tsa_certificate: bytes  # DER, issued by the CA, extended key usage timeStamping (critical)
    tsa_private_key: bytes  # PKCS#8 DER

    def __repr__(self) -> str:  # keep the private keys out of logs and tracebacks
        return f"AuthorityMaterial(ca={ca_fingerprint(self)[:16]}...)"


def _name(
    common_name: str, *, organisation: str = "", email: str = "", country: str = ""
) -> x509.Name:

    attributes = []
    if len(country) == 2 and country.isalpha():
        attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, country.upper()))
    if organisation.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()[:64]))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name.strip()[:64]))
    if email.strip():
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()[:128]))
    return x509.Name(attributes)


def _key_usage(*, signing: bool = False, ca: bool = False) -> Any:
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=signing and not ca,  # non-repudiation, which pyHanko requires
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def _pkcs8(key: Any) -> bytes:
    return bytes(
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _crl_distribution_point(url: str) -> Any:
    return x509.CRLDistributionPoints(
        [
            x509.DistributionPoint(
                full_name=[x509.UniformResourceIdentifier(url)],
                relative_name=None,
                reasons=None,
                crl_issuer=None,
            )
        ]
    )


def create_authority(
    name: str, country: str = "", *, crl_url: str | None = None
) -> AuthorityMaterial:
    """A new CA (EC P-256, valid ten years) named after the authority, and a timestamping
    certificate it issues for the server's own TSA key. ``crl_url``, when known, goes into the
    TSA certificate so a validator checks it against the CRL too."""
    if not name.strip():
        raise InvalidInput(_("The authority needs a name for its certificate authority."))
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_subject = _name(f"{name.strip()} Certificate Authority", country=country)
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_subject)
        .issuer_name(ca_subject)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(signing=True, ca=True), critical=True)
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    tsa_key = ec.generate_private_key(ec.SECP256R1())
    tsa_builder = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{name.strip()} Timestamping Authority", country=country))
        .issuer_name(ca_subject)
        .public_key(tsa_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * TSA_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(signing=True), critical=True)
        # RFC 3161 2.3: the TSA certificate has exactly this one extended key usage, critical.
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(tsa_key.public_key()), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
    )
    if crl_url:
        tsa_builder = tsa_builder.add_extension(_crl_distribution_point(crl_url), critical=False)
    tsa_cert = tsa_builder.sign(ca_key, hashes.SHA256())
    return AuthorityMaterial(
        ca_certificate=_der(ca_cert),
        ca_private_key=_pkcs8(ca_key),
        tsa_certificate=_der(tsa_cert),
        tsa_private_key=_pkcs8(tsa_key),
    )


def ca_fingerprint(material: AuthorityMaterial) -> str:
    """SHA-256 of the CA certificate (DER), lower-case hex: what a laptop pins at enrolment."""
    return hashlib.sha256(material.ca_certificate).hexdigest()


def _ca(material: AuthorityMaterial) -> tuple[Any, Any]:
    cert = x509.load_der_x509_certificate(material.ca_certificate)
    key = serialization.load_der_private_key(material.ca_private_key, password=None)
    return cert, key


def _signature_hash(key: Any) -> Any:
    if isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.key_size > 256:
        return hashes.SHA384()
    return hashes.SHA256()


def _csr_public_key(csr_pem: bytes) -> Any:
    """The public key of a certificate signing request whose own signature holds; refused with
    a plain reason otherwise."""
    try:
        text = csr_pem if isinstance(csr_pem, bytes) else str(csr_pem).encode("ascii")
        csr = (
            x509.load_pem_x509_csr(text) if b"-----BEGIN" in text else x509.load_der_x509_csr(text)
        )
        public_key = csr.public_key()
    except (ValueError, TypeError, UnicodeError):
        raise InvalidInput(
            _("The certificate signing request could not be read: it is not a PEM CSR.")
        ) from None
    try:
        signature_ok = csr.is_signature_valid
    except (ValueError, TypeError):
        signature_ok = False
    if not signature_ok:
        raise InvalidInput(
            _(
                "The certificate signing request's signature does not match its key: it was "
                "altered or not made with that key."
            )
        )
    if isinstance(public_key, rsa.RSAPublicKey):
        if public_key.key_size < 2048:
            raise InvalidInput(
                _("The signing key is RSA of {bits} bits; at least 2048 are needed.").format(
                    bits=public_key.key_size
                )
            )
    elif isinstance(public_key, ec.EllipticCurvePublicKey):
        if public_key.curve.name not in ("secp256r1", "secp384r1"):
            raise InvalidInput(
                _("The signing key's curve {curve} is not accepted: use P-256 or P-384.").format(
                    curve=public_key.curve.name
                )
            )
    else:
        raise InvalidInput(_("The signing key must be RSA (2048 bits or more) or EC P-256."))
    return public_key


def issue_certificate(
    material: AuthorityMaterial,
    csr_pem: bytes,
    *,
    common_name: str,
    organisation: str = "",
    email: str = "",
    crl_url: str | None = None,
    days: int = 3 * 365,
) -> bytes:
    """An inspector's signing certificate (DER) for the key in ``csr_pem``. Only the public key
    is taken from the request; the subject is the one the server decides."""
    if not common_name.strip():
        raise InvalidInput(_("The certificate needs the account's name."))
    if days < 1:
        raise InvalidInput(_("A certificate must be valid for at least one day."))
    public_key = _csr_public_key(csr_pem)
    ca_cert, ca_key = _ca(material)
    now = dt.datetime.now(dt.UTC)
    not_after = min(now + dt.timedelta(days=days), ca_cert.not_valid_after_utc)
    ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, organisation=organisation, email=email))
        .issuer_name(ca_cert.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(signing=True), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
    )
    if email.strip():
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email.strip())]), critical=False
        )
    if crl_url:
        builder = builder.add_extension(_crl_distribution_point(crl_url), critical=False)
    return _der(builder.sign(ca_key, _signature_hash(ca_key)))


def make_crl(
    material: AuthorityMaterial,
    revoked: list[tuple[int, dt.datetime]],
    *,
    next_update: dt.timedelta = dt.timedelta(days=7),
    number: int | None = None,
) -> bytes:
    """The CA's certificate revocation list (DER): each (serial, revocation time). ``number`` is
    the CRL number, which must grow from one CRL to the next; by default the current time in
    milliseconds, which does."""
    ca_cert, ca_key = _ca(material)
    now = dt.datetime.now(dt.UTC)
    ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca_cert.subject)
        .last_update(now - dt.timedelta(seconds=1))
        .next_update(now + next_update)
        .add_extension(
            x509.CRLNumber(number if number is not None else int(now.timestamp() * 1000)),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
    )
    for serial, when in revoked:
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(serial)
            .revocation_date(min(when, now))
            .build()
        )
    crl = builder.sign(ca_key, _signature_hash(ca_key))
    return crl.public_bytes(serialization.Encoding.DER)


class _Rejection(core.Sequence):  # type: ignore[misc]
    """A TimeStampResp without its token. RFC 3161 makes the token optional; asn1crypto's
    TimeStampResp does not, so a refusal is written with this shape."""

    _fields = [("status", tsp.PKIStatusInfo)]  # noqa: RUF012 - asn1crypto's own convention


def _rejection(fail_info: str, text: str) -> bytes:
    return bytes(
        _Rejection(
            {
                "status": tsp.PKIStatusInfo(
                    {
                        "status": "rejection",
                        "status_string": [text],
                        "fail_info": tsp.PKIFailureInfo({fail_info}),
                    }
                )
            }
        ).dump()
    )


def timestamp_response(material: AuthorityMaterial, request_der: bytes) -> bytes:
    """An RFC 3161 TimeStampResp (DER) for a TimeStampReq. A request this TSA cannot serve gets
    a response with status ``rejection`` and the reason, as RFC 3161 2.4.2 asks, not an
    exception; only SHA-256, SHA-384 and SHA-512 imprints are accepted."""
    try:
        request = tsp.TimeStampReq.load(request_der, strict=True)
        request.native  # noqa: B018 - parse everything now
        imprint = request["message_imprint"]
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        digest = imprint["hashed_message"].native
    except (ValueError, TypeError, KeyError):
        return _rejection("bad_data_format", "not a DER TimeStampReq")
    if request["version"].native != "v1":
        return _rejection("bad_request", "unsupported request version")
    if ACCEPTED_DIGESTS.get(algorithm) != len(digest):
        return _rejection("bad_alg", "message imprint must be SHA-256, SHA-384 or SHA-512")
    policy = request["req_policy"].native
    if policy is not None and policy != TSA_POLICY:
        return _rejection("unaccepted_policy", "unknown policy")
    if request["extensions"].native:
        return _rejection("unaccepted_extension", "no extensions are supported")
    return AuthorityTimeStamper(material).respond(request).dump()


class AuthorityTimeStamper(TimeStamper):
    """pyHanko's TimeStamper served by the authority's own TSA key, in process: the server
    stamps reports without a network round trip, and answers /tsa requests with the same code.
    (pyHanko's DummyTimeStamper signs with RSA only and is meant for tests; this one signs with
    pyHanko's SimpleSigner, so EC keys work, with the ESS signing-certificate-v2 attribute of
    RFC 5816 and a fresh random serial number per token.)"""

    def __init__(self, material: AuthorityMaterial) -> None:
        super().__init__(include_nonce=True)
        self.tsa_cert = asn1_x509.Certificate.load(material.tsa_certificate)
        self.signer = signers.SimpleSigner(
            signing_cert=self.tsa_cert,
            signing_key=keys.PrivateKeyInfo.load(material.tsa_private_key),
            cert_registry=SimpleCertificateStore.from_certs(
                [asn1_x509.Certificate.load(material.ca_certificate)]
            ),
        )

    def respond(self, request: tsp.TimeStampReq) -> tsp.TimeStampResp:
        return outside_event_loop(lambda: asyncio.run(self.async_request_tsa_response(request)))

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        imprint = req["message_imprint"]
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        info: dict[str, Any] = {
            "version": "v1",
            "policy": TSA_POLICY,
            "message_imprint": imprint,
            # unique per token (RFC 3161 2.4.2), at most 160 bits
            "serial_number": secrets.randbits(159) | 1,
            "gen_time": now,
            "accuracy": {"seconds": 1},
            "tsa": asn1_x509.GeneralName(name="directory_name", value=self.tsa_cert.subject),
        }
        if req["nonce"].native is not None:
            info["nonce"] = req["nonce"]
        tst_info = tsp.TSTInfo(info)
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        token = await self.signer.async_sign_general_data(
            cms.EncapsulatedContentInfo(
                {"content_type": "tst_info", "content": cms.ParsableOctetString(tst_info.dump())}
            ),
            algorithm if algorithm in ACCEPTED_DIGESTS else "sha256",
            detached=False,
            use_cades=True,
            signed_attr_settings=CMSSignedAttributes(signing_time=now),
        )
        if not req["cert_req"].native:  # RFC 3161 2.4.1: no certificates unless asked
            token = cms.ContentInfo.load(token.dump())
            del token["content"]["certificates"]
        return tsp.TimeStampResp(
            {"status": tsp.PKIStatusInfo({"status": "granted"}), "time_stamp_token": token}
        )
