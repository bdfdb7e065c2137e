"""Files sent with an XLSForm (``--media DIR``): the CSV a ``select_one_from_file`` question
takes its choices from. Without the folder, or without the file in it, the question cannot be
built, and the message names its row and column and the file wanted."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from inspector.checklists.loader import NAME
from inspector.checklists.xlsform.sheets import SheetReader
from inspector.checklists.xlsform.workbook import cell_text, read_column
from inspector.i18n import _

MAX_MEDIA_CSV = 8 * 1024 * 1024  # a list of villages or facilities, with room to spare
MAX_MEDIA_ROWS = 100_000


class MediaReader(SheetReader):
    def file_choices(self, file_name: str, row: int, choice_lists: dict[str, Any]) -> str | None:
        """The name of the choice list read from ``file_name`` (added to ``choice_lists`` the
        first time), or None with the problem recorded against the row's type."""
        key = f"file:{file_name}"
        if key in self.lists:
            return self.lists[key]
        rows = self.csv_rows(file_name, row, "type")
        if rows is None:
            return None
        columns = [read_column(i, cell_text(h)) for i, h in enumerate(rows[0] if rows else [])]
        name = next((c.index for c in columns if c.field == "name" and not c.translated), None)
        labels = [c for c in columns if c.field == "label" and not c.unreadable_language]
        if name is None or not labels or len(rows) > MAX_MEDIA_ROWS + 1:
            self.problem(
                _("'{file}' needs a name and a label column and at most {n} rows").format(
                    file=file_name, n=MAX_MEDIA_ROWS
                ),
                "survey",
                row,
                "type",
            )
            return None
        named = self.filter_names
        filters = {c.index: self.filter_column(c.field) for c in columns
                   if c.field in named and c.field not in ("name", "label")}  # fmt: skip
        items: list[dict[str, Any]] = []
        seen: set[tuple[str, ...]] = set()
        for cells in rows[1:]:
            value = cells[name].strip() if name < len(cells) else ""
            label = {
                c.language or self.languages[0]: cells[c.index].strip()
                for c in labels
                if c.index < len(cells) and cells[c.index].strip()
            }
            columns_of = {ours: (cells[i].strip() if i < len(cells) else "")
                          for i, ours in filters.items()}  # fmt: skip
            if not value or (value, *columns_of.values()) in seen:
                continue  # a blank or repeated row: ODK keeps the first too
            seen.add((value, *columns_of.values()))
            choice: dict[str, Any] = {"value": value, "label": label or {self.languages[0]: value}}
            if columns_of:
                choice["filter"] = columns_of
            items.append(choice)
        if not items:
            self.problem(
                _("'{file}' holds no choices").format(file=file_name), "survey", row, "type"
            )
            return None
        ident = re.sub(r"[^A-Za-z0-9_]", "_", Path(file_name).stem) or "file"
        ident = ident if NAME.match(ident) else f"list_{ident}"
        while ident in choice_lists or ident in self.lists.values():
            ident += "_"
        self.lists[key] = ident
        choice_lists[ident] = items
        return ident

    def file_table(self, file_name: str, row: int, column: str) -> str | None:
        """The name of the table read from ``file_name`` for pulldata() (added to
        ``self.tables`` the first time), or None with the problem recorded."""
        key = f"table:{file_name}"
        if key in self.lists:
            return self.lists[key]
        cells = self.csv_rows(file_name, row, column)
        if cells is None:
            return None
        header = [h.strip() for h in cells[0]] if cells else []
        rows = [dict(zip(header, r, strict=False)) for r in cells[1:]]
        ident = re.sub(r"[^A-Za-z0-9_]", "_", Path(file_name).stem) or "table"
        ident = ident if NAME.match(ident) else f"t_{ident}"
        while ident in self.tables:
            ident += "_"
        self.lists[key] = ident
        self.tables[ident] = [
            {k: v.strip() for k, v in r.items() if k} for r in rows[:MAX_MEDIA_ROWS]
        ]
        return ident

    def csv_rows(self, file_name: str, row: int, column: str) -> list[list[str]] | None:
        """The rows of a CSV file of the media folder, or None with the problem recorded."""
        path = self.media_file(file_name, row, column)
        if path is None:
            return None
        try:
            with path.open(encoding="utf-8-sig", newline="") as stream:
                return list(csv.reader(stream))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            self.problem(
                _("'{file}' cannot be read as a UTF-8 CSV file ({why})").format(
                    file=file_name, why=type(exc).__name__
                ),
                "survey",
                row,
                column,
            )
            return None

    def media_file(self, file_name: str, row: int, column: str = "type") -> Path | None:
        if self.media is None:
            self.problem(
                _(
                    "its choices are in '{file}', sent with the form: give the folder that "
                    "holds it with --media DIR"
                ).format(file=file_name),
                "survey",
                row,
                column,
            )
            return None
        path = self.media / file_name
        if (Path(file_name).name != file_name or not path.is_file()) and column != "type":
            self.problem(
                _("pulldata() reads '{file}', which is not in {folder}").format(
                    file=file_name, folder=self.media
                ),
                "survey",
                row,
                column,
            )
            return None
        if Path(file_name).name != file_name or not path.is_file():
            self.problem(
                _("its choices are in '{file}', which is not in {folder}").format(
                    file=file_name, folder=self.media
                ),
                "survey",
                row,
                column,
            )
            return None
        if path.stat().st_size > MAX_MEDIA_CSV:
            self.problem(
                _("'{file}' is larger than {mb} MB").format(
                    file=file_name, mb=MAX_MEDIA_CSV // (1024 * 1024)
                ),
                "survey",
                row,
                column,
            )
            return None
        return path
