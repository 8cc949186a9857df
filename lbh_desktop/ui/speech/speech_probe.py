"""Child process: starts each native speech engine and prints, as JSON, the first that works."""

# A wedged speech-dispatcher can hang the QTextToSpeech constructor for minutes; here that
# hang costs a killed child process instead of a frozen app.

from __future__ import annotations

import json
import sys

ENGINE_WAIT_MS = 3000


def probe() -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtTextToSpeech import QTextToSpeech

    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    errors = []
    for engine in QTextToSpeech.availableEngines():
        if engine == "mock":
            continue
        tts = QTextToSpeech(engine)
        if tts.state() not in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            loop = QEventLoop()
            tts.stateChanged.connect(loop.quit)
            QTimer.singleShot(ENGINE_WAIT_MS, loop.quit)
            loop.exec()
        if tts.state() is QTextToSpeech.State.Ready:
            return {"engine": engine}
        errors.append(f"{engine}: {tts.errorString() or tts.state().name}")
    return {"engine": None, "errors": errors}


def main() -> int:
    try:
        result = probe()
    except Exception as error:  # report, never hang or crash silently
        result = {"engine": None, "errors": [f"{type(error).__name__}: {error}"]}
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
