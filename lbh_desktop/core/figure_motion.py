"""A move's figure: key poses and props, and the pose it shows at any moment of a rep or hold."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from lbh_desktop.core.figure_body import (
    HEAD_RADIUS,
    JOINT_NAMES,
    RADIUS,
    Pose,
    PoseError,
    Skeleton,
    blend,
    pose_skeleton,
)
from lbh_desktop.core.figure_props import Prop, parse_prop

SUPPORT_PARTS = frozenset(
    {"feet", "heels", "toes", "knees", "hands", "forearms", "hips", "back", "head", "shins"}
)
BREATH_SECONDS = 5.0
"""One slow breath while a hold plays: the chest rises and falls a little."""


@dataclass(frozen=True)
class KeyPose:
    pose: Pose
    x: float = 0.0
    y: float | None = None
    """Where the figure's anchor joint sits; None rests the body's lowest point on the floor."""
    support: Mapping[str, str] = field(default_factory=dict)
    """Body parts and what they rest on: {"hands": "floor", "hips": "chair"}."""
    claims: tuple[str, ...] = ()
    """Form this pose promises, checked by tests/core/test_figure_anatomy.py."""


@dataclass(frozen=True)
class MoveFigure:
    poses: Mapping[str, KeyPose]
    anchor: str = "pelvis"
    props: tuple[Prop, ...] = ()
    cycle: tuple[str, ...] = ()
    """One rep goes through these poses in turn and back to the first."""
    hold: str = ""
    """The pose held on a timed step (it breathes); "" when the move has none."""
    still: str = ""
    """The pose shown in lists and exports."""
    ghost: str = ""
    """A pose drawn faintly behind the still one, to show where the move starts."""

    def key_pose(self, name: str) -> KeyPose:
        return self.poses[name]


def drawn_radius(joint: str) -> float:
    """How far the drawn body reaches beyond a joint's centre."""
    part = joint.split("_", 1)[-1]
    return {
        "pelvis": RADIUS["trunk"],
        "waist": RADIUS["trunk"],
        "neck": RADIUS["trunk"],
        "head": HEAD_RADIUS,
        "chin": RADIUS["neck"],
        "hip": RADIUS["thigh"],
        "knee": (RADIUS["thigh"] + RADIUS["shank"]) / 2,
        "ankle": RADIUS["shank"],
        "heel": RADIUS["foot"],
        "toe": RADIUS["foot"],
        "shoulder": RADIUS["upper_arm"],
        "elbow": RADIUS["forearm"],
        "wrist": RADIUS["forearm"],
        "hand": RADIUS["hand"],
    }[part]


def lowest_point(skeleton: Skeleton) -> float:
    return min(y - drawn_radius(name) for name, (_, y) in skeleton.joints.items())


def place(pose: Pose, anchor: str, x: float, y: float | None) -> Skeleton:
    """The posed body moved so its anchor joint is at x (and y, or resting on the floor)."""
    skeleton = pose_skeleton(pose)
    ax, ay = skeleton[anchor]
    moved = skeleton.moved(x - ax, 0.0 if y is None else y - ay)
    return moved.moved(0.0, -lowest_point(moved)) if y is None else moved


def place_key(figure: MoveFigure, name: str) -> Skeleton:
    key = figure.poses[name]
    return place(key.pose, figure.anchor, key.x, key.y)


def _eased(amount: float) -> float:
    return (1.0 - math.cos(math.pi * amount)) / 2.0


def _between(first: KeyPose, second: KeyPose, amount: float, anchor: str) -> Skeleton:
    pose = blend(first.pose, second.pose, amount)
    x = first.x + (second.x - first.x) * amount
    if first.y is None or second.y is None:
        return place(pose, anchor, x, None)
    return place(pose, anchor, x, first.y + (second.y - first.y) * amount)


def rep_skeleton(figure: MoveFigure, rep_fraction: float) -> Skeleton:
    """The body `rep_fraction` (0..1) of the way through one rep of the move's cycle."""
    names = figure.cycle or ((figure.hold,) if figure.hold else (figure.still,))
    if len(names) == 1:
        return place_key(figure, names[0])
    fraction = rep_fraction % 1.0
    position = fraction * len(names)
    index = int(position)
    first = figure.poses[names[index]]
    second = figure.poses[names[(index + 1) % len(names)]]
    return _between(first, second, _eased(position - index), figure.anchor)


def hold_skeleton(figure: MoveFigure, seconds: float) -> Skeleton:
    """The held pose `seconds` into the hold, breathing slowly."""
    name = figure.hold or figure.still or figure.cycle[-1]
    key = figure.poses[name]
    breath = math.sin(2.0 * math.pi * seconds / BREATH_SECONDS)
    angles = dict(key.pose.angles)
    angles["spine"] = angles.get("spine", 0.0) - 1.5 * breath
    angles["neck"] = angles.get("neck", 0.0) + 1.5 * breath
    breathing = Pose(angles, key.pose.view, key.pose.scale)
    return place(breathing, figure.anchor, key.x, key.y)


def parse_move_figure(data: Mapping[str, object], where: str) -> MoveFigure:
    """A move's figure from its catalogue data; PoseError names the field that is wrong."""
    view = str(data.get("view", "side"))
    raw_poses = data.get("poses")
    if not isinstance(raw_poses, dict) or not raw_poses:
        raise PoseError(f"{where}.poses: must name at least one pose")
    poses = {
        name: _key_pose(value, view, f"{where}.poses.{name}") for name, value in raw_poses.items()
    }
    anchor = str(data.get("anchor", "pelvis"))
    if anchor not in JOINT_NAMES:
        raise PoseError(f"{where}.anchor: {anchor!r} is not a joint; joints: {sorted(JOINT_NAMES)}")
    raw_props = data.get("props", [])
    if not isinstance(raw_props, list):
        raise PoseError(f"{where}.props: must be a list")
    props = tuple(parse_prop(p, f"{where}.props[{i}]") for i, p in enumerate(raw_props))
    cycle = tuple(str(n) for n in _names(data.get("cycle", []), f"{where}.cycle"))
    hold, still, ghost = (str(data.get(key, "")) for key in ("hold", "still", "ghost"))
    still = still or hold or (cycle[-1] if cycle else next(iter(poses)))
    for name in (*cycle, hold, still, ghost):
        if name and name not in poses:
            raise PoseError(f"{where}: pose {name!r} is named but not defined in poses")
    if not cycle and not hold:
        raise PoseError(f"{where}: a figure needs a cycle (reps), a hold, or both")
    return MoveFigure(poses, anchor, props, cycle, hold, still, ghost)


def _key_pose(data: object, view: str, where: str) -> KeyPose:
    if not isinstance(data, dict):
        raise PoseError(f"{where}: must be an object with angles")
    angles = data.get("angles", {})
    scale = data.get("scale", {})
    if not isinstance(angles, dict) or not isinstance(scale, dict):
        raise PoseError(f"{where}: angles and scale must be objects of numbers")
    at = data.get("at", [0, None])
    if not (isinstance(at, list) and len(at) == 2 and isinstance(at[0], int | float)):
        raise PoseError(f"{where}.at: must be [x, y] or [x, null] (rest on the floor)")
    support = data.get("support", {})
    unknown = (
        sorted(
            p for p in support if p.removeprefix("near_").removeprefix("far_") not in SUPPORT_PARTS
        )
        if isinstance(support, dict)
        else support
    )
    if unknown:
        raise PoseError(
            f"{where}.support: unknown part {unknown}; parts: {sorted(SUPPORT_PARTS)}, "
            "each optionally near_ or far_ for one side"
        )
    try:
        pose = Pose({k: float(v) for k, v in angles.items()}, view, dict(scale))
    except (TypeError, ValueError) as error:
        raise PoseError(f"{where}: {error}") from error
    claims = tuple(str(c) for c in _names(data.get("claims", []), f"{where}.claims"))
    y = None if at[1] is None else float(at[1])
    return KeyPose(pose, float(at[0]), y, {str(k): str(v) for k, v in support.items()}, claims)


def _names(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise PoseError(f"{where}: must be a list of names")
    return value
