"""The background app stays light: importing app.py and the reminders loads no window parts."""

from __future__ import annotations

import os
import subprocess
import sys

WINDOW_PARTS = (
    "lbh_desktop.shell.build",
    "lbh_desktop.shell.main_window",
    "lbh_desktop.ui.library.library_view",
    "lbh_desktop.ui.player.player_controller",
    "lbh_desktop.core.levels",
    "lbh_desktop.core.voice_cues",
    "lbh_desktop.core.player_events",
    "lbh_desktop.ui.settings.settings_controller",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "pyqtgraph",
    "numpy",
)


def test_app_and_breaks_import_without_the_window_parts() -> None:
    """app.py imports the window's modules inside build_app; a module-level import of one of
    them would make every background app carry it (issue #4: at most 70 MB resident)."""
    code = (
        "import sys\n"
        "import lbh_desktop.shell.run, lbh_desktop.shell.breaks_wiring\n"
        f"print(sorted(m for m in {WINDOW_PARTS!r} if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_opening_the_data_folder_loads_neither_openssl_nor_the_xml_parser(tmp_path: object) -> None:
    """hashlib (and so OpenSSL, about 4 MB resident) stays out of the background app: the
    device id and the data folder are opened without it; so do the XML parser (for macOS's
    autostart file), uuid and platform."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from lbh_desktop.shell.lazy_app import open_data\n"
        f"open_data(Path({str(tmp_path)!r}) / 'data').repository.close()\n"
        "import lbh_desktop.platform.autostart\n"
        "light = ('_hashlib', '_ssl', 'pyexpat', 'plistlib', 'uuid', 'platform')\n"
        "print(sorted(m for m in light if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"
