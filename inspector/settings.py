"""The app's settings, declared once with type and default, kept as JSON in the config folder.

Saved by writing a temp file beside it, fsync, rename, so a crash never leaves half a file. No
secret ever goes here. A value of the wrong type in the file is replaced by its default, with the
name of the setting in the list of problems the app shows."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from inspector import paths

LANGUAGES = ("", "en", "fr", "es")  # "" = the system's language
AUTO_LOCK_CHOICES = (1, 2, 5, 10, 15, 30, 60)
BACKUP_REMINDER_DAYS = (1, 90)  # the range allowed, inclusive


@dataclass
class Settings:
    language: str = ""
    auto_lock_minutes: int = 5
    backup_reminder_days: int = 7

    def checked(self) -> list[str]:
        """Put every out-of-range value back to its default; the names of those reset."""
        reset = []
        defaults = Settings()
        if self.language not in LANGUAGES:
            self.language, reset = defaults.language, [*reset, "language"]
        if self.auto_lock_minutes not in AUTO_LOCK_CHOICES:
            self.auto_lock_minutes = defaults.auto_lock_minutes
            reset.append("auto_lock_minutes")
        low, high = BACKUP_REMINDER_DAYS
        if not low <= self.backup_reminder_days <= high:
            self.backup_reminder_days = defaults.backup_reminder_days
            reset.append("backup_reminder_days")
        return reset


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The saved settings (defaults where the file has none) and the names of settings that were
    unreadable and so reset."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return Settings(), []
    except (OSError, ValueError):
        return Settings(), ["settings.json"]
    if not isinstance(raw, dict):
        return Settings(), ["settings.json"]
    settings = Settings()
    problems = []
    for item in fields(Settings):
        if item.name not in raw:
            continue
        value: Any = raw[item.name]
        wanted = type(getattr(settings, item.name))
        if isinstance(value, wanted) and not (wanted is int and isinstance(value, bool)):
            setattr(settings, item.name, value)
        else:
            problems.append(item.name)
    return settings, problems + settings.checked()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(asdict(settings), out, indent=2)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
