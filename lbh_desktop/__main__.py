"""Entry point for `python -m lbh_desktop` and the `lbh-desktop` command."""

from __future__ import annotations

import sys


def main() -> int:
    from lbh_desktop.compat import startup_gc

    startup_gc.pause()  # until the window is up (shell.run resumes it): see its docstring
    from lbh_desktop.compat.pyside_import_scan import install

    install()  # before the app's modules load: see its docstring
    from lbh_desktop.shell.run import run

    try:
        return run(sys.argv[1:])
    finally:
        startup_gc.resume()  # a run that ended before its window was up (--self-test, errors)


if __name__ == "__main__":
    sys.exit(main())
