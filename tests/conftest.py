"""Shared fixtures: a real SQLCipher vault built once per run (Argon2id is slow on purpose) and
copied for each test; every test gets its own INSPECTOR_HOME."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from inspector.checklists.model import Form

from inspector.vault.keys import KdfParams
from inspector.vault.store import Vault, create_vault, unlock_vault

# The demo vault with a signing certificate, shared by tests/reports and tests/cli.
pytest_plugins = ["tests.reports.fixtures", "tests.server.s3"]

PASSPHRASE = "correct horse battery staple"
TEST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)  # Argon2id's floor
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class TemplateVault:
    folder: Path
    recovery_key: str


@pytest.fixture(autouse=True)
def inspector_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("INSPECTOR_HOME", str(home))
    for name in ("INSPECTOR_VAULT", "INSPECTOR_PASSPHRASE", "INSPECTOR_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> TemplateVault:
    folder = tmp_path_factory.mktemp("template") / "vault"
    # Argon2id at its lowest cost: every test unlocks a copy (often several times, through the
    # command line), and the default cost is 0.35 s of both cores each time. Tests of the cost
    # itself make their own vault.
    created = create_vault(folder, PASSPHRASE, TEST_KDF)
    created.vault.close()
    return TemplateVault(folder, created.recovery_key)


@pytest.fixture
def vault_folder(template_vault: TemplateVault, tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(template_vault.folder, folder)
    return folder


@pytest.fixture
def vault(vault_folder: Path) -> Iterator[Vault]:
    opened = unlock_vault(vault_folder, PASSPHRASE)
    yield opened
    opened.close()


def file_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    input: str | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real command in a child process, as a user would."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "inspector", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        cwd=cwd,
        timeout=120,
        check=False,
    )


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", "utf-8")
    return path


SMALL_FORM_PATH = Path(__file__).parent / "data" / "forms" / "small-inspection.yaml"
# Every required answer of the small checklist, none of them a breach.
SMALL_COMPLIANT = {
    "licence_displayed": "yes",
    "licence_expiry": "2030-01-31",
    "licence_in_scope": "yes",
    "fees_charged_to_workers": "no",
    "passports_held": "no",
}


def small_form() -> Form:
    """The small test checklist (tests/data/forms/small-inspection.yaml), checked."""
    from inspector.checklists.loader import load_file

    return load_file(SMALL_FORM_PATH)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests first: with the suite spread over the CI's two cores (pytest-xdist), the longest
    ones (the bundle build, the 100,000-row import) start at once instead of at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
