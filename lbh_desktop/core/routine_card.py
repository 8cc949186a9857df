"""What a routine's card in the library shows: its picture's move, its lines and its tags."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.library import RoutineSummary, format_duration
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
    return tuple(position.value.capitalize() for position in summary.positions)


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
                routine.level.value.capitalize(),
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


def empty_state(kind_label: str | None, has_routines: bool) -> EmptyState:
    """What the library says when it lists nothing: a filter that leaves no routine offers to
    show them all; no routine at all invites the first one."""
    if has_routines and kind_label:
        kind = kind_label.lower()
        return EmptyState(
            title=f"No {kind} routines yet",
            message=f"None of your routines is a {kind} one.",
            action=EmptyAction.SHOW_ALL,
            action_label="Show &all routines",
            hint=f"Or make a {kind} routine of your own with New (Ctrl+N).",
        )
    return EmptyState(
        title="Make your first routine",
        message="Pick a few moves, set their reps or holds, and save.",
        action=EmptyAction.CREATE,
        action_label="&Create a routine",
        hint="Restore built-ins brings back the ready-made routines.",
    )
