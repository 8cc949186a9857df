"""Main window: a stack of the library page and the player page, plus menus and status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from lbh_desktop.ui.library_view import LibraryView
from lbh_desktop.ui.player_view import PlayerView


class MainWindow(QMainWindow):
    close_requested = Signal(QCloseEvent)
    safety_notice_requested = Signal()
    about_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("LBH Desktop")
        self.setMinimumSize(760, 540)
        self.library = LibraryView()
        self.player = PlayerView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library)
        self.pages.addWidget(self.player)
        self.setCentralWidget(self.pages)

        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        safety_action = QAction("&Safety notice…", self)
        safety_action.triggered.connect(self.safety_notice_requested)
        about_action = QAction("&About LBH Desktop", self)
        about_action.triggered.connect(self.about_requested)
        help_menu.addAction(safety_action)
        help_menu.addAction(about_action)
        self.sound_status = QLabel()
        self.sound_status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.sound_status)

    def show_library(self) -> None:
        self.pages.setCurrentWidget(self.library)
        self.library.routine_list.setFocus()

    def show_player(self) -> None:
        self.pages.setCurrentWidget(self.player)
        self.player.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_requested.emit(event)
