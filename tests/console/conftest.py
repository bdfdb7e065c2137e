"""The web console in Debian's Chromium (Playwright for Python; never 'playwright install'),
against one real server process per test session (per worker) on a fresh PostgreSQL database,
with a seeded ministry and console users; tests add what they need and assert only on it.
Every page a test opens is watched: a request to any host but the server fails the test."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.serverkit import (
    Ministry,
    RunningServer,
    fresh_postgres_database,
    seed_ministry,
    start_server,
)

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PASSWORD = "a console password, long enough"
# Argon2id at its floor for the accounts tests make: the cost is stored in each hash.
CHEAP = {"iterations": 1, "lanes": 1, "memory_kib": 8 * 1024}
USERS = {
    "ana": ("Ana Karki", "national-admin", ()),
    "sita": ("Sita Thapa", "supervisor", ("NP-BAG",)),
    "otto": ("Otto Berg", "auditor", ()),
}


@pytest.fixture(scope="session")
def browser_type_launch_args(
    browser_type_launch_args: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    home = tmp_path_factory.mktemp("chromium-home")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
        ],
        "env": {**os.environ, "HOME": str(home)},
    }  # fmt: skip


@dataclass
class Console:
    server: RunningServer
    ministry: Ministry
    users: dict[str, int] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"{self.server.url}/console"

    def add_user(
        self, username: str, name: str, role: str, jurisdictions: tuple[str, ...] = ()
    ) -> int:
        from inspector.server.console.auth import create_user
        from inspector.server.console.passwords import PasswordCost

        def work(session: Any) -> int:
            user = create_user(session, username, name, role=role, password=PASSWORD,
                               jurisdictions=jurisdictions, actor="test",
                               cost=PasswordCost(**CHEAP))  # fmt: skip
            return int(user.id)

        self.users[username] = int(self.server.admin(work))
        return self.users[username]

    def audit_count(self) -> int:
        from sqlalchemy import func, select

        from inspector.server.tables import ServerAudit

        return int(self.server.admin(lambda s: s.scalar(select(func.count(ServerAudit.id)))))


@pytest.fixture(scope="session")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    with fresh_postgres_database() as db:
        server = start_server(tmp_path_factory.mktemp("console-server"), db)
        try:
            made = Console(server, seed_ministry(server))
            for username, (name, role, places) in USERS.items():
                made.add_user(username, name, role, places)
            yield made
        finally:
            server.stop()


@pytest.fixture
def page(page: Any, console: Console) -> Iterator[Any]:
    """The browser page, its every request recorded: none may go to another host."""
    seen: list[str] = []
    page.context.on("request", lambda request: seen.append(request.url))
    page.set_default_timeout(10_000)
    yield page
    server = urlsplit(console.server.url).netloc
    foreign = [
        url for url in seen if not url.startswith(("data:", "blob:", "about:"))
        and urlsplit(url).netloc != server
    ]  # fmt: skip
    assert not foreign, f"requests to other hosts: {foreign}"


def sign_in(page: Any, console: Console, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{console.url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{console.url}/")


def sign_out(page: Any) -> None:
    page.click("header button:text('Sign out')")
    page.wait_for_url(re.compile(r".*/console/login$"))


def csrf_of(page: Any) -> str:
    return str(page.get_attribute("input[name=csrf_token] >> nth=0", "value"))


@pytest.fixture
def laptop_folder(tmp_path: Path) -> Path:
    """An empty vault of its own (Argon2id at its floor: these test sync, not the key file)."""
    from inspector.vault.keys import KdfParams
    from inspector.vault.store import create_vault
    from tests.conftest import PASSPHRASE

    folder = tmp_path / "laptop"
    create_vault(
        folder, PASSPHRASE, KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)
    ).vault.close()
    return folder
