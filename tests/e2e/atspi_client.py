"""AT-SPI client (run by the system python3 with pyatspi): starts the app, walks its pages."""

# It runs inside a private session bus (dbus-run-session): it starts the accessibility bus,
# then the app (argv: its python, driver script and arguments) with a pipe of commands to
# it, walks the library, player and Progress pages through pyatspi as a screen reader sees
# them, listens for announcements and name changes, and prints one line, "RESULT {json}".

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

LAUNCHERS = (
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/at-spi2/at-spi-bus-launcher",
)
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "slider",
    "spin button",
    "page tab",
    "text",
    "entry",
    "list",
    "list box",
    "table",
    "tree",
    "tree table",
    "menu item",
    "check menu item",
}
"""Controls that must have a name whether or not they take focus now (a disabled button)."""
CHART_TITLES = ("Weeks", "Calendar", "Consistency", "Holds", "Pain")
MAX_CHILDREN = 150
"""Children walked per object: a long list's rows are alike."""


def launcher() -> str:
    found = [path for path in LAUNCHERS if os.access(path, os.X_OK)]
    found += [p for p in [shutil.which("at-spi-bus-launcher")] if p]
    if not found:
        raise SystemExit("SKIP at-spi-bus-launcher not found")
    return found[0]


class AppPipe:
    """The app's driver: one command a line on its stdin, "ACK <command>" back on its stdout."""

    def __init__(self, command: list[str]) -> None:
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        self.ask_ack("ready")

    def ask_ack(self, command: str) -> None:
        if command != "ready":
            assert self.process.stdin is not None
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.strip() == f"ACK {command}":
                return
        raise SystemExit(f"the app ended before answering {command!r}")

    def close(self) -> None:
        try:
            self.ask_ack("quit")
            self.process.wait(timeout=10)
        except (BrokenPipeError, SystemExit, subprocess.TimeoutExpired):
            self.process.kill()


def main() -> None:
    bus = subprocess.Popen([launcher(), "--launch-immediately"])
    time.sleep(0.5)
    import pyatspi  # after the accessibility bus is up
    from gi.repository import GLib

    heard: list[dict[str, str]] = []

    def on_event(event: object) -> None:
        kind = str(getattr(event, "type", ""))
        source = getattr(event, "source", None)
        text = getattr(event, "any_data", None)
        if kind.startswith("object:property-change:accessible-name"):
            text = source.name if source is not None else ""
        heard.append({"type": kind, "text": str(text or "")})

    registry = pyatspi.Registry
    registry.registerEventListener(on_event, "object:announcement")
    registry.registerEventListener(on_event, "object:property-change:accessible-name")

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        context = GLib.MainContext.default()
        while time.monotonic() < end:
            while context.pending():
                context.iteration(False)
            time.sleep(0.02)

    app = AppPipe(sys.argv[1:])  # the app's python, its driver script and its arguments
    result: dict[str, object] = {}
    try:
        result = walk_all(app, pyatspi, pump, heard)
    finally:
        app.close()
        bus.terminate()
    print("RESULT " + json.dumps(result), flush=True)


def find_window(pyatspi: Any, pump: Callable[[float], None]) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(100):
        for application in desktop:
            if application is None:
                continue
            for frame in application:
                if frame is not None and "LBH" in (frame.name or ""):
                    return frame
        pump(0.1)
    raise SystemExit("the app's window never showed on the accessibility bus")


def nodes(root: Any, pyatspi: Any) -> list[dict[str, object]]:
    """Every object showing on screen under `root`: role, name, description, focusable."""
    found: list[dict[str, object]] = []
    stack = [root]
    state = pyatspi.STATE_SHOWING
    focusable_state = pyatspi.STATE_FOCUSABLE
    while stack:
        node = stack.pop()
        try:
            states = node.getState()
            if not states.contains(state):
                continue
            role, name = node.getRoleName(), node.name or ""
            focusable = states.contains(focusable_state)
            control = focusable or role in CONTROL_ROLES
            found.append(
                {
                    "role": role,
                    "name": name,
                    "description": node.description or "",
                    "focusable": focusable,
                    "named": bool(role and name),
                    "where": where(node) if control and not (role and name) else "",
                    "labelled_by": labels_of(node, pyatspi) if role == "combo box" else "",
                }
            )
            count = min(node.childCount, MAX_CHILDREN)
            stack.extend(node.getChildAtIndex(i) for i in range(count))
        except Exception:  # an object gone mid-walk (a tooltip, a repaint)
            continue
    return found


def labels_of(node: Any, pyatspi: Any) -> str:
    """The names of the labels a control is labelled by ("Level:"), as a reader says them."""
    names = [
        relation.getTarget(i).name or ""
        for relation in node.getRelationSet()
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
        for i in range(relation.getNTargets())
    ]
    return " ".join(names)


def where(node: Any) -> str:
    """ "filler in scroll pane 'Instructions'": what an unnamed object sits in."""
    parent = node.parent
    if parent is None:
        return "at the top"
    ident = node.get_accessible_id() if hasattr(node, "get_accessible_id") else ""
    return f"{ident or ''} in {parent.getRoleName()} {parent.name or ''!r}"


def controls(found: list[dict[str, object]]) -> tuple[list[dict[str, object]], list[str]]:
    """The controls among `found` and those without a role or a name."""
    checked = [n for n in found if n["focusable"] or n["role"] in CONTROL_ROLES]
    unnamed = [f"{n['role'] or '(no role)'} {n['where']}" for n in checked if not n["named"]]
    return checked, unnamed


def named(found: list[dict[str, object]], predicate: Callable[[str], bool]) -> list[str]:
    return [str(n["name"]) for n in found if predicate(str(n["name"]))]


def walk_all(
    app: AppPipe, pyatspi: Any, pump: Callable[[float], None], heard: list[dict[str, str]]
) -> dict[str, object]:
    window = find_window(pyatspi, pump)
    pages: dict[str, dict[str, object]] = {}

    def record(page: str) -> list[dict[str, object]]:
        found = nodes(window, pyatspi)
        checked, unnamed = controls(found)
        combos = [f"{n['labelled_by']} {n['name']}" for n in found if n["role"] == "combo box"]
        pages[page] = {
            "objects": len(found),
            "controls": len(checked),
            "unnamed": unnamed,
            "combos": combos,
        }
        return found

    record("library")

    app.ask_ack("play")
    pump(0.3)

    def clock_name() -> str:
        names = named(nodes(window, pyatspi), lambda s: " left in " in s or " until " in s)
        return names[0] if names else ""

    first_clock = clock_name()
    pump(1.5)
    second_clock = clock_name()
    player = record("player")
    move_of = second_clock.split(" left in ")[-1].split(" until ")[-1]
    first_move = named(player, lambda s: s == move_of)
    primary = [n["name"] for n in player if n["role"] == "push button" and n["name"] == "Pause"]
    heard_before = len(heard)
    later_clock = second_clock
    for _ in range(60):  # until the move changes (a few seconds at the test's clock speed)
        pump(0.25)
        later_clock = clock_name()
        if later_clock and not later_clock.endswith(move_of):
            break
    pump(0.5)
    announcements = [h["text"] for h in heard if h["type"].startswith("object:announcement")]
    changes = [h["text"] for h in heard[heard_before:] if "accessible-name" in h["type"]]
    pages["player"].update(
        {
            "clock": [first_clock, second_clock, later_clock],
            "move": first_move,
            "primary": primary,
            "announcements": announcements,
            "clock_name_changes": len([c for c in changes if " left in " in c or " until " in c]),
            "level": named(player, lambda s: s.startswith("Level: ")),
        }
    )
    app.ask_ack("stop")

    charts: dict[str, dict[str, object]] = {}
    for index, title in enumerate(CHART_TITLES):
        app.ask_ack(f"progress {index}")
        pump(0.3)
        found = record(f"progress {title}")
        chart = [n for n in found if n["name"] == f"{title} chart"]
        summary = [n for n in found if n["name"] == f"{title} chart summary"]
        charts[title] = {
            "chart_description": str(chart[0]["description"]) if chart else "",
            "summary": str(summary[0]["description"]) if summary else "",
            "summary_focusable": bool(summary and summary[0]["focusable"]),
        }
    return {"pages": pages, "charts": charts, "events": len(heard)}


if __name__ == "__main__":
    main()
