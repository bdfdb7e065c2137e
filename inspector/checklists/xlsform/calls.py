"""XLSForm calls written in our language by more than a function's new name: pulldata() as a
lookup in a table, indexed-repeat() as nth(), jr:choice-name() as choice_label()."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from inspector.checklists.xlsform.xpath import Node, Parser, Str, Var, tokenize
from inspector.errors import ExpressionError
from inspector.i18n import _

if TYPE_CHECKING:
    from inspector.checklists.xlsform.survey import Item

_ATOM = 8  # the precedence of a value (see translate)


class SpecialCalls:
    converter: Any  # the ExpressionTranslator (translate imports this module)
    item: Item
    errors: list[str]
    column: str | None

    def write(self, node: Node) -> tuple[str, int]:
        raise NotImplementedError

    def as_kind(self, node: Node, wanted: str) -> Node:
        raise NotImplementedError

    def var(self, node: Var, aggregate: str | None) -> str:
        raise NotImplementedError

    def pulldata(self, args: tuple[Node, ...]) -> tuple[str, int]:
        """pulldata('file', 'column', 'key column', key): a lookup in the CSV given with
        --media (file.csv)."""
        if len(args) != 4 or not all(isinstance(a, Str) for a in args[:3]):
            self.errors.append(
                _("pulldata() is carried only as pulldata('file', 'column', 'key column', key)")
            )
            return "lookup()", _ATOM
        names = [a.value for a in args[:3] if isinstance(a, Str)]
        column = self.column or "calculation"
        table = self.converter.file_table(f"{names[0]}.csv", self.item.row.number, column)
        if table is None:
            self.errors.append(_("pulldata(): its file is missing"))
            return "lookup()", _ATOM
        columns = {c for row in self.converter.tables[table] for c in row}
        for wanted in names[1:]:
            if wanted not in columns:
                self.errors.append(
                    _("pulldata(): '{file}.csv' has no column '{column}'").format(
                        file=names[0], column=wanted
                    )
                )
        key = self.write(args[3])[0]
        return f"lookup('{table}', '{names[1]}', '{names[2]}', {key})", _ATOM

    def indexed_repeat(self, args: tuple[Node, ...]) -> tuple[str, int]:
        """indexed-repeat(${q}, ${R}, n): q's answer in the n-th entry of repeat R."""
        if len(args) != 3 or not isinstance(args[0], Var) or not isinstance(args[1], Var):
            self.errors.append(
                _("indexed-repeat() is carried only as indexed-repeat(${q}, ${R}, n)")
            )
            return "nth()", _ATOM
        target = self.converter.resolve(args[0].name, args[0].path, self.item)
        repeat = self.converter.resolve(args[1].name, args[1].path, self.item)
        if target is None or repeat is None or target.repeat is not repeat:
            self.errors.append(
                _("indexed-repeat(): ${{{q}}} is not a question of repeat ${{{r}}}").format(
                    q=args[0].name, r=args[1].name
                )
            )
            return "nth()", _ATOM
        index = self.write(self.as_kind(args[2], "number"))[0]
        return f"nth({repeat.ident}.{target.ident}, {index})", _ATOM

    def choice_name(self, args: tuple[Node, ...]) -> tuple[str, int]:
        """jr:choice-name(value, '${q}'): the label of the choice of question q that value is."""
        question: Node | None = None
        if len(args) == 2 and isinstance(args[1], Str):
            try:
                question = Parser(tokenize(args[1].value)).parse()
            except ExpressionError:
                question = None
        if not isinstance(question, Var) or (len(args) == 2 and args[0] != question):
            self.errors.append(
                _("jr:choice-name() is carried only as jr:choice-name(${{q}}, '${{q}}')")
            )
            return "choice_label()", _ATOM
        return f"choice_label({self.var(question, None)})", _ATOM
