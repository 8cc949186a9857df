"""Quitting while the speech check still hangs: a clean, quick exit and no orphan process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QProcess, QTimer
    from lbh_desktop.shell.build import build_app
    from lbh_desktop.shell.qt_application import create_application
    from lbh_desktop.core.clock import SystemClock
    from lbh_desktop.ui.speech.speech_engines import EngineLoader

    qt_app = create_application([])
    app = build_app(Path(sys.argv[1]), SystemClock())
    hang = [sys.executable, "-c", "import time; time.sleep(120)"]
    app.speech.make_loader = lambda owner: EngineLoader(owner, command=hang, timeout_ms=60_000)
    app.window.show()
    app.speech.load()

    def report_and_quit():
        probe = app.speech.findChild(QProcess)
        print("probe", probe.processId(), flush=True)
        app.quit()

    QTimer.singleShot(500, report_and_quit)
    code = qt_app.exec()
    app.repository.close()
    print("exit", code, flush=True)
    sys.exit(code)
    """
)


def test_quitting_with_a_hung_speech_check_exits_cleanly(tmp_path: Path) -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert "exit 0" in done.stdout
    assert "Destroyed while" not in done.stderr  # no QThread abort, no QProcess warning
    assert elapsed < 15
    probe_pid = int(done.stdout.split("probe ", 1)[1].split()[0])
    assert probe_pid > 0
    try:
        os.kill(probe_pid, 0)
    except ProcessLookupError:
        pass
    else:
        raise AssertionError(f"the speech check {probe_pid} outlived the app")
