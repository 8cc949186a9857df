"""The small window the app keeps instead of a tray icon where the desktop has no tray."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lbh_desktop.ui.shared.plain_label import (
    plain_label,  # not player_view: the background skips it
)


class MiniWindow(QWidget):
    open_requested = Signal()
    start_break_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("LBH Desktop — breaks")
        self.status_label = plain_label(wrap=True, object_name="detailMeta")
        self.note_label = plain_label(
            "Your desktop has no system tray, so this small window keeps reminders running.",
            wrap=True,
        )
        open_button = QPushButton("Open")
        start_button = QPushButton("Start a break now")
        quit_button = QPushButton("Quit")
        buttons = QHBoxLayout()
        for button in (open_button, start_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(380)
        open_button.clicked.connect(self.open_requested)
        start_button.clicked.connect(self.start_break_requested)
        quit_button.clicked.connect(self.quit_requested)

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)
