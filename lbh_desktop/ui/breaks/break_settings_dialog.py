"""The break settings dialog: interval, working days and hours, routine, tray and login."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.ui.shared.plain_label import plain_label

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


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


def problems(choices: BreakChoices) -> list[str]:
    found = []
    if not choices.working_days:
        found.append("Choose at least one working day.")
    if choices.start >= choices.end:
        found.append("The working day must end after it starts.")
    return found


class BreakSettingsDialog(QDialog):
    def __init__(
        self,
        choices: BreakChoices,
        routines: list[tuple[str, str]],
        idle_text: str,
        login_problem: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Break settings")
        self.interval = QSpinBox()
        self.interval.setRange(1, 240)
        self.interval.setSuffix(" min")
        self.interval.setValue(choices.interval_minutes)
        self.interval.setMaximumWidth(120)
        self.interval.setToolTip("Minutes of activity between reminders; idle time does not count")
        self.days = [QCheckBox(name) for name in DAY_NAMES]
        days_row = QHBoxLayout()
        for number, box in enumerate(self.days):
            box.setChecked(number in choices.working_days)
            days_row.addWidget(box)
        self.start = QTimeEdit(QTime(choices.start.hour, choices.start.minute))
        self.end = QTimeEdit(QTime(choices.end.hour, choices.end.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.start)
        hours_row.addWidget(plain_label("to"))
        hours_row.addWidget(self.end)
        hours_row.addStretch(1)
        self.routine = QComboBox()
        self.routine.addItem("Take turns with the desk-friendly routines", "")
        for routine_id, name in routines:
            self.routine.addItem(name, routine_id)
        self.routine.setCurrentIndex(max(0, self.routine.findData(choices.pinned_routine)))
        self.pre_warning = QCheckBox("Warn me a minute before each break")
        self.pre_warning.setChecked(choices.pre_warning)
        self.close_to_tray = QCheckBox("Keep running in the tray when the window is closed")
        self.close_to_tray.setChecked(choices.close_to_tray)
        self.start_at_login = QCheckBox("Start at login, in the background")
        self.start_at_login.setChecked(choices.start_at_login)
        if login_problem:
            self.start_at_login.setEnabled(False)
            self.start_at_login.setToolTip(login_problem)
        self.problem_label = plain_label(wrap=True, object_name="message")
        self.problem_label.hide()
        form = QFormLayout()
        form.addRow("Remind me every", self.interval)
        form.addRow("Working days", days_row)
        form.addRow("Working hours", hours_row)
        form.addRow("Break routine", self.routine)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(form)
        layout.addWidget(self.pre_warning)
        layout.addWidget(self.close_to_tray)
        layout.addWidget(self.start_at_login)
        layout.addWidget(plain_label(idle_text, wrap=True, object_name="detailMeta"))
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        for box in self.days:
            box.toggled.connect(self._validate)
        self.start.timeChanged.connect(self._validate)
        self.end.timeChanged.connect(self._validate)
        self._validate()

    def choices(self) -> BreakChoices:
        return BreakChoices(
            interval_minutes=self.interval.value(),
            working_days=frozenset(n for n, box in enumerate(self.days) if box.isChecked()),
            start=self.start.time().toPython(),  # type: ignore[arg-type]
            end=self.end.time().toPython(),  # type: ignore[arg-type]
            pinned_routine=str(self.routine.currentData() or ""),
            close_to_tray=self.close_to_tray.isChecked(),
            start_at_login=self.start_at_login.isChecked(),
            pre_warning=self.pre_warning.isChecked(),
        )

    def _validate(self) -> None:
        found = problems(self.choices())
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
    ) -> BreakChoices | None:
        dialog = cls(choices, routines, idle_text, login_problem, parent)
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
