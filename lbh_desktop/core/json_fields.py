"""Reading decoded JSON objects field by field, with errors that name the bad value's path."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from lbh_desktop.core.models import ModelError

EnumType = TypeVar("EnumType", bound=StrEnum)


def as_object(raw: object, where: str) -> dict[str, object]:
    if not isinstance(raw, dict):
        raise ModelError(f"{where}: must be an object, not {type(raw).__name__}")
    return raw


def reject_unknown_fields(data: dict[str, object], known: frozenset[str], where: str) -> None:
    unknown = sorted(str(key) for key in data if key not in known)
    if unknown:
        raise ModelError(f"{where}: unknown field {', '.join(map(repr, unknown))}")


def required(data: dict[str, object], key: str, where: str) -> object:
    if key not in data:
        raise ModelError(f"{where}.{key}: missing")
    return data[key]


def text(data: dict[str, object], key: str, where: str) -> str:
    return text_value(required(data, key, where), f"{where}.{key}")


def text_value(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ModelError(f"{where}: must be text, not {type(value).__name__}")
    if not value.strip():
        raise ModelError(f"{where}: must not be empty")
    return value


def items(data: dict[str, object], key: str, where: str, *, allow_empty: bool) -> list[object]:
    value = required(data, key, where)
    if not isinstance(value, list):
        raise ModelError(f"{where}.{key}: must be a list, not {type(value).__name__}")
    if not value and not allow_empty:
        raise ModelError(f"{where}.{key}: must not be empty")
    return value


def texts(data: dict[str, object], key: str, where: str, *, allow_empty: bool) -> tuple[str, ...]:
    values = items(data, key, where, allow_empty=allow_empty)
    return tuple(text_value(value, f"{where}.{key}[{index}]") for index, value in enumerate(values))


def flag(data: dict[str, object], key: str, where: str) -> bool:
    value = required(data, key, where)
    if not isinstance(value, bool):
        raise ModelError(f"{where}.{key}: must be true or false, not {value!r}")
    return value


def optional_count(data: dict[str, object], key: str, where: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ModelError(f"{where}.{key}: must be a whole number ≥ 1, not {value!r}")
    return value


def enum_value(enum: type[EnumType], value: object, where: str) -> EnumType:
    for member in enum:
        if member.value == value:
            return member
    allowed = ", ".join(repr(member.value) for member in enum)
    raise ModelError(f"{where}: {value!r} is not one of {allowed}")


def file_name(data: dict[str, object], key: str, where: str) -> str:
    name = text(data, key, where)
    if "/" in name or "\\" in name or name.startswith("."):
        raise ModelError(f"{where}.{key}: must be a plain file name, not {name!r}")
    return name
