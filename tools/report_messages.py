"""The gettext messages of the PDF report, read from the source: the calls ``_("...")`` in
``inspector/reports/`` and ``t("...")`` in ``inspector/services/reports.py``. Used by
``tools/update_catalogues.py`` and by the test that keeps the catalogues complete."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {
    **{path: "_" for path in sorted((ROOT / "inspector" / "reports").glob("*.py"))},
    ROOT / "inspector" / "services" / "reports.py": "t",
}


def report_messages() -> list[str]:
    found: dict[str, None] = {}
    for path, name in SOURCES.items():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and (
                    (isinstance(node.func, ast.Name) and node.func.id == name)
                    or (isinstance(node.func, ast.Attribute) and node.func.attr == name)
                )
                and len(node.args) == 1
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[node.args[0].value] = None
    return list(found)


if __name__ == "__main__":
    for message in report_messages():
        print(repr(message))
