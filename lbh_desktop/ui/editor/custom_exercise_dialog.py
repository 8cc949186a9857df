"""The dialog for making or changing one of the user's own exercises, with an optional picture."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.custom_exercise import (
    CustomExerciseFields,
    custom_field_problems,
    fields_of,
)
from lbh_desktop.core.editor_validation import Issue, Severity
from lbh_desktop.core.exercise import Dose, Exercise
from lbh_desktop.core.models import ExerciseKind, Position, StepMode
from lbh_desktop.ui.editor.picture_import import PictureError, check_picture
from lbh_desktop.ui.editor.step_form import MODE_LABELS, message_label, show_issues
from lbh_desktop.ui.shared.plain_label import plain_label

IMAGE_FILTER = "Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)"
CHECKED_FIELDS = ("name", "instructions", "positions", "dose")
NEEDED = {
    "name": "a name",
    "instructions": "how to do it",
    "positions": "a position",
    "dose": "a dose of at least 1",
}
"""What the Save button's tooltip says is still missing, per field with a problem."""


@dataclass(frozen=True)
class CustomExerciseAnswer:
    fields: CustomExerciseFields
    picture_source: Path | None
    """A newly chosen picture to copy in; None keeps fields.picture as it is."""


class PictureChooser:
    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, "Choose a picture", "", IMAGE_FILTER)
        return Path(name) if name else None


def _tip(widget: QWidget, name: str, tip: str) -> None:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)


class CustomExerciseDialog(QDialog):
    def __init__(
        self, taken_names: list[str], existing: Exercise | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change your exercise" if existing else "New exercise")
        self._taken = taken_names
        self._touched: set[str] = set(CHECKED_FIELDS) if existing else set()
        """Fields whose problems are shown: those the user changed (all after trying to save,
        or when changing an exercise that exists), so a new form does not open in red."""
        self.picture_source: Path | None = None
        self._picture = ""
        self.name = QLineEdit()
        _tip(self.name, "Exercise name", "A short name, shown in routines and the player")
        self.kind = QComboBox()
        for kind in ExerciseKind:
            self.kind.addItem(kind.value.capitalize(), kind.value)
        _tip(self.kind, "Kind", "Strength, stretch or warm-up")
        self.instructions = QPlainTextEdit()
        self.instructions.setTabChangesFocus(True)
        self.instructions.setPlaceholderText("One instruction per line")
        _tip(self.instructions, "Instructions", "How to do it, one step per line")
        self.per_side = QCheckBox("Done on each side")
        _tip(self.per_side, "Per side", "Left, then right")
        self.mode = QComboBox()
        for mode, label in MODE_LABELS.items():
            self.mode.addItem(label, mode.value)
        _tip(self.mode, "Usual mode", "Timed hold, repetitions, or a hold you end yourself")
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 3600)
        self.seconds.setSuffix(" s")
        _tip(self.seconds, "Usual duration", "How long one hold usually lasts")
        self.reps = QSpinBox()
        self.reps.setRange(0, 500)
        self.reps.setSuffix(" reps")
        _tip(self.reps, "Usual repetitions", "Repetitions in one set")
        self.positions = {position: QCheckBox(position.value.capitalize()) for position in Position}
        for position, box in self.positions.items():
            _tip(box, f"Position {position.value}", f"Can be done {position.value}")
        self.picture_label = plain_label("No picture", wrap=True)
        self.choose_picture = QPushButton("C&hoose picture…")
        _tip(self.choose_picture, "Choose picture", "A PNG, JPEG, GIF or SVG of at most 2 MB")
        self.remove_picture = QPushButton("No pict&ure")
        _tip(self.remove_picture, "Remove picture", "Show no picture for this exercise")
        self.messages = {
            key: message_label() for key in ("name", "instructions", "dose", "positions", "picture")
        }
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

        dose_row = QHBoxLayout()
        dose_row.addWidget(self.mode, 1)
        dose_row.addWidget(self.seconds)
        dose_row.addWidget(self.reps)
        position_row = QHBoxLayout()
        for box in self.positions.values():
            position_row.addWidget(box)
        position_row.addStretch(1)
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.picture_label, 1)
        picture_row.addWidget(self.choose_picture)
        picture_row.addWidget(self.remove_picture)
        form = QFormLayout()
        dose_label = QLabel("Usual &dose:")
        dose_label.setBuddy(self.mode)
        rows: tuple[tuple[str | QLabel, QWidget | QHBoxLayout, str], ...] = (
            ("&Name:", self.name, "name"),
            ("&Kind:", self.kind, ""),
            ("&Instructions:", self.instructions, "instructions"),
            (dose_label, dose_row, "dose"),
            ("", self.per_side, ""),
            ("Positions:", position_row, "positions"),
            ("Picture:", picture_row, "picture"),
        )
        for row_label, row, key in rows:
            form.addRow(row_label, row)
            if key:
                form.addRow("", self.messages[key])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 480)

        if existing is not None:
            self._fill(fields_of(existing))
        else:
            self.seconds.setValue(30)
            self.reps.setValue(10)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choose_picture.clicked.connect(self._choose_picture)
        self.remove_picture.clicked.connect(self._clear_picture)
        for field, signal in (
            ("name", self.name.textChanged),
            ("instructions", self.instructions.textChanged),
            ("dose", self.mode.currentIndexChanged),
            ("dose", self.seconds.valueChanged),
            ("dose", self.reps.valueChanged),
            *(("positions", box.toggled) for box in self.positions.values()),
        ):
            signal.connect(lambda *_, field=field: self._edited(field))
        self._check()
        self.name.setFocus()

    def fields(self) -> CustomExerciseFields:
        mode = StepMode(self.mode.currentData())
        return CustomExerciseFields(
            name=self.name.text(),
            kind=ExerciseKind(self.kind.currentData()),
            instructions=self.instructions.toPlainText(),
            per_side=self.per_side.isChecked(),
            dose=Dose(mode, seconds=self.seconds.value(), reps=self.reps.value()),
            positions=tuple(p for p, box in self.positions.items() if box.isChecked()),
            picture=self._picture,
        )

    def answer(self) -> CustomExerciseAnswer:
        return CustomExerciseAnswer(self.fields(), self.picture_source)

    def set_picture(self, path: Path) -> bool:
        """Check a chosen file; a bad one is refused with a message and changes nothing."""
        try:
            check_picture(path)
        except PictureError as error:
            show_issues(self.messages["picture"], [Issue("picture", Severity.ERROR, str(error))])
            return False
        self.picture_source = path
        self.picture_label.setText(path.name)
        show_issues(self.messages["picture"], [])
        return True

    @classmethod
    def ask(
        cls, parent: QWidget | None, taken_names: list[str], existing: Exercise | None
    ) -> CustomExerciseAnswer | None:
        dialog = cls(taken_names, existing, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _fill(self, fields: CustomExerciseFields) -> None:
        self.name.setText(fields.name)
        self.kind.setCurrentIndex(self.kind.findData(fields.kind.value))
        self.instructions.setPlainText(fields.instructions)
        self.per_side.setChecked(fields.per_side)
        self.mode.setCurrentIndex(self.mode.findData(fields.dose.mode.value))
        self.seconds.setValue(fields.dose.seconds or 30)
        self.reps.setValue(fields.dose.reps or 10)
        for position, box in self.positions.items():
            box.setChecked(position in fields.positions)
        self._picture = fields.picture
        self.picture_label.setText(fields.picture or "No picture")

    def _choose_picture(self) -> None:
        path = PictureChooser.ask(self)
        if path is not None:
            self.set_picture(path)

    def _clear_picture(self) -> None:
        self.picture_source = None
        self._picture = ""
        self.picture_label.setText("No picture")
        show_issues(self.messages["picture"], [])

    def accept(self) -> None:
        """Saves only a complete form; otherwise every problem is shown, focus on the first."""
        problems = custom_field_problems(self.fields(), self._taken)
        if not problems:
            super().accept()
            return
        self._touched.update(CHECKED_FIELDS)
        self._check()
        first = next(key for key in CHECKED_FIELDS if key in problems)
        widgets: dict[str, QWidget] = {
            "name": self.name,
            "instructions": self.instructions,
            "positions": self.positions[Position.FLOOR],
            "dose": self.mode,
        }
        widgets[first].setFocus()

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        self._check()

    def _check(self) -> None:
        reps = self.mode.currentData() == StepMode.REPS.value
        self.seconds.setVisible(not reps)
        self.reps.setVisible(reps)
        problems = custom_field_problems(self.fields(), self._taken)
        for key in CHECKED_FIELDS:
            text = problems.get(key) if key in self._touched else None
            show_issues(self.messages[key], [Issue(key, Severity.ERROR, text)] if text else [])
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)
        needed = [NEEDED[key] for key in CHECKED_FIELDS if key in problems]
        if "name" in problems and self.name.text().strip():
            needed[0] = "another name"  # too long, or already taken
        tip = f"To save, still needed: {', '.join(needed)}" if needed else "Save the exercise"
        save.setToolTip(tip)
