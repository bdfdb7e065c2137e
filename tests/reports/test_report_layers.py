"""DESIGN.md layers: reports/ sits beside checklists/, below services/ (it never reads the
vault), and the command line starts without loading reportlab, pyHanko or Pillow."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import ROOT


def test_reports_import_neither_services_nor_vault() -> None:
    for path in (ROOT / "inspector" / "reports").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                assert not name.startswith(("inspector.services", "inspector.vault")), (path, name)


def test_command_line_starts_without_pdf_libraries() -> None:
    code = (
        "import sys, inspector.cli.main as m; m.build_parser(); "
        "print(' '.join(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    loaded = {name.split(".")[0] for name in result.stdout.split()}
    assert not loaded & {"reportlab", "pyhanko", "pyhanko_certvalidator", "PIL", "asn1crypto"}
