"""Subprocess helper: `watcher` owns org.kde.StatusNotifierWatcher, `notifications` serves a
notification server's Inhibited property; each prints "ready" and runs until killed."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusConnection

class_info: Any = ClassInfo  # its stub does not describe the decorator form
SAFETY_EXIT_MS = 60_000  # a helper the test forgot can never outlive it by much


@class_info({"D-Bus Interface": "org.kde.StatusNotifierWatcher"})
class FakeWatcher(QObject):
    """What Qt asks before it uses StatusNotifierItem: is a tray host registered?"""

    def _registered(self) -> bool:
        return True

    IsStatusNotifierHostRegistered = Property(bool, _registered)

    @Slot(str)
    def RegisterStatusNotifierItem(self, service: str) -> None:
        pass


@class_info({"D-Bus Interface": "org.freedesktop.Notifications"})
class FakeNotifications(QObject):
    """A notification server whose Inhibited property is fixed at start-up."""

    def __init__(self, inhibited: bool) -> None:
        super().__init__()
        self._inhibited = inhibited

    def _get_inhibited(self) -> bool:
        return self._inhibited

    Inhibited = Property(bool, _get_inhibited)

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["body"]


def serve(service: str, path: str, exported: QObject) -> int:
    app = QCoreApplication([sys.argv[0]])
    bus = QDBusConnection.sessionBus()
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllProperties
    )
    if not bus.registerObject(path, exported, options):
        print(f"cannot register object: {bus.lastError().message()}", flush=True)
        return 1
    if not bus.registerService(service):
        print(f"cannot register service: {bus.lastError().message()}", flush=True)
        return 1
    print("ready", flush=True)
    QTimer.singleShot(SAFETY_EXIT_MS, lambda: app.exit(3))
    return app.exec()


def main(arguments: list[str]) -> int:
    if arguments[:1] == ["watcher"]:
        return serve("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher", FakeWatcher())
    if arguments[:1] == ["notifications"]:
        inhibited = arguments[1:2] == ["inhibited"]
        return serve(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            FakeNotifications(inhibited),
        )
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
