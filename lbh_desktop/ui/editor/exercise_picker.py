"""The move picker: search and filters over the catalogue, plus the user's own exercises."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.editor_picker import NO_EQUIPMENT, PickerFilter
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.library import kind_name, position_name
from lbh_desktop.core.models import ExerciseKind, Position
from lbh_desktop.ui.shared.adaptive_row import FlowRow
from lbh_desktop.ui.shared.combo_fit import fit_popup_to_items
from lbh_desktop.ui.shared.plain_label import plain_label

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _combo(name: str, tip: str, any_label: str) -> QComboBox:
    """A filter box (texts come translated) whose first choice, `any_label`, filters nothing."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(tip)
    combo.addItem(any_label, "")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    fit_popup_to_items(combo, fit_box=False)  # a narrow box, but the open list shows all
    return combo


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    return button


class ExercisePicker(QWidget):
    """Layout only: the controller lists exercises with set_exercises and reacts to signals."""

    filter_changed = Signal()
    add_requested = Signal(str)
    replace_requested = Signal(str)
    new_exercise_requested = Signal()
    edit_exercise_requested = Signal(str)
    delete_exercise_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("exercise_picker", "Search moves"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("exercise_picker", "Search moves"))
        self.search.setToolTip(
            translate(
                "exercise_picker", "Words from a move's name, description or muscles (Ctrl+F)"
            )
        )
        self.kind = _combo(
            translate("exercise_picker", "Filter by kind"),
            translate("exercise_picker", "Only strength, stretch or warm-up moves"),
            translate("exercise_picker", "Any kind"),
        )
        for kind in ExerciseKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.position = _combo(
            translate("exercise_picker", "Filter by position"),
            translate("exercise_picker", "Only moves done in this position"),
            translate("exercise_picker", "Any position"),
        )
        for position in Position:
            self.position.addItem(position_name(position), position.value)
        self.target = _combo(
            translate("exercise_picker", "Filter by muscles"),
            translate("exercise_picker", "Only moves that work these muscles"),
            translate("exercise_picker", "Any muscles"),
        )
        self.equipment = _combo(
            translate("exercise_picker", "Filter by equipment"),
            translate("exercise_picker", "Only moves that use this"),
            translate("exercise_picker", "Any equipment"),
        )
        self.results = QListWidget()
        self.results.setAccessibleName(translate("exercise_picker", "Moves"))
        self.results.setToolTip(
            translate("exercise_picker", "Moves that match the filters; Enter adds the chosen one")
        )
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setWordWrap(True)
        self.results.setSpacing(3)
        self.results.setAlternatingRowColors(True)
        self.count_label = plain_label(object_name="detailMeta")
        self.add_button = _button(
            translate("exercise_picker", "&Add step"),
            translate("exercise_picker", "Add the chosen move after the selected step (Enter)"),
        )
        self.replace_button = _button(
            translate("exercise_picker", "&Use in step"),
            translate("exercise_picker", "Use the chosen move in the selected step"),
        )
        self.new_button = _button(
            translate("exercise_picker", "Ne&w exercise…"),
            translate("exercise_picker", "Make your own exercise"),
        )
        self.edit_button = _button(
            translate("exercise_picker", "Chan&ge exercise…"),
            translate("exercise_picker", "Change one of your own exercises"),
        )
        self.delete_button = _button(
            translate("exercise_picker", "Delete e&xercise"),
            translate("exercise_picker", "Delete one of your own exercises"),
        )

        filters = QGridLayout()
        filters.addWidget(self.kind, 0, 0)
        filters.addWidget(self.position, 0, 1)
        filters.addWidget(self.target, 1, 0)
        filters.addWidget(self.equipment, 1, 1)
        search_label = QLabel(translate("exercise_picker", "Fin&d:"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        # Flows, not rows: with large text the buttons take more lines instead of clipping.
        use_row = QHBoxLayout()
        use_row.addWidget(FlowRow([self.add_button, self.replace_button], justify=False), 1)
        use_row.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        own_row = FlowRow([self.new_button, self.edit_button, self.delete_button], justify=False)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addLayout(use_row)
        layout.addWidget(own_row)

        self.search.textChanged.connect(lambda _: self.filter_changed.emit())
        for combo in (self.kind, self.position, self.target, self.equipment):
            combo.currentIndexChanged.connect(lambda _: self.filter_changed.emit())
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(lambda _: self._emit_with_current(self.add_requested))
        self.results.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(lambda: self._emit_with_current(self.add_requested))
        self.replace_button.clicked.connect(lambda: self._emit_with_current(self.replace_requested))
        self.new_button.clicked.connect(self.new_exercise_requested)
        self.edit_button.clicked.connect(
            lambda: self._emit_with_current(self.edit_exercise_requested)
        )
        self.delete_button.clicked.connect(
            lambda: self._emit_with_current(self.delete_exercise_requested)
        )
        self._can_replace = False
        self._update_buttons()

    def set_filter_options(self, targets: list[str], equipment: list[str]) -> None:
        """Fill the muscles and equipment filters, keeping the current choice when it remains."""
        for combo, values, extra in (
            (self.target, targets, []),
            (
                self.equipment,
                equipment,
                [(translate("exercise_picker", "No equipment"), NO_EQUIPMENT)],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value in extra + [(value.capitalize(), value) for value in values]:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def current_filter(self) -> PickerFilter:
        kind = self.kind.currentData()
        position = self.position.currentData()
        return PickerFilter(
            text=self.search.text(),
            kind=ExerciseKind(kind) if kind else None,
            position=Position(position) if position else None,
            target=self.target.currentData() or "",
            equipment=self.equipment.currentData() or "",
        )

    def set_exercises(self, rows: list[tuple[str, str, str, bool]]) -> None:
        """(exercise id, name, one-line description, is the user's own) rows, in order."""
        keep = self.current_exercise_id()
        self.results.clear()
        for exercise_id, name, description, _own in rows:
            item = QListWidgetItem(f"{name}\n{description}")
            item.setData(EXERCISE_ID_ROLE, exercise_id)
            item.setData(Qt.ItemDataRole.UserRole + 2, _own)
            item.setToolTip(f"{name}\n{description}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {description}")
            self.results.addItem(item)
        ids = [row[0] for row in rows]
        if rows:
            self.results.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.count_label.setText(
            translate("exercise_picker", "%n move(s)", None, len(rows))
            if rows
            else translate("exercise_picker", "No move matches.")
        )
        self._update_buttons()

    def set_can_replace(self, can: bool) -> None:
        self._can_replace = can
        self._update_buttons()

    def current_exercise_id(self) -> str | None:
        item = self.results.currentItem()
        return item.data(EXERCISE_ID_ROLE) if item else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down/Enter in the search box act on the result list, so typing flows into adding.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                row = self.results.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                if 0 <= row < self.results.count():
                    self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._emit_with_current(self.add_requested)
                return True
        return super().eventFilter(watched, event)

    def _emit_with_current(self, signal: SignalInstance) -> None:
        exercise_id = self.current_exercise_id()
        if exercise_id:
            signal.emit(exercise_id)

    def _update_buttons(self) -> None:
        item = self.results.currentItem()
        own = bool(item and item.data(Qt.ItemDataRole.UserRole + 2))
        self.add_button.setEnabled(item is not None)
        self.replace_button.setEnabled(item is not None and self._can_replace)
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
