"""What a routine's card in the library shows: its picture's move, its lines and its tags."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.library import RoutineSummary, format_duration, level_name, position_name
from lbh_desktop.core.models import ExerciseKind, Routine, RoutineKind

MAIN_KIND: dict[RoutineKind, ExerciseKind | None] = {
    RoutineKind.STRENGTH: ExerciseKind.STRENGTH,
    RoutineKind.STRETCH: ExerciseKind.STRETCH,
    RoutineKind.WARMUP: ExerciseKind.WARMUP,
    RoutineKind.DESK_BREAK: None,
}
"""The kind of move a routine is about; None: any move but a warm-up one."""
FACTS_SEPARATOR = " · "


@dataclass(frozen=True)
class RoutineCard:
    routine_id: str
    title: str
    facts: str
    """ "Strength · 29 min · Intermediate": kind, length and level."""
    tags: tuple[str, ...]
    """Where it is done: ("Floor", "Standing")."""
    last_done: str
    """ "Last done: 3 days ago"."""
    picture_id: str | None
    """The move whose still picture shows the routine; None when no move has one."""

    @property
    def subtitle(self) -> str:
        """The card's facts in two lines, as the list's tooltip and older readers take them."""
        second = " · ".join(part for part in (", ".join(self.tags), self.last_done) if part)
        return f"{self.facts}\n{second}"

    @property
    def description(self) -> str:
        """For screen readers: the card's lines as one sentence-like text."""
        return self.subtitle.replace("\n", ", ")


def main_move(routine: Routine, catalogue: Catalogue) -> Exercise | None:
    """The move that pictures the routine: its first move of the routine's own kind (a strength
    routine's first strength move, past the warm-up), else its first move that is not a warm-up,
    else its first move; only moves with a picture count. None when no move has one."""
    moves = [
        exercise
        for step in routine.steps
        if (exercise := catalogue.get(step.exercise_id)) is not None and exercise.illustration
    ]
    wanted = MAIN_KIND[routine.kind]
    own_kind = (e for e in moves if wanted is not None and e.kind is wanted)
    not_warmup = (e for e in moves if e.kind is not ExerciseKind.WARMUP)
    return next(own_kind, None) or next(not_warmup, None) or next(iter(moves), None)


def position_tags(summary: RoutineSummary) -> tuple[str, ...]:
    """ "Floor", "Chair", "Standing": where the routine's moves are done, in that order."""
    return tuple(position_name(position) for position in summary.positions)


def routine_card(summary: RoutineSummary, last_done: str, catalogue: Catalogue) -> RoutineCard:
    """The card of a summarized routine; `last_done` is its "Last done: …" text for now."""
    routine = summary.routine
    picture = main_move(routine, catalogue)
    return RoutineCard(
        routine_id=routine.id,
        title=routine.name,
        facts=FACTS_SEPARATOR.join(
            (
                summary.kind_label,
                format_duration(summary.duration_seconds),
                level_name(routine.level),
            )
        ),
        tags=position_tags(summary),
        last_done=last_done,
        picture_id=picture.id if picture is not None else None,
    )


def wrap_parts(
    parts: Sequence[str], separator: str, room: int, width: Callable[[str], int], max_lines: int
) -> list[str]:
    """`parts` joined by `separator` into at most `max_lines` lines no wider than `room` (as
    `width` measures), breaking only between parts. A part too wide on its own keeps a line
    to itself, and the last line takes all that is left: the caller elides what overflows."""
    lines: list[str] = []
    for part in parts:
        if not lines:
            lines.append(part)
        elif len(lines) == max_lines or width(lines[-1] + separator + part) <= room:
            lines[-1] += separator + part
        else:
            lines.append(part)
    return lines


def fitting_tags(tags: Sequence[str], room: int, width: Callable[[str], int]) -> list[str]:
    """The first tags that fit in `room` (each taking `width(tag)`), then "+N" for the rest."""
    for count in range(len(tags), -1, -1):
        labels = list(tags[:count]) + ([f"+{len(tags) - count}"] if count < len(tags) else [])
        if sum(map(width, labels)) <= room:
            return labels
    return []


_NO_KIND_TEXTS: dict[RoutineKind, tuple[str, str, str]] = {
    RoutineKind.STRENGTH: (
        QT_TRANSLATE_NOOP("routine_card", "No strength routines yet"),
        QT_TRANSLATE_NOOP("routine_card", "None of your routines is a strength one."),
        QT_TRANSLATE_NOOP(
            "routine_card", "Or make a strength routine of your own with New (Ctrl+N)."
        ),
    ),
    RoutineKind.STRETCH: (
        QT_TRANSLATE_NOOP("routine_card", "No stretch routines yet"),
        QT_TRANSLATE_NOOP("routine_card", "None of your routines is a stretch one."),
        QT_TRANSLATE_NOOP(
            "routine_card", "Or make a stretch routine of your own with New (Ctrl+N)."
        ),
    ),
    RoutineKind.WARMUP: (
        QT_TRANSLATE_NOOP("routine_card", "No warm-up routines yet"),
        QT_TRANSLATE_NOOP("routine_card", "None of your routines is a warm-up one."),
        QT_TRANSLATE_NOOP(
            "routine_card", "Or make a warm-up routine of your own with New (Ctrl+N)."
        ),
    ),
    RoutineKind.DESK_BREAK: (
        QT_TRANSLATE_NOOP("routine_card", "No desk break routines yet"),
        QT_TRANSLATE_NOOP("routine_card", "None of your routines is a desk break one."),
        QT_TRANSLATE_NOOP(
            "routine_card", "Or make a desk break routine of your own with New (Ctrl+N)."
        ),
    ),
}
"""The empty state's title, message and hint when a kind filter leaves no routine."""


class EmptyAction(StrEnum):
    SHOW_ALL = "show all"
    CREATE = "create"


@dataclass(frozen=True)
class EmptyState:
    title: str
    message: str
    action: EmptyAction
    action_label: str
    """With its mnemonic: "Show &all routines"."""
    hint: str
    """Another way out, told below the button."""


def empty_state(kind: RoutineKind | None, has_routines: bool) -> EmptyState:
    """What the library says when it lists nothing: a filter that leaves no routine offers to
    show them all; no routine at all invites the first one."""
    if has_routines and kind is not None:
        title, message, hint = (translate("routine_card", text) for text in _NO_KIND_TEXTS[kind])
        return EmptyState(
            title=title,
            message=message,
            action=EmptyAction.SHOW_ALL,
            action_label=translate("routine_card", "Show &all routines"),
            hint=hint,
        )
    return EmptyState(
        title=translate("routine_card", "Make your first routine"),
        message=translate("routine_card", "Pick a few moves, set their reps or holds, and save."),
        action=EmptyAction.CREATE,
        action_label=translate("routine_card", "&Create a routine"),
        hint=translate("routine_card", "Restore built-ins brings back the ready-made routines."),
    )
