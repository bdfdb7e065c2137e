"""The inspector's signing certificate, kept in the vault with its private key: made here for a
standalone laptop, or imported from the PKCS#12 file the authority's CA issued."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.reports.certificates import (
    CertificateInfo,
    SigningMaterial,
    check_signing_certificate,
    create_self_signed,
    describe,
    load_pkcs12,
    to_pem,
)
from inspector.services.profile import get_profile
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import SigningIdentity


def _current(session: Session) -> SigningIdentity | None:
    return session.scalar(
        select(SigningIdentity).order_by(SigningIdentity.created_at.desc()).limit(1)
    )


def current_certificate(session: Session) -> CertificateInfo | None:
    identity = _current(session)
    return None if identity is None else describe(identity.certificate)


def certificate_pem(session: Session) -> str:
    """The certificate in use, PEM: public, for a verifier to pass as --trust."""
    return to_pem(_required(session).certificate)


def signing_material(session: Session) -> SigningMaterial:
    identity = _required(session)
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    chain = tuple(
        x509.load_pem_x509_certificate(pem.encode("ascii")).public_bytes(serialization.Encoding.DER)
        for pem in identity.chain
    )
    crls = () if identity.self_signed else _authority_crl(session, chain)
    return SigningMaterial(identity.certificate, identity.private_key, chain, crls)


def _authority_crl(session: Session, chain: tuple[bytes, ...]) -> tuple[bytes, ...]:
    """The authority's revocation list the last sync brought, when the certificate's issuer
    signed it and it is still current: signing embeds it, so the report's reader can check
    revocation without asking anyone. A stale one is left out (the report then says that
    revocation was not checked) rather than signed in as if it were the authority's word."""
    import base64
    import datetime as dt

    from inspector.reports.certificates import read_crl
    from inspector.sync import state

    held = state.get(session, state.AUTHORITY_CRL) or {}
    try:
        der = base64.b64decode(str(held.get("der", "")), validate=True)
    except ValueError:
        return ()
    crl = read_crl(der, list(chain)) if der else None
    if crl is None or not crl.current(dt.datetime.now(dt.UTC)):
        return ()
    return (der,)


def _required(session: Session) -> SigningIdentity:
    identity = _current(session)
    if identity is None:
        raise NotFound(
            _(
                "This vault has no signing certificate yet: make one with 'inspector cert "
                "create', or import the one the authority issued with 'inspector cert import "
                "FILE.p12'."
            )
        ).in_window(
            _(
                "This vault has no signing certificate yet. In Settings, under Signing "
                "certificate, make a self-signed one from your profile, or import the one the "
                "authority issued (a .p12 file)."
            )
        )
    return identity


def _refuse_replacing(session: Session, replace: bool) -> None:
    existing = _current(session)
    if existing is not None and not replace:
        raise InvalidInput(
            _(
                "This vault already has a signing certificate ({subject}); add --replace to "
                "use a new one. Reports already signed stay valid."
            ).format(subject=existing.subject)
        ).in_window(
            _(
                "This vault already has a signing certificate ({subject}); choose Replace to "
                "use a new one. Reports already signed stay valid."
            ).format(subject=existing.subject)
        )


def _store(uow: UnitOfWork, material: SigningMaterial, action: str) -> CertificateInfo:
    info = describe(material.certificate)
    if uow.session.scalar(
        select(SigningIdentity.id).where(SigningIdentity.fingerprint == info.fingerprint)
    ):
        raise InvalidInput(_("This certificate is already in the vault."))
    identity = SigningIdentity(
        subject=info.subject,
        issuer=info.issuer,
        serial_number=info.serial_number,
        fingerprint=info.fingerprint,
        not_valid_before=info.not_valid_before,
        not_valid_after=info.not_valid_after,
        self_signed=info.self_signed,
        certificate=material.certificate,
        chain=[to_pem(der) for der in material.chain],
        private_key=material.private_key,
    )
    # The audit event names the certificate, never the key.
    uow.changed(
        identity,
        action,
        details={"subject": info.subject, "issuer": info.issuer, "sha256": info.fingerprint},
    )
    return info


def create_certificate(uow: UnitOfWork, *, replace: bool = False) -> CertificateInfo:
    """A self-signed certificate for the inspector named in the profile."""
    _refuse_replacing(uow.session, replace)
    profile = get_profile(uow.session)
    if profile is None or not profile.name.strip():
        raise InvalidInput(
            _(
                "The vault has no inspector's name to put in the certificate; set it first "
                "with 'inspector profile --name NAME'."
            )
        ).in_window(
            _(
                "The profile has no inspector's name to put in the certificate: fill in your "
                "name in Settings, under Inspector's profile, save it, then make the certificate."
            )
        )
    material = create_self_signed(profile.name, organisation=profile.authority, email=profile.email)
    return _store(uow, material, "signing_identity.created")


def import_certificate(
    uow: UnitOfWork, pkcs12: bytes, password: str, *, replace: bool = False
) -> CertificateInfo:
    _refuse_replacing(uow.session, replace)
    material = load_pkcs12(pkcs12, password)
    return _store(uow, material, "signing_identity.imported")


def check_material(material: SigningMaterial) -> None:
    """Refuse to sign with an expired certificate or one without non-repudiation."""
    check_signing_certificate(material)


def install_issued_certificate(uow: UnitOfWork, material: SigningMaterial) -> CertificateInfo:
    """The certificate the authority's CA issued at enrolment, with the key made on this laptop;
    it becomes the one in use (reports signed before keep their own)."""
    check_signing_certificate(material)
    return _store(uow, material, "signing_identity.enrolled")
