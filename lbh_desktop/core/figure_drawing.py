"""Turns a placed body and its props into shapes on a canvas, for the SVG writer and QPainter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lbh_desktop.core.figure_body import HEAD_RADIUS, RADIUS, Point, Skeleton
from lbh_desktop.core.figure_motion import MoveFigure, drawn_radius, place_key
from lbh_desktop.core.figure_props import CHAIR_BACK_HEIGHT, FURNITURE, WALL_THICKNESS, Prop

ROLES = (
    "floor",
    "mat",
    "prop",
    "prop_edge",
    "far",
    "body",
    "near",
    "halo",
    "ghost",
    "weight",
    "strap",
)
"""What a shape is, so each renderer can colour it for its theme."""
DUMBBELL_RADIUS = 6.0
HALO = 1.2
"""Centimetres of background drawn around a body part in front of another."""


@dataclass(frozen=True)
class Stroke:
    points: tuple[Point, ...]
    width: float
    role: str


@dataclass(frozen=True)
class Disc:
    centre: Point
    radius: float
    role: str


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    role: str
    corner: float = 2.0


Shape = Stroke | Disc | Box


@dataclass(frozen=True)
class Frame:
    """World (centimetres, y up) to canvas (pixels, y down)."""

    scale: float
    left: float
    floor: float
    width: float
    height: float

    def point(self, p: Point) -> Point:
        return (self.left + p[0] * self.scale, self.floor - p[1] * self.scale)


def _body_shapes(skeleton: Skeleton, ghost: bool) -> list[Shape]:
    """Far arm and leg, trunk and head, near leg, near arm: back to front. Each group but the
    farthest has a thin halo of the background, so a limb in front stands out."""
    j = skeleton.joints

    def stroke(names: Sequence[str], radius: float, role: str) -> Stroke:
        return Stroke(tuple(j[n] for n in names), 2 * radius, "ghost" if ghost else role)

    def leg(side: str) -> list[Shape]:
        s = side + "_"
        return [
            stroke((s + "hip", s + "knee"), RADIUS["thigh"], side),
            stroke((s + "knee", s + "ankle"), RADIUS["shank"], side),
            stroke((s + "heel", s + "toe"), RADIUS["foot"], side),
        ]

    def arm(side: str) -> list[Shape]:
        s = side + "_"
        return [
            stroke((s + "shoulder", s + "elbow"), RADIUS["upper_arm"], side),
            stroke((s + "elbow", s + "wrist"), RADIUS["forearm"], side),
            stroke((s + "wrist", s + "hand"), RADIUS["hand"], side),
        ]

    trunk: list[Shape] = [
        stroke(("neck", "chin"), RADIUS["neck"], "body"),
        stroke(("pelvis", "waist"), RADIUS["trunk"] * 0.95, "body"),
        stroke(("waist", "neck"), RADIUS["trunk"], "body"),
        Disc(j["head"], HEAD_RADIUS, "ghost" if ghost else "body"),
    ]
    if skeleton.view == "front":  # seen from the front, the chest and hips have their width
        trunk += [
            stroke(("near_shoulder", "far_shoulder"), RADIUS["trunk"] * 0.62, "body"),
            stroke(("near_hip", "far_hip"), RADIUS["trunk"] * 0.85, "body"),
        ]
    shapes = leg("far") + arm("far")
    for group in (trunk, leg("near"), arm("near")):
        shapes += group if ghost else [_halo(shape) for shape in group] + group
    return shapes


def _halo(shape: Shape) -> Shape:
    if isinstance(shape, Stroke):
        return Stroke(shape.points, shape.width + 2 * HALO, "halo")
    assert isinstance(shape, Disc)
    return Disc(shape.centre, shape.radius + HALO, "halo")


def _furniture(prop: Prop) -> list[Shape]:
    x, w, h = prop.x, prop.width, prop.height
    if prop.type == "mat":
        return [Box(x, 0.0, w, h, "mat", corner=0.8)]
    if prop.type == "chair":
        leg = 3.0
        shapes: list[Shape] = [
            Box(x + 1, 0.0, leg, h - 3, "prop_edge", 1.0),
            Box(x + w - leg - 1, 0.0, leg, h - 3, "prop_edge", 1.0),
            Box(x - 1, h - 4, w + 2, 4.0, "prop", 1.5),
        ]
        if prop.back:
            post = x - 1 if prop.back == "left" else x + w - 2
            shapes.append(Box(post, h - 4, 3.0, CHAIR_BACK_HEIGHT + 4, "prop_edge", 1.5))
        return shapes
    if prop.type == "table":
        return [
            Box(x + 3, 0.0, 3.0, h - 3, "prop_edge", 1.0),
            Box(x + w - 6, 0.0, 3.0, h - 3, "prop_edge", 1.0),
            Box(x, h - 4, w, 4.0, "prop", 1.5),
        ]
    corner = 4.0 if prop.type == "cushion" else 2.0
    return [Box(x, 0.0, w, h, "prop", corner)]


def _held(prop: Prop, skeleton: Skeleton) -> list[Shape]:
    if prop.type == "dumbbell":
        shapes: list[Shape] = []
        for hand in prop.hands:
            x, y = skeleton[f"{hand}_wrist"]
            hx, hy = skeleton[f"{hand}_hand"]
            centre = ((x + hx) / 2, (y + hy) / 2)
            shapes.append(Disc(centre, DUMBBELL_RADIUS, "weight"))
        return shapes
    if prop.type in ("band", "towel"):
        width = 2.0 if prop.type == "band" else 4.0
        return [Stroke((skeleton[prop.ends[0]], skeleton[prop.ends[1]]), width, "strap")]
    return []


def figure_shapes(
    figure: MoveFigure, skeleton: Skeleton, ghost: Skeleton | None = None
) -> list[Shape]:
    """Everything drawn for one moment of a move, back to front, in world units."""
    shapes: list[Shape] = []
    for prop in figure.props:
        if prop.type in FURNITURE:
            shapes += _furniture(prop)
    if prop_wall := [p for p in figure.props if p.type == "wall"]:
        shapes += [Box(p.x, 0.0, WALL_THICKNESS, 200.0, "prop", 0.0) for p in prop_wall]
    if ghost is not None:
        shapes += _body_shapes(ghost, ghost=True)
    shapes += _body_shapes(skeleton, ghost=False)
    for prop in figure.props:
        shapes += _held(prop, skeleton)
    return shapes


def figure_bounds(figure: MoveFigure) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) around every key pose and prop, so the picture holds still."""
    xs: list[float] = []
    ys: list[float] = [0.0]
    for name in figure.poses:
        skeleton = place_key(figure, name)
        for joint, (x, y) in skeleton.joints.items():
            r = drawn_radius(joint)
            xs += [x - r, x + r]
            ys += [y - r, y + r]
    for prop in figure.props:
        if prop.type in FURNITURE:
            xs += [prop.x, prop.x + prop.width]
            top = prop.height + (CHAIR_BACK_HEIGHT if prop.type == "chair" and prop.back else 0)
            ys.append(top)
        elif prop.type == "wall":
            xs += [prop.x, prop.x + WALL_THICKNESS]
    return min(xs), min(ys), max(xs), max(ys)


def fit_frame(
    bounds: tuple[float, float, float, float], width: float, height: float, margin: float = 0.08
) -> Frame:
    """The largest scale showing `bounds` in width × height, centred, the floor near the bottom."""
    left, bottom, right, top = bounds
    floor_room = 0.06 * height
    usable_w = width * (1 - 2 * margin)
    usable_h = height * (1 - 2 * margin) - floor_room
    scale = min(usable_w / max(right - left, 1.0), usable_h / max(top - bottom, 1.0))
    offset_x = (width - (right - left) * scale) / 2 - left * scale
    floor = height - margin * height - floor_room + bottom * scale
    drawn_height = (top - bottom) * scale
    floor -= (usable_h - drawn_height) / 2
    return Frame(scale, offset_x, floor, width, height)
