"""Child process for the fault tests: holds a vault open, or is killed (SIGKILL, as a power cut
or the task manager would) in the middle of a backup, a restore or a passphrase change.

    python -m tests.vault.fault_child SCENARIO VAULT PASSPHRASE [ARG]
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from typing import Any


def _die(stage: str) -> None:
    print(stage, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    scenario, folder, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    extra = sys.argv[4] if len(sys.argv) > 4 else ""
    if scenario == "hold":
        from inspector.vault.store import unlock_vault

        with unlock_vault(folder, passphrase):
            print("open", flush=True)
            sys.stdin.read()  # until the test closes our stdin
    elif scenario == "backup":
        from inspector.services.backup import backup_vault
        from inspector.vault.store import unlock_vault

        def progress(done: int, total: int) -> None:
            print("copying", flush=True)
            time.sleep(60)  # killed here, partial files on disk

        with unlock_vault(folder, passphrase) as vault:
            backup_vault(vault, Path(extra), progress=progress)
    elif scenario == "passwd":
        from inspector.vault import store

        real_replace = os.replace

        def replace(source: Any, target: Any) -> None:
            if ".new" in str(source):
                _die("writing")
            real_replace(source, target)

        os.replace = replace  # type: ignore[assignment]
        store.change_passphrase(folder, passphrase, "a brand new passphrase")
    elif scenario in ("restore-checking", "restore-swapping", "restore-swapping-two-renames"):
        from inspector.vault import backup

        if scenario == "restore-checking":
            backup.check_database = lambda *a: _die("checking")  # type: ignore[assignment]
        else:
            if scenario.endswith("two-renames"):
                backup._exchange = lambda *a: False  # type: ignore[assignment]
            real_rename = os.rename

            def rename(source: Any, target: Any) -> None:
                if ".restore-" in str(source):
                    _die("swapping")
                real_rename(source, target)

            os.rename = rename  # type: ignore[assignment]
        backup.restore_backup(Path(extra), folder, passphrase=passphrase, replace=True)
    else:
        raise SystemExit(f"unknown scenario {scenario}")


if __name__ == "__main__":
    main()
