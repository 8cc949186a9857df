"""The routine library page: filterable routine cards and the selected routine's detail."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.levels import PlayLevel
from lbh_desktop.core.routine_card import EmptyAction, EmptyState, RoutineCard
from lbh_desktop.ui.library.routine_actions import LibraryActions
from lbh_desktop.ui.library.routine_cards import (
    CARD_ROLE,
    PICTURE_ROLE,
    ROUTINE_ID_ROLE,
    SUBTITLE_ROLE,
    RoutineCardDelegate,
    RoutineCardList,
)
from lbh_desktop.ui.library.steps_table import StepsTable
from lbh_desktop.ui.shared.combo_fit import fit_popup_to_items
from lbh_desktop.ui.shared.plain_label import plain_label

if TYPE_CHECKING:
    from lbh_desktop.ui.library.empty_library import EmptyLibraryView

__all__ = ["CARD_ROLE", "PICTURE_ROLE", "ROUTINE_ID_ROLE", "SUBTITLE_ROLE", "LibraryView"]


class LibraryView(QWidget):
    kind_filter_changed = Signal(str)
    routine_selected = Signal(str)
    start_requested = Signal(str)
    level_changed = Signal(str, str)
    """(routine id, PlayLevel value) when the user picks a level for the selected routine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(translate("library_view", "Filter routines by kind"))
        self.kind_filter.setToolTip(
            translate("library_view", "Show all routines, or only strength, stretch or desk ones")
        )
        fit_popup_to_items(self.kind_filter)
        left = self._build_list_pane()

        self.title_label = plain_label(wrap=True, object_name="detailTitle")
        self.meta_label = plain_label(wrap=True, object_name="detailMeta")
        self.description_label = plain_label(wrap=True)
        self.last_done_label = plain_label(wrap=True, object_name="detailMeta")
        self.steps_tree = StepsTable()
        self.start_button = QPushButton(translate("library_view", "Start routine"))
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumHeight(40)
        self.start_button.setToolTip(
            translate("library_view", "Open this routine in the player (Enter)")
        )
        self.start_button.setAccessibleName(translate("library_view", "Start routine"))

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
        for ground in (info, info_scroll.viewport()):  # the window's, not a grey box
            ground.setAutoFillBackground(False)
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
        # The list keeps 220 px; the empty state in its place asks for what its button needs.
        self.routine_list.setMinimumWidth(220)
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

    def _build_list_pane(self) -> QWidget:
        self.routine_list = RoutineCardList()
        self.card_delegate = RoutineCardDelegate(self.routine_list)
        self.routine_list.setItemDelegate(self.card_delegate)
        self.routine_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routine_list.setAccessibleName(translate("library_view", "Routines"))
        self.routine_list.setToolTip(
            translate("library_view", "Choose a routine with the arrow keys; Enter starts it")
        )
        self.routine_list.setMouseTracking(True)  # the card under the pointer is outlined
        self.routine_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The cards stand on the window's ground, as paper on a desk.
        self.routine_list.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self._empty_state: EmptyLibraryView | None = None
        self._list_stack = QStackedWidget()
        self._list_stack.addWidget(self.routine_list)

        filter_row = QHBoxLayout()
        filter_label = QLabel(translate("library_view", "&Show:"))
        filter_label.setBuddy(self.kind_filter)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.kind_filter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self._list_stack, 1)
        self.routine_actions = LibraryActions(self.current_routine_id, self)
        left_layout.addWidget(self.routine_actions)
        return left

    def _build_start_row(self) -> QHBoxLayout:
        self.level_combo = QComboBox()
        for level in PlayLevel:
            self.level_combo.addItem(level.label, level.value)
        self.level_combo.setMinimumHeight(40)
        fit_popup_to_items(self.level_combo)
        self.level_combo.setAccessibleName(translate("library_view", "Level"))
        self.level_combo.setToolTip(
            translate(
                "library_view",
                "Play this routine easier (easier moves, holds and reps ×0.75), standard, or "
                "harder (harder moves, ×1.25). Remembered for each routine.",
            )
        )
        self.level_combo.currentIndexChanged.connect(self._on_level_changed)
        level_label = QLabel(translate("library_view", "&Level:"))
        level_label.setBuddy(self.level_combo)
        self._start_row = (level_label, self.level_combo, self.start_button)
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

    def set_routines(
        self, cards: list[tuple[RoutineCard, Path | None]], keep_id: str | None = None
    ) -> None:
        """Routine cards with their pictures; re-selects `keep_id` or the first card."""
        self.routine_list.blockSignals(True)
        self.routine_list.clear()
        for card, picture in cards:
            item = QListWidgetItem(card.title)
            item.setData(ROUTINE_ID_ROLE, card.routine_id)
            item.setData(SUBTITLE_ROLE, card.subtitle)
            item.setData(CARD_ROLE, card)
            item.setData(PICTURE_ROLE, str(picture) if picture is not None else "")
            item.setToolTip(f"{card.title}\n{card.subtitle}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, card.description)
            self.routine_list.addItem(item)
        self.routine_list.blockSignals(False)
        self._show_list(bool(cards))
        for widget in self._start_row:  # nothing to start: the empty state has the room
            widget.setEnabled(bool(cards))
            widget.setVisible(bool(cards))
        ids = [card.routine_id for card, _ in cards]
        row = ids.index(keep_id) if keep_id in ids else 0
        if cards:
            self.routine_list.setCurrentRow(row)
            self._on_current_changed(self.routine_list.currentItem())
        else:
            self.show_detail("", "", "", "", [])

    def show_empty_state(self, state: EmptyState) -> None:
        """What the page says, and offers, while the list is empty."""
        self.empty_state.show_state(state)

    @property
    def empty_state(self) -> EmptyLibraryView:
        """Built the first time the list is empty (start-up shows the list)."""
        if self._empty_state is None:
            from lbh_desktop.ui.library.empty_library import EmptyLibraryView

            self._empty_state = EmptyLibraryView()
            self._empty_state.action_requested.connect(self._on_empty_action)
            self._list_stack.addWidget(self._empty_state)
            # In the tab order where the list is, not after everything built at start-up.
            QWidget.setTabOrder(self.routine_list, self._empty_state.action_button)
        return self._empty_state

    def _show_list(self, shown: bool) -> None:
        """The list, or the empty state in its place; focus moves with what is shown, and
        focusing the list (Ctrl+1, back from the player) reaches the empty state's button."""
        if shown and self._empty_state is None:
            return  # nothing to swap: the list is all there has been
        focused = QApplication.focusWidget()
        had_focus = focused is not None and (
            focused is self.routine_list or self.empty_state.isAncestorOf(focused)
        )
        self._list_stack.setCurrentWidget(self.routine_list if shown else self.empty_state)
        button = self.empty_state.action_button
        self.routine_list.setFocusProxy(None if shown else button)  # type: ignore[arg-type]
        if had_focus:
            (self.routine_list if shown else button).setFocus()
        if not shown:
            self.empty_state.ensureWidgetVisible(button)

    def _on_empty_action(self, action: str) -> None:
        if action == EmptyAction.SHOW_ALL.value:
            self.kind_filter.setCurrentIndex(0)
        else:
            self.routine_actions.new_requested.emit()

    def show_detail(
        self,
        title: str,
        meta: str,
        description: str,
        last_done: str,
        steps: list[tuple[str, str, str, str, str]],
        pictures: Sequence[Path | None] = (),
    ) -> None:
        self.title_label.setText(title)
        self.meta_label.setText(meta)
        self.description_label.setText(description)
        self.last_done_label.setText(last_done)
        self.steps_tree.set_rows(steps, pictures)
        self.steps_tree.setVisible(bool(title))  # no empty table beside an empty library

    def show_pictures(self) -> None:
        """The cards' and steps' pictures, drawn from now on (just after the first paint)."""
        self.card_delegate.pictures.ready = True
        self.routine_list.viewport().update()
        self.steps_tree.show_pictures()

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
