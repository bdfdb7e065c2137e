"""A registry file read and checked: its good rows ready to store, and its rejected ones with the
reason (``registry_import`` reads them, ``registry_store`` writes them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from inspector.i18n import _

# (stage, done, total): stage is "reading" (done/total in thousandths of the file) or "storing"
# (agencies written so far, of all to write). Called from the thread doing the work.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str  # the column's header, as in the file
    letter: str  # the column as a spreadsheet labels it (A, B, ...)
    reason: str

    def describe(self) -> str:
        return _("line {line}, column {letter} ({column}): {reason}").format(
            line=self.line, letter=self.letter, column=self.column, reason=self.reason
        )


@dataclass
class RegistryRows:
    """A registry file read and checked, ready to store (or to show in a preview)."""

    source: str
    sha256: str
    encoding: str
    notices: list[str]
    header_line: int
    mapping: dict[str, str]  # field -> the header of its column
    ignored: list[str]  # headers of columns left out
    fields: tuple[str, ...]  # the fields the file gives, in AgencyData order
    rows: list[tuple[int, tuple[Any, ...]]]  # (line, values of ``fields``), each one good
    problems: list[RowProblem]
    read: int  # rows read (blank rows left out)
    headers: list[str] = field(default_factory=list)
    preview: list[tuple[int, list[str]]] = field(default_factory=list)  # the first rows as text

    @property
    def rejected(self) -> int:
        return len({problem.line for problem in self.problems})
