"""The settings file: declared defaults, saved whole or not at all, and a damaged or odd file
read back as defaults with the names of what was reset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspector.settings import (
    AUTO_LOCK_CHOICES,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)


def test_the_file_lives_in_the_config_folder_and_a_missing_one_means_defaults(
    inspector_home: Path,
) -> None:
    assert settings_path() == inspector_home / "config" / "settings.json"
    assert load_settings() == (Settings(), [])
    assert not settings_path().exists()  # reading creates nothing


def test_saved_settings_come_back_and_no_temporary_file_is_left(inspector_home: Path) -> None:
    save_settings(Settings(language="fr", auto_lock_minutes=15, backup_reminder_days=30))
    assert load_settings() == (
        Settings(language="fr", auto_lock_minutes=15, backup_reminder_days=30),
        [],
    )
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]
    save_settings(Settings(language="es"))  # replaces the file
    assert load_settings()[0].language == "es"


@pytest.mark.parametrize("content", [b"{not json", b"", b"[1, 2]", b'"fr"', b"\xff\xfe{}"])
def test_an_unreadable_file_gives_the_defaults_and_says_so(content: bytes) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert load_settings() == (Settings(), ["settings.json"])


@pytest.mark.parametrize(
    ("stored", "reset"),
    [
        ({"language": "de"}, ["language"]),
        ({"language": 3}, ["language"]),
        ({"auto_lock_minutes": 7}, ["auto_lock_minutes"]),
        ({"auto_lock_minutes": "5"}, ["auto_lock_minutes"]),
        ({"auto_lock_minutes": True}, ["auto_lock_minutes"]),
        ({"backup_reminder_days": 0}, ["backup_reminder_days"]),
        ({"backup_reminder_days": 91}, ["backup_reminder_days"]),
    ],
)
def test_a_wrong_value_is_reset_to_its_default_by_name(
    stored: dict[str, object], reset: list[str]
) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"language": "fr", **stored}), "utf-8")
    settings, problems = load_settings()
    assert problems == reset
    for name in reset:
        assert getattr(settings, name) == getattr(Settings(), name)
    if "language" not in reset:
        assert settings.language == "fr"  # the good values are kept


def test_unknown_keys_are_ignored_and_the_choices_include_the_default() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"theme": "dark", "auto_lock_minutes": 60}), "utf-8")
    assert load_settings() == (Settings(auto_lock_minutes=60), [])
    assert Settings().auto_lock_minutes in AUTO_LOCK_CHOICES
