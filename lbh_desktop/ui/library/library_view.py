"""The routine library page: a filterable list of routines and the selected routine's detail."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.levels import PlayLevel
from lbh_desktop.ui.library.routine_actions import LibraryActions
from lbh_desktop.ui.shared.combo_fit import fit_popup_to_items
from lbh_desktop.ui.shared.plain_label import plain_label

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
ROUTINE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SUBTITLE_LINES = 2
MOVE_MIN_CHARS = 12
TABLE_MIN_ROWS = 12
"""The steps table is at least this tall (or as tall as its rows); the detail scrolls instead."""


class RoutineItemDelegate(QStyledItemDelegate):
    """The routine's name in bold over two lines of detail: kind, length, level; where, when."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * (1 + SUBTITLE_LINES) + 20)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        title = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        rect = option.rect.adjusted(10, 8, -10, -8)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        line = QFontMetrics(option.font).height()
        painter.save()
        painter.setPen(palette.color(text_role))
        painter.setFont(bold)
        elided = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, elided)
        painter.setFont(option.font)
        if not selected:
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
        metrics = QFontMetrics(option.font)
        lines = str(index.data(SUBTITLE_ROLE) or "").split("\n")[:SUBTITLE_LINES]
        for number, text in enumerate(lines, 1):
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            top = rect.top() + number * (line + 2)
            painter.drawText(QRect(rect.left(), top, rect.width(), line), 0, elided)
        painter.restore()


class StepsTable(QTreeWidget):
    """The selected routine's steps. The move name takes the spare width but never less than
    MOVE_MIN_CHARS characters; when even that does not fit, the table scrolls sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(["Move", "Dose", "Sets", "Set rest", "After"])
        self.setRootIsDecorated(False)
        self.setAccessibleName("Steps of the routine")
        self.setToolTip("The moves of this routine, in order, with sets and rests")
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def set_rows(self, rows: list[tuple[str, str, str, str, str]]) -> None:
        self.clear()
        for row in rows:
            item = QTreeWidgetItem(list(row))
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

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()


class LibraryView(QWidget):
    kind_filter_changed = Signal(str)
    routine_selected = Signal(str)
    start_requested = Signal(str)
    level_changed = Signal(str, str)
    """(routine id, PlayLevel value) when the user picks a level for the selected routine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName("Filter routines by kind")
        self.kind_filter.setToolTip("Show all routines, or only strength, stretch or desk ones")
        fit_popup_to_items(self.kind_filter)
        self.routine_list = QListWidget()
        self.routine_list.setItemDelegate(RoutineItemDelegate(self.routine_list))
        self.routine_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routine_list.setAccessibleName("Routines")
        self.routine_list.setToolTip("Choose a routine with the arrow keys; Enter starts it")
        self.routine_list.setUniformItemSizes(True)
        self.empty_label = plain_label("No routines of this kind yet.", wrap=True)
        self.empty_label.hide()

        filter_row = QHBoxLayout()
        filter_label = QLabel("&Show:")
        filter_label.setBuddy(self.kind_filter)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.kind_filter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.routine_list, 1)
        left_layout.addWidget(self.empty_label)
        self.routine_actions = LibraryActions(self.current_routine_id, self)
        left_layout.addWidget(self.routine_actions)

        self.title_label = plain_label(wrap=True, object_name="detailTitle")
        self.meta_label = plain_label(wrap=True, object_name="detailMeta")
        self.description_label = plain_label(wrap=True)
        self.last_done_label = plain_label(wrap=True, object_name="detailMeta")
        self.steps_tree = StepsTable()
        self.start_button = QPushButton("Start routine")
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumHeight(40)
        self.start_button.setToolTip("Open this routine in the player (Enter)")
        self.start_button.setAccessibleName("Start routine")

        # The detail scrolls as one page when its text and steps don't fit (200 % text in
        # 800×600); the start row stays in sight below it.
        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 0, 0, 0)
        info_layout.addWidget(self.title_label)
        info_layout.addWidget(self.meta_label)
        info_layout.addWidget(self.description_label)
        info_layout.addWidget(self.last_done_label)
        info_layout.addWidget(self.steps_tree, 1)
        info_scroll = QScrollArea()
        info_scroll.setWidget(info)
        info_scroll.setWidgetResizable(True)
        info_scroll.setFrameShape(QFrame.Shape.NoFrame)
        info_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        info_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.addWidget(info_scroll, 1)
        detail_layout.addLayout(self._build_start_row())

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([2000, 3000])  # 2 : 3 whatever the panes' size hints say
        left.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.kind_filter.currentIndexChanged.connect(
            lambda _: self.kind_filter_changed.emit(self.kind_filter.currentData() or "")
        )
        self.routine_list.currentItemChanged.connect(self._on_current_changed)
        self.routine_list.itemActivated.connect(
            lambda item: self.start_requested.emit(item.data(ROUTINE_ID_ROLE))
        )
        self.start_button.clicked.connect(self._start_current)

    def _build_start_row(self) -> QHBoxLayout:
        self.level_combo = QComboBox()
        for level in PlayLevel:
            self.level_combo.addItem(level.label, level.value)
        self.level_combo.setMinimumHeight(40)
        fit_popup_to_items(self.level_combo)
        self.level_combo.setAccessibleName("Level")
        self.level_combo.setToolTip(
            "Play this routine easier (easier moves, holds and reps ×0.75), standard, or "
            "harder (harder moves, ×1.25). Remembered for each routine."
        )
        self.level_combo.currentIndexChanged.connect(self._on_level_changed)
        level_label = QLabel("&Level:")
        level_label.setBuddy(self.level_combo)
        row = QHBoxLayout()
        row.addWidget(level_label)
        row.addWidget(self.level_combo)
        row.addWidget(self.start_button, 1)
        return row

    def set_level(self, value: str) -> None:
        """Shows the selected routine's level without reporting it as a change."""
        self.level_combo.blockSignals(True)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(value)))
        self.level_combo.blockSignals(False)

    def _on_level_changed(self) -> None:
        routine_id = self.current_routine_id()
        if routine_id:
            self.level_changed.emit(routine_id, self.level_combo.currentData())

    def set_kinds(self, kinds: list[tuple[str, str]]) -> None:
        """(value, label) pairs; value "" means all kinds."""
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        for value, label in kinds:
            self.kind_filter.addItem(label, value)
        self.kind_filter.blockSignals(False)

    def set_routines(self, rows: list[tuple[str, str, str]], keep_id: str | None = None) -> None:
        """(routine id, name, subtitle) rows; re-selects `keep_id` or the first row."""
        self.routine_list.blockSignals(True)
        self.routine_list.clear()
        for routine_id, name, subtitle in rows:
            item = QListWidgetItem(name)
            item.setData(ROUTINE_ID_ROLE, routine_id)
            item.setData(SUBTITLE_ROLE, subtitle)
            item.setToolTip(f"{name}\n{subtitle}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, subtitle.replace("\n", ", "))
            self.routine_list.addItem(item)
        self.routine_list.blockSignals(False)
        self.empty_label.setVisible(not rows)
        self.start_button.setEnabled(bool(rows))
        self.level_combo.setEnabled(bool(rows))
        ids = [row[0] for row in rows]
        row = ids.index(keep_id) if keep_id in ids else 0
        if rows:
            self.routine_list.setCurrentRow(row)
            self._on_current_changed(self.routine_list.currentItem())
        else:
            self.show_detail("", "", "", "", [])

    def show_detail(
        self,
        title: str,
        meta: str,
        description: str,
        last_done: str,
        steps: list[tuple[str, str, str, str, str]],
    ) -> None:
        self.title_label.setText(title)
        self.meta_label.setText(meta)
        self.description_label.setText(description)
        self.last_done_label.setText(last_done)
        self.steps_tree.set_rows(steps)

    def current_routine_id(self) -> str | None:
        item = self.routine_list.currentItem()
        return item.data(ROUTINE_ID_ROLE) if item else None

    def _on_current_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.routine_selected.emit(item.data(ROUTINE_ID_ROLE))

    def _start_current(self) -> None:
        routine_id = self.current_routine_id()
        if routine_id:
            self.start_requested.emit(routine_id)
