"""Every user-visible string in the views and the shell goes through translate()."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "lbh_desktop"
CHECKED_FOLDERS = ("ui", "shell")

# Calls whose string arguments a user sees or hears (a screen reader reads accessible names).
_TEXT_CALL_NAMES = """
setText setToolTip setWindowTitle setPlaceholderText setAccessibleName
setAccessibleDescription setStatusTip setWhatsThis addItem addItems insertItem setItemText
addTab insertTab setTabText setTabToolTip setTitle setLabelText setHeaderLabels
setHorizontalHeaderLabels setVerticalHeaderLabels setSuffix setPrefix setSpecialValueText
showMessage setInformativeText setDetailedText setButtonText setWindowIconText addRow
addButton addAction addMenu addSection setOkButtonText setCancelButtonText setFormat
information warning critical question about getText getItem getInt getOpenFileName
getSaveFileName getExistingDirectory show_status announce setHtml setMarkdown
QLabel QPushButton QCheckBox QRadioButton QGroupBox QAction QMenu QToolButton
QCommandLinkButton
QMessageBox QTreeWidgetItem QListWidgetItem QTableWidgetItem QStandardItem
"""
TEXT_CALLS = frozenset(_TEXT_CALL_NAMES.split())


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        receiver = func.value
        if isinstance(receiver, ast.Name) and "log" in receiver.id.lower():
            return ""  # log.warning(...): the debug log stays in English
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _has_words(text: str) -> bool:
    return sum(character.isalpha() for character in text) >= 2


def _untranslated(node: ast.expr) -> bool:
    """A literal (or f-string, or a sum holding one) with words in it, not from translate()."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and _has_words(str(part.value)) for part in node.values
        )
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_untranslated(element) for element in node.elts)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    return False


def untranslated_strings(source: str, name: str) -> list[str]:
    """`file:line: call("text")` for each user-visible literal in the source."""
    found = []
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _called_name(node) not in TEXT_CALLS:
            continue
        arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
        for argument in arguments:
            if _untranslated(argument) and "i18n: not text" not in lines[node.lineno - 1]:
                found.append(f"{name}:{node.lineno}: {ast.unparse(node)[:100]}")
    return found


def _sources() -> list[Path]:
    return sorted(path for folder in CHECKED_FOLDERS for path in (PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", _sources(), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_user_visible_strings_are_translatable(path: Path) -> None:
    relative = str(path.relative_to(PACKAGE))
    assert untranslated_strings(path.read_text(encoding="utf-8"), relative) == []


def test_the_check_finds_literals_f_strings_and_sums() -> None:
    source = (
        "label.setText('Start')\n"
        "button = QPushButton(f'Play {name}')\n"
        "box.setToolTip('Hold ' + keys)\n"
        "combo.addItems(['Light', 'Dark'])\n"
        "label.setText(translate('view', 'Start'))\n"
        "label.setText('—')\n"
        "label.setText(name)\n"
        "label.setObjectName('startButton')\n"
        "label.setText('LBH Desktop')  # i18n: not text (the app's name)\n"
        "log.warning('audio set-up failed: %s', error)\n"
    )
    assert [line.split(":")[1] for line in untranslated_strings(source, "x.py")] == [
        "1",
        "2",
        "3",
        "4",
    ]
