"""What a laptop tells the server about itself on every sync (its version, for the console), and
what the server tells the laptop of the ministry's rules."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

import inspector
from inspector.cli.main import main
from inspector.errors import ContactOverdue
from inspector.services.inspections import record_answer, start_inspection
from inspector.services.sync import SyncStatus, sync_now, sync_status
from inspector.services.uow import UnitOfWork
from inspector.vault.types import utcnow as real_utcnow
from tests.conftest import small_form
from tests.serverkit import fresh_postgres_database, seed_ministry, start_server
from tests.sync.conftest import FAST, Central, Laptop, device_of, enrolled, local_agency


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


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """A server whose ministry requires contact every 7 days."""
    with fresh_postgres_database() as url:
        server = start_server(
            tmp_path_factory.mktemp("server"), url, extra_args=["--max-days-offline", "7"]
        )
        try:
            yield Central(server, seed_ministry(server))
        finally:
            server.stop()


@dataclass
class Clock:
    """The laptop's clock, moved forward by ``ahead`` (the only thing faked here)."""

    ahead: dt.timedelta = dt.timedelta(0)

    def __call__(self) -> dt.datetime:
        return real_utcnow() + self.ahead


def _status(laptop: Laptop) -> SyncStatus:
    with laptop.vault.reading() as session:
        return sync_status(session)


def _start(laptop: Laptop) -> uuid.UUID:
    with UnitOfWork(laptop.vault) as uow:
        return start_inspection(uow, local_agency(laptop.vault), small_form(), place="Office")


def test_a_laptop_out_of_contact_too_long_starts_no_new_inspection_until_it_syncs(
    central: Central,
    make_laptop: Callable[[str], Laptop],
    monkeypatch: pytest.MonkeyPatch,
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    clock = Clock()
    for module in ("inspector.services.sync_contact", "inspector.sync.run",
                   "inspector.services.backup"):  # fmt: skip
        monkeypatch.setattr(f"{module}.utcnow", clock)
    laptop = make_laptop("remote")
    enrolled(central, laptop, central.ministry.inspector)
    sync_now(laptop.vault, client_options=FAST)
    status = _status(laptop)
    assert (status.max_days_offline, status.contact_overdue, status.contact_warning) == (
        7, False, None,
    )  # fmt: skip
    draft = _start(laptop)

    clock.ahead = dt.timedelta(days=6)  # due in a day: a warning, nothing refused
    status = _status(laptop)
    assert not status.contact_overdue
    assert status.contact_warning and "Sync within" in status.contact_warning
    assert "every 7 days" in status.contact_warning
    _start(laptop)

    clock.ahead = dt.timedelta(days=8)  # overdue: no new inspection, the work in hand goes on
    status = _status(laptop)
    assert status.contact_overdue
    assert status.contact_warning and "No contact with the server for 8 days" in (
        status.contact_warning
    )
    with pytest.raises(ContactOverdue, match="no new inspection can be started"):
        _start(laptop)
    with UnitOfWork(laptop.vault) as uow:
        record_answer(uow, draft, "licence_displayed", "yes")

    laptop.vault.close()  # the command line opens the vault itself
    code = main(["--vault", str(laptop.folder), "--passphrase-file", str(passphrase_file),
                 "sync", "status"])  # fmt: skip
    printed = capsys.readouterr().out
    laptop.reopen()
    assert code == 0
    assert "Contact required: every 7 days" in printed
    assert "No contact with the server for 8 days" in printed

    sync_now(laptop.vault, client_options=FAST)  # contact: the rule is met again
    status = _status(laptop)
    assert (status.contact_overdue, status.contact_warning) == (False, None)
    _start(laptop)
