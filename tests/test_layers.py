"""The layers of DESIGN.md: the core runs without Qt and without FastAPI, and the command line
starts without loading the heavy libraries it does not need yet."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return set(result.stdout.split())


def test_core_loads_neither_qt_nor_fastapi() -> None:
    modules = _loaded_after(
        "import inspector.services.demo, inspector.services.complaints, inspector.cli.commands"
    )
    assert not {m for m in modules if m.split(".")[0] in {"PySide6", "fastapi", "starlette"}}


def test_command_line_starts_without_database_or_crypto_libraries() -> None:
    modules = _loaded_after("import inspector.cli.main; inspector.cli.main.build_parser()")
    heavy = {"sqlalchemy", "sqlcipher3", "cryptography", "alembic", "platformdirs"}
    assert not {m for m in modules if m.split(".")[0] in heavy}


def test_importing_creates_no_files(tmp_path, monkeypatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("INSPECTOR_HOME", str(home))
    _loaded_after("import inspector.services.demo, inspector.paths as p; p.vault_dir()")
    assert not home.exists()
