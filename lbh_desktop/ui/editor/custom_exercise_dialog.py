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
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.library import kind_name, position_name
from lbh_desktop.core.models import ExerciseKind, Position, StepMode
from lbh_desktop.ui.editor.picture_import import PictureError, check_picture
from lbh_desktop.ui.editor.step_form import MODE_LABELS, message_label, show_issues
from lbh_desktop.ui.shared.plain_label import plain_label

IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg"
CHECKED_FIELDS = ("name", "instructions", "positions", "dose")
NEEDED = {
    "name": QT_TRANSLATE_NOOP("custom_exercise_dialog", "a name"),
    "instructions": QT_TRANSLATE_NOOP("custom_exercise_dialog", "how to do it"),
    "positions": QT_TRANSLATE_NOOP("custom_exercise_dialog", "a position"),
    "dose": QT_TRANSLATE_NOOP("custom_exercise_dialog", "a dose of at least 1"),
}
"""What the Save button's tooltip says is still missing, per field with a problem."""
POSITION_TIPS = {
    Position.FLOOR: (
        QT_TRANSLATE_NOOP("custom_exercise_dialog", "Position: floor"),
        QT_TRANSLATE_NOOP("custom_exercise_dialog", "Can be done on the floor"),
    ),
    Position.CHAIR: (
        QT_TRANSLATE_NOOP("custom_exercise_dialog", "Position: chair"),
        QT_TRANSLATE_NOOP("custom_exercise_dialog", "Can be done in a chair"),
    ),
    Position.STANDING: (
        QT_TRANSLATE_NOOP("custom_exercise_dialog", "Position: standing"),
        QT_TRANSLATE_NOOP("custom_exercise_dialog", "Can be done standing up"),
    ),
}
"""Each position box's accessible name and tooltip."""


def image_filter() -> str:
    """The file dialog's filter for pictures, its name in the user's language."""
    name = translate("custom_exercise_dialog", "Pictures ({patterns})")
    return name.format(patterns=IMAGE_PATTERNS)


def no_picture() -> str:
    return translate("custom_exercise_dialog", "No picture")


@dataclass(frozen=True)
class CustomExerciseAnswer:
    fields: CustomExerciseFields
    picture_source: Path | None
    """A newly chosen picture to copy in; None keeps fields.picture as it is."""


class PictureChooser:
    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        title = translate("custom_exercise_dialog", "Choose a picture")
        name, _ = QFileDialog.getOpenFileName(parent, title, "", image_filter())
        return Path(name) if name else None


def _tip(widget: QWidget, name: str, tip: str) -> None:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)


class CustomExerciseDialog(QDialog):
    def __init__(
        self, taken_names: list[str], existing: Exercise | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("custom_exercise_dialog", "Change your exercise")
            if existing
            else translate("custom_exercise_dialog", "New exercise")
        )
        self._taken = taken_names
        self._touched: set[str] = set(CHECKED_FIELDS) if existing else set()
        """Fields whose problems are shown: those the user changed (all after trying to save,
        or when changing an exercise that exists), so a new form does not open in red."""
        self.picture_source: Path | None = None
        self._picture = ""
        self.name = QLineEdit()
        _tip(
            self.name,
            translate("custom_exercise_dialog", "Exercise name"),
            translate("custom_exercise_dialog", "A short name, shown in routines and the player"),
        )
        self.kind = QComboBox()
        for kind in ExerciseKind:
            self.kind.addItem(kind_name(kind), kind.value)
        _tip(
            self.kind,
            translate("custom_exercise_dialog", "Kind"),
            translate("custom_exercise_dialog", "Strength, stretch or warm-up"),
        )
        self.instructions = QPlainTextEdit()
        self.instructions.setTabChangesFocus(True)
        self.instructions.setPlaceholderText(
            translate("custom_exercise_dialog", "One instruction per line")
        )
        _tip(
            self.instructions,
            translate("custom_exercise_dialog", "Instructions"),
            translate("custom_exercise_dialog", "How to do it, one step per line"),
        )
        self.per_side = QCheckBox(translate("custom_exercise_dialog", "Done on each side"))
        _tip(
            self.per_side,
            translate("custom_exercise_dialog", "Per side"),
            translate("custom_exercise_dialog", "Left, then right"),
        )
        self.mode = QComboBox()
        for mode, label in MODE_LABELS.items():
            self.mode.addItem(translate("step_form", label), mode.value)
        _tip(
            self.mode,
            translate("custom_exercise_dialog", "Usual mode"),
            translate(
                "custom_exercise_dialog", "Timed hold, repetitions, or a hold you end yourself"
            ),
        )
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 3600)
        self.seconds.setSuffix(translate("custom_exercise_dialog", " s"))
        _tip(
            self.seconds,
            translate("custom_exercise_dialog", "Usual duration"),
            translate("custom_exercise_dialog", "How long one hold usually lasts"),
        )
        self.reps = QSpinBox()
        self.reps.setRange(0, 500)
        self.reps.setSuffix(translate("custom_exercise_dialog", " reps"))
        _tip(
            self.reps,
            translate("custom_exercise_dialog", "Usual repetitions"),
            translate("custom_exercise_dialog", "Repetitions in one set"),
        )
        self.positions = {position: QCheckBox(position_name(position)) for position in Position}
        for position, box in self.positions.items():
            name, tip = POSITION_TIPS[position]
            _tip(
                box,
                translate("custom_exercise_dialog", name),
                translate("custom_exercise_dialog", tip),
            )
        self.picture_label = plain_label(no_picture(), wrap=True)
        self.choose_picture = QPushButton(translate("custom_exercise_dialog", "C&hoose picture…"))
        _tip(
            self.choose_picture,
            translate("custom_exercise_dialog", "Choose picture"),
            translate("custom_exercise_dialog", "A PNG, JPEG, GIF or SVG of at most 2 MB"),
        )
        self.remove_picture = QPushButton(translate("custom_exercise_dialog", "No pict&ure"))
        _tip(
            self.remove_picture,
            translate("custom_exercise_dialog", "Remove picture"),
            translate("custom_exercise_dialog", "Show no picture for this exercise"),
        )
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
        dose_label = QLabel(translate("custom_exercise_dialog", "Usual &dose:"))
        dose_label.setBuddy(self.mode)
        rows: tuple[tuple[str | QLabel, QWidget | QHBoxLayout, str], ...] = (
            (translate("custom_exercise_dialog", "&Name:"), self.name, "name"),
            (translate("custom_exercise_dialog", "&Kind:"), self.kind, ""),
            (
                translate("custom_exercise_dialog", "&Instructions:"),
                self.instructions,
                "instructions",
            ),
            (dose_label, dose_row, "dose"),
            ("", self.per_side, ""),
            (translate("custom_exercise_dialog", "Positions:"), position_row, "positions"),
            (translate("custom_exercise_dialog", "Picture:"), picture_row, "picture"),
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
        self.picture_label.setText(fields.picture or no_picture())

    def _choose_picture(self) -> None:
        path = PictureChooser.ask(self)
        if path is not None:
            self.set_picture(path)

    def _clear_picture(self) -> None:
        self.picture_source = None
        self._picture = ""
        self.picture_label.setText(no_picture())
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
        needed = [
            translate("custom_exercise_dialog", NEEDED[key])
            for key in CHECKED_FIELDS
            if key in problems
        ]
        if "name" in problems and self.name.text().strip():
            needed[0] = translate(
                "custom_exercise_dialog", "another name"
            )  # too long, or already taken
        if needed:
            tip = translate("custom_exercise_dialog", "To save, still needed: {items}").format(
                items=", ".join(needed)
            )
        else:
            tip = translate("custom_exercise_dialog", "Save the exercise")
        save.setToolTip(tip)
