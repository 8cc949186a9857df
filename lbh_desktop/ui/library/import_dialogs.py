"""Dialogs of routine import: the list of problems in a rejected file, and a name clash."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.import_plan import ClashChoice, NameClash
from lbh_desktop.ui.shared.plain_label import plain_label

MAX_LISTED_PROBLEMS = 200
"""A broken 1 MB file can have thousands of problems; the first ones are enough to fix it."""
HEADING = "routineTitle"
"""The style sheet's bold heading size (ui/shared/style.py), smaller than a page title."""


def problems_text(problems: Sequence[str]) -> str:
    """One problem per line, cut after MAX_LISTED_PROBLEMS with a count of the rest."""
    lines = list(problems[:MAX_LISTED_PROBLEMS])
    hidden = len(problems) - len(lines)
    if hidden > 0:
        lines.append(translate("import_dialogs", "…and %n more problem(s).", None, hidden))
    return "\n".join(lines)


class ImportProblemsDialog(QDialog):
    """Shows why a file was not imported. Everything is plain text: file names and values
    quoted from the file are never read as markup."""

    def __init__(self, parent: QWidget | None, file_name: str, problems: Sequence[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("import_dialogs", "Routines not imported"))
        title = plain_label(
            translate("import_dialogs", "“{name}” cannot be imported").format(name=file_name),
            wrap=True,
            object_name=HEADING,
        )
        hint = plain_label(
            translate(
                "import_dialogs",
                "%n problem(s) found; nothing was changed. Each line names the place in the file "
                "(routines[0].steps[2] is the third step of the first routine) and what is wrong "
                "there.",
                None,
                len(problems),
            ),
            wrap=True,
        )
        self.problem_list = QPlainTextEdit(problems_text(problems))
        self.problem_list.setReadOnly(True)
        self.problem_list.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problem_list.setAccessibleName(
            translate("import_dialogs", "Problems found in the file")
        )
        self.problem_list.setToolTip(
            translate("import_dialogs", "Every problem found in the file, one per line")
        )
        self.problem_list.setMinimumSize(420, 140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("import_dialogs", "Close"))
        close.setToolTip(translate("import_dialogs", "Close this message; nothing was imported"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(buttons)
        self.resize(600, 360)
        close.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, file_name: str, problems: Sequence[str]) -> None:
        cls(parent, file_name, problems).exec()


class ClashDialog(QDialog):
    """Asks what to do when an imported routine's name is already taken."""

    def __init__(self, parent: QWidget | None, clash: NameClash) -> None:
        super().__init__(parent)
        self.choice = ClashChoice.CANCEL
        name = clash.imported.name
        new_name = clash.new_name
        self.setWindowTitle(translate("import_dialogs", "A routine with this name exists"))
        title = plain_label(
            translate("import_dialogs", "You already have a routine called “{name}”.").format(
                name=name
            ),
            wrap=True,
            object_name=HEADING,
        )
        if clash.can_replace:
            detail = translate(
                "import_dialogs",
                "Rename keeps both and imports the new one as “{new_name}”. Replace swaps your "
                "routine for the imported one; your history stays.",
            )
        else:
            detail = translate(
                "import_dialogs",
                "“{name}” is a built-in routine, which cannot be replaced. Rename keeps both and "
                "imports the new one as “{new_name}”.",
            )
        detail = detail.format(name=name, new_name=new_name)
        self.rename_button = self._button(
            translate("import_dialogs", "&Rename (keep both)"),
            translate("import_dialogs", "Import it as “{new_name}”, keeping yours").format(
                new_name=new_name
            ),
        )
        self.replace_button = self._button(
            translate("import_dialogs", "Re&place mine"),
            translate("import_dialogs", "Replace your “{name}” with the imported routine").format(
                name=name
            ),
        )
        self.replace_button.setEnabled(clash.can_replace)
        self.cancel_button = self._button(
            translate("import_dialogs", "&Cancel import"),
            translate("import_dialogs", "Import nothing"),
        )
        self.rename_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.rename_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.rename_button.clicked.connect(lambda: self._choose(ClashChoice.RENAME))
        self.replace_button.clicked.connect(lambda: self._choose(ClashChoice.REPLACE))
        self.cancel_button.clicked.connect(lambda: self._choose(ClashChoice.CANCEL))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        self.detail_label: QLabel = plain_label(detail, wrap=True)
        self.detail_label.setMinimumWidth(440)
        layout.addWidget(self.detail_label)
        layout.addWidget(buttons)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _choose(self, choice: ClashChoice) -> None:
        self.choice = choice
        if choice is ClashChoice.CANCEL:
            self.reject()
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, clash: NameClash) -> ClashChoice:
        dialog = cls(parent, clash)
        dialog.exec()  # Esc and the close button leave the choice at CANCEL
        return dialog.choice
