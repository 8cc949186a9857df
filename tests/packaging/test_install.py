"""A non-editable install into a fresh venv, run from elsewhere, finds every shipped resource."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.xdist_group("built_distributions")  # one build for both files

CHECK_RESOURCES = """
import json, lbh_desktop
from pathlib import Path
from lbh_desktop.storage import bundled
from lbh_desktop.core.cues import SoundCue
assert "site-packages" in lbh_desktop.__file__, lbh_desktop.__file__
catalogue = bundled.load_catalogue()
routines = bundled.load_builtin_routines()
files = [bundled.illustration_path(e) for e in catalogue]
files += [bundled.resource_path("sounds", f"{cue.value}.wav") for cue in SoundCue]
files += [bundled.resource_path("icons", "lbh-desktop.svg")]
files += [bundled.resource_path("i18n", f"lbh_desktop_{lang}.qm") for lang in ("de", "es", "fr")]
sizes = [Path(f).stat().st_size for f in files]
assert all(size > 0 for size in sizes)
print(json.dumps({"exercises": len(catalogue), "routines": len(routines), "files": len(files),
                  "module": lbh_desktop.__file__}))
"""


@pytest.mark.slow
def test_wheel_installed_in_fresh_venv_finds_every_resource(
    tmp_path: Path, built: tuple[Path, Path]
) -> None:
    _, wheel = built  # the wheel `python -m build` made from the sdist
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)  # this environment's pip installs into it (--python)
    python = env_dir / "bin" / "python"
    fresh_site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    # Reuse this environment's PySide6 & co. instead of downloading 250 MB again; only the
    # directory goes on sys.path, so its editable-install hook for lbh_desktop stays off.
    (fresh_site / "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}

    def run_elsewhere(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120
        )

    result = run_elsewhere(str(python), "-c", CHECK_RESOURCES)
    assert result.returncode == 0, result.stderr
    assert str(env_dir) in result.stdout
    version = run_elsewhere(str(env_dir / "bin" / "lbh-desktop"), "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("LBH Desktop ")
    self_test = run_elsewhere(str(env_dir / "bin" / "lbh-desktop"), "--self-test")
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    (line,) = self_test.stdout.splitlines()
    assert line.startswith("LBH Desktop ") and " self-test passed: " in line, line
