"""A parametric body: standard proportions, a pose of joint angles, and where each joint lands."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

HEIGHT = 170.0
"""The figure's standing height in world units (centimetres); the floor is y = 0, y points up."""

# Segment lengths as fractions of standing height (Winter, Biomechanics and Motor Control of
# Human Movement, 4th ed., fig. 4.1).
THIGH = 0.245 * HEIGHT
SHANK = 0.246 * HEIGHT
ANKLE_HEIGHT = 0.039 * HEIGHT
FOOT = 0.152 * HEIGHT
LOWER_SPINE = 0.13 * HEIGHT
UPPER_SPINE = 0.158 * HEIGHT
NECK = 0.05 * HEIGHT
HEAD_RADIUS = 0.062 * HEIGHT
UPPER_ARM = 0.186 * HEIGHT
FOREARM = 0.146 * HEIGHT
HAND = 0.07 * HEIGHT
HIP_HALF_WIDTH = 0.055 * HEIGHT
SHOULDER_HALF_WIDTH = 0.12 * HEIGHT
"""Seen from the front, each hip and shoulder joint sits this far from the midline."""

RADIUS = {
    "trunk": 0.062 * HEIGHT,
    "neck": 0.028 * HEIGHT,
    "thigh": 0.04 * HEIGHT,
    "shank": 0.03 * HEIGHT,
    "foot": 0.018 * HEIGHT,
    "upper_arm": 0.027 * HEIGHT,
    "forearm": 0.022 * HEIGHT,
    "hand": 0.017 * HEIGHT,
}
"""Half the drawn thickness of each part; also how far a joint sits above a surface it rests on."""

SIDES = ("near", "far")
LIMB_ANGLES = ("hip", "knee", "ankle", "shoulder", "elbow", "wrist")
BODY_ANGLES = ("trunk", "spine", "neck")
ANGLE_NAMES = frozenset(BODY_ANGLES) | {f"{side}_{name}" for side in SIDES for name in LIMB_ANGLES}
PART_NAMES = ("thigh", "shank", "foot", "upper_arm", "forearm", "hand")
SCALABLE = frozenset(f"{side}_{part}" for side in SIDES for part in PART_NAMES)
"""Limb parts that may be drawn shorter, for a limb that points at the viewer."""
VIEWS = ("side", "front")

Point = tuple[float, float]


class PoseError(ValueError):
    """A pose that names an unknown angle, view or joint."""


@dataclass(frozen=True)
class Pose:
    """Joint angles in degrees, seen from the side (flexion) or the front (sideways moves).

    Side view, facing +x: `trunk` is the lower spine's lean forward from upright (90 = lying
    face down, head to +x; -90 lying on the back, head to -x); `spine` bends the upper spine
    forward (negative arches it), `neck` tips the head forward. Per side ("near", "far"):
    hip and shoulder flexion (0 = along the trunk, 90 = forward at a right angle), knee and
    elbow flexion (0 = straight), ankle dorsiflexion (0 = foot at a right angle to the shin)
    and wrist. Front view: the same names, moving sideways: positive hip and shoulder angles
    lift the limb away from the midline, `trunk` and `spine` lean towards +x.
    """

    angles: Mapping[str, float]
    view: str = "side"
    scale: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.angles) - ANGLE_NAMES)
        if unknown:
            raise PoseError(f"unknown angle {', '.join(unknown)}; known: {sorted(ANGLE_NAMES)}")
        if self.view not in VIEWS:
            raise PoseError(f"view must be one of {', '.join(VIEWS)}, not {self.view!r}")
        unknown = sorted(set(self.scale) - SCALABLE)
        if unknown:
            raise PoseError(f"unknown part to scale {', '.join(unknown)}")
        for name, value in self.scale.items():
            if not 0.1 <= value <= 1.0:
                raise PoseError(f"scale of {name} must be from 0.1 to 1, not {value}")

    def angle(self, name: str) -> float:
        return float(self.angles.get(name, 0.0))


@dataclass(frozen=True)
class Skeleton:
    """Where every joint of a posed body lands, in world units, before it is placed."""

    joints: dict[str, Point]
    view: str

    def moved(self, dx: float, dy: float) -> Skeleton:
        return Skeleton({k: (x + dx, y + dy) for k, (x, y) in self.joints.items()}, self.view)

    def __getitem__(self, name: str) -> Point:
        return self.joints[name]


def _step(start: Point, degrees: float, length: float) -> Point:
    radians = math.radians(degrees)
    return (start[0] + length * math.cos(radians), start[1] + length * math.sin(radians))


def pose_skeleton(pose: Pose) -> Skeleton:
    """Forward kinematics from the pelvis at (0, 0): every joint's world position."""
    a = pose.angle
    front = pose.view == "front"
    joints: dict[str, Point] = {"pelvis": (0.0, 0.0)}
    lower = 90.0 - a("trunk")
    upper = lower - a("spine")
    joints["waist"] = _step(joints["pelvis"], lower, LOWER_SPINE)
    joints["neck"] = _step(joints["waist"], upper, UPPER_SPINE)
    head_direction = upper - a("neck")
    joints["chin"] = _step(joints["neck"], head_direction, NECK)
    joints["head"] = _step(joints["chin"], head_direction, HEAD_RADIUS)
    for side in SIDES:
        # Seen from the front, the near limbs are on the left of the picture.
        sign = -1.0 if side == "near" else 1.0
        hip_root, shoulder_root = joints["pelvis"], joints["neck"]
        if front:
            hip_root = _step(hip_root, lower - 90.0, sign * HIP_HALF_WIDTH)
            shoulder_root = _step(shoulder_root, upper - 90.0, sign * SHOULDER_HALF_WIDTH)
        bend = sign if front else 1.0
        limb = {name: a(f"{side}_{name}") for name in LIMB_ANGLES}
        scale = {part: pose.scale.get(f"{side}_{part}", 1.0) for part in PART_NAMES}
        thigh = lower - 180.0 + bend * limb["hip"]
        shank = thigh - bend * limb["knee"]
        knee = _step(hip_root, thigh, THIGH * scale["thigh"])
        ankle = _step(knee, shank, SHANK * scale["shank"])
        foot = shank + bend * (90.0 + limb["ankle"])
        foot_length = FOOT * scale["foot"] * (0.45 if front else 1.0)  # toes point at the viewer
        heel = _step(_step(ankle, shank, ANKLE_HEIGHT), foot, -0.22 * foot_length)
        toe = _step(heel, foot, foot_length)
        arm = upper - 180.0 + bend * limb["shoulder"]
        forearm = arm + bend * limb["elbow"] * (-1.0 if front else 1.0)
        elbow = _step(shoulder_root, arm, UPPER_ARM * scale["upper_arm"])
        wrist = _step(elbow, forearm, FOREARM * scale["forearm"])
        hand = _step(wrist, forearm + limb["wrist"], HAND * scale["hand"])
        joints.update(
            {
                f"{side}_hip": hip_root,
                f"{side}_knee": knee,
                f"{side}_ankle": ankle,
                f"{side}_heel": heel,
                f"{side}_toe": toe,
                f"{side}_shoulder": shoulder_root,
                f"{side}_elbow": elbow,
                f"{side}_wrist": wrist,
                f"{side}_hand": hand,
            }
        )
    return Skeleton(joints, pose.view)


JOINT_NAMES = frozenset(pose_skeleton(Pose({})).joints)


def blend(first: Pose, second: Pose, amount: float) -> Pose:
    """The pose `amount` (0..1) of the way from `first` to `second`, angle by angle."""
    if first.view != second.view:
        raise PoseError("a move's poses must share one view to blend between them")
    names = set(first.angles) | set(second.angles)
    angles = {n: first.angle(n) + (second.angle(n) - first.angle(n)) * amount for n in names}
    parts = set(first.scale) | set(second.scale)
    scale = {
        p: first.scale.get(p, 1.0) + (second.scale.get(p, 1.0) - first.scale.get(p, 1.0)) * amount
        for p in parts
    }
    return Pose(angles, first.view, scale)
