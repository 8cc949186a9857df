"""A move's ladder of easier and harder versions, and which version a step actually plays."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.exercise import Exercise, VariationText
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.models import Variation

VARIATION_ORDER = (
    Variation.EASIEST,
    Variation.EASIER,
    Variation.STANDARD,
    Variation.HARDER,
    Variation.HARDEST,
)
VARIATION_LABELS: dict[Variation, str] = {
    Variation.EASIEST: QT_TRANSLATE_NOOP("variants", "Easiest"),
    Variation.EASIER: QT_TRANSLATE_NOOP("variants", "Easier"),
    Variation.STANDARD: QT_TRANSLATE_NOOP("variants", "Standard"),
    Variation.HARDER: QT_TRANSLATE_NOOP("variants", "Harder"),
    Variation.HARDEST: QT_TRANSLATE_NOOP("variants", "Hardest"),
}
"""How the editor and the player name a variation; shown through variation_name()."""
VERSION_LABELS: dict[Variation, str] = {
    Variation.EASIEST: QT_TRANSLATE_NOOP("variants", "Easiest version"),
    Variation.EASIER: QT_TRANSLATE_NOOP("variants", "Easier version"),
    Variation.STANDARD: QT_TRANSLATE_NOOP("variants", "Standard version"),
    Variation.HARDER: QT_TRANSLATE_NOOP("variants", "Harder version"),
    Variation.HARDEST: QT_TRANSLATE_NOOP("variants", "Hardest version"),
}
_SIDE_LABELS = {
    ("left", "side"): QT_TRANSLATE_NOOP("variants", "Left side"),
    ("right", "side"): QT_TRANSLATE_NOOP("variants", "Right side"),
    ("left", "leg"): QT_TRANSLATE_NOOP("variants", "Left leg"),
    ("right", "leg"): QT_TRANSLATE_NOOP("variants", "Right leg"),
}


def variation_name(variation: Variation) -> str:
    """ "Easier", in the user's language."""
    return translate("variants", VARIATION_LABELS[variation])


def version_name(variation: Variation) -> str:
    """ "Easier version", in the user's language."""
    return translate("variants", VERSION_LABELS[variation])


def rungs_from_standard(variation: Variation) -> int:
    """−2 for easiest … +2 for hardest."""
    return VARIATION_ORDER.index(variation) - 2


def variation_at(rungs: int) -> Variation:
    """The variation `rungs` from standard, kept within easiest … hardest."""
    return VARIATION_ORDER[min(max(rungs + 2, 0), len(VARIATION_ORDER) - 1)]


@dataclass(frozen=True)
class PlayedMove:
    """What a step plays: a rung of its move's ladder (a move with its own steps, cues and
    picture), or, for a custom move, the move with an easier or harder version in words."""

    base: Exercise
    """The move the step names."""
    exercise: Exercise
    """The move played: its steps, cues, picture and sides are the ones to show."""
    text: VariationText | None = None
    """A custom move's easier or harder version, told in words."""
    rungs: int = 0
    """How far from `base` the played version is: −1 one easier, +2 two harder."""

    @property
    def name(self) -> str:
        return self.text.name if self.text is not None else self.exercise.name

    @property
    def is_version(self) -> bool:
        """Another version than the step's own move."""
        return self.rungs != 0

    @property
    def key(self) -> tuple[str, str]:
        return self.exercise.id, self.text.name if self.text is not None else ""

    @property
    def steps(self) -> tuple[str, ...]:
        if self.text is None:
            return self.exercise.steps
        how = (
            translate("variants", "Easier version: {how}")
            if self.rungs < 0
            else translate("variants", "Harder version: {how}")
        )
        return (how.format(how=self.text.how), *self.exercise.steps)


def played_move(catalogue: Catalogue, exercise_id: str, variation: Variation) -> PlayedMove | None:
    """The version of `exercise_id` played at `variation`, walking the move's easier or
    harder links as far as they go; None for a move the catalogue does not know."""
    base = catalogue.get(exercise_id)
    if base is None:
        return None
    wanted = rungs_from_standard(variation)
    move, walked = base, 0
    while walked < abs(wanted):
        link = move.easier_id if wanted < 0 else move.harder_id
        following = catalogue.get(link) if link is not None else None
        if following is None:
            break
        move, walked = following, walked + 1
    if walked:
        return PlayedMove(base, move, rungs=walked if wanted > 0 else -walked)
    text = base.easier if wanted < 0 else base.harder if wanted > 0 else None
    if text is None:
        return PlayedMove(base, base)
    return PlayedMove(base, base, text, rungs=1 if wanted > 0 else -1)


def played_exercise(
    catalogue: Catalogue, exercise_id: str, variation: Variation
) -> Exercise | None:
    move = played_move(catalogue, exercise_id, variation)
    return move.exercise if move is not None else None


def shift_played(
    catalogue: Catalogue, exercise_id: str, variation: Variation, notches: int
) -> Variation:
    """The variation one real version easier (`notches` < 0) or harder than `variation`:
    the nearest that plays another move; `variation` itself when the ladder ends there."""
    current = played_move(catalogue, exercise_id, variation)
    if current is None or notches == 0:
        return variation
    step = 1 if notches > 0 else -1
    position = rungs_from_standard(variation) + step
    while -2 <= position <= 2:
        candidate = variation_at(position)
        moved = played_move(catalogue, exercise_id, candidate)
        if moved is not None and moved.key != current.key:
            return candidate
        position += step
    return variation


def ladder(catalogue: Catalogue, exercise_id: str) -> tuple[Exercise, ...]:
    """Every rung of the move's ladder, easiest first, following its easier and harder links."""
    start = catalogue.get(exercise_id)
    if start is None:
        return ()
    easier = _follow(catalogue, start, lambda move: move.easier_id)
    harder = _follow(catalogue, start, lambda move: move.harder_id)
    return (*reversed(easier), start, *harder)


def _follow(
    catalogue: Catalogue, start: Exercise, link: Callable[[Exercise], str | None]
) -> list[Exercise]:
    """The moves one kind of link leads to from `start`, nearest first, stopping at a loop."""
    found: list[Exercise] = []
    move = start
    while (next_id := link(move)) is not None and (linked := catalogue.get(next_id)) is not None:
        if linked in found or linked is start:
            break
        found.append(linked)
        move = linked
    return found


_LEFT_RIGHT = re.compile(r"\b(left|right|Left|Right|LEFT|RIGHT)\b")
_SWAP = {
    "left": "right",
    "right": "left",
    "Left": "Right",
    "Right": "Left",
    "LEFT": "RIGHT",
    "RIGHT": "LEFT",
}


def side_text(exercise: Exercise, side: str) -> str:
    """What this side of a sided move is: its `left_side` text, or for "right" its
    `right_side` (a translation's own sentence) or else the left one with left and right
    swapped (English only); "" for a move without one."""
    if not exercise.left_side:
        return ""
    if side == "left":
        return exercise.left_side
    if exercise.right_side:
        return exercise.right_side
    return _LEFT_RIGHT.sub(lambda match: _SWAP[match.group(0)], exercise.left_side)


def side_label(side: str, unit: str = "side") -> str:
    """ "Left side", "Right leg"."""
    label = _SIDE_LABELS.get((side, unit)) or _SIDE_LABELS.get((side, "side"))
    return translate("variants", label) if label else f"{side.capitalize()} {unit}"
