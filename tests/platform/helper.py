"""Subprocess helper: `instance KEY DIR [ACTIVATIONS [CHANNEL]]`, or `fake-mutter MS` (D-Bus)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Slot

if TYPE_CHECKING:
    from lbh_desktop.platform.single_instance import Channel

class_info: Any = ClassInfo  # its stub does not describe the decorator form
SAFETY_EXIT_MS = 30_000  # a helper the test forgot can never outlive it by much


def run_instance(key: str, runtime_dir: Path, activations: int, channel: Channel) -> int:
    """Prints "first" or "second"; the first prints "activated" per request, exits after N."""
    from lbh_desktop.platform.single_instance import SingleInstance

    app = QCoreApplication([sys.argv[0]])
    instance = SingleInstance(key, runtime_dir, channel=channel)
    if not instance.acquire():
        print("second", flush=True)
        if instance.reason:
            print(f"reason: {instance.reason}", flush=True)
        return 0
    print("first", flush=True)
    seen = 0

    def activated() -> None:
        nonlocal seen
        seen += 1
        print("activated", flush=True)
        if seen >= activations:
            app.quit()

    instance.activation_requested.connect(activated)
    QTimer.singleShot(SAFETY_EXIT_MS, lambda: app.exit(3))
    code = app.exec()
    instance.release()
    return code


@class_info({"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
class FakeIdleMonitor(QObject):
    """Answers GetIdletime with a fixed number of milliseconds, like Mutter's uint64."""

    def __init__(self, milliseconds: int) -> None:
        super().__init__()
        self.milliseconds = milliseconds

    @Slot(result="qulonglong")
    def GetIdletime(self) -> int:
        return self.milliseconds


def run_fake_mutter(milliseconds: int) -> int:
    """Serves org.gnome.Mutter.IdleMonitor on $DBUS_SESSION_BUS_ADDRESS; prints "ready"."""
    from PySide6.QtDBus import QDBusConnection

    app = QCoreApplication([sys.argv[0]])
    bus = QDBusConnection.sessionBus()
    monitor = FakeIdleMonitor(milliseconds)
    options = QDBusConnection.RegisterOption.ExportAllSlots
    if not bus.registerObject("/org/gnome/Mutter/IdleMonitor/Core", monitor, options):
        print(f"cannot register object: {bus.lastError().message()}", flush=True)
        return 1
    if not bus.registerService("org.gnome.Mutter.IdleMonitor"):
        print(f"cannot register service: {bus.lastError().message()}", flush=True)
        return 1
    print("ready", flush=True)
    QTimer.singleShot(SAFETY_EXIT_MS, app.quit)
    return app.exec()


def main(argv: list[str]) -> int:
    if argv[:1] == ["instance"]:
        activations = int(argv[3]) if len(argv) > 3 else 1
        channel: Channel = "qt" if argv[4:5] == ["qt"] else "unix"
        return run_instance(argv[1], Path(argv[2]), activations, channel)
    if argv[:1] == ["fake-mutter"]:
        return run_fake_mutter(int(argv[1]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
