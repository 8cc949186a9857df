"""Checks a key pose against the body: joint ranges, resting parts, the floor, and promised form."""

from __future__ import annotations

import math
from collections.abc import Callable

from lbh_desktop.core.figure_body import Point, Skeleton
from lbh_desktop.core.figure_motion import KeyPose, MoveFigure, drawn_radius, lowest_point, place
from lbh_desktop.core.figure_props import FLOOR, Surface

TOLERANCE = 3.0
"""Centimetres a resting part may float above or sink into its support."""
SIDE_RANGES = {
    "spine": (-35.0, 70.0),
    "neck": (-40.0, 60.0),
    "hip": (-30.0, 150.0),
    "knee": (0.0, 160.0),
    "ankle": (-75.0, 35.0),
    "shoulder": (-60.0, 185.0),
    "elbow": (0.0, 150.0),
    "wrist": (-80.0, 80.0),
}
RANGES = {
    "side": SIDE_RANGES,
    # Seen from the front the same joints move sideways: less far.
    "front": {
        **SIDE_RANGES,
        "spine": (-40.0, 40.0),
        "neck": (-30.0, 30.0),
        "hip": (-25.0, 60.0),
        "shoulder": (-10.0, 185.0),
    },
}
"""Joint angles a healthy adult reaches (degrees); knees and elbows never bend backwards."""
SUPPORT_JOINTS = {
    "feet": (("heel", "toe"), "any"),
    "heels": (("heel",), "any"),
    "toes": (("toe",), "any"),
    "knees": (("knee",), "any"),
    "shins": (("knee", "ankle"), "all"),
    "hands": (("hand", "wrist"), "any"),
    "forearms": (("elbow", "wrist"), "all"),
    "hips": (("pelvis",), "any"),
    "back": (("waist", "neck"), "all"),
    "head": (("head",), "any"),
}
"""Which joints of a part rest on its support: any one of them, or all."""
BODY_WIDE = frozenset({"hips", "back", "head"})


def _angle_between(a: Point, b: Point) -> float:
    """Degrees between two direction vectors."""
    dot = a[0] * b[0] + a[1] * b[1]
    size = math.hypot(*a) * math.hypot(*b)
    return math.degrees(math.acos(max(-1.0, min(1.0, dot / size)))) if size else 0.0


def _towards(s: Skeleton, start: str, end: str) -> Point:
    return (s[end][0] - s[start][0], s[end][1] - s[start][1])


def _inner_angle(s: Skeleton, first: str, middle: str, last: str) -> float:
    """The angle at `middle` between the lines to `first` and `last` (180 = straight)."""
    return _angle_between(_towards(s, middle, first), _towards(s, middle, last))


def _neutral_neck(key: KeyPose, s: Skeleton) -> str:
    neck = key.pose.angle("neck")
    return "" if abs(neck) <= 15 else f"neck bent {neck:.0f}° (neutral is within 15°)"


def _hips_lifted(key: KeyPose, s: Skeleton) -> str:
    line = _inner_angle(s, "neck", "pelvis", "near_knee")
    lifted = s["pelvis"][1] - lowest_point(s)
    if line < 155:
        return f"shoulders-hips-knees bend {180 - line:.0f}° (lifted hips make a line within 25°)"
    if lifted < 20:
        return f"hips only {lifted:.0f} cm off the floor"
    return ""


def _straight_line(key: KeyPose, s: Skeleton) -> str:
    body = _inner_angle(s, "neck", "pelvis", "near_ankle")
    head = _inner_angle(s, "head", "neck", "pelvis")
    if body < 165:
        return f"head-to-heels line bends {180 - body:.0f}° at the hips (at most 15°)"
    if head < 160:
        return f"head drops {180 - head:.0f}° out of the body's line (at most 20°)"
    return ""


def _straight_to_knees(key: KeyPose, s: Skeleton) -> str:
    body = _inner_angle(s, "neck", "pelvis", "near_knee")
    return "" if body >= 165 else f"head-to-knees line bends {180 - body:.0f}° (at most 15°)"


def _limbs_level(key: KeyPose, s: Skeleton) -> str:
    back = _towards(s, "pelvis", "neck")
    if abs(back[1]) > math.hypot(*back) * math.sin(math.radians(20)):
        return "back not level (more than 20° from flat)"
    arm_side = max(("near", "far"), key=lambda side: key.pose.angle(f"{side}_shoulder"))
    leg_side = "far" if arm_side == "near" else "near"
    arm = _angle_between(_towards(s, f"{arm_side}_shoulder", f"{arm_side}_hand"), back)
    leg = _angle_between(_towards(s, f"{leg_side}_hip", f"{leg_side}_ankle"), (-back[0], -back[1]))
    if arm > 15 or leg > 15:
        return f"reaching arm {arm:.0f}° and leg {leg:.0f}° off the back's line (at most 15°)"
    return ""


def _stacked(key: KeyPose, s: Skeleton) -> str:
    """Seen from the front, a side plank's hips sit one above the other, and the body makes a
    line from the head to the bottom foot (the top leg may lift)."""
    pelvis = _towards(s, "near_hip", "far_hip")
    off_vertical = _angle_between(pelvis, (0.0, 1.0 if pelvis[1] > 0 else -1.0))
    if key.pose.view != "front" or off_vertical > 30:
        return f"hips not stacked: the hip line is {off_vertical:.0f}° off vertical (at most 30°)"
    bottom = "near" if s["near_hip"][1] <= s["far_hip"][1] else "far"
    body = _inner_angle(s, "neck", "pelvis", f"{bottom}_ankle")
    head = _inner_angle(s, "head", "neck", "pelvis")
    if body < 165:
        return f"head-to-bottom-foot line bends {180 - body:.0f}° at the hips (at most 15°)"
    if head < 160:
        return f"head drops {180 - head:.0f}° out of the body's line (at most 20°)"
    return ""


def _flat_back(key: KeyPose, s: Skeleton) -> str:
    spine = key.pose.angle("spine")
    return "" if abs(spine) <= 10 else f"back rounds or arches {spine:.0f}° (flat is within 10°)"


CLAIMS: dict[str, Callable[[KeyPose, Skeleton], str]] = {
    "neutral_neck": _neutral_neck,
    "hips_lifted": _hips_lifted,
    "straight_line": _straight_line,
    "straight_to_knees": _straight_to_knees,
    "limbs_level": _limbs_level,
    "stacked": _stacked,
    "flat_back": _flat_back,
}


def _surfaces(figure: MoveFigure, name: str) -> list[Surface]:
    if name == "floor":
        mats = [p for p in figure.props if p.type == "mat"]
        return [FLOOR, *(Surface("mat", p.x, p.x + p.width, p.height) for p in mats)]
    return [s for prop in figure.props for s in prop.surfaces() if s.name == name]


def _resting(s: Skeleton, joint: str, surfaces: list[Surface]) -> bool:
    x, y = s[joint]
    radius = drawn_radius(joint)
    return any(abs(surface_gap(s, x, y, surface) - radius) <= TOLERANCE for surface in surfaces)


def surface_gap(s: Skeleton, x: float, y: float, surface: Surface) -> float:
    """The point's distance from the surface, negative inside it; a wall's side is the pelvis's."""
    side = 1.0 if s["pelvis"][0] >= surface.x0 else -1.0
    return surface.distance(x, y, side)


def support_problems(figure: MoveFigure, key: KeyPose, s: Skeleton) -> list[str]:
    problems = []
    for part, support in key.support.items():
        side, _, base = (
            part.rpartition("_") if part.startswith(("near_", "far_")) else ("", "", part)
        )
        joints, rule = SUPPORT_JOINTS[base]
        surfaces = _surfaces(figure, support)
        if not surfaces:
            problems.append(f"{part} rest on {support!r}, which is not among the props")
            continue
        sides = [""] if base in BODY_WIDE else ([side] if side else ["near", "far"])
        for each in sides:
            names = [f"{each}_{j}" if each else j for j in joints]
            resting = [_resting(s, n, surfaces) for n in names]
            if not (any(resting) if rule == "any" else all(resting)):
                label = f"{each} {base}".strip()
                problems.append(f"{label} not on the {support}")
    return problems


def pose_problems(figure: MoveFigure, name: str) -> list[str]:
    """Everything wrong with one key pose; an empty list means it passes."""
    key = figure.poses[name]
    problems = []
    ranges = RANGES[key.pose.view]
    for angle, value in key.pose.angles.items():
        joint = angle.split("_", 1)[-1]
        if joint in ranges:
            low, high = ranges[joint]
            if not low <= value <= high:
                problems.append(f"{angle} {value:g}° outside {low:g}..{high:g}°")
    s = place(key.pose, figure.anchor, key.x, key.y)
    if (floor := lowest_point(s)) < -TOLERANCE:
        problems.append(f"body {-floor:.0f} cm through the floor")
    problems += support_problems(figure, key, s)
    for claim in key.claims:
        check = CLAIMS.get(claim)
        if check is None:
            problems.append(f"unknown claim {claim!r}; known: {sorted(CLAIMS)}")
        elif found := check(key, s):
            problems.append(f"{claim}: {found}")
    return [f"{name}: {p}" for p in problems]
