"""Exercises: a move's dose, its versions and cautions, and what a catalogue entry holds."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lbh_desktop.core.models import ExerciseKind, Position, StepMode

DEFAULT_REP_SECONDS: dict[ExerciseKind, float] = {
    ExerciseKind.STRENGTH: 4.0,
    ExerciseKind.STRETCH: 5.0,
    ExerciseKind.WARMUP: 2.0,
}
"""Seconds per repetition of a move whose dose gives no `rep_seconds`, by its kind: a
controlled strength rep is about 2 s up and 2 s down; a stretch repeated with the breath
takes one slow breath, in and out; a dynamic warm-up move (a leg swing) is brisk."""


@dataclass(frozen=True)
class Dose:
    mode: StepMode
    seconds: int | None = None
    reps: int | None = None
    rep_seconds: float | None = None
    """The move's tempo: planned seconds of one repetition; None means its kind's default."""


@dataclass(frozen=True)
class VariationText:
    name: str
    how: str


class Condition(StrEnum):
    """Conditions that change how a move should be done, or whether at all."""

    HIP_REPLACEMENT = "hip replacement"
    OSTEOPOROSIS = "osteoporosis"
    PREGNANCY = "pregnancy"
    STENOSIS = "spinal stenosis or spondylolisthesis"


@dataclass(frozen=True)
class ConditionCaution:
    condition: Condition
    advice: str


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    kind: ExerciseKind
    summary: str
    targets: tuple[str, ...]
    positions: tuple[Position, ...]
    equipment: tuple[str, ...]
    per_side: bool
    dose: Dose
    steps: tuple[str, ...]
    cues: tuple[str, ...]
    mistakes: tuple[str, ...]
    easier: VariationText | None
    """A custom move's easier version, told in words; None for a move whose easier version
    is a move of its own (`easier_id`) or that has none."""
    harder: VariationText | None
    caution: str
    illustration: str
    condition_cautions: tuple[ConditionCaution, ...] = ()
    """Advice for people with a condition (hip replacement, pregnancy …) where it applies."""
    easier_id: str | None = None
    """The next rung down this move's ladder: a move with its own steps and picture."""
    harder_id: str | None = None
    variant_of: str | None = None
    """For a rung that is another move's easier or harder version: that move's id."""
    left_side: str = ""
    """For a move done per side: what its left side is ("Left leg: your left foot …")."""
    right_side: str = ""
    """Its right side, where it is written out (a translation); else left_side swapped."""
    side_unit: str = "side"
    """What each side is called: "side", "leg" or "arm" ("8 reps each leg")."""

    @property
    def rep_seconds(self) -> float:
        """Planned seconds of one repetition: the dose's tempo, else its kind's default."""
        if self.dose.rep_seconds is not None:
            return self.dose.rep_seconds
        return DEFAULT_REP_SECONDS[self.kind]
