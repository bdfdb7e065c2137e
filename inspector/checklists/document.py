"""Reading a form document: YAML that refuses duplicate keys, and a reader that records every
problem against its path in the document (``sections[2].questions[4].relevant``)."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from inspector.errors import FormInvalid
from inspector.i18n import _


class Problems:
    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[str] = []

    def add(self, path: str, message: str) -> None:
        where = f"{self.source}: " if self.source else ""
        self.items.append(f"{where}{path}: {message}" if path else f"{where}{message}")


def join_path(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


_TYPE_NAMES = {
    dict: "a mapping",
    list: "a list",
    str: "text",
    bool: "true or false",
    int: "a whole number",
}


class Reader:
    """Reads one mapping of the document, recording problems against its path."""

    def __init__(self, data: Any, path: str, problems: Problems, keys: set[str]) -> None:
        self.path = path
        self.problems = problems
        self.ok = isinstance(data, dict)
        self.data: dict[Any, Any] = data if isinstance(data, dict) else {}
        if not self.ok:
            problems.add(path or "(top)", _("expected a mapping of keys to values"))
            return
        for key in self.data:
            if key not in keys:
                suggestion = closest(str(key), keys)
                problems.add(
                    join_path(path, str(key)),
                    _("unknown key; did you mean '{key}'?").format(key=suggestion)
                    if suggestion
                    else _("unknown key; allowed: {keys}").format(keys=", ".join(sorted(keys))),
                )

    def at(self, key: str) -> str:
        return join_path(self.path, key)

    def get(self, key: str, kind: type, *, required: bool = False, default: Any = None) -> Any:
        if key not in self.data or self.data[key] is None:
            if required and self.ok:
                self.problems.add(self.at(key), _("missing"))
            return default
        value = self.data[key]
        if kind is int and isinstance(value, bool):
            value = None
        if not isinstance(value, kind) or value is None:
            self.problems.add(
                self.at(key), _("expected {kind}").format(kind=_TYPE_NAMES.get(kind, kind.__name__))
            )
            return default
        return value


def read_version(reader: Reader) -> str:
    """A document's ``version``: text (a number is taken as its text), required."""
    version = reader.data.get("version")
    if isinstance(version, int | float) and not isinstance(version, bool):
        version = str(version)
    if not isinstance(version, str) or not version.strip():
        reader.problems.add(
            reader.at("version"), _("missing") if version is None else _("expected text")
        )
        return ""
    return version


def closest(word: str, options: set[str]) -> str | None:
    matches = difflib.get_close_matches(word, sorted(options), n=1, cutoff=0.75)
    return matches[0] if matches else None


def read_yaml(path: Path, display: str | None = None) -> Any:
    """The document in a YAML file. Duplicate keys, which YAML would silently merge, are refused."""
    import yaml

    name = display or str(path)

    # libyaml's parser when PyYAML has it (its wheels do): ten times faster on a large form.
    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class StrictLoader(base):  # type: ignore[valid-type,misc]
        pass

    def mapping(loader: StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = loader.construct_object(key_node)  # type: ignore[no-untyped-call]
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, _("duplicate key '{key}'").format(key=key), key_node.start_mark
                )
            seen.add(key)
        return loader.construct_mapping(node)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FormInvalid([_("{file}: no such file").format(file=name)]) from None
    except UnicodeDecodeError:
        raise FormInvalid([_("{file}: not UTF-8 text").format(file=name)]) from None
    except OSError as exc:
        raise FormInvalid([f"{name}: {exc.strerror}"]) from None
    try:
        return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - StrictLoader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = str(exc.problem or exc.context)
        if "expected ',' or" in problem:
            # The classic trap: {en: Fees?} - a plain '?' or ':' inside a flow mapping.
            problem += _(" (inside { } or [ ], put text containing ? : , # in quotes)")
        raise FormInvalid([f"{name}: {where}{problem}"]) from None
    except yaml.YAMLError as exc:
        raise FormInvalid([f"{name}: {exc}"]) from None
