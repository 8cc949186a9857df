"""The things a figure uses: mat, chair, bench, block, table, wall, dumbbell, band and towel."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lbh_desktop.core.figure_body import JOINT_NAMES, PoseError

FURNITURE = {
    # type: (default width, default height) in world units (centimetres)
    "chair": (44.0, 46.0),
    "bench": (60.0, 40.0),
    "block": (24.0, 10.0),
    "cushion": (34.0, 12.0),
    "table": (70.0, 74.0),
    "mat": (180.0, 1.5),
}
HELD = ("dumbbell",)
STRAPS = ("band", "towel")
WALL = "wall"
PROP_TYPES = (*FURNITURE, *HELD, *STRAPS, WALL)
CHAIR_BACK_HEIGHT = 44.0
WALL_THICKNESS = 4.0


@dataclass(frozen=True)
class Surface:
    """Where a body part may rest: a level top from x0 to x1 at height y, or a wall at x."""

    name: str
    x0: float
    x1: float
    y: float
    upright: bool = False
    """A wall: the surface is the vertical line x = x0 from y = 0 to y = x1."""

    def distance(self, x: float, y: float, side: float = 1.0) -> float:
        """How far the point (x, y) is from this surface: negative when it is inside the thing
        (below a top, or past a wall on the `side` (-1 left, +1 right) the body is on)."""
        if self.upright:
            dy = max(0.0, y - self.x1, -y)
            face = self.x0 + (WALL_THICKNESS if side > 0 else 0.0)
            return float((x - face) * side + dy)
        dx = max(0.0, self.x0 - x, x - self.x1)
        return float(dx + (abs(y - self.y) if dx else y - self.y))


@dataclass(frozen=True)
class Prop:
    type: str
    x: float = 0.0
    width: float = 0.0
    height: float = 0.0
    back: str = ""
    """A chair's back: "left", "right" or "" for none (a stool)."""
    hands: tuple[str, ...] = ()
    """Who holds a dumbbell: "near", "far" or both."""
    ends: tuple[str, str] = ("", "")
    """The two joints a band or towel runs between, e.g. ("near_hand", "near_toe")."""

    def surfaces(self) -> list[Surface]:
        if self.type == WALL:
            return [Surface("wall", self.x, 200.0, 0.0, upright=True)]
        if self.type not in FURNITURE or self.type == "mat":
            return []
        top = [Surface(self.type, self.x, self.x + self.width, self.height)]
        if self.type == "chair" and self.back:
            edge = self.x if self.back == "left" else self.x + self.width
            top.append(Surface("chair back", edge, self.height + CHAIR_BACK_HEIGHT, 0.0, True))
        return top


FLOOR = Surface("floor", -10_000.0, 10_000.0, 0.0)


def parse_prop(data: Mapping[str, object], where: str) -> Prop:
    kind = data.get("type")
    if kind not in PROP_TYPES:
        raise PoseError(f"{where}.type: must be one of {', '.join(PROP_TYPES)}, not {kind!r}")
    assert isinstance(kind, str)
    width, height = FURNITURE.get(kind, (0.0, 0.0))
    x = _number(data, "x", 0.0, where)
    back = str(data.get("back", ""))
    if back not in ("", "left", "right"):
        raise PoseError(f"{where}.back: must be left, right or empty, not {back!r}")
    hands = tuple(str(h) for h in _list(data, "hands", where))
    if kind in HELD and (not hands or set(hands) - {"near", "far"}):
        raise PoseError(f"{where}.hands: list near and/or far for a {kind}")
    ends = tuple(str(e) for e in _list(data, "ends", where))
    if kind in STRAPS and (len(ends) != 2 or set(ends) - JOINT_NAMES):
        raise PoseError(f"{where}.ends: two joint names for a {kind}, e.g. near_hand, near_toe")
    return Prop(
        type=kind,
        x=x,
        width=_number(data, "width", width, where),
        height=_number(data, "height", height, where),
        back=back,
        hands=hands,
        ends=(ends[0], ends[1]) if len(ends) == 2 else ("", ""),
    )


def _number(data: Mapping[str, object], key: str, default: float, where: str) -> float:
    value = data.get(key, default)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise PoseError(f"{where}.{key}: must be a number, not {value!r}")
    return float(value)


def _list(data: Mapping[str, object], key: str, where: str) -> list[object]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise PoseError(f"{where}.{key}: must be a list, not {value!r}")
    return value
