"""The checklist expression language, parsed into a tree; never run as Python.

Grammar (lowest precedence first)::

    expr     := or
    or       := and ("or" and)*
    and      := not ("and" not)*
    not      := "not" not | compare
    compare  := sum (("=" | "==" | "!=" | "<" | "<=" | ">" | ">=") sum)?
    sum      := product (("+" | "-") product)*
    product  := unary (("*" | "/") unary)*
    unary    := "-" unary | primary
    primary  := NUMBER | STRING | "true" | "false" | "." | NAME ("." NAME)?
              | "${" NAME "}" | NAME "(" [expr ("," expr)*] ")" | "(" expr ")"

``.`` is the value of the question the expression belongs to; ``NAME`` another question;
``repeat.question`` the column of a question across a repeat's entries (only inside an aggregate
such as ``sum``). ``${name}`` is accepted for XLSForm authors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from inspector.errors import ExpressionError
from inspector.i18n import _

MAX_LENGTH = 2000
MAX_DEPTH = 40

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<var>\$\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\})
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|[=<>+\-*/(),.])
    """,
    re.VERBOSE,
)
KEYWORDS = {"and", "or", "not", "true", "false"}
COMPARISONS = {"=", "==", "!=", "<", "<=", ">", ">="}


@dataclass(frozen=True)
class Token:
    kind: str  # number, string, name, op, end
    text: str
    pos: int


@dataclass(frozen=True)
class Node:
    pos: int


@dataclass(frozen=True)
class Literal(Node):
    value: Decimal | str | bool


@dataclass(frozen=True)
class Current(Node):
    """``.``: the value of the question the expression belongs to."""


@dataclass(frozen=True)
class Ref(Node):
    name: str
    member: str | None = None  # repeat.member


@dataclass(frozen=True)
class Unary(Node):
    op: str  # "-" or "not"
    operand: Node


@dataclass(frozen=True)
class Binary(Node):
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call(Node):
    name: str
    args: tuple[Node, ...]


def tokenize(text: str) -> list[Token]:
    if len(text) > MAX_LENGTH:
        raise ExpressionError(
            _("The expression is longer than {limit} characters.").format(limit=MAX_LENGTH)
        )
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise ExpressionError(
                _("Unexpected character {char!r} at position {pos}.").format(
                    char=text[pos], pos=pos + 1
                ),
                pos,
            )
        kind = match.lastgroup or ""
        value = match.group()
        if kind == "var":
            tokens.append(Token("name", value[2:-1].strip(), pos))
        elif kind == "name" and value in KEYWORDS:
            tokens.append(Token("op", value, pos))
        elif kind != "space":
            tokens.append(Token(kind, value, pos))
        pos = match.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.index = 0
        self.depth = 0

    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def accept(self, *ops: str) -> Token | None:
        if self.token.kind == "op" and self.token.text in ops:
            return self.advance()
        return None

    def expect(self, op: str) -> Token:
        token = self.accept(op)
        if token is None:
            raise self.error(_("expected '{op}'").format(op=op))
        return token

    def error(self, what: str) -> ExpressionError:
        token = self.token
        found = _("the end") if token.kind == "end" else repr(token.text)
        return ExpressionError(
            _("{what} at position {pos}, found {found}.").format(
                what=what[:1].upper() + what[1:], pos=token.pos + 1, found=found
            ),
            token.pos,
        )

    def nested(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(
                _("The expression nests deeper than {limit} levels.").format(limit=MAX_DEPTH),
                self.token.pos,
            )

    def parse(self) -> Node:
        node = self.parse_or()
        if self.token.kind != "end":
            raise self.error(_("expected an operator or the end"))
        return node

    def parse_or(self) -> Node:
        node = self.parse_and()
        while token := self.accept("or"):
            node = Binary(token.pos, "or", node, self.parse_and())
        return node

    def parse_and(self) -> Node:
        node = self.parse_not()
        while token := self.accept("and"):
            node = Binary(token.pos, "and", node, self.parse_not())
        return node

    def parse_not(self) -> Node:
        if token := self.accept("not"):
            self.nested()
            node = Unary(token.pos, "not", self.parse_not())
            self.depth -= 1
            return node
        return self.parse_compare()

    def parse_compare(self) -> Node:
        node = self.parse_sum()
        if token := self.accept(*COMPARISONS):
            op = "=" if token.text == "==" else token.text
            node = Binary(token.pos, op, node, self.parse_sum())
            if self.token.kind == "op" and self.token.text in COMPARISONS:
                raise self.error(_("comparisons cannot be chained; join them with 'and'"))
        return node

    def parse_sum(self) -> Node:
        node = self.parse_product()
        while token := self.accept("+", "-"):
            node = Binary(token.pos, token.text, node, self.parse_product())
        return node

    def parse_product(self) -> Node:
        node = self.parse_unary()
        while token := self.accept("*", "/"):
            node = Binary(token.pos, token.text, node, self.parse_unary())
        return node

    def parse_unary(self) -> Node:
        if token := self.accept("-"):
            self.nested()
            node = Unary(token.pos, "-", self.parse_unary())
            self.depth -= 1
            return node
        return self.parse_primary()

    def parse_primary(self) -> Node:
        token = self.token
        if token.kind == "number":
            self.advance()
            return Literal(token.pos, Decimal(token.text))
        if token.kind == "string":
            self.advance()
            return Literal(token.pos, token.text[1:-1])
        if token.kind == "op" and token.text in ("true", "false"):
            self.advance()
            return Literal(token.pos, token.text == "true")
        if token.kind == "op" and token.text == ".":
            self.advance()
            return Current(token.pos)
        if token.kind == "op" and token.text == "(":
            self.advance()
            self.nested()
            node = self.parse_or()
            self.depth -= 1
            self.expect(")")
            return node
        if token.kind == "name":
            self.advance()
            if self.accept("("):
                return self.parse_call(token)
            if self.accept("."):
                member = self.token
                if member.kind != "name":
                    raise self.error(
                        _("expected a question name after '{name}.'").format(name=token.text)
                    )
                self.advance()
                return Ref(token.pos, token.text, member.text)
            return Ref(token.pos, token.text)
        raise self.error(_("expected a value, a question or '('"))

    def parse_call(self, name: Token) -> Node:
        self.nested()
        args: list[Node] = []
        if not self.accept(")"):
            args.append(self.parse_or())
            while self.accept(","):
                args.append(self.parse_or())
            self.expect(")")
        self.depth -= 1
        return Call(name.pos, name.text, tuple(args))


def parse(text: str) -> Node:
    """The tree of an expression; ExpressionError, with the position, for anything malformed."""
    if not isinstance(text, str):
        raise ExpressionError(_("An expression must be text."))
    if not text.strip():
        raise ExpressionError(_("The expression is empty."), 0)
    return _Parser(text).parse()


def references(node: Node) -> set[str]:
    """The question names an expression reads (repeat names for repeat.member)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Ref):
            found.add(item.name)
        elif isinstance(item, Unary):
            stack.append(item.operand)
        elif isinstance(item, Binary):
            stack.extend((item.left, item.right))
        elif isinstance(item, Call):
            stack.extend(item.args)
    return found
