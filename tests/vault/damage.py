"""Ways a vault database gets damaged: a disk that fills up, a copy cut short, bit rot."""

from __future__ import annotations

from pathlib import Path

PAGE = 4096


def damage_database(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    assert len(data) >= 4 * PAGE, "the vault should have several pages"
    if how == "truncate-half":
        data = data[: len(data) // 2 + 123]
    elif how == "truncate-page":
        data = data[: len(data) - PAGE]
    elif how == "empty":
        data = bytearray()
    elif how == "flip-page-1":
        for i in range(200, 260):
            data[i] ^= 0xFF
    elif how == "flip-last-page":
        for i in range(len(data) - PAGE + 100, len(data) - PAGE + 160):
            data[i] ^= 0xFF
    elif how == "flip-every-third-page":
        for page in range(2, len(data) // PAGE, 3):
            data[page * PAGE + 500] ^= 0xFF
    elif how == "garbage":
        data = bytearray(b"this is not a database" * 500)
    else:
        raise ValueError(how)
    path.write_bytes(bytes(data))
