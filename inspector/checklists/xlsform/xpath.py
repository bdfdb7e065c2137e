"""XLSForm expressions (XPath as ODK uses it, with ``${name}`` for a question) read into a tree;
strings are kept as written. ``translate`` writes the tree in our language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from inspector.checklists.expressions import Token
from inspector.errors import ExpressionError
from inspector.i18n import _

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<var>\$\{[^}]*\})
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<name>[A-Za-z_][A-Za-z0-9_-]*(?::[A-Za-z_][A-Za-z0-9_-]*)?)
  | (?P<op>!=|<=|>=|\.\.|[=<>+\-*/(),.|\[\]@])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Num:
    text: str


@dataclass(frozen=True)
class Str:
    text: str  # with its quotes, exactly as written

    @property
    def value(self) -> str:
        return self.text[1:-1]


@dataclass(frozen=True)
class Bool:
    value: bool


@dataclass(frozen=True)
class Var:
    name: str  # the question's name; for an XPath path, its last step
    path: str | None = None  # an XPath path as written (/data/group/q, ../q), else None


@dataclass(frozen=True)
class Dot:
    pass


@dataclass(frozen=True)
class Field:
    """In a choice_filter, a column of the choice being read (``name`` is its value)."""

    name: str


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Neg:
    operand: Node


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class Bin:
    op: str
    left: Node
    right: Node


Node = Num | Str | Bool | Var | Dot | Field | Call | Neg | Not | Bin


def tokenize(text: str) -> list[Token]:
    """Tokens of kind var, number, string, name or op (spaces dropped), then one of kind end."""
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            char = text[pos]
            if char in "\u2018\u2019\u201c\u201d":  # curly quotes
                raise ExpressionError(
                    _(
                        "curly quotes ({char}) are not understood; type straight quotes ' or \""
                    ).format(char=char)
                )
            if char in "'\"":
                raise ExpressionError(
                    _("the quote at position {pos} is never closed").format(pos=pos + 1)
                )
            raise ExpressionError(
                _("unexpected character '{char}' at position {pos}").format(char=char, pos=pos + 1)
            )
        kind = match.lastgroup or ""
        if kind != "space":
            tokens.append(Token(kind, match.group(), pos))
        pos = match.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


class Parser:
    """XPath as XLSForm uses it: or, and, = !=, < <= > >=, + -, * div, unary -, calls, values."""

    def __init__(self, tokens: list[Token], fields: frozenset[str] = frozenset()) -> None:
        self.tokens = tokens
        self.index = 0
        self.fields = fields  # in a choice_filter: the choices' columns, read by bare name

    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def accept(self, *texts: str) -> str | None:
        token = self.token
        if token.kind in ("op", "name") and token.text in texts:
            self.index += 1
            return token.text
        return None

    def fail(self, what: str) -> ExpressionError:
        token = self.token
        found = _("the end") if token.kind == "end" else f"'{token.text}'"
        return ExpressionError(
            _("{what} at position {pos}, found {found}").format(
                what=what, pos=token.pos + 1, found=found
            )
        )

    def parse(self) -> Node:
        node = self.binary(0)
        if self.token.kind != "end":
            raise self.fail(_("expected an operator or the end"))
        return node

    _LEVELS: tuple[tuple[str, ...], ...] = (
        ("or",),
        ("and",),
        ("=", "!="),
        ("<", "<=", ">", ">="),
        ("+", "-"),
        ("*", "div", "mod"),
    )

    def binary(self, level: int) -> Node:
        if level == len(self._LEVELS):
            return self.unary()
        node = self.binary(level + 1)
        while op := self.accept(*self._LEVELS[level]):
            node = Bin(op, node, self.binary(level + 1))
        return node

    def unary(self) -> Node:
        if self.accept("-"):
            return Neg(self.unary())
        node = self.primary()
        if self.token.kind == "op" and self.token.text in ("|", "[", "/"):
            raise self.path_error()
        return node

    def path_error(self) -> ExpressionError:
        if self.token.text == "/":
            return ExpressionError(
                _(
                    "'/' is an XPath path, not a division: divide with div, and refer to a "
                    "question as ${name}"
                )
            )
        return ExpressionError(
            _("XPath paths ('{text}') are not supported; refer to a question as ${{name}}").format(
                text=self.token.text
            )
        )

    def path(self, start: int) -> Node:
        """An XPath path (/data/group/q, ../q, ./q, group/q) as the question its last step
        names; what it means beyond that (which group) is not kept, names being unique."""
        steps: list[str] = []
        if self.accept("/") is not None:
            steps.append("")
        while True:
            token = self.token
            if token.kind == "name" or (token.kind == "op" and token.text in ("..", ".")):
                steps.append(token.text)
                self.index += 1
            else:
                raise self.fail(_("expected a step of the path"))
            if self.token.kind == "op" and self.token.text in ("[", "@"):
                raise self.path_error()
            if self.accept("/") is None:
                break
        text = "/".join(steps)
        last = steps[-1]
        if last in ("", ".", ".."):
            raise ExpressionError(
                _("the path '{path}' names a group, not a question").format(path=text)
            )
        return Var(last, text)

    def primary(self) -> Node:
        token = self.token
        if token.kind == "number":
            self.index += 1
            return Num(token.text)
        if token.kind == "string":
            self.index += 1
            return Str(token.text)
        if token.kind == "var":
            self.index += 1
            name = token.text[2:-1].strip()
            if not name:
                raise ExpressionError(_("'${}' names no question"))
            return Var(name)
        following = self.tokens[min(self.index + 1, len(self.tokens) - 1)]
        if token.kind == "op" and token.text == "." and following.text != "/":
            self.index += 1
            return Dot()
        if token.kind == "name" and token.text == "position" and following.text == "(":
            # position(..): the number of the repeat entry the question is in
            close = next((i for i in range(self.index + 2, len(self.tokens))
                          if self.tokens[i].text == ")"), None)  # fmt: skip
            if close is not None and all(
                t.text in ("..", ".", "/", "current", "(")
                for t in self.tokens[self.index + 2 : close]
            ):
                self.index = close + 1
                return Call("position", ())
        if token.kind == "name" and token.text == "current" and following.text == "(":
            after = self.tokens[self.index + 2 : self.index + 4]
            if [t.text for t in after] == [")", "/"]:
                self.index += 3  # current()/..: a path from this question
                return self.path(token.pos)
            if after[:1] and after[0].text == ")":
                self.index += 3
                return Dot()  # current(): this question's value, as '.'
        if (token.kind == "op" and token.text in ("..", "/", ".")) or (
            token.kind == "name" and following.text == "/"
        ):
            return self.path(token.pos)
        if token.kind == "op" and token.text == "@":
            raise self.path_error()
        if self.accept("("):
            node = self.binary(0)
            if not self.accept(")"):
                raise self.fail(_("expected ')'"))
            return node
        if token.kind == "name":
            if self.tokens[self.index + 1].text != "(":
                if token.text in self.fields:
                    self.index += 1
                    return Field(token.text)
                if token.text == "false":
                    # a path to an element that is not there: empty, so false, as meant
                    self.index += 1
                    return Bool(False)
                if token.text in ("and", "or", "div", "mod"):  # an operator where a value goes
                    raise self.fail(_("expected a value"))
                raise ExpressionError(
                    _("'{name}' is not understood; refer to a question as ${{{name}}}").format(
                        name=token.text
                    )
                )
            self.index += 2
            args: list[Node] = []
            if not self.accept(")"):
                args.append(self.binary(0))
                while self.accept(","):
                    args.append(self.binary(0))
                if not self.accept(")"):
                    raise self.fail(_("expected ',' or ')'"))
            return Call(token.text, tuple(args))
        raise self.fail(_("expected a value, ${name} or '('"))
