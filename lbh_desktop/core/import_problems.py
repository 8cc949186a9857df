"""Plain-words problems for an import file: "routines[0].steps[2].seconds: must be > 0"."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError

PathPart = str | int

_TYPE_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}
_SHOWN_TEXT = 60
"""Longest piece of the file's own text quoted in a message."""


@dataclass(frozen=True, order=True)
class ImportProblem:
    """One thing wrong with an import file; `path` is empty for the file as a whole."""

    sort_key: tuple[tuple[int, int, str], ...]
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason


class ImportRejected(Exception):
    """The file cannot be imported; nothing was changed. Holds every problem found."""

    def __init__(self, problems: Sequence[ImportProblem]) -> None:
        self.problems = tuple(sorted(set(problems)))
        super().__init__("\n".join(str(problem) for problem in self.problems))


def problem(parts: Sequence[PathPart], reason: str) -> ImportProblem:
    key = tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in parts)
    return ImportProblem(key, format_path(parts), reason)


def whole_file(reason: str) -> ImportRejected:
    return ImportRejected([problem((), reason)])


def format_path(parts: Iterable[PathPart]) -> str:
    """("routines", 0, "steps", 2, "seconds") -> "routines[0].steps[2].seconds"."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.isidentifier():
            text += f".{part}" if text else part
        else:
            text += f"[{quote(part)}]"
    return text


def quote(value: object) -> str:
    """A short JSON rendering of a value from the file, cut to a readable length."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= _SHOWN_TEXT else text[: _SHOWN_TEXT - 1] + "…"


def schema_problems(errors: Iterable[ValidationError]) -> list[ImportProblem]:
    """Each jsonschema error as path + plain reason; "required" and "additionalProperties"
    become one problem per missing or unknown field, at that field's path."""
    problems: list[ImportProblem] = []
    for error in errors:
        path = list(error.absolute_path)
        validator = str(error.validator)
        value: Any = error.validator_value
        instance: Any = error.instance
        if validator == "required" and isinstance(instance, dict):
            problems += [problem([*path, key], "missing") for key in value if key not in instance]
        elif validator == "additionalProperties" and isinstance(instance, dict):
            known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
            problems += [
                problem([*path, str(key)], "unknown field") for key in instance if key not in known
            ]
        else:
            problems.append(problem(path, _reason(error, validator, value, instance)))
    return problems


def _reason(error: ValidationError, validator: str, value: Any, instance: Any) -> str:
    custom = error.schema.get("x-reason") if isinstance(error.schema, dict) else None
    if isinstance(custom, str):
        return custom
    if validator == "type":
        names = [value] if isinstance(value, str) else list(value)
        return f"must be {' or '.join(_TYPE_WORDS.get(name, name) for name in names)}"
    if validator == "enum":
        return (
            f"must be one of {', '.join(quote(option) for option in value)}, not {quote(instance)}"
        )
    if validator == "const":
        return f"must be {quote(value)}"
    if validator == "minimum":
        return f"must be ≥ {value}"
    if validator == "exclusiveMinimum":
        return f"must be > {value}"
    if validator == "maximum":
        return f"must be ≤ {value}"
    if validator == "minLength":
        return "must not be empty" if value == 1 else f"must be at least {value} characters long"
    if validator == "maxLength":
        return f"must be at most {value} characters long"
    if validator == "minItems":
        return "must not be empty" if value == 1 else f"must have at least {value} items"
    if validator == "maxItems":
        return f"must have at most {value} items, not {len(instance)}"
    if validator == "uniqueItems":
        return "must not list the same value twice"
    return f"is not valid ({validator})"
