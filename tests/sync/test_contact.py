"""What a laptop tells the server about itself on every sync (its version, for the console), and
what the server tells the laptop of the ministry's rules."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

import inspector
from inspector.services.sync import sync_now
from tests.sync.conftest import FAST, Central, Laptop, device_of, enrolled


def test_the_server_sees_the_laptops_version_in_its_user_agent(
    central: Central, make_laptop: Callable[[str], Laptop]
) -> None:
    from inspector.server.tables import DeviceClient

    laptop = make_laptop("version")
    enrolled(central, laptop, central.ministry.inspector)
    sync_now(laptop.vault, client_options=FAST)
    device = device_of(laptop.vault)
    agent = central.server.admin(
        lambda s: s.scalar(select(DeviceClient.user_agent).where(DeviceClient.device_id == device))
    )
    assert agent is not None, "the server recorded no User-Agent for this laptop"
    assert agent.startswith(f"FieldInspector/{inspector.__version__} (")
    assert agent.endswith(")") and len(agent) > len(f"FieldInspector/{inspector.__version__} ()")
