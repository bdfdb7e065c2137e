"""The gettext messages of the PDF report, read from the source: the calls ``_("...")`` in
``inspector/reports/`` and ``t("...")`` in ``inspector/services/reports.py``, and the plurals,
``ngettext("one", "many", n)``. Used by ``tools/update_catalogues.py`` and by the test that keeps
the catalogues complete."""

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


def report_plurals() -> list[tuple[str, str]]:
    """(singular, plural) of every ``ngettext`` call of the report's sources."""
    found: dict[tuple[str, str], None] = {}
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and (
                    (isinstance(node.func, ast.Name) and node.func.id == "ngettext")
                    or (isinstance(node.func, ast.Attribute) and node.func.attr == "ngettext")
                )
                and len(node.args) == 3
            ):
                continue
            texts = [
                arg.value
                for arg in node.args[:2]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            ]
            if len(texts) == 2:
                found[(texts[0], texts[1])] = None
    return list(found)


if __name__ == "__main__":
    for message in report_messages():
        print(repr(message))
    for plural in report_plurals():
        print(repr(plural))
