"""Main window: a stack of the library page and the player page, plus menus and status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFontInfo,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from lbh_desktop.core.i18n import translate
from lbh_desktop.ui.breaks.break_menu import BreakMenu, BreakStatus
from lbh_desktop.ui.library.library_view import LibraryView
from lbh_desktop.ui.shared.first_paint import after_first_paint
from lbh_desktop.ui.shared.status_labels import StatusLabelElider
from lbh_desktop.ui.shared.style import icon_side_for

if TYPE_CHECKING:  # the player page and its modules load on first use
    from lbh_desktop.ui.player.player_view import PlayerView


NAVIGATION_ICONS = {"routines": "view-list", "progress": "office-chart-line"}
SETTINGS_ICON = "preferences-system"


class MainWindow(QMainWindow):
    close_requested = Signal(QCloseEvent)
    routines_requested = Signal()
    progress_requested = Signal()
    progress_hinted = Signal()
    quit_requested = Signal()
    start_break_requested = Signal()
    break_settings_requested = Signal()
    safety_notice_requested = Signal()
    about_requested = Signal()
    import_routines_requested = Signal()
    export_routine_requested = Signal()
    export_history_requested = Signal()
    settings_requested = Signal()
    player_built = Signal(object)
    """The player page (a PlayerView) was just built, on first use; the app wires it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("LBH Desktop")  # i18n: not text (the app's name)
        self.setMinimumSize(760, 540)
        self.library = LibraryView()
        self._player: PlayerView | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library)
        self.setCentralWidget(self.pages)

        self.navigation = QToolBar(translate("main_window", "Navigation"))
        self.navigation.setMovable(False)
        # Icons beside the text, added once the window has painted (_add_navigation_icons).
        self.navigation.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._fit_navigation_icons()
        self.addToolBar(self.navigation)
        group = QActionGroup(self)
        self.routines_action = QAction(
            translate("main_window", "&Routines"), self, checkable=True, checked=True
        )
        self.routines_action.setShortcut(QKeySequence("Ctrl+1"))
        self.routines_action.setToolTip(translate("main_window", "Your routines (Ctrl+1)"))
        self.progress_action = QAction(translate("main_window", "&Progress"), self, checkable=True)
        self.progress_action.setShortcut(QKeySequence("Ctrl+2"))
        self.progress_action.setToolTip(translate("main_window", "Your weeks of practice (Ctrl+2)"))
        for action in (self.routines_action, self.progress_action):
            group.addAction(action)
            self.navigation.addAction(action)
            self.navigation.widgetForAction(action).setAccessibleName(action.text().strip("&"))
        progress_button = self.navigation.widgetForAction(self.progress_action)
        progress_button.installEventFilter(self)
        self._progress_button = progress_button
        self.leave_guard: Callable[[], bool] = lambda: True
        """Asked before leaving the current page (Routines, Progress, closing, quitting); False
        stays. The routine editor sets it to ask about unsaved changes."""
        self._section = self.routines_action
        self.routines_action.triggered.connect(lambda: self._navigate(self.routines_requested))
        self.progress_action.triggered.connect(lambda: self._navigate(self.progress_requested))

        file_menu = self.menuBar().addMenu(translate("main_window", "&File"))
        self.import_action = QAction(translate("main_window", "&Import routines…"), self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.import_routines_requested)
        self.export_routine_action = QAction(translate("main_window", "&Export routine…"), self)
        self.export_routine_action.triggered.connect(self.export_routine_requested)
        self.export_history_action = QAction(
            translate("main_window", "Export &history as CSV…"), self
        )
        self.export_history_action.triggered.connect(self.export_history_requested)
        for action in (self.import_action, self.export_routine_action, self.export_history_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(translate("main_window", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_requested)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(translate("main_window", "&Edit"))
        self.settings_action = QAction(translate("main_window", "&Preferences…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.settings_requested)
        edit_menu.addAction(self.settings_action)
        # Preferences at the navigation's far end too, where a first look finds it.
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.navigation.addWidget(spacer)
        self.navigation.addAction(self.settings_action)
        settings_button = self.navigation.widgetForAction(self.settings_action)
        settings_button.setAccessibleName(translate("main_window", "Preferences"))
        settings_button.setToolTip(translate("main_window", "Preferences (Ctrl+,)"))
        breaks_menu = self.menuBar().addMenu(translate("main_window", "&Breaks"))
        breaks_menu.setToolTipsVisible(True)
        # The tray menu's commands, here too: on desktops without a tray (GNOME's default)
        # this menu and the small no-tray window are the only places they live.
        self.break_commands = BreakMenu(breaks_menu, mnemonics=True)
        self.break_commands.fill(breaks_menu)
        self.break_commands.start_break_requested.connect(self.start_break_requested)
        breaks_menu.addSeparator()
        break_settings = QAction(translate("main_window", "Break &settings…"), self)
        break_settings.triggered.connect(self.break_settings_requested)
        breaks_menu.addAction(break_settings)
        help_menu = self.menuBar().addMenu(translate("main_window", "&Help"))
        safety_action = QAction(translate("main_window", "&Safety notice…"), self)
        safety_action.triggered.connect(self.safety_notice_requested)
        about_action = QAction(translate("main_window", "&About LBH Desktop"), self)
        about_action.triggered.connect(self.about_requested)
        help_menu.addAction(safety_action)
        help_menu.addAction(about_action)
        # The reminders' status line, once they run; not hidden by hand, or it would show
        # through the status bar's own messages (which hide it while they last).
        self.break_status = QLabel()
        self.break_status.setTextFormat(Qt.TextFormat.PlainText)
        self.break_status.setAccessibleName(translate("main_window", "Break reminders"))
        self.statusBar().addWidget(self.break_status, 1)
        self.sound_status = QLabel()
        self.sound_status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.sound_status)
        self.save_status = QLabel()  # filled by save_notice.py when saving fails
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_status.setAccessibleName(translate("main_window", "Saving problem"))
        self.statusBar().addPermanentWidget(self.save_status)
        StatusLabelElider(self.statusBar())  # long messages end in "…" at 200 % text, 800 px
        after_first_paint(self, self._add_navigation_icons, self.library.show_pictures)

    def _add_navigation_icons(self) -> None:
        """After the first paint: start-up draws the window before it reads any icon."""
        # A checked section is drawn on the card colour, in the window's text colour.
        on_card = QPalette.ColorRole.WindowText
        from lbh_desktop.ui.shared.icons import themed_icon  # after the first paint

        self.routines_action.setIcon(themed_icon(NAVIGATION_ICONS["routines"], on_card, on_card))
        self.progress_action.setIcon(themed_icon(NAVIGATION_ICONS["progress"], on_card, on_card))
        self.settings_action.setIcon(themed_icon(SETTINGS_ICON))

    def _fit_navigation_icons(self) -> None:
        """Icons a little taller than the text beside them, at any text size."""
        side = icon_side_for(QFontInfo(self.font()).pixelSize())
        self.navigation.setIconSize(QSize(side, side))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_navigation_icons()

    def set_break_status(self, status: BreakStatus) -> None:
        self.break_commands.set_status(status)
        self.break_status.setText(status.text)

    @property
    def player(self) -> PlayerView:
        """The player page, built the first time it is needed (start-up shows the library)."""
        if self._player is None:
            from lbh_desktop.ui.player.player_view import PlayerView

            self._player = PlayerView()
            self.pages.addWidget(self._player)
            self.player_built.emit(self._player)
        return self._player

    @property
    def has_player(self) -> bool:
        return self._player is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._progress_button and event.type() in (
            QEvent.Type.Enter,
            QEvent.Type.FocusIn,
        ):
            self.progress_hinted.emit()
        return super().eventFilter(watched, event)

    def _navigate(self, requested: SignalInstance) -> None:
        if self.leave_guard():
            requested.emit()
        else:
            self._section.setChecked(True)

    def show_library(self) -> None:
        self.navigation.show()
        self.routines_action.setChecked(True)
        self._section = self.routines_action
        self.pages.setCurrentWidget(self.library)
        self.library.routine_list.setFocus()

    def show_player(self) -> None:
        self.navigation.hide()  # the player has its own way back, which asks first
        self.pages.setCurrentWidget(self.player)
        self.player.setFocus()

    def show_page(self, page: QWidget, *, under_routines: bool = False) -> None:
        """Shows a page that is built on first use, such as Progress."""
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.navigation.show()
        self._section = self.routines_action if under_routines else self.progress_action
        self._section.setChecked(True)
        self.pages.setCurrentWidget(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_requested.emit(event)
