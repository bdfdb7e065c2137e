"""Repeated wrong passphrases slow the next attempt down; they never wipe anything.

The count lives in the state folder, outside the vault folder, so a failed unlock leaves every file
of the vault untouched. Deleting the state file resets the delay: this slows down guessing at the
keyboard; the real defence against an offline attack on a copied key file is Argon2id.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from inspector import paths

FREE_ATTEMPTS = 3
MAX_DELAY_S = 60.0


def _state_file(vault_id: str) -> Path:
    return paths.state_dir() / f"unlock-{vault_id}.json"


def _read(vault_id: str) -> tuple[int, float]:
    try:
        doc = json.loads(_state_file(vault_id).read_text("utf-8"))
        return int(doc["failures"]), float(doc["last_failure"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0.0


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt: none for the first few, then doubling, capped."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S))


def seconds_to_wait(vault_id: str, now: float | None = None) -> float:
    failures, last = _read(vault_id)
    now = time.time() if now is None else now
    return max(0.0, last + delay_after(failures) - now)


def record_failure(vault_id: str) -> None:
    failures, _last = _read(vault_id)
    path = _state_file(vault_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"failures": failures + 1, "last_failure": time.time()}), "utf-8")
    os.replace(tmp, path)


def record_success(vault_id: str) -> None:
    _state_file(vault_id).unlink(missing_ok=True)
