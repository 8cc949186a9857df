"""The player page's keyboard shortcuts: Space, arrows, Esc, Enter, M, H, F11 and the digits."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

Binding = SignalInstance | Callable[[], object]
"""What a key does: a signal to emit or a function to call."""


def add_shortcuts(
    page: QWidget,
    bindings: Sequence[tuple[Qt.Key, Binding]],
    rate_by_key: Callable[[int], None],
) -> list[QShortcut]:
    """Each binding, and the digits 0–9 for `rate_by_key`, while focus is on the page; its
    buttons then take focus by Tab only, so Space always reaches the player, not a button."""
    shortcuts: list[QShortcut] = []
    for key, slot in bindings:
        shortcut = QShortcut(QKeySequence(key), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    for digit in range(10):  # the optional rating before a session (Ready screen only)
        shortcut = QShortcut(QKeySequence(Qt.Key(Qt.Key.Key_0.value + digit)), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda d=digit: rate_by_key(d))
        shortcuts.append(shortcut)
    for button in page.findChildren(QPushButton):
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return shortcuts
