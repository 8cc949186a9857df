"""Nudges chosen joint angles of one key pose until its resting parts touch their supports.

python packaging/pose_solver.py glute-bridge up near_knee,far_knee near_ankle,far_ankle --write

Each argument after the pose is a group of angles that move together (comma-separated);
`--write` saves the result, rounded to half degrees, into resources/catalogue/figures/MOVE.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lbh_desktop.core.figure_anatomy import SUPPORT_JOINTS, _surfaces, pose_problems, surface_gap
from lbh_desktop.core.figure_body import Pose
from lbh_desktop.core.figure_motion import MoveFigure, drawn_radius, lowest_point, place
from lbh_desktop.core.figure_props import FLOOR
from lbh_desktop.storage.bundled import resource_path

FIGURES = resource_path("catalogue", "figures")


def support_error(figure: MoveFigure, name: str, angles: dict[str, float]) -> float:
    key = figure.poses[name]
    skeleton = place(Pose(angles, key.pose.view, key.pose.scale), figure.anchor, key.x, key.y)
    error = max(0.0, -lowest_point(skeleton)) * 10
    for part, support in key.support.items():
        side, base = ("", part)
        if part.startswith(("near_", "far_")):
            side, base = part.split("_", 1)
        joints, rule = SUPPORT_JOINTS[base]
        surfaces = _surfaces(figure, support) or [FLOOR]
        sides = [""] if base in ("hips", "back", "head") else ([side] if side else ["near", "far"])
        for each in sides:
            gaps = []
            for joint in joints:
                joint_name = f"{each}_{joint}" if each else joint
                x, y = skeleton[joint_name]
                gaps.append(
                    min(
                        abs(surface_gap(skeleton, x, y, s) - drawn_radius(joint_name))
                        for s in surfaces
                    )
                )
            error += min(gaps) if rule == "any" else max(gaps)
    return error


def solve(figure: MoveFigure, name: str, groups: list[list[str]]) -> dict[str, float]:
    angles = dict(figure.poses[name].pose.angles)
    for group in groups:
        for angle in group:
            angles.setdefault(angle, 0.0)
    best = support_error(figure, name, angles)
    for step in (8.0, 4.0, 2.0, 1.0, 0.5):
        improved = True
        while improved:
            improved = False
            for group in groups:
                for sign in (1.0, -1.0):
                    trial = dict(angles)
                    for angle in group:
                        trial[angle] += sign * step
                    error = support_error(figure, name, trial)
                    if error < best - 1e-6:
                        angles, best, improved = trial, error, True
    print(f"support error {best:.2f} cm")
    return angles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("move")
    parser.add_argument("pose")
    parser.add_argument("groups", nargs="+")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    path = FIGURES / f"{args.move}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    from lbh_desktop.core.figure_motion import parse_move_figure

    figure = parse_move_figure(data, args.move)
    angles = solve(figure, args.pose, [g.split(",") for g in args.groups])
    rounded = {k: round(v * 2) / 2 for k, v in angles.items()}
    print(json.dumps(rounded))
    key = figure.poses[args.pose]
    solved = replace(
        figure,
        poses={
            **figure.poses,
            args.pose: replace(key, pose=Pose(rounded, key.pose.view, key.pose.scale)),
        },
    )
    for problem in pose_problems(solved, args.pose):
        print(problem)
    if args.write:
        data["poses"][args.pose]["angles"] = {
            k: (int(v) if v == int(v) else v) for k, v in rounded.items()
        }
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"written: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
