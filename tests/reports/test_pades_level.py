"""`inspector verify` names the PAdES level a report has reached: B-B as the laptop signs it
(with or without an embedded CRL), B-LT once the authority's server has added its timestamp
and validation data (server/sealing)."""
# ruff: noqa: F811

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.server.test_sealing import Sealed, authority, laptop, sealed  # noqa: F401


def test_verify_names_b_b_until_the_server_makes_it_b_lt(sealed: Sealed, tmp_path: Path) -> None:
    for name, content, level in (
        ("signed", sealed.signed, "PAdES level: B-B (as signed on the laptop;"),
        ("sealed", sealed.result.pdf, "PAdES level: B-LT (the authority's timestamp"),
    ):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(content)
        result = run_cli("verify", str(path), "--trust", str(sealed.folder / "ca.pem"))
        assert result.returncode == 0, result.stdout + result.stderr
        assert level in result.stdout
        assert result.stdout.count("PAdES level:") == 1
