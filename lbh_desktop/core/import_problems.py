"""Plain-words problems for an import file: "routines[0].steps[2].seconds: must be > 0"."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

PathPart = str | int

_TYPE_WORDS = {
    "integer": QT_TRANSLATE_NOOP("import_problems", "a whole number"),
    "number": QT_TRANSLATE_NOOP("import_problems", "a number"),
    "string": QT_TRANSLATE_NOOP("import_problems", "text"),
    "boolean": QT_TRANSLATE_NOOP("import_problems", "true or false"),
    "array": QT_TRANSLATE_NOOP("import_problems", "a list"),
    "object": QT_TRANSLATE_NOOP("import_problems", "an object"),
    "null": QT_TRANSLATE_NOOP("import_problems", "null"),
}
SCHEMA_REASONS = (
    QT_TRANSLATE_NOOP(
        "import_problems",
        'must be "lbh-desktop-routines" (this is not an LBH Desktop routine file)',
    ),
    QT_TRANSLATE_NOOP("import_problems", 'must be a whole number when mode is "reps"'),
    QT_TRANSLATE_NOOP("import_problems", 'must be a whole number when mode is "timed" or "open"'),
    QT_TRANSLATE_NOOP(
        "import_problems",
        'must be lower-case letters and digits joined by hyphens, e.g. "my-routine-2"',
    ),
    QT_TRANSLATE_NOOP("import_problems", "must not be blank"),
    QT_TRANSLATE_NOOP("import_problems", "must not contain HTML or other markup such as <b>"),
    QT_TRANSLATE_NOOP("import_problems", "must not contain control characters"),
    QT_TRANSLATE_NOOP(
        "import_problems", "must not contain control characters such as line breaks or tabs"
    ),
    QT_TRANSLATE_NOOP(
        "import_problems", 'must start with "custom-": only your own exercises travel in a file'
    ),
    QT_TRANSLATE_NOOP("import_problems", "only version 1 can be read by this LBH Desktop"),
)
"""The shipped schema's "x-reason" texts, marked for translators (a test keeps them in step)."""
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
            missing = translate("import_problems", "missing")
            problems += [problem([*path, key], missing) for key in value if key not in instance]
        elif validator == "additionalProperties" and isinstance(instance, dict):
            known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
            unknown = translate("import_problems", "unknown field")
            problems += [
                problem([*path, str(key)], unknown) for key in instance if key not in known
            ]
        else:
            problems.append(problem(path, _reason(error, validator, value, instance)))
    return problems


def _reason(error: ValidationError, validator: str, value: Any, instance: Any) -> str:
    custom = error.schema.get("x-reason") if isinstance(error.schema, dict) else None
    if isinstance(custom, str):
        return translate("import_problems", custom)  # the schema's x-reason texts
    if validator == "type":
        names = [value] if isinstance(value, str) else list(value)
        words = [_type_word(name) for name in names]
        for word in words[1:]:
            words[0] = translate("import_problems", "{first} or {second}").format(
                first=words[0], second=word
            )
        return translate("import_problems", "must be {kind}").format(kind=words[0])
    if validator == "enum":
        options = ", ".join(quote(option) for option in value)
        return translate("import_problems", "must be one of {options}, not {value}").format(
            options=options, value=quote(instance)
        )
    if validator == "const":
        return translate("import_problems", "must be {value}").format(value=quote(value))
    if validator == "minimum":
        return translate("import_problems", "must be ≥ {value}").format(value=value)
    if validator == "exclusiveMinimum":
        return translate("import_problems", "must be > {value}").format(value=value)
    if validator == "maximum":
        return translate("import_problems", "must be ≤ {value}").format(value=value)
    if validator in ("minLength", "minItems") and value == 1:
        return translate("import_problems", "must not be empty")
    if validator == "minLength":
        return translate("import_problems", "must be at least %n character(s) long", None, value)
    if validator == "maxLength":
        return translate("import_problems", "must be at most %n character(s) long", None, value)
    if validator == "minItems":
        return translate("import_problems", "must have at least %n item(s)", None, value)
    if validator == "maxItems":
        return translate(
            "import_problems", "must have at most %n item(s), not {count}", None, value
        ).format(count=len(instance))
    if validator == "uniqueItems":
        return translate("import_problems", "must not list the same value twice")
    return translate("import_problems", "is not valid ({rule})").format(rule=validator)


def _type_word(name: str) -> str:
    word = _TYPE_WORDS.get(name)
    return translate("import_problems", word) if word else name
