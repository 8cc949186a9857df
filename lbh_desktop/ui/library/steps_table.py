"""The library's steps table: each move of the selected routine with its dose, sets and rests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.ui.library.lazy_pictures import LazyPictures

MOVE_MIN_CHARS = 12
PICTURE_SIZE = QSize(48, 36)
TABLE_MIN_ROWS = 12
"""The steps table is at least this tall (or as tall as its rows); the detail scrolls instead."""


class StepsTable(QTreeWidget, LazyPictures):
    """The selected routine's steps. The move name takes the spare width but never less than
    MOVE_MIN_CHARS characters; when even that does not fit, the table scrolls sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(
            [
                translate("steps_table", "Move"),
                translate("steps_table", "Dose"),
                translate("steps_table", "Sets"),
                translate("steps_table", "Set rest"),
                translate("steps_table", "After"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setAccessibleName(translate("steps_table", "Steps of the routine"))
        self.setToolTip(
            translate("steps_table", "The moves of this routine, in order, with sets and rests")
        )
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setIconSize(PICTURE_SIZE)
        self._icons: list[QIcon] = []
        self._rows: list[tuple[str, str, str, str, str]] = []
        self._paths: list[Path | None] = []
        self._icons_shown = False

    def set_rows(
        self,
        rows: list[tuple[str, str, str, str, str]],
        pictures: Sequence[Path | None] = (),
    ) -> None:
        """The steps, each with its move's picture when one is given (one picture per move,
        so the routine can be read at a glance)."""
        self.clear()
        self._rows, self._paths = rows, list(pictures)
        self._icons, self._icons_shown = [], False
        size = self.iconSize()
        ratio = self.devicePixelRatioF()
        for number, row in enumerate(rows):
            item = QTreeWidgetItem(list(row))
            picture = pictures[number] if number < len(pictures) else None
            shown = picture is not None and self.pictures_ready
            pixmap = self.pictures.pixmap(picture, size, ratio) if picture and shown else None
            self._icons.append(QIcon(pixmap) if pixmap is not None else QIcon())
            for column, text in enumerate(row):
                item.setToolTip(column, text)  # the full text wherever a column is narrow
            self.addTopLevelItem(item)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.header()
        others = 0
        for column in range(1, self.columnCount()):
            width = max(header.sectionSizeHint(column), self.sizeHintForColumn(column))
            header.resizeSection(column, width)
            others += width
        metrics = self.fontMetrics()
        items = (self.topLevelItem(row) for row in range(self.topLevelItemCount()))
        names = [item.text(0) for item in items if item is not None]
        longest = max(names, key=metrics.horizontalAdvance, default="")
        # The pictures show only where every name still fits whole beside them (not with
        # 200 % text in a narrow window): the names are what the table is for.
        text_need = metrics.horizontalAdvance(longest) + 2 * metrics.averageCharWidth()
        picture_need = self.iconSize().width() + metrics.averageCharWidth()
        self._show_icons(others + text_need + picture_need <= self.viewport().width())
        margin = self.sizeHintForColumn(0) - metrics.horizontalAdvance(longest)
        shown = [
            name if len(name) <= MOVE_MIN_CHARS else name[:MOVE_MIN_CHARS] + "…" for name in names
        ]
        least = max(map(metrics.horizontalAdvance, shown), default=0) + max(margin, 0)
        header.resizeSection(0, max(least, self.viewport().width() - others))
        rows = min(len(names), TABLE_MIN_ROWS)
        frame = 2 * self.frameWidth()
        scroll_bar = self.horizontalScrollBar().sizeHint().height()
        needs_scroll_bar = header.length() > self.viewport().width()
        self.setMinimumHeight(
            header.sizeHint().height()
            + rows * max(self.sizeHintForRow(0), 0)
            + frame
            + (scroll_bar if needs_scroll_bar else 0)
        )

    def show_pictures(self) -> None:
        """Draws the pictures from now on (after the window's first paint)."""
        if not self.pictures_ready:
            self.pictures.ready = True
            self.set_rows(self._rows, self._paths)

    def _show_icons(self, shown: bool) -> None:
        if shown == self._icons_shown:
            return
        self._icons_shown = shown
        for row, icon in enumerate(self._icons):
            item = self.topLevelItem(row)
            if item is not None:
                item.setIcon(0, icon if shown else QIcon())

    @property
    def pictures_shown(self) -> bool:
        return self._icons_shown and any(not icon.isNull() for icon in self._icons)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()
