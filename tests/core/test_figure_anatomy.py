"""Every built-in move's key poses pass the anatomy check, and the check catches bad poses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lbh_desktop.core.figure_anatomy import pose_problems
from lbh_desktop.core.figure_body import Pose, PoseError
from lbh_desktop.core.figure_motion import KeyPose, MoveFigure, parse_move_figure
from lbh_desktop.storage.bundled import load_catalogue, load_figure

MOVE_IDS = [exercise.id for exercise in load_catalogue()]
REQUIRED_CLAIMS = {
    "hips_lifted": (
        "glute-bridge",
        "small-bridge",
        "marching-bridge",
        "single-leg-bridge",
        "hip-thrust",
        "single-leg-hip-thrust",
    ),
    "straight_line": (
        "front-plank",
        "incline-plank",
        "plank-arm-reach",
        "plank-leg-lift",
        "plank-leg-lift-hold",
    ),
    "straight_to_knees": ("knee-plank",),
    "stacked": ("side-plank", "side-plank-leg-lift"),
    "limbs_level": ("bird-dog", "bird-dog-crunch"),
    "flat_back": ("deadlift", "hands-on-hips-hinge", "slow-dumbbell-deadlift"),
}
"""Form an exercise professional looks for first, and the moves whose key pose must show it."""
ON_EVERY_POSE = {"straight_line", "straight_to_knees", "flat_back", "stacked"}


def figure_of(move_id: str) -> MoveFigure:
    figure = load_figure(move_id)
    assert figure is not None, f"{move_id} has no figure in resources/catalogue/figures/"
    return figure


@pytest.mark.parametrize("move_id", MOVE_IDS)
def test_every_key_pose_of_every_move_passes_the_anatomy_check(move_id: str) -> None:
    figure = figure_of(move_id)
    problems = [p for name in figure.poses for p in pose_problems(figure, name)]
    assert problems == []


@pytest.mark.parametrize("move_id", MOVE_IDS)
def test_strength_moves_keep_a_neutral_neck_and_each_move_has_its_form(move_id: str) -> None:
    figure = figure_of(move_id)
    exercise = load_catalogue().get(move_id)
    assert exercise is not None
    claimed = [set(key.claims) for key in figure.poses.values()]
    if exercise.kind == "strength":
        assert all("neutral_neck" in claims for claims in claimed), move_id
    for claim, moves in REQUIRED_CLAIMS.items():
        if move_id not in moves:
            continue
        if claim in ON_EVERY_POSE:
            assert all(claim in claims for claims in claimed), (move_id, claim)
        else:
            assert any(claim in claims for claims in claimed), (move_id, claim)


def test_timed_moves_have_a_hold_and_rep_moves_a_cycle() -> None:
    for exercise in load_catalogue():
        figure = figure_of(exercise.id)
        if exercise.dose.mode == "reps":
            assert len(figure.cycle) >= 2, exercise.id
        else:
            assert figure.hold or len(figure.cycle) >= 2, exercise.id


BRIDGE = {
    "anchor": "near_toe",
    "cycle": ["down", "up"],
    "poses": {
        "down": {
            "at": [40, None],
            "angles": {
                "trunk": -90,
                "near_hip": 55,
                "far_hip": 55,
                "near_knee": 110,
                "far_knee": 110,
                "near_ankle": -35,
                "far_ankle": -35,
            },
            "support": {"back": "floor", "feet": "floor"},
        },
        "up": {
            "at": [40, None],
            "angles": {
                "trunk": -115,
                "near_hip": 0,
                "far_hip": 0,
                "near_knee": 117,
                "far_knee": 117,
                "near_ankle": -18,
                "far_ankle": -18,
            },
            "support": {"head": "floor", "feet": "floor"},
            "claims": ["hips_lifted", "neutral_neck"],
        },
    },
}


def bridge() -> MoveFigure:
    return parse_move_figure(BRIDGE, "bridge")


def with_angles(figure: MoveFigure, name: str, **angles: float) -> MoveFigure:
    key = figure.poses[name]
    pose = Pose({**key.pose.angles, **angles}, key.pose.view, key.pose.scale)
    return replace(figure, poses={**figure.poses, name: replace(key, pose=pose)})


def test_a_well_formed_bridge_passes() -> None:
    figure = bridge()
    assert pose_problems(figure, "down") == [] and pose_problems(figure, "up") == []


def test_a_knee_bent_backwards_is_outside_the_human_range() -> None:
    problems = pose_problems(with_angles(bridge(), "up", near_knee=-10), "up")
    assert any("near_knee -10° outside 0..160°" in p for p in problems), problems


def test_a_bridge_with_sagging_hips_is_caught() -> None:
    problems = pose_problems(with_angles(bridge(), "up", near_hip=40, far_hip=40), "up")
    assert any(p.startswith("up: hips_lifted:") for p in problems), problems


def test_a_foot_in_the_air_is_not_on_its_support() -> None:
    problems = pose_problems(with_angles(bridge(), "down", near_knee=60, far_knee=60), "down")
    assert any("feet not on the floor" in p for p in problems), problems


def test_a_limb_through_the_floor_is_caught() -> None:
    figure = bridge()
    key = figure.poses["up"]
    sunk = replace(figure, anchor="pelvis", poses={"up": replace(key, y=0.0)})
    assert any("through the floor" in p for p in pose_problems(sunk, "up"))


def test_a_dropped_head_breaks_the_neutral_neck() -> None:
    problems = pose_problems(with_angles(bridge(), "up", neck=40), "up")
    assert any("neutral_neck: neck bent 40°" in p for p in problems), problems


def test_bad_figure_data_names_the_field() -> None:
    with pytest.raises(PoseError, match=r"bridge.poses.up: unknown angle near_elbo"):
        data = {**BRIDGE, "poses": {"up": {"angles": {"near_elbo": 3}}}}
        parse_move_figure(data, "bridge")
    with pytest.raises(PoseError, match="pose 'top' is named but not defined"):
        parse_move_figure({**BRIDGE, "cycle": ["down", "top"]}, "bridge")
    with pytest.raises(PoseError, match=r"support: unknown part \['paws'\]"):
        data = {**BRIDGE, "poses": {"up": {"support": {"paws": "floor"}}}}
        parse_move_figure(data, "bridge")


def test_key_pose_resting_point_defaults_to_the_floor() -> None:
    assert KeyPose(Pose({})).y is None
