"""``inspector profile`` and ``init``: office address, emblem and time zone, checked on arrival."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image

from inspector.vault.store import unlock_vault
from tests.conftest import PASSPHRASE, run_cli


def image_bytes(size: tuple[int, int] = (200, 160), kind: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (20, 60, 140)).save(out, kind)
    return out.getvalue()


def _cli(folder: Path, passphrase_file: Path, *args: str, **kwargs: object):  # type: ignore[no-untyped-def]
    return run_cli("--vault", str(folder), "--passphrase-file", str(passphrase_file), *args,
                   **kwargs)  # fmt: skip


def test_profile_sets_address_emblem_and_time_zone_and_shows_them(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    emblem = tmp_path / "emblem.png"
    emblem.write_bytes(image_bytes())
    result = _cli(
        vault_folder, passphrase_file, "profile", "--name", "Asha Rai",
        "--authority", "Department of Foreign Employment",
        "--address", "Tahachal, Kathmandu", "--emblem", str(emblem),
        "--time-zone", "Asia/Kathmandu",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Office address: Tahachal, Kathmandu" in result.stdout
    assert "Emblem: image/png, 200 by 160 pixels" in result.stdout
    assert "Time zone: Asia/Kathmandu" in result.stdout
    # One option changes one thing and keeps the rest.
    again = _cli(vault_folder, passphrase_file, "profile", "--address", "Babarmahal")
    assert again.returncode == 0, again.stderr
    assert "Office address: Babarmahal" in again.stdout
    assert "Name: Asha Rai" in again.stdout and "Time zone: Asia/Kathmandu" in again.stdout
    with unlock_vault(vault_folder, PASSPHRASE) as vault, vault.reading() as session:
        from inspector.services.profile import get_profile

        profile = get_profile(session)
        assert profile is not None and profile.emblem == emblem.read_bytes()
    removed = _cli(vault_folder, passphrase_file, "profile", "--no-emblem")
    assert "Emblem: none" in removed.stdout


def test_bad_emblems_and_time_zones_are_refused_saying_why(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    _cli(vault_folder, passphrase_file, "profile", "--name", "Asha Rai")
    junk = tmp_path / "junk.png"
    junk.write_bytes(os.urandom(4000))
    huge = tmp_path / "huge.jpg"
    huge.write_bytes(image_bytes((2000, 2000), "PNG") + os.urandom(1024 * 1024))
    tiny = tmp_path / "tiny.png"
    tiny.write_bytes(image_bytes((8, 8)))
    gif = tmp_path / "emblem.gif"
    gif.write_bytes(image_bytes((100, 100), "GIF"))
    for path, words in (
        (junk, "not a readable PNG or JPEG"),
        (huge, "at most 1024 KB"),
        (tiny, "8 by 8 pixels; each side must be between 32 and 4096"),
        (gif, "not a readable PNG or JPEG"),
    ):
        result = _cli(vault_folder, passphrase_file, "profile", "--emblem", str(path))
        assert result.returncode == 1, path
        assert str(path) in result.stderr and words in result.stderr
        assert "Traceback" not in result.stderr
    zone = _cli(vault_folder, passphrase_file, "profile", "--time-zone", "Mars/Olympus_Mons")
    assert zone.returncode == 1 and "'Mars/Olympus_Mons' is not a time zone" in zone.stderr
    shown = _cli(vault_folder, passphrase_file, "profile")
    assert "Emblem: none" in shown.stdout and "Time zone: Mars" not in shown.stdout


def test_init_takes_the_computers_time_zone_by_default(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    env = {"INSPECTOR_NEW_PASSPHRASE": PASSPHRASE, "INSPECTOR_PASSPHRASE": PASSPHRASE,
           "TZ": "Asia/Dhaka"}  # fmt: skip
    made = run_cli("--vault", str(folder), "init", "--name", "Rahim Uddin",
                   "--address", "Probashi Kallyan Bhaban, Dhaka", env=env)  # fmt: skip
    assert made.returncode == 0, made.stderr
    shown = run_cli("--vault", str(folder), "profile", env=env)
    assert "Time zone: Asia/Dhaka" in shown.stdout
    assert "Office address: Probashi Kallyan Bhaban, Dhaka" in shown.stdout
