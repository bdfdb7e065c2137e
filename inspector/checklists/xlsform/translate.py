"""XLSForm expressions written out in our language, keeping XLSForm's meaning where the two
differ:

- ``${x} = ''`` is ``empty(x)`` and ``${x} != ''`` is ``filled(x)``;
- ``${x} != 'v'`` is ``empty(x) or x != 'v'``: XLSForm reads a blank answer as '' (NaN for a
  number), which differs from every value, while ours leaves a comparison with a blank unknown;
  for the same reason a comparison or ``selected()`` under ``not()`` is guarded with ``filled(x)``;
- a quoted number compared with a number question loses its quotes (``${age} >= '18'``) and a
  number compared with a single choice question gains them (``${q} = 1``): our expressions are
  typed strictly;
- ``sum(${x})`` (``min``, ``max``, ``count-non-empty``) of a question inside repeat ``R`` is
  ``sum(R.x)``; ``count(${x})`` and ``count(${R})`` count the entries: ``count(R)``.
"""

from __future__ import annotations

import re
from pathlib import Path

from inspector.checklists.xlsform.calls import SpecialCalls
from inspector.checklists.xlsform.survey import Item, SurveyReader
from inspector.checklists.xlsform.xpath import (
    Bin,
    Bool,
    Call,
    Dot,
    Field,
    Neg,
    Node,
    Not,
    Num,
    Parser,
    Str,
    Var,
    tokenize,
)
from inspector.errors import ExpressionError
from inspector.i18n import _

# XLSForm function -> ours. true(), false() and not() are handled on their own.
FUNCTIONS = {
    "selected": "selected",
    "count-selected": "count_selected",
    "string-length": "length",
    "count": "count",
    "count-non-empty": "count",
    "sum": "sum",
    "min": "min",
    "max": "max",
    "if": "if",
    "today": "today",
    "date": "date",
    "round": "round",
    "coalesce": "coalesce",
    "concat": "concat",
    "int": "int",
    "floor": "floor",
    "ceiling": "ceiling",
    "abs": "abs",
    "contains": "contains",
    "starts-with": "starts_with",
    "ends-with": "ends_with",
    "number": "number",
    "string": "string",
    "now": "now",
    "date-time": "date_time",
    "decimal-date-time": "decimal_date_time",
    "format-date": "format_date",
    "format-date-time": "format_date",
    "boolean": "boolean",
    "substr": "substr",
    "substring-before": "substring_before",
    "substring-after": "substring_after",
    "pow": "pow",
    "join": "join",
    "selected-at": "selected_at",
    "regex": "regex",
    "jr:choice-name": "choice_label",
    "once": "once",  # written as its argument: a calculation here is its value when saved
    "position": "position",
    "indexed-repeat": "nth",
    "pulldata": "lookup",  # with --media: the CSV beside the workbook
}
_TEXT_FUNCTIONS = {
    "concat", "string", "format-date", "format-date-time", "substr", "join", "substring-before",
    "substring-after", "selected-at", "jr:choice-name",
}  # fmt: skip
_AGGREGATES = {"sum", "min", "max", "count", "count-non-empty"}
_COMPARISONS = {"=", "!=", "<", "<=", ">", ">="}
_STRAIGHT = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")
_NUMERIC = re.compile(r"-?\d+(?:\.\d+)?\Z")
# Precedence of what we write: or, and, not, comparisons, + -, * /, unary -, values.
_OR, _AND, _NOT, _CMP, _ADD, _MUL, _NEG, _ATOM = range(1, 9)
_PRECEDENCE = {"or": _OR, "and": _AND, "+": _ADD, "-": _ADD, "*": _MUL, "div": _MUL}
_PRECEDENCE.update(dict.fromkeys(_COMPARISONS, _CMP))


class ExpressionTranslator(SurveyReader):
    def __init__(self, path: Path, form_id: str | None, strict: bool = False) -> None:
        super().__init__(path, form_id, strict)
        self.trees: dict[tuple[int, str], Node | None] = {}
        self.unsupported_functions: dict[str, list[int]] = {}  # name -> survey rows using it
        self.calc_kinds: dict[int, str] = {}

    # -- expressions ----------------------------------------------------------------------------
    def tree(self, item: Item, column: str, text: str) -> Node | None:
        """The parsed expression of a cell, None (with the problem recorded) when unreadable."""
        key = (item.row.number, column)
        if key in self.trees:
            return self.trees[key]
        self.trees[key] = None
        try:
            if not self.strict:
                # Word processors curl quotes; ODK reads neither kind, but the meaning is plain.
                text = text.translate(_STRAIGHT)
            tokens = tokenize(text)
            unsupported = []
            for index, token in enumerate(tokens):
                if token.kind != "name" or token.text in ("and", "or", "div", "mod"):
                    continue
                if (
                    tokens[index + 1].text == "("
                    and (
                        token.text not in FUNCTIONS or (token.text == "pulldata" and not self.media)
                    )
                    and token.text not in ("true", "false", "not", "current")
                ):
                    unsupported.append(token.text)
            for name in dict.fromkeys(unsupported):
                self.problem(
                    _("function '{name}' is not supported").format(name=name),
                    "survey",
                    item.row.number,
                    column,
                )
                rows = self.unsupported_functions.setdefault(name, [])
                if item.row.number not in rows:
                    rows.append(item.row.number)
            if unsupported:
                return None
            fields = (
                frozenset({*self.filter_columns, "name"}) if column == "choice_filter" else None
            )
            node = Parser(tokens, fields or frozenset()).parse()
        except ExpressionError as exc:
            self.problem(exc.message, "survey", item.row.number, column)
            return None
        self.trees[key] = node
        return node

    def report_functions(self) -> None:
        """Each function left out, once, with the rows whose rules it takes with it."""
        if self.strict:
            return
        for name, rows in self.unsupported_functions.items():
            if name in ("uuid", "random"):
                why = _(
                    "a value drawn once for each submission; this app computes calculations "
                    "again each time, so it would change"
                )
            elif name == "pulldata":
                why = _("it reads a CSV file sent with the form, which this app does not have")
            elif name == "instance":
                why = _("it reads a list the form's server provides, which this app does not have")
            else:
                why = _("this app's expressions have no such function")
            self.warn(
                _(
                    "function '{name}': {why}; the rules that use it are left out (rows {rows})"
                ).format(name=name, why=why, rows=", ".join(map(str, rows))),
                "survey",
            )

    def expression(self, item: Item, column: str, text: str) -> str | None:
        if not text:
            return None
        node = self.tree(item, column, text)
        if node is None:
            return None
        writer = Writer(self, item)
        writer.column = column
        result = writer.write(node)[0]
        for message in dict.fromkeys(writer.errors):
            self.problem(message, "survey", item.row.number, column)
        return None if writer.errors else result

    def kind_of(self, item: Item) -> str:
        """What a question is in an expression; a calculate is what its calculation gives."""
        kind = item.expression_kind
        if kind != "calc":
            return kind
        key = id(item)
        if key not in self.calc_kinds:
            self.calc_kinds[key] = "any"  # while working it out: a cycle reads as "any"
            text = self.sheets["survey"].cell(item.row, "calculation")
            node = self.tree(item, "calculation", text) if text else None
            self.calc_kinds[key] = Writer(self, item).kind(node) if node is not None else "any"
        return self.calc_kinds[key]


class Writer(SpecialCalls):
    """Writes one XLSForm expression tree in our language; ``errors`` says what cannot be."""

    def __init__(self, converter: ExpressionTranslator, item: Item) -> None:
        self.converter = converter
        self.item = item
        self.repeat = item.repeat.ident if item.repeat is not None else None
        self.errors: list[str] = []
        self.negated = False  # inside an odd number of not()
        self.column: str | None = None  # the column the expression is in, for messages

    # What a node is: number, text, date, bool, choice, multi, ack, attachments, repeat, any.
    def kind(self, node: Node) -> str:
        if isinstance(node, Num | Neg):
            return "number"
        if isinstance(node, Str | Field):
            return "text"
        if isinstance(node, Bool | Not):
            return "bool"
        if isinstance(node, Dot):
            return self.converter.kind_of(self.item) if self.item.kind == "question" else "any"
        if isinstance(node, Var):
            target = self.converter.resolve(node.name, node.path, self.item)
            return self.converter.kind_of(target) if target is not None else "any"
        if isinstance(node, Bin):
            if node.op in ("+", "-") and self.kind(node.left) == "date":
                return "number" if self.kind(node.right) == "date" else "date"
            return "bool" if node.op in ("and", "or") or node.op in _COMPARISONS else "number"
        name = node.name
        if name in ("count", "count-selected", "string-length", "sum", "round", "count-non-empty",
                    "int", "floor", "ceiling", "abs"):  # fmt: skip
            return "number"
        if name in ("today", "date"):
            return "date"
        if name in _TEXT_FUNCTIONS:
            return "text"
        if name == "indexed-repeat" and node.args:
            return self.kind(node.args[0])
        if name in ("number", "decimal-date-time", "pow", "position"):
            return "number"
        if name in ("now", "date-time"):
            return "date"
        if name in ("boolean", "regex"):
            return "bool"
        if name == "once" and len(node.args) == 1:
            return self.kind(node.args[0])
        if name in ("selected", "true", "false", "not", "contains", "starts-with", "ends-with"):
            return "bool"
        kinds = [self.kind(arg) for arg in node.args[1:] if name == "if"] or [
            self.kind(arg) for arg in node.args
        ]
        known = [k for k in kinds if k != "any"]
        if name in ("min", "max") and known and known[0] not in ("number", "date"):
            return "any"
        return known[0] if known else "any"

    def write(self, node: Node) -> tuple[str, int]:
        if isinstance(node, Num):
            text = node.text
            if text.startswith("."):
                text = "0" + text
            return text.rstrip(".") if text.endswith(".") else text, _ATOM
        if isinstance(node, Str):
            return node.text, _ATOM
        if isinstance(node, Bool):
            return ("true" if node.value else "false"), _ATOM
        if isinstance(node, Dot):
            return ".", _ATOM
        if isinstance(node, Field):
            column = "value" if node.name == "name" else self.converter.filter_columns[node.name]
            return f"choice.{column}", _ATOM
        if isinstance(node, Var):
            return self.var(node, None), _ATOM
        if isinstance(node, Neg):
            text, level = self.write(node.operand)
            return "-" + (text if level >= _NEG else f"({text})"), _NEG
        if isinstance(node, Not):
            self.negated = not self.negated
            text, level = self.write(self.as_kind(node.operand, "bool"))
            self.negated = not self.negated
            return "not " + (text if level >= _ATOM else f"({text})"), _NOT
        if isinstance(node, Bin):
            if node.op in _COMPARISONS:
                return self.compare(node)
            return self.binary(node.op, node.left, node.right)
        return self.call(node)

    def binary(self, op: str, left: Node, right: Node) -> tuple[str, int]:
        # XPath reads text as a number in arithmetic, and any value as yes/no with and / or
        if op in ("+", "-", "*", "div", "mod"):
            left, right = self.as_kind(left, "number"), self.as_kind(right, "number")
        elif op in ("and", "or"):
            left, right = self.as_kind(left, "bool"), self.as_kind(right, "bool")
        if op == "mod":
            # XPath's a mod b keeps the sign of a: a - b * int(a div b), int() towards zero
            a, b = (t if n >= _ATOM else f"({t})" for t, n in map(self.write, (left, right)))
            return f"({a} - {b} * int({a} / {b}))", _ATOM
        level = _PRECEDENCE[op]
        left_text, left_level = self.write(left)
        right_text, right_level = self.write(right)
        if left_level < level or (level == _CMP and left_level == _CMP):
            left_text = f"({left_text})"
        if right_level <= level:
            right_text = f"({right_text})"
        return f"{left_text} {'/' if op == 'div' else op} {right_text}", level

    def compare(self, node: Bin) -> tuple[str, int]:
        op, left, right = node.op, node.left, node.right
        # ${x} = '' -> empty(x); ${x} != '' -> filled(x)
        if op in ("=", "!="):
            for side, other in ((left, right), (right, left)):
                if isinstance(other, Str) and other.value == "" and not isinstance(side, Str):
                    return f"{'empty' if op == '=' else 'filled'}({self.write(side)[0]})", _ATOM
        # string-length(${x}) = 0 -> empty(x); > 0 or != 0 -> filled(x)
        for side, other, flip in ((left, right, False), (right, left, True)):
            if (
                isinstance(side, Call)
                and side.name == "string-length"
                and len(side.args) == 1
                and isinstance(other, Num)
                and other.text == "0"
            ):
                wanted = {"=": "empty", "!=": "filled", ("<" if flip else ">"): "filled"}
                if op in wanted:
                    return f"{wanted[op]}({self.write(side.args[0])[0]})", _ATOM
        left, right = self.fit(left, self.kind(right)), self.fit(right, self.kind(left))
        text, level = self.binary(op, left, right)
        return self.guard(text, level, [*self.blanks(left), *self.blanks(right)], op == "!=")

    def blanks(self, side: Node) -> list[str]:
        """The questions whose blank answer makes ``side`` blank (a value or arithmetic)."""
        if isinstance(side, Var):
            target = self.converter.resolve(side.name, side.path, self.item)
            return [target.ident] if target is not None and target.kind == "question" else []
        if isinstance(side, Neg):
            return self.blanks(side.operand)
        if isinstance(side, Bin) and side.op in ("+", "-", "*", "div", "mod"):
            return [*self.blanks(side.left), *self.blanks(side.right)]
        return []

    def guard(self, text: str, level: int, blanks: list[str], unequal: bool) -> tuple[str, int]:
        """XLSForm reads a blank answer as '' (NaN for numbers): a comparison with it is false,
        and != true. Ours leaves it unknown, which a relevance reads as false; spell out the blank
        case where that differs: for != always, for the rest under not()."""
        names = list(dict.fromkeys(blanks))
        if not names or not (unequal or self.negated):
            return text, level
        if unequal:
            return " or ".join([*(f"empty({n})" for n in names), text]), _OR
        inner = text if level > _AND else f"({text})"
        return " and ".join([*(f"filled({n})" for n in names), inner]), _AND

    @staticmethod
    def fit(literal: Node, other: str) -> Node:
        """A literal made the type our stricter expressions expect next to ``other``."""
        if isinstance(literal, Str) and other == "number" and _NUMERIC.match(literal.value):
            return (
                Num(literal.value)
                if not literal.value.startswith("-")
                else Neg(Num(literal.value[1:]))
            )
        if isinstance(literal, Num) and other == "choice":
            return Str(f"'{literal.text}'")
        if isinstance(literal, Str) and other == "ack" and literal.value.lower() == "ok":
            return Str("'yes'")
        if isinstance(literal, Field) and other == "number":
            return Call("number", (literal,))  # a choice's column is text
        return literal

    def call(self, node: Call) -> tuple[str, int]:
        name, args = node.name, node.args
        if name in ("true", "false"):
            if args:
                self.errors.append(_("{name}() takes nothing").format(name=name))
            return name, _ATOM
        if name == "not":
            if len(args) != 1:
                self.errors.append(_("not() takes one condition"))
                return "false", _ATOM
            return self.write(Not(args[0]))
        ours = FUNCTIONS.get(name)
        if ours is None:
            self.errors.append(_("function '{name}' is not supported").format(name=name))
            return f"{name}()", _ATOM
        if name in _AGGREGATES:
            if len(args) != 1:
                self.errors.append(
                    _(
                        "{name}() of several values is not supported; it takes one question "
                        "inside a repeat"
                    ).format(name=name)
                )
                return f"{ours}()", _ATOM
            if isinstance(args[0], Var):
                return f"{ours}({self.var(args[0], name)})", _ATOM
        if name == "once" and len(args) == 1:
            return self.write(args[0])
        if name == "jr:choice-name":
            return self.choice_name(args)
        if name == "indexed-repeat":
            return self.indexed_repeat(args)
        if name == "pulldata":
            return self.pulldata(args)
        if name in ("format-date", "format-date-time") and args and self.kind(args[0]) == "number":
            args = (Call("date-time", (args[0],)), *args[1:])  # a decimal date read as a date
        if name == "date" and len(args) == 1 and not isinstance(args[0], Str):
            ours = "date_time"  # date(${x}): a date from a question's value, not a literal
        if name == "selected" and len(args) == 2 and isinstance(args[1], Num):
            args = (args[0], Str(f"'{args[1].text}'"))
        if name in ("if", "coalesce"):
            args = self.same_kind(
                args[1:] if name == "if" else args, args[:1] if name == "if" else ()
            )
        text = f"{ours}({', '.join(self.write(arg)[0] for arg in args)})"
        if name == "selected" and args:
            return self.guard(text, _ATOM, self.blanks(args[0]), unequal=False)
        return text, _ATOM

    def as_kind(self, node: Node, wanted: str) -> Node:
        """``node`` read as a number or as yes/no where XPath would convert it."""
        kind = self.kind(node)
        if wanted == "number" and kind in ("text", "choice") and not isinstance(node, Str):
            return Call("number", (node,))
        if wanted == "bool" and (
            kind in ("text", "choice", "number", "multi")
            or (kind == "any" and isinstance(node, Var))
        ):
            return Call("boolean", (node,))
        return node

    def same_kind(self, values: tuple[Node, ...], before: tuple[Node, ...]) -> tuple[Node, ...]:
        """The values an if() or coalesce() gives, read as numbers when one is a number and
        another text or a choice: XPath turns one into the other, ours keeps kinds apart."""
        kinds = [self.kind(value) for value in values]
        if "number" not in kinds or not {"text", "choice"} & set(kinds):
            return (*before, *values)
        if any(isinstance(v, Str) and not _NUMERIC.match(v.value) for v in values):
            # a word among them: the numbers are read as text
            return (*before, *(Call("string", (v,)) if k == "number" else v
                               for v, k in zip(values, kinds, strict=True)))  # fmt: skip
        fitted = tuple(
            self.fit(value, "number") if isinstance(value, Str)
            else Call("number", (value,)) if kind in ("text", "choice") else value
            for value, kind in zip(values, kinds, strict=True)
        )  # fmt: skip
        return (*before, *fitted)

    def var(self, node: Var, aggregate: str | None) -> str:
        name = node.name
        target = self.converter.resolve(name, node.path, self.item)
        if target is None:
            if len(self.converter.candidates(name, node.path, self.item)) > 1:
                self.errors.append(
                    _("'{ref}' could be any of the questions named '{name}'").format(
                        ref=node.path or f"${{{name}}}", name=name
                    )
                )
            elif name in self.converter.metadata:
                self.errors.append(
                    _("${{{name}}} is a metadata field (row {row}), which is not imported").format(
                        name=name, row=self.converter.metadata[name]
                    )
                )
            elif node.path is not None:
                self.errors.append(_("'{path}' names no question").format(path=node.path))
            else:
                self.errors.append(_("${{{name}}} names no question").format(name=name))
            return name
        if target.kind == "group":
            self.errors.append(_("${{{name}}} is a group, not a question").format(name=name))
            return target.ident
        if target.kind == "repeat":
            if aggregate != "count":
                self.errors.append(
                    _("${{{name}}} is a repeat; use count(${{{name}}})").format(name=name)
                )
            return target.ident
        repeat = target.repeat
        if repeat is None:
            return target.ident
        if aggregate in ("count",):
            return repeat.ident  # count(${x}) counts the entries, as in XLSForm
        if aggregate is not None:
            return f"{repeat.ident}.{target.ident}"
        if repeat.ident == self.repeat:
            return target.ident
        self.errors.append(
            _(
                "${{{name}}} is inside repeat '{repeat}'; here only sum(), min(), max() or "
                "count() of it can be used"
            ).format(name=name, repeat=repeat.name)
        )
        return target.ident
