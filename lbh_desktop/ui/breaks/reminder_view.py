"""The break reminder: an always-on-top prompt with Start, Snooze and Skip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.ui.shared.plain_label import (
    plain_label,  # not player_view: the background skips it
)

REFLEX_GUARD_MS = 2000
"""Skip and Snooze wait this long, so a click meant for another window cannot dismiss it."""
MIN_WIDTH = 440
"""The prompt is at least this wide; wider when its buttons' row needs it."""
MARGIN = 20
"""Room left and right of the prompt's text and buttons."""


class ReminderView(QWidget):
    """Shown on top but without taking the keyboard: the user may be typing elsewhere, and a
    stray Space or Enter must not start a break. Clicking it focuses it; then Enter starts."""

    start_requested = Signal()
    snooze_requested = Signal(int)
    skip_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(translate("reminder_view", "Stretch break"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("reminder")
        self.title_label = plain_label(wrap=True, object_name="detailTitle")
        self.detail_label = plain_label(wrap=True)
        self.start_button = QPushButton(translate("reminder_view", "Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setDefault(True)
        self.start_button.setToolTip(
            translate("reminder_view", "Open the break routine in the player")
        )
        self.snooze_5_button = QPushButton(
            translate("reminder_view", "Snooze {minutes} min").format(minutes=5)
        )
        self.snooze_15_button = QPushButton(
            translate("reminder_view", "Snooze {minutes} min").format(minutes=15)
        )
        self.skip_button = QPushButton(translate("reminder_view", "Skip"))
        self.skip_button.setToolTip(
            translate(
                "reminder_view", "Skip this break; the next one comes after your usual interval"
            )
        )
        for button in (self.start_button, self.snooze_5_button, self.snooze_15_button):
            button.setMinimumHeight(34)
        self.skip_button.setMinimumHeight(34)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.snooze_5_button)
        buttons.addWidget(self.snooze_15_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 16, MARGIN, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addLayout(buttons)
        # Through the title, not the window: a window's own minimum width would replace its
        # layout's, and the buttons (a longer language) would be squeezed below their text.
        self.title_label.setMinimumWidth(MIN_WIDTH - 2 * MARGIN)
        self._guard = QTimer(self)
        self._guard.setSingleShot(True)
        self._guard.timeout.connect(self._release_guard)
        self._can_snooze = True
        self.start_button.clicked.connect(self.start_requested)
        self.snooze_5_button.clicked.connect(lambda: self.snooze_requested.emit(5))
        self.snooze_15_button.clicked.connect(lambda: self.snooze_requested.emit(15))
        self.skip_button.clicked.connect(self.skip_requested)
        application = QCoreApplication.instance()
        if application is not None:
            application.installEventFilter(self)  # to step aside when the app quits

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt asks every visible window to close before it quits, and this one refuses while
        # guarded (or would count as Skip): quitting is neither, so it just hides first.
        if event.type() == QEvent.Type.Quit and watched is QCoreApplication.instance():
            self.hide()
        return False

    def show_reminder(self, title: str, detail: str, can_snooze: bool) -> None:
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self._can_snooze = can_snooze
        for button in (self.snooze_5_button, self.snooze_15_button):
            button.setVisible(can_snooze)
        if self.isVisible() and not self.guarded:
            self._release_guard()  # a new text on a prompt already shown: no new guard
        else:
            for button in (self.skip_button, self.snooze_5_button, self.snooze_15_button):
                button.setEnabled(False)
            if not self.guarded:
                self._guard.start(REFLEX_GUARD_MS)
        self.ensurePolished()  # sized with the style sheet's font and padding, as it shows
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.center().x() - self.width() // 2, area.top() + area.height() // 4)
        self.show()
        self.raise_()  # on top, but not activated (WA_ShowWithoutActivating)

    @property
    def guarded(self) -> bool:
        return self._guard.isActive()

    def _release_guard(self) -> None:
        self.skip_button.setEnabled(True)
        for button in (self.snooze_5_button, self.snooze_15_button):
            button.setEnabled(self._can_snooze)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the prompt with the window button counts as Skip, once the guard is over.
        if self.guarded:
            event.ignore()
            return
        event.accept()
        self.skip_requested.emit()
