"""Signing and verifying work from a thread that runs an event loop (an async route, a browser
test tool): pyHanko's synchronous API would refuse with 'asyncio.run() cannot be called from a
running event loop'."""

from __future__ import annotations

import asyncio

from inspector.reports.certificates import create_self_signed
from inspector.reports.signing import sign_pdf
from inspector.reports.verify import verify_pdf
from tests.server.test_sealing import _report


def test_a_report_is_signed_and_verified_inside_a_running_event_loop() -> None:
    material = create_self_signed("Asha Rai")

    async def inside() -> bool:
        signed = sign_pdf(_report(), material, reason="Inspection report")
        return verify_pdf(signed, [material.certificate]).trusted

    assert asyncio.run(inside())
