"""The first stage of the conversion: the workbook read and its columns checked, the form's
languages decided, the settings and the choice lists read; every problem and warning recorded with
the file, sheet, row and column it is about."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

from inspector.checklists.loader import NAME
from inspector.checklists.xlsform.workbook import (
    CHOICES_FIELDS,
    DISPLAY_ONLY,
    SETTINGS_FIELDS,
    TRANSLATABLE,
    Column,
    Row,
    Sheet,
    column_letter,
    language_code,
    read_workbook,
)
from inspector.errors import ExpressionError, FormInvalid
from inspector.i18n import _

# What a cell problem leaves out, by the column it is in.
_DROP_KINDS = {
    "relevant": "rule", "constraint": "rule", "calculation": "rule", "required": "rule",
    "repeat_count": "rule", "choice_filter": "rule", "read_only": "rule",
    "type": "row", "name": "row", "label": "row", "list_name": "row",
}  # fmt: skip


# Media columns (media::image, image, big-image, audio, video): left out with a warning.
_MEDIA_COLUMNS = ("media::", "media:", "image", "big-image", "audio", "video")


class SheetReader:
    def __init__(self, path: Path, form_id: str | None, strict: bool = False) -> None:
        self.path = path
        # strict: refuse the form on any loss; otherwise what cannot be carried over is left out
        # and listed in ``dropped`` (kind, sheet, row, column, why)
        self.strict = strict
        self.dropped: list[dict[str, Any]] = []
        self.file = path.name
        self.form_id = form_id
        self.problems: list[str] = []
        self.warnings: list[str] = []
        self.languages: list[str] = ["en"]
        self.sheets: dict[str, Sheet] = {}
        self.settings: dict[str, str] = {}
        self.lists: dict[str, str] = {}  # choice list name as written -> our name
        # choices sheet columns a choice_filter reads (by bare name) -> their name in ours
        self.filter_columns: dict[str, str] = {}
        self.filter_names: set[str] = set()  # every bare name a choice_filter reads
        self.media: Path | None = None  # --media: the folder of files sent with the form
        self.tables: dict[str, list[dict[str, str]]] = {}  # pulldata's CSV files, by our name
        # document path -> (sheet, row, item name) to explain the loader's problems
        self.origins: dict[str, tuple[str, int, str]] = {}

    # -- messages -------------------------------------------------------------------------------
    def where(self, sheet: str, row: int | None = None, column: str | None = None) -> str:
        if row is not None and column is not None:
            return _("{file}: {sheet} row {row}, column {column}").format(
                file=self.file, sheet=sheet, row=row, column=column
            )
        if row is not None:
            return _("{file}: {sheet} row {row}").format(file=self.file, sheet=sheet, row=row)
        if column is not None:
            return _("{file}: {sheet}, column {column}").format(
                file=self.file, sheet=sheet, column=column
            )
        return _("{file}: {sheet}").format(file=self.file, sheet=sheet)

    def problem(
        self, message: str, sheet: str, row: int | None = None, column: str | None = None
    ) -> None:
        """A problem with one cell: in strict mode it refuses the form; otherwise what it is about
        (the row's type, the rule, the column's value) is left out and listed in ``dropped``."""
        if not self.strict and row is not None:
            self.drop(
                _DROP_KINDS.get(column or "", "row" if column in (None, "type") else "value"),
                message,
                sheet,
                row,
                column,
            )
            return
        self.problems.append(f"{self.where(sheet, row, column)}: {message}")

    def drop(
        self,
        kind: str,
        message: str,
        sheet: str,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        entry: dict[str, Any] = {"kind": kind, "sheet": sheet}
        if row is not None:
            entry["row"] = row
        if column is not None:
            entry["column"] = column
        entry["why"] = message
        if entry not in self.dropped:
            self.dropped.append(entry)

    def ignore(self, message: str, sheet: str, column: str) -> None:
        """A column left out on purpose: a warning, and listed in ``dropped`` (not strict)."""
        self.warn(message, sheet, column=column)
        if not self.strict:
            self.drop("column", message, sheet, None, column.strip("'"))

    def refuse_or_drop(
        self, kind: str, full: str, sheet: str, row: int | None, column: str, why: str
    ) -> None:
        """``full`` is the strict mode's message; ``why`` the dropped entry's."""
        if self.strict:
            self.problems.append(full)
        else:
            self.drop(kind, why, sheet, row, column)

    def warn(
        self, message: str, sheet: str, row: int | None = None, column: str | None = None
    ) -> None:
        self.warnings.append(f"{self.where(sheet, row, column)}: {message}")

    def fail_now(self) -> None:
        if self.problems:
            raise FormInvalid(self.problems)

    # -- reading --------------------------------------------------------------------------------
    def read(self) -> None:
        self.sheets = read_workbook(self.path)

    def check_columns(self, sheet: Sheet, known: set[str]) -> None:
        """Every column with a value is understood, warned about, or an error."""
        seen: dict[tuple[str, str | None], Column] = {}
        for column in sheet.columns:
            first = sheet.first_use(column)
            if first is None:
                continue
            if not column.header:
                self.refuse_or_drop(
                    "column",
                    _(
                        "{file}: {sheet}, column {letter} has values but no name in row 1 "
                        "(first used in row {row})"
                    ).format(
                        file=self.file,
                        sheet=sheet.name,
                        letter=column_letter(column.index),
                        row=first,
                    ),
                    sheet.name,
                    None,
                    column_letter(column.index),
                    _("values without a name in row 1 (first used in row {row})").format(row=first),
                )
            elif column.header.startswith("$"):
                self.ignore(
                    _("ignored: KoboToolbox bookkeeping, not part of the form"),
                    sheet.name,
                    column=f"'{column.header}'",
                )
            elif column.unreadable_language:
                self.refuse_or_drop(
                    "column",
                    _(
                        "{file}: {sheet}, column '{column}': cannot tell the language; write it "
                        "as {field}::Language (code), e.g. {field}::English (en)"
                    ).format(
                        file=self.file, sheet=sheet.name, column=column.header, field=column.field
                    ),
                    sheet.name,
                    None,
                    column.header,
                    _("cannot tell the language"),
                )
            elif column.field in DISPLAY_ONLY and sheet.name == "survey":
                self.ignore(
                    _(
                        "ignored: a display hint for ODK and Kobo only; this app lays out its "
                        "questions and words its messages itself (first used in row {row})"
                    ).format(row=first),
                    sheet.name,
                    column=f"'{column.header}'",
                )
            elif (
                not self.strict
                and column.field not in known
                and column.field.lower().startswith(_MEDIA_COLUMNS)
            ):
                self.ignore(
                    _(
                        "images, audio and video are not shown in this app; the labels are kept "
                        "(first used in row {row})"
                    ).format(row=first),
                    sheet.name,
                    column=f"'{column.header}'",
                )
            elif column.field not in known:
                if sheet.name == "settings":
                    self.ignore(
                        _("ignored: this app does not use it"),
                        sheet.name,
                        column=f"'{column.header}'",
                    )
                else:
                    self.refuse_or_drop(
                        "column",
                        _(
                            "{file}: {sheet}, column '{column}' is not supported "
                            "(first used in row {row})"
                        ).format(file=self.file, sheet=sheet.name, column=column.header, row=first),
                        sheet.name,
                        None,
                        column.header,
                        _("not supported (first used in row {row})").format(row=first),
                    )
            else:
                key = (column.field, column.language)
                if key in seen:
                    self.refuse_or_drop(
                        "column",
                        _(
                            "{file}: {sheet}, columns {first} and {second} both hold "
                            "'{column}'; keep one"
                        ).format(
                            file=self.file,
                            sheet=sheet.name,
                            first=column_letter(seen[key].index),
                            second=column_letter(column.index),
                            column=column.header,
                        ),
                        sheet.name,
                        None,
                        column.header,
                        _("a second column holding the same; the first is kept"),
                    )
                    column.field = f"{column.header} (dropped)"
                    continue
                seen[key] = column

    def read_settings(self) -> None:
        sheet = self.sheets.get("settings")
        if sheet is None:
            return
        self.check_columns(sheet, SETTINGS_FIELDS)
        if not sheet.rows:
            return
        row = sheet.rows[0]
        for name in SETTINGS_FIELDS:
            value = sheet.cell(row, name)
            if value:
                self.settings[name] = value

    def decide_languages(self) -> None:
        default = None
        setting = self.settings.get("default_language")
        if setting:
            default = language_code(setting)
            if default is None:
                self.problem(
                    _("cannot tell the language code of '{value}'; write e.g. English (en)").format(
                        value=setting
                    ),
                    "settings",
                    column="default_language",
                )
        found: list[str] = []
        plain: list[tuple[Sheet, Column]] = []
        for sheet in (self.sheets.get("survey"), self.sheets.get("choices")):
            if sheet is None:
                continue
            for column in sheet.columns:
                if column.field not in TRANSLATABLE or column.unreadable_language:
                    continue
                if sheet.first_use(column) is None:
                    continue
                if column.language is None:
                    plain.append((sheet, column))
                elif column.language not in found:
                    found.append(column.language)
        default = default or (found[0] if found else "en")
        self.languages = list(dict.fromkeys([default, *found]))
        if found and plain and not setting:
            # Which language is it? Guessing could put English text under French.
            for sheet, column in plain:
                if not self.strict:
                    self.warn(
                        _(
                            "no language while other columns have one; read as the first "
                            "language '{language}'"
                        ).format(language=self.languages[0]),
                        sheet.name,
                        column=f"'{column.header}'",
                    )
                    continue
                self.problems.append(
                    _(
                        "{file}: {sheet}, column '{column}' has no language while other columns "
                        "have one; name it like {column}::English (en), or give its language as "
                        "default_language in the settings sheet"
                    ).format(file=self.file, sheet=sheet.name, column=column.header)
                )

    def texts(self, sheet: Sheet, row: Row, field_name: str) -> dict[str, str]:
        found: dict[str, str] = {}
        plain = None
        for column in sheet.text_columns(field_name):
            value = row.values.get(column.index)
            if not value:
                continue
            if column.language is None:
                plain = value
            else:
                found[column.language] = value
        if plain is not None and self.languages[0] not in found:
            found[self.languages[0]] = plain
        result = {lang: found[lang] for lang in self.languages if lang in found}
        if result and self.languages[0] not in result:
            header = next(
                (
                    c.header
                    for c in sheet.text_columns(field_name)
                    if c.language == self.languages[0]
                ),
                field_name,
            )
            self.problem(
                _("missing in the form's first language '{language}' (given in: {given})").format(
                    language=self.languages[0], given=", ".join(result)
                ),
                sheet.name,
                row.number,
                header,
            )
            return {self.languages[0]: next(iter(result.values())), **result}
        if field_name in ("label", "hint") and sheet.name == "survey":
            for text in result.values():
                if "${" in text:
                    self.warn(
                        _(
                            "'${...}' is shown as written: this app does not put answers into "
                            "labels"
                        ),
                        sheet.name,
                        row.number,
                        field_name,
                    )
                    break
        return result

    # -- choices ------------------------------------------------------------------------------
    def read_choices(self) -> dict[str, list[dict[str, Any]]]:
        self.filter_names = self.read_filter_names()
        sheet = self.sheets.get("choices")
        if sheet is None:
            return {}
        for column in sheet.columns:
            if column.field in self.filter_names and not column.translated:
                self.filter_column(column.field)
        self.check_columns(sheet, CHOICES_FIELDS | set(self.filter_columns))
        for needed in ("list_name", "name"):
            if sheet.plain(needed) is None and sheet.rows:
                self.problem(_("no '{column}' column in row 1").format(column=needed), "choices")
        if sheet.plain("list_name") is None or sheet.plain("name") is None:
            return {}
        lists: dict[str, list[dict[str, Any]]] = {}
        rows_of: dict[tuple[str, str], int] = {}
        for row in sheet.rows:
            list_name = sheet.cell(row, "list_name")
            value = sheet.cell(row, "name")
            if (
                not list_name
                and not value
                and not any(c.index in row.values for c in sheet.text_columns("label"))
            ):
                continue  # only columns reported above
            if not list_name:
                self.problem(_("missing"), "choices", row.number, "list_name")
                continue
            if not value:
                self.problem(_("missing"), "choices", row.number, "name")
                continue
            if list_name not in self.lists:
                ident = re.sub(r"[^A-Za-z0-9_]", "_", list_name)
                if not NAME.match(ident):
                    ident = f"list_{ident}"
                while ident in self.lists.values():
                    ident += "_"
                self.lists[list_name] = ident
                self.origins[f"choice_lists.{ident}"] = ("choices", row.number, list_name)
            ident = self.lists[list_name]
            columns = {
                ours: sheet.cell(row, written) for written, ours in self.filter_columns.items()
            }
            # one name twice in a list is fine when a filter column tells the two apart
            key = (list_name, value, *columns.values())
            if key in rows_of and self.settings.get("allow_choice_duplicates", "").lower() in (
                "yes",
                "true",
            ):
                # allowed by the form: an answer stores the name, so the first row stands for all
                message = _(
                    "'{value}' is already in list '{list}' (row {first}); allow_choice_duplicates: "
                    "the first one is kept"
                ).format(value=value, list=list_name, first=rows_of[key])
                self.warn(message, "choices", row.number, "name")
                self.drop("row", message, "choices", row.number, "name")
                continue
            if key in rows_of:
                self.problem(
                    _("'{value}' is already in list '{list}' (row {first})").format(
                        value=value, list=list_name, first=rows_of[key]
                    ),
                    "choices",
                    row.number,
                    "name",
                )
                continue
            rows_of[key] = row.number
            label = self.texts(sheet, row, "label")
            if not label:
                self.problem(
                    _("missing: every choice needs a label"), "choices", row.number, "label"
                )
                continue
            items = lists.setdefault(ident, [])
            self.origins[f"choice_lists.{ident}[{len(items)}]"] = ("choices", row.number, value)
            choice: dict[str, Any] = {"value": value, "label": label}
            if columns:
                choice["filter"] = columns
            items.append(choice)
        return lists

    def read_filter_names(self) -> set[str]:
        """The bare names the survey's choice_filter cells read (state in ``state = ${state}``):
        columns of the choices sheet or of a CSV file sent with the form."""
        from inspector.checklists.xlsform.xpath import tokenize

        survey = self.sheets.get("survey")
        named: set[str] = set()
        for row in survey.rows if survey is not None else ():
            text = survey.cell(row, "choice_filter") if survey is not None else ""
            try:
                tokens = tokenize(text) if text else []
            except ExpressionError:
                continue  # reported with the question
            named.update(t.text for t, n in itertools.pairwise(tokens)
                         if t.kind == "name" and n.text != "(")  # fmt: skip
        return named - CHOICES_FIELDS

    def filter_column(self, field: str) -> str:
        """The name ``choice.<name>`` gives a filter column in ours."""
        if field not in self.filter_columns:
            ours = re.sub(r"[^A-Za-z0-9_]", "_", field)
            self.filter_columns[field] = (
                ours if NAME.match(ours) and ours != "value" else f"c_{ours}"
            )
        return self.filter_columns[field]
