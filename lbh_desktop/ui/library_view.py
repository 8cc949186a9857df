"""The routine library page: a filterable list of routines and the selected routine's detail."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.ui.player_view import plain_label

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
ROUTINE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SUBTITLE_LINES = 2


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


class LibraryView(QWidget):
    kind_filter_changed = Signal(str)
    routine_selected = Signal(str)
    start_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName("Filter routines by kind")
        self.routine_list = QListWidget()
        self.routine_list.setItemDelegate(RoutineItemDelegate(self.routine_list))
        self.routine_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routine_list.setAccessibleName("Routines")
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

        self.title_label = plain_label(wrap=True, object_name="detailTitle")
        self.meta_label = plain_label(wrap=True, object_name="detailMeta")
        self.description_label = plain_label(wrap=True)
        self.last_done_label = plain_label(wrap=True, object_name="detailMeta")
        self.steps_tree = QTreeWidget()
        self.steps_tree.setHeaderLabels(["Move", "Dose", "Sets", "Set rest", "After"])
        self.steps_tree.setRootIsDecorated(False)
        self.steps_tree.setAccessibleName("Steps of the routine")
        header = self.steps_tree.header()
        header.setStretchLastSection(False)  # the move name takes the spare width
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.start_button = QPushButton("Start routine")
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumHeight(40)
        self.start_button.setToolTip("Open this routine in the player (Enter)")
        self.start_button.setAccessibleName("Start routine")

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.meta_label)
        detail_layout.addWidget(self.description_label)
        detail_layout.addWidget(self.last_done_label)
        detail_layout.addWidget(self.steps_tree, 1)
        detail_layout.addWidget(self.start_button)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(220)
        detail.setMinimumWidth(320)
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
        self.steps_tree.clear()
        for row in steps:
            self.steps_tree.addTopLevelItem(QTreeWidgetItem(list(row)))

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
