"""Acceptance: SIGKILL in the middle of a stream of writes leaves a sound vault that holds every
transaction that committed before the kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from inspector.vault.audit import verify_chain
from inspector.vault.store import unlock_vault
from inspector.vault.tables import Agency
from tests.conftest import PASSPHRASE, ROOT


def test_sigkill_during_writes_loses_no_committed_transaction(vault_folder: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.vault.crash_writer", str(vault_folder), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None
    committed = 0
    try:
        for line in child.stdout:
            committed = int(line)
            if committed >= 150:
                break
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert (vault_folder / "vault.db-wal").exists()  # killed with the WAL not checkpointed

    with unlock_vault(vault_folder, PASSPHRASE) as vault:
        assert vault.check_integrity() == []
        with vault.reading() as session:
            from sqlalchemy import text

            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            numbers = {
                int(lic.split("-")[1]) for lic in session.scalars(select(Agency.licence_number))
            }
            # Every transaction acknowledged (printed) before the kill is there. The writer keeps
            # committing while this test reads its pipe and until the signal lands, so more may
            # be there too; but each one is whole and in order: no gap, nothing half-written.
            assert set(range(1, committed + 1)) <= numbers
            assert numbers == set(range(1, max(numbers) + 1))
            assert verify_chain(session).intact
