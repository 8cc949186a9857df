"""Domain models: exercises, routine steps, routines and session records, with dict codecs."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, TypeVar

from lbh_desktop.core.i18n import translate

REP_SECONDS = 3.0
"""Seconds per repetition when a move's own tempo is unknown (a move missing from the
catalogue, or a caller that has no catalogue); only planned-time estimates use it."""

REP_SECONDS_RANGE = (1.0, 15.0)
"""Allowed values of a dose's `rep_seconds`, inclusive."""


class ModelError(ValueError):
    """A routine or exercise definition is invalid; the message names the field."""


class ExerciseKind(StrEnum):
    STRENGTH = "strength"
    STRETCH = "stretch"
    WARMUP = "warm-up"


class Position(StrEnum):
    FLOOR = "floor"
    CHAIR = "chair"
    STANDING = "standing"


class StepMode(StrEnum):
    TIMED = "timed"
    REPS = "reps"
    OPEN = "open"


class Variation(StrEnum):
    """How far along the move's ladder a step is played: two rungs down to two rungs up."""

    EASIEST = "easiest"
    EASIER = "easier"
    STANDARD = "standard"
    HARDER = "harder"
    HARDEST = "hardest"


class RoutineKind(StrEnum):
    STRENGTH = "strength"
    STRETCH = "stretch"
    WARMUP = "warm-up"
    DESK_BREAK = "desk-break"


class Level(StrEnum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class SessionStatus(StrEnum):
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    PARTIAL = "partial"
    STOPPED = "stopped"


def _error(path: str, reason: str) -> ModelError:
    """ "path: reason": the path as the file spells it, the reason in the user's language."""
    return ModelError(f"{path}: {reason}")


def _require(data: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in data:
        raise _error(f"{where}.{key}", translate("models", "missing"))
    value = data[key]
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        reason = translate("models", "must be a number, not {value}").format(value=repr(value))
        raise _error(f"{where}.{key}", reason)
    if not isinstance(value, kind):
        expected = kind.__name__ if isinstance(kind, type) else "number"
        reason = translate("models", "must be {expected}, not {actual}")
        raise _error(
            f"{where}.{key}", reason.format(expected=expected, actual=type(value).__name__)
        )
    return value


def _enum(enum: type[StrEnum], value: Any, where: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        reason = translate("models", "{value} is not one of {allowed}")
        raise _error(where, reason.format(value=repr(value), allowed=allowed)) from None


def _non_negative_int(data: dict[str, Any], key: str, where: str, default: int = 0) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        reason = translate("models", "must be a whole number ≥ 0, not {value}")
        raise _error(f"{where}.{key}", reason.format(value=repr(value)))
    return value


@dataclass(frozen=True)
class Step:
    exercise_id: str
    mode: StepMode
    seconds: int | None = None
    reps: int | None = None
    sets: int = 1
    rest_between_sets: int = 0
    rest_after: int = 0
    per_side: bool = False
    variation: Variation = Variation.STANDARD

    @property
    def sides(self) -> int:
        return 2 if self.per_side else 1

    def work_seconds_per_side(self, rep_seconds: float = REP_SECONDS) -> float:
        """Planned seconds of one work segment; for reps an estimate, `rep_seconds` each
        (the move's tempo, Exercise.rep_seconds)."""
        if self.mode is StepMode.REPS:
            return (self.reps or 0) * rep_seconds
        return float(self.seconds or 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "exercise_id": self.exercise_id,
            "mode": self.mode.value,
            "seconds": self.seconds,
            "reps": self.reps,
            "sets": self.sets,
            "rest_between_sets": self.rest_between_sets,
            "rest_after": self.rest_after,
            "per_side": self.per_side,
            "variation": self.variation.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "step") -> Step:
        if not isinstance(data, dict):
            raise _error(where, translate("models", "must be an object"))
        exercise_id = _require(data, "exercise_id", str, where)
        mode = _enum(StepMode, data.get("mode"), f"{where}.mode")
        seconds = data.get("seconds")
        reps = data.get("reps")
        if mode is StepMode.REPS:
            if isinstance(reps, bool) or not isinstance(reps, int) or reps < 1:
                reason = translate("models", "must be a whole number ≥ 1, not {value}")
                raise _error(f"{where}.reps", reason.format(value=repr(reps)))
        elif isinstance(seconds, bool) or not isinstance(seconds, int) or seconds < 1:
            reason = translate("models", "must be a whole number ≥ 1, not {value}")
            raise _error(f"{where}.seconds", reason.format(value=repr(seconds)))
        sets = _non_negative_int(data, "sets", where, 1)
        if sets < 1:
            raise _error(f"{where}.sets", translate("models", "must be at least 1"))
        per_side = data.get("per_side", False)
        if not isinstance(per_side, bool):
            raise _error(f"{where}.per_side", translate("models", "must be true or false"))
        return cls(
            exercise_id=exercise_id,
            mode=mode,
            seconds=seconds,
            reps=reps,
            sets=sets,
            rest_between_sets=_non_negative_int(data, "rest_between_sets", where),
            rest_after=_non_negative_int(data, "rest_after", where),
            per_side=per_side,
            variation=_enum(Variation, data.get("variation", "standard"), f"{where}.variation"),
        )


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    kind: RoutineKind
    level: Level
    description: str
    steps: tuple[Step, ...]
    builtin: bool = False
    builtin_version: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "level": self.level.value,
            "description": self.description,
            "steps": [step.to_dict() for step in self.steps],
            "builtin": self.builtin,
            "builtin_version": self.builtin_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "routine") -> Routine:
        if not isinstance(data, dict):
            raise _error(where, translate("models", "must be an object"))
        routine_id = _require(data, "id", str, where)
        name = _require(data, "name", str, where).strip()
        if not name:
            raise _error(f"{where}.name", translate("models", "must not be empty"))
        raw_steps = _require(data, "steps", list, where)
        if not raw_steps:
            reason = translate("models", "a routine needs at least one step")
            raise _error(f"{where}.steps", reason)
        steps = tuple(Step.from_dict(raw, f"{where}.steps[{i}]") for i, raw in enumerate(raw_steps))
        return cls(
            id=routine_id,
            name=name,
            kind=_enum(RoutineKind, data.get("kind"), f"{where}.kind"),
            level=_enum(Level, data.get("level", "beginner"), f"{where}.level"),
            description=str(data.get("description", "")),
            steps=steps,
            builtin=bool(data.get("builtin", False)),
            builtin_version=_non_negative_int(data, "builtin_version", where),
        )


@dataclass
class StepRecord:
    """What was done of one routine step during a session."""

    step_index: int
    exercise_id: str
    planned_seconds: float
    done_seconds: float = 0.0
    holds: list[float] = field(default_factory=list)
    sides_done: list[str] = field(default_factory=list)
    sets_done: int = 0
    skipped_segments: int = 0
    completed: bool = False
    hold_sides: list[str] = field(default_factory=list)
    """Parallel to `holds`: "left", "right" or "" (not sided) per hold; empty in old records."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StepRecord:
        """A record that shares no list with `data` (callers mutate their records)."""
        values = _known_fields(data, _STEP_RECORD_FIELDS)
        for name in _STEP_RECORD_LISTS:
            value = values.get(name)
            if type(value) is list:
                values[name] = value.copy()
        return cls(**values)


@dataclass
class HurtEvent:
    """The user pressed "This hurts" during a step; `action` is "easier", "skip" or "stop"."""

    step_index: int
    exercise_id: str
    variation: str
    at_utc: str
    action: str

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HurtEvent:
        return cls(**_known_fields(data, _HURT_EVENT_FIELDS))


@dataclass
class SessionRecord:
    """One play of a routine. Times are UTC ISO-8601; local_date is the user's calendar day."""

    id: str
    routine_id: str
    routine_name: str
    routine_kind: RoutineKind
    started_utc: str
    local_date: str
    utc_offset_minutes: int
    status: SessionStatus = SessionStatus.IN_PROGRESS
    finished_utc: str | None = None
    planned_seconds: float = 0.0
    done_seconds: float = 0.0
    steps: list[StepRecord] = field(default_factory=list)
    pain: int | None = None
    level: str = "standard"
    """The play level (core/levels.py PlayLevel); records from before levels are standard."""
    hurts: list[HurtEvent] = field(default_factory=list)
    pain_before: int | None = None
    """The optional 0–10 rating given on the Ready screen; records from before it have None."""

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["routine_kind"] = self.routine_kind.value
        data["status"] = self.status.value
        data["steps"] = [step.to_dict() for step in self.steps]
        data["hurts"] = [hurt.to_dict() for hurt in self.hurts]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionRecord:
        """A record that shares no list with `data`. Speed matters: the app decodes every
        stored session at start-up (10 years are about 7,000)."""
        values = _known_fields(data, _SESSION_RECORD_FIELDS)
        values["routine_kind"] = _member(RoutineKind, _ROUTINE_KINDS, values["routine_kind"])
        values["status"] = _member(SessionStatus, _STATUSES, values.get("status", "in-progress"))
        values["steps"] = [StepRecord.from_dict(s) for s in values.get("steps", ())]
        values["hurts"] = [HurtEvent.from_dict(h) for h in values.get("hurts", ())]
        return cls(**values)


_STEP_RECORD_FIELDS = frozenset(f.name for f in fields(StepRecord))
_STEP_RECORD_LISTS = ("holds", "sides_done", "hold_sides")
_HURT_EVENT_FIELDS = frozenset(f.name for f in fields(HurtEvent))
_SESSION_RECORD_FIELDS = frozenset(f.name for f in fields(SessionRecord))
_ROUTINE_KINDS = {member.value: member for member in RoutineKind}
_STATUSES = {member.value: member for member in SessionStatus}


def _known_fields(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """A new dict of the items of `data` that name one of the `known` fields (records from
    a newer app may carry others)."""
    if data.keys() <= known:
        return dict(data)
    return {k: v for k, v in data.items() if k in known}


_Member = TypeVar("_Member", bound=StrEnum)


def _member(enum: type[_Member], by_value: dict[str, _Member], value: Any) -> _Member:
    """enum(value), faster: a dict look-up for the usual text values."""
    member = by_value.get(value) if type(value) is str else None
    return enum(value) if member is None else member
