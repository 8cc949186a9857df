"""The form for the selected step: move, mode, dose, sets, rests, per side and variation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.editor_validation import Issue, Severity
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.models import Step, StepMode, Variation
from lbh_desktop.core.variants import VARIATION_ORDER, variation_name
from lbh_desktop.ui.shared.plain_label import plain_label

MODE_LABELS = {
    StepMode.TIMED: QT_TRANSLATE_NOOP("step_form", "Timed hold"),
    StepMode.REPS: QT_TRANSLATE_NOOP("step_form", "Repetitions"),
    StepMode.OPEN: QT_TRANSLATE_NOOP("step_form", "Open-ended hold"),
}
"""Shown through translate("step_form", …)."""
ERROR_COLOR = {"light": "#b00020", "dark": "#ff8a80"}
WARNING_COLOR = {"light": "#8a5300", "dark": "#ffd180"}


def message_label() -> QLabel:
    """A plain-text, word-wrapped label for a field's error or warning; hidden when empty."""
    label = plain_label(wrap=True, object_name="fieldMessage")
    label.hide()
    return label


def show_issues(label: QLabel, issues: list[Issue]) -> None:
    """Errors first, then warnings, each on its own line with a mark that is not only colour."""
    issues = sorted(issues, key=lambda issue: issue.severity is not Severity.ERROR)
    lines = [("✖ " if i.severity is Severity.ERROR else "⚠ ") + i.message for i in issues]
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))
    if lines:
        tone = "dark" if label.palette().window().color().lightness() < 128 else "light"
        errors = issues[0].severity is Severity.ERROR
        color = (ERROR_COLOR if errors else WARNING_COLOR)[tone]
        label.setStyleSheet(f"color: {color};")
        label.setAccessibleName(
            translate("step_form", "Problem: {problems}").format(problems=" ".join(lines))
        )


def spin_box(name: str, tip: str, maximum: int, suffix: str = "") -> QSpinBox:
    """A spin box for a step's number; `name`, `tip` and `suffix` come translated."""
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    box.setToolTip(tip)
    box.setKeyboardTracking(True)
    return box


class StepForm(QWidget):
    """Layout only; the controller fills it with set_step and reads user edits from `edited`."""

    edited = Signal(str, object)
    """(field name of Step, new value): "mode", "seconds", "reps", "sets", … "variation"."""
    change_move_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.move_label = plain_label(wrap=True, object_name="detailTitle")
        self.move_label.setAccessibleName(translate("step_form", "Move of this step"))
        self.change_move_button = QPushButton(translate("step_form", "Chan&ge move…"))
        self.change_move_button.setToolTip(
            translate("step_form", "Swap this step's move for another one (Ctrl+M)")
        )
        self.change_move_button.setAccessibleName(translate("step_form", "Change move"))
        self.mode = QComboBox()
        for mode, label in MODE_LABELS.items():
            self.mode.addItem(translate("step_form", label), mode.value)
        self.mode.setAccessibleName(translate("step_form", "Mode"))
        self.mode.setToolTip(
            translate(
                "step_form", "Timed hold, a number of repetitions, or a hold you end yourself"
            )
        )
        seconds = translate("step_form", " s")
        self.seconds = spin_box(
            translate("step_form", "Duration"),
            translate("step_form", "How long one hold lasts"),
            3600,
            seconds,
        )
        self.reps = spin_box(
            translate("step_form", "Repetitions"),
            translate("step_form", "Repetitions in one set"),
            500,
        )
        self.sets = spin_box(
            translate("step_form", "Sets"),
            translate("step_form", "How many times the move is done"),
            99,
        )
        self.rest_between = spin_box(
            translate("step_form", "Rest between sets"),
            translate("step_form", "Pause between two sets"),
            3600,
            seconds,
        )
        self.rest_after = spin_box(
            translate("step_form", "Rest after"),
            translate("step_form", "Pause before the next step"),
            3600,
            seconds,
        )
        self.per_side = QCheckBox(translate("step_form", "Each s&ide (left, then right)"))
        self.per_side.setAccessibleName(translate("step_form", "Per side"))
        self.per_side.setToolTip(
            translate("step_form", "Do the move on the left, then on the right")
        )
        self.variation = QComboBox()
        for variation in VARIATION_ORDER:
            self.variation.addItem(variation_name(variation), variation.value)
        self.variation.setAccessibleName(translate("step_form", "Variation"))
        self.variation.setToolTip(translate("step_form", "Easier or harder version of the move"))
        self.messages = {
            field: message_label()
            for field in (
                "exercise_id",
                "seconds",
                "reps",
                "sets",
                "rest_between_sets",
                "rest_after",
            )
        }
        self.empty_label = plain_label(
            translate("step_form", "Select a step, or add one from the moves."), wrap=True
        )

        move_row = QHBoxLayout()
        move_row.addWidget(self.move_label, 1)
        move_row.addWidget(self.change_move_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if narrow
        self._form = form
        self.seconds_label = QLabel(translate("step_form", "&Duration:"))
        rows: list[tuple[str | QLabel, QWidget, str]] = [
            (translate("step_form", "M&ode:"), self.mode, ""),
            (self.seconds_label, self.seconds, "seconds"),
            (translate("step_form", "Re&ps:"), self.reps, "reps"),
            (translate("step_form", "Set &count:"), self.sets, "sets"),
            (translate("step_form", "Rest bet&ween sets:"), self.rest_between, "rest_between_sets"),
            (translate("step_form", "Rest &after:"), self.rest_after, "rest_after"),
            (translate("step_form", "&Variation:"), self.variation, ""),
        ]
        self._rows: dict[str, QWidget] = {}
        for text, widget, message_key in rows:
            row_label = text if isinstance(text, QLabel) else QLabel(text)
            row_label.setBuddy(widget)
            cell: QWidget = widget
            if message_key:
                cell = QWidget()
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                cell_layout.setSpacing(2)
                cell_layout.addWidget(widget)
                cell_layout.addWidget(self.messages[message_key])
                self._rows[message_key] = cell
            form.addRow(row_label, cell)
            if widget is self.rest_after:
                form.addRow("", self.per_side)
        self.fields = QWidget()
        fields_layout = QVBoxLayout(self.fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(move_row)
        fields_layout.addWidget(self.messages["exercise_id"])
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.fields, 1)

        self.change_move_button.clicked.connect(self.change_move_requested)
        self.mode.currentIndexChanged.connect(
            lambda _: self.edited.emit("mode", StepMode(self.mode.currentData()))
        )
        self.variation.currentIndexChanged.connect(
            lambda _: self.edited.emit("variation", Variation(self.variation.currentData()))
        )
        self.per_side.toggled.connect(lambda on: self.edited.emit("per_side", on))
        for name, box in (
            ("seconds", self.seconds),
            ("reps", self.reps),
            ("sets", self.sets),
            ("rest_between_sets", self.rest_between),
            ("rest_after", self.rest_after),
        ):
            box.valueChanged.connect(lambda value, name=name: self.edited.emit(name, value))
        self.set_step(None, "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # The tab widget holding the form does not ask for height-for-width, so say how tall
        # the form is at this width (the move's name may wrap onto more lines).
        layout = self.layout()
        needed = -1
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def set_step(self, step: Step | None, move_name: str) -> None:
        """Show `step` without emitting `edited`; None shows the "select a step" hint."""
        self.empty_label.setVisible(step is None)
        self.fields.setVisible(step is not None)
        if step is None:
            return
        widgets = (
            self.mode,
            self.seconds,
            self.reps,
            self.sets,
            self.rest_between,
            self.rest_after,
            self.per_side,
            self.variation,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.move_label.setText(move_name)
        self.mode.setCurrentIndex(self.mode.findData(step.mode.value))
        self.seconds.setValue(step.seconds or 0)
        self.reps.setValue(step.reps or 0)
        self.sets.setValue(step.sets)
        self.rest_between.setValue(step.rest_between_sets)
        self.rest_after.setValue(step.rest_after)
        self.per_side.setChecked(step.per_side)
        self.variation.setCurrentIndex(self.variation.findData(step.variation.value))
        for widget in widgets:
            widget.blockSignals(False)
        reps = step.mode is StepMode.REPS
        self._form.setRowVisible(self._rows["reps"], reps)
        self._form.setRowVisible(self._rows["seconds"], not reps)
        self.seconds_label.setText(
            translate("step_form", "&Duration (aim):")
            if step.mode is StepMode.OPEN
            else translate("step_form", "&Duration:")
        )
        self.rest_between.setEnabled(step.sets > 1)
        self._fit_height()

    def show_issues(self, issues: list[Issue]) -> None:
        for field, label in self.messages.items():
            show_issues(label, [issue for issue in issues if issue.step_field == field])
