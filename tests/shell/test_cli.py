"""Command line: --version, where the data folder comes from, --clock-speed, Qt's own args."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lbh_desktop import __version__
from lbh_desktop.shell.cli import parse_args

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m lbh_desktop ARGS` with this interpreter; never opens a window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "lbh_desktop", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_version_prints_the_app_name_and_version_and_exits_0() -> None:
    result = run_cli("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"LBH Desktop {__version__}"


@pytest.mark.parametrize(
    ("value", "explanation"),
    [
        ("0", "must be between 0 and 1000"),
        ("-1", "must be between 0 and 1000"),
        ("abc", "'abc' is not a number"),
    ],
)
def test_bad_clock_speed_is_rejected_naming_the_option(value: str, explanation: str) -> None:
    result = run_cli("--clock-speed", value)
    assert result.returncode == 2
    assert "--clock-speed" in result.stderr
    assert explanation in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "1000.5", "-0"])
def test_clock_speed_outside_the_range_is_rejected_in_process(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--clock-speed", value])
    assert exit_info.value.code == 2
    assert "--clock-speed" in capsys.readouterr().err


@pytest.mark.parametrize(("value", "expected"), [("0.5", 0.5), ("25", 25.0), ("1000", 1000.0)])
def test_clock_speed_in_range_is_accepted(value: str, expected: float) -> None:
    args, _ = parse_args(["--clock-speed", value])
    assert args.clock_speed == expected


def test_clock_speed_defaults_to_real_time() -> None:
    args, _ = parse_args([])
    assert args.clock_speed == 1.0
    assert args.routine is None


def test_data_dir_option_beats_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LBH_DATA_DIR", str(tmp_path / "from-env"))
    args, _ = parse_args(["--data-dir", str(tmp_path / "from-option")])
    assert args.data_dir == tmp_path / "from-option"


def test_environment_beats_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LBH_DATA_DIR", str(tmp_path / "from-env"))
    args, _ = parse_args([])
    assert args.data_dir == tmp_path / "from-env"
    assert isinstance(args.data_dir, Path)


@pytest.mark.parametrize("env_value", [None, ""])
def test_without_option_or_environment_the_default_folder_is_used(
    env_value: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if env_value is None:
        monkeypatch.delenv("LBH_DATA_DIR", raising=False)
    else:
        monkeypatch.setenv("LBH_DATA_DIR", env_value)
    args, _ = parse_args([])
    assert args.data_dir is None  # run() then falls back to default_data_dir()


def test_unknown_qt_arguments_are_passed_through_in_order(tmp_path: Path) -> None:
    args, qt_args = parse_args(
        [
            "-platform",
            "offscreen",
            "--routine",
            "Warm-up",
            "-style",
            "fusion",
            "--data-dir",
            str(tmp_path),
            "-reverse",
        ]
    )
    assert qt_args == ["-platform", "offscreen", "-style", "fusion", "-reverse"]
    assert args.routine == "Warm-up"
    assert args.data_dir == tmp_path


def test_no_qt_arguments_gives_an_empty_list() -> None:
    _, qt_args = parse_args(["--routine", "Desk stretch break"])
    assert qt_args == []
