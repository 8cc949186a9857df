"""The Data folder page of Settings: the folder in use, its computers, and how sharing it works."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.ui.shared.adaptive_row import FlowRow
from lbh_desktop.ui.shared.plain_label import plain_label

EXPLANATION = QT_TRANSLATE_NOOP(
    "data_folder_tab",
    "To share your history and routines between computers, choose a folder inside one that "
    "Syncthing, Nextcloud or Dropbox keeps in sync, and choose the same folder on each "
    "computer. Each computer writes only its own files there, so none overwrites another's; "
    "the conflict copies those tools sometimes make are read and merged. The computers may run "
    "LBH Desktop at the same time. Settings such as sounds and breaks stay separate on each "
    "computer.",
)
CHANGE_NOTE = QT_TRANSLATE_NOOP(
    "data_folder_tab",
    "Choosing a folder copies this computer's data there at once (OK and Cancel do not undo "
    "it); LBH Desktop uses the new folder after a restart.",
)


def breakable(text: str) -> str:
    """Lets a wrapped label break a long path after its separators (a zero-width space)."""
    return text.replace("/", "/\u200b").replace("\\", "\\\u200b")


class ElidedPathLabel(QLabel):
    """A path on one line, cut in the middle when narrow ("/home/…/Sync/LBH"); the whole path
    is its tooltip and accessible description, and Copy copies all of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def path(self) -> str:
        return self._path

    def set_path(self, path: str) -> None:
        self._path = path
        self.setToolTip(path)
        self.setAccessibleDescription(path)
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._path) + 2 * self.margin() + 1
        return QSize(width + margins.left() + margins.right(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("/…/…"), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_path()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(translate("data_folder_tab", "&Copy the whole path"), self.copy_path)
        menu.exec(event.globalPos())

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(self._path)

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._path, Qt.TextElideMode.ElideMiddle, width)
        if shown != self.text():
            self.setText(shown)


class DeviceList(QListWidget):
    """One computer a line, wrapped with large text, in a list as tall as its lines: the page
    scrolls, never the list, and no line is cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_lines(self, lines: list[tuple[str, bool]]) -> None:
        """The lines, those marked True in bold."""
        self.clear()
        for text, bold in lines:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            font = QFont(self.font())
            font.setBold(bold)
            item.setFont(font)
            self.addItem(item)
        if self.count():  # where the arrow keys start, without a selection
            self.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._fit_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_lines()

    def _fit_lines(self) -> None:
        # Qt's own wrapped heights lag a width change and can leave a line a few pixels too
        # wide; each line gets the height of its text wrapped at the width there is instead.
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        width = max(self.viewport().width() - 2 * self.spacing(), 2 * margin + 1)
        total = 0
        for row in range(self.count()):
            item = self.item(row)
            room = QRect(0, 0, width - 2 * margin, 0)
            flags = Qt.TextFlag.TextWordWrap.value
            text = QFontMetrics(item.font()).boundingRect(room, flags, item.text())
            item.setSizeHint(QSize(width, text.height() + 2 * margin))
            total += text.height() + 2 * margin + 2 * self.spacing()
        self.setFixedHeight(max(total, self.fontMetrics().height()) + 2 * self.frameWidth())


def button(text: str, name: str, tip: str) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


class DataFolderTab(QWidget):
    """Shows what DataFolderController tells it and passes on the button presses."""

    choose_requested = Signal()
    default_requested = Signal()
    restart_requested = Signal()
    shown = Signal()
    """The page came into view: the controller reads the computers again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = ElidedPathLabel()
        self.folder.setAccessibleName(translate("data_folder_tab", "Data folder in use"))
        folder_caption = QLabel(translate("data_folder_tab", "Folder &in use:"))
        folder_caption.setBuddy(self.folder)
        self.choose_button = button(
            translate("data_folder_tab", "&Choose folder…"),
            translate("data_folder_tab", "Choose folder"),
            translate("data_folder_tab", "Use another folder, such as one inside a synced folder"),
        )
        self.default_button = button(
            translate("data_folder_tab", "&Use the default folder"),
            translate("data_folder_tab", "Use the default folder"),
            translate("data_folder_tab", "Go back to the app's own folder"),
        )
        self.message = plain_label(wrap=True, object_name="message")
        self.message.setAccessibleName(translate("data_folder_tab", "Data folder message"))
        self.message.hide()
        self.restart_button = button(
            translate("data_folder_tab", "Restart &now"),
            translate("data_folder_tab", "Restart now"),
            translate(
                "data_folder_tab", "Close LBH Desktop and start it again with the new folder"
            ),
        )
        self.restart_button.hide()
        self.devices = DeviceList()
        self.devices.setAccessibleName(
            translate("data_folder_tab", "Computers that use this folder")
        )
        self.devices.setToolTip(
            translate(
                "data_folder_tab",
                "Each computer that has written to this folder, and when it last did",
            )
        )
        devices_caption = QLabel(translate("data_folder_tab", "Co&mputers that use this folder:"))
        devices_caption.setBuddy(self.devices)

        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_caption)
        folder_row.addWidget(self.folder, 1)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.restart_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(FlowRow([self.choose_button, self.default_button], justify=False))
        layout.addLayout(message_row)
        layout.addWidget(devices_caption)
        layout.addWidget(self.devices)
        for text in (EXPLANATION, CHANGE_NOTE):
            layout.addWidget(plain_label(translate("data_folder_tab", text), wrap=True))
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose_requested)
        self.default_button.clicked.connect(self.default_requested)
        self.restart_button.clicked.connect(self.restart_requested)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def set_folder(self, path: str) -> None:
        self.folder.set_path(path)

    def set_devices(self, lines: list[tuple[str, bool]]) -> None:
        """One line per computer; True marks this computer's line (shown in bold)."""
        self.devices.set_lines(lines)

    def show_message(self, text: str, *, restart: bool = False) -> None:
        """The message line; with `restart`, the Restart now button, which takes the focus."""
        self.message.setText(breakable(text))
        self.message.setAccessibleDescription(text)
        self.message.show()
        self.restart_button.setVisible(restart)
        if restart and self.isVisible():
            self.restart_button.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.message, text)

    def ask_for_folder(self, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self, translate("data_folder_tab", "Choose the data folder"), str(start)
        )
        return Path(name) if name else None


def announce(source: QWidget, text: str) -> None:
    """Has a screen reader say `text` after what it is saying now; nothing when none listens."""
    announcement = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8 and later
    if announcement is not None and QAccessible.isActive():
        event = announcement(source, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
