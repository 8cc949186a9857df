"""One action of the real app on a data folder, run as its own process by the Syncthing test."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path


def main(data_dir: Path, action: str, *args: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if action == "play":  # the desk break played to the end by the real app, headless
        from lbh_desktop.shell.self_test import run_self_test

        return run_self_test(data_dir)

    from lbh_desktop.shell.lazy_app import open_data  # what the app opens at start-up

    data = open_data(data_dir)
    repository = data.repository
    try:
        if action == "rename":
            routine_id, name = args
            routine = repository.routine(routine_id)
            assert routine is not None, routine_id
            repository.save_routine(dataclasses.replace(routine, name=name))
        elif action == "add":
            routine_id, name = args
            model = repository.routines()[0]
            copy = dataclasses.replace(
                model, id=routine_id, name=name, builtin=False, builtin_version=0
            )
            repository.save_routine(copy)
        elif action == "dump":
            sessions = repository.sessions()
            print(
                json.dumps(
                    {
                        "sessions": sorted(s.id for s in sessions),
                        "statuses": sorted({s.status.value for s in sessions}),
                        "routines": {r.id: r.name for r in repository.routines()},
                        "devices": sorted(d.name for d in repository.devices()),
                        "notices": data.notices,
                    }
                )
            )
        else:
            print(f"unknown action {action!r}", file=sys.stderr)
            return 2
    finally:
        repository.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], *sys.argv[3:]))
