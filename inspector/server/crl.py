"""The authority's certificate revocation list as it stands: every revoked device's certificate.
Served at ``/authority/crl.der`` (``api``) and embedded in each sealed report (``reports``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from inspector.server.tables import Device

if TYPE_CHECKING:
    from inspector.server.state import ServerState


def current_crl(state: ServerState) -> bytes:
    from inspector.server.authority import make_crl

    with state.session() as session:
        revoked = session.execute(
            select(Device.certificate_serial, Device.revoked_at).where(
                Device.revoked_at.is_not(None)
            )
        ).all()
    return make_crl(state.authority, [(int(serial), at) for serial, at in revoked])
