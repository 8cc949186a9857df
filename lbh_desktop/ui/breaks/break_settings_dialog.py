"""The break settings dialog: interval, working days and hours, routine, tray and login."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.ui.shared.plain_label import plain_label
from lbh_desktop.ui.shared.wrapped_height import keep_wrapped_text_whole


@dataclass(frozen=True)
class BreakChoices:
    interval_minutes: int
    working_days: frozenset[int]
    start: time
    end: time
    pinned_routine: str  # "" rotates
    close_to_tray: bool
    start_at_login: bool
    pre_warning: bool = True
    follow_do_not_disturb: bool = True


TIME_TYPED = re.compile(r"\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2})?)?\s*|\s*(\d{1,2})(\d{2})\s*")
STEP_MINUTES = 15
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def sentence_row(sentence: str, fields: dict[str, QWidget]) -> tuple[str, QHBoxLayout]:
    """A translated sentence with `{name}` fields as a form row: the words before the first
    field become the row's label; the rest, words and fields in the translation's order,
    its row."""
    pieces = PLACEHOLDER.split(sentence)  # words, field name, words, field name, words
    row = QHBoxLayout()
    for index, piece in enumerate(pieces[1:], start=1):
        if index % 2:
            row.addWidget(fields[piece])
        elif piece.strip():
            row.addWidget(plain_label(piece.strip()))
    row.addStretch(1)
    return pieces[0].strip(), row


def parse_time(text: str) -> time | None:
    """A time of day as people type it: 8, 8:15, 08.15, 17h30, 815, 0815; None if not one."""
    found = TIME_TYPED.fullmatch(text)
    if found is None:
        return None
    hour, minute = (found[1], found[2]) if found[1] is not None else (found[3], found[4])
    hours, minutes = int(hour), int(minute or 0)
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)


class TimeField(QLineEdit):
    """A time of day the user types as they like (see parse_time); what is typed counts at
    once, with no commit step, and leaving the field writes it as HH:MM. Up and Down step
    by a quarter of an hour."""

    def __init__(self, value: time, accessible_name: str) -> None:
        super().__init__()
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9:.h ]{0,6}")))
        self.setPlaceholderText(translate("break_settings_dialog", "HH:MM"))
        self.setAccessibleName(accessible_name)
        self.setToolTip(
            translate(
                "break_settings_dialog",
                "Type a time such as 8:30 or 17:00; Up and Down change it by 15 minutes",
            )
        )
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00") + 28)
        self.set_value(value)
        self.editingFinished.connect(self._tidy)

    def value(self) -> time | None:
        return parse_time(self.text())

    def set_value(self, value: time) -> None:
        self.setText(f"{value:%H:%M}")

    def _tidy(self) -> None:
        value = self.value()
        if value is not None:
            self.set_value(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: STEP_MINUTES, Qt.Key.Key_Down: -STEP_MINUTES}.get(
            Qt.Key(event.key())
        )
        value = self.value()
        if step is None or value is None:
            super().keyPressEvent(event)
            return
        minutes = min(23 * 60 + 59, max(0, value.hour * 60 + value.minute + step))
        self.set_value(time(minutes // 60, minutes % 60))
        self.selectAll()


def problems(choices: BreakChoices) -> list[str]:
    found = []
    if not choices.working_days:
        found.append(translate("break_settings_dialog", "Choose at least one working day."))
    if choices.start >= choices.end:
        found.append(
            translate("break_settings_dialog", "The working day must end after it starts.")
        )
    return found


class BreakSettingsDialog(QDialog):
    def __init__(
        self,
        choices: BreakChoices,
        routines: list[tuple[str, str]],
        idle_text: str,
        login_problem: str,
        parent: QWidget | None = None,
        *,
        interval_note: str = "",
        do_not_disturb_note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("break_settings_dialog", "Break settings"))
        self._shown = choices
        # No " min" suffix inside the box: a cursor after it could not rub out the number.
        self.interval = QSpinBox()
        self.interval.setRange(1, 240)
        self.interval.setValue(choices.interval_minutes)
        self.interval.setMaximumWidth(90)
        self.interval.setAccessibleName(
            translate("break_settings_dialog", "Minutes between reminders")
        )
        self.interval.setToolTip(
            translate(
                "break_settings_dialog",
                "Minutes of activity between reminders; idle time does not count",
            )
        )
        interval_label, interval_row = sentence_row(
            translate("break_settings_dialog", "Remind me every {minutes} minutes of activity"),
            {"minutes": self.interval},
        )
        self.interval_note = plain_label(interval_note, wrap=True, object_name="detailMeta")
        self.interval_note.setVisible(bool(interval_note))
        # Monday is 0 here, as in BreakChoices; the row starts on the locale's first weekday.
        self.days = [QCheckBox(formats().weekday_name(day, short=True)) for day in range(1, 8)]
        days_row = QHBoxLayout()
        first = formats().first_weekday() - 1
        for number in sorted(range(7), key=lambda day: (day - first) % 7):
            self.days[number].setChecked(number in choices.working_days)
            days_row.addWidget(self.days[number])
        self.start = TimeField(
            choices.start, translate("break_settings_dialog", "Working day starts")
        )
        self.end = TimeField(choices.end, translate("break_settings_dialog", "Working day ends"))
        _, hours_row = sentence_row(
            translate("break_settings_dialog", "{start} to {end}"),
            {"start": self.start, "end": self.end},
        )
        self.routine = QComboBox()
        self.routine.addItem(
            translate("break_settings_dialog", "Take turns with the desk-friendly routines"), ""
        )
        for routine_id, name in routines:
            self.routine.addItem(name, routine_id)
        self.routine.setCurrentIndex(max(0, self.routine.findData(choices.pinned_routine)))
        self.pre_warning = QCheckBox(
            translate("break_settings_dialog", "Warn me a minute before each break")
        )
        self.pre_warning.setChecked(choices.pre_warning)
        self.follow_do_not_disturb = QCheckBox(
            translate(
                "break_settings_dialog",
                "Hold reminders during do-not-disturb and full-screen windows",
            )
        )
        self.follow_do_not_disturb.setChecked(choices.follow_do_not_disturb)
        self.follow_do_not_disturb.setToolTip(do_not_disturb_note)
        self.close_to_tray = QCheckBox(
            translate("break_settings_dialog", "Keep running in the tray when the window is closed")
        )
        self.close_to_tray.setChecked(choices.close_to_tray)
        self.start_at_login = QCheckBox(
            translate("break_settings_dialog", "Start at login, in the background")
        )
        self.start_at_login.setChecked(choices.start_at_login)
        if login_problem:
            self.start_at_login.setEnabled(False)
            self.start_at_login.setToolTip(login_problem)
        self.problem_label = plain_label(wrap=True, object_name="message")
        self.problem_label.hide()
        form = QFormLayout()
        form.addRow(interval_label, interval_row)
        if interval_note:
            form.addRow("", self.interval_note)
        form.addRow(translate("break_settings_dialog", "Working days"), days_row)
        form.addRow(translate("break_settings_dialog", "Working hours"), hours_row)
        form.addRow(translate("break_settings_dialog", "Break routine"), self.routine)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(form)
        layout.addWidget(self.pre_warning)
        layout.addWidget(self.follow_do_not_disturb)
        layout.addWidget(self.close_to_tray)
        layout.addWidget(self.start_at_login)
        layout.addWidget(plain_label(idle_text, wrap=True, object_name="detailMeta"))
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        for box in self.days:
            box.toggled.connect(self._validate)
        self.start.textChanged.connect(self._validate)
        self.end.textChanged.connect(self._validate)
        self._validate()
        keep_wrapped_text_whole(self)  # the notes and the problem line wrap at its width

    def choices(self) -> BreakChoices:
        return BreakChoices(
            interval_minutes=self.interval.value(),
            working_days=frozenset(n for n, box in enumerate(self.days) if box.isChecked()),
            start=self.start.value() or self._shown.start,  # unreadable: OK is off
            end=self.end.value() or self._shown.end,
            pinned_routine=str(self.routine.currentData() or ""),
            close_to_tray=self.close_to_tray.isChecked(),
            start_at_login=self.start_at_login.isChecked(),
            pre_warning=self.pre_warning.isChecked(),
            follow_do_not_disturb=self.follow_do_not_disturb.isChecked(),
        )

    def _validate(self) -> None:
        unreadable = [field for field in (self.start, self.end) if field.value() is None]
        found = (
            [
                translate(
                    "break_settings_dialog",
                    "Type the working hours as hours and minutes, such as 9:00 and 17:30.",
                )
            ]
            if unreadable
            else problems(self.choices())
        )
        self.problem_label.setText(" ".join(found))
        self.problem_label.setVisible(bool(found))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not found)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        choices: BreakChoices,
        routines: list[tuple[str, str]],
        idle_text: str,
        login_problem: str,
        *,
        interval_note: str = "",
        do_not_disturb_note: str = "",
    ) -> BreakChoices | None:
        dialog = cls(
            choices,
            routines,
            idle_text,
            login_problem,
            parent,
            interval_note=interval_note,
            do_not_disturb_note=do_not_disturb_note,
        )
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
