"""Opens the data file at start-up; a damaged one is set aside and a good backup offered."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.models import Routine
from lbh_desktop.storage.atomic_storage import CorruptDatabaseError
from lbh_desktop.storage.migrations import SchemaTooNewError
from lbh_desktop.storage.recovery import (
    SetAside,
    back_up_today,
    open_or_set_aside,
    restore_backup,
)
from lbh_desktop.storage.repository import Repository

log = logging.getLogger(__name__)


class StartupError(Exception):
    """The app cannot start; the message is for the user."""


class RestoreBackupDialog(QMessageBox):
    """Says the history file was set aside and asks: restore the latest good backup, or start
    with an empty history."""

    def __init__(self, parent: QWidget | None, set_aside: SetAside) -> None:
        super().__init__(parent)
        good = set_aside.good_backup
        assert good is not None
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("startup_repository", "Restore your history?"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(problem_text(set_aside))
        offer = translate(
            "startup_repository",
            "A backup from {date} (%n session(s)) opens fine.\n"
            "Restore it, or start with an empty history?",
            None,
            good.sessions,
        )
        self.setInformativeText(offer.format(date=formats().weekday_date(good.backup.day)))
        self.setStyleSheet(
            "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 460px; }"
        )
        restore = translate("startup_repository", "Restore backup")
        self.restore_button = self.addButton(restore, QMessageBox.ButtonRole.AcceptRole)
        self.restore_button.setToolTip(
            translate("startup_repository", "Use the backup from {date}").format(
                date=formats().day_month_year(good.backup.day)
            )
        )
        self.restore_button.setAccessibleName(restore)
        start_empty = translate("startup_repository", "Start empty")
        self.empty_button = self.addButton(start_empty, QMessageBox.ButtonRole.RejectRole)
        self.empty_button.setToolTip(
            translate("startup_repository", "Start with no history; the backup stays in its folder")
        )
        self.empty_button.setAccessibleName(start_empty)
        self.setDefaultButton(self.restore_button)
        self.setEscapeButton(self.empty_button)

    @classmethod
    def ask(cls, parent: QWidget | None, set_aside: SetAside) -> bool:
        """True: restore the backup; False: start empty."""
        dialog = cls(parent, set_aside)
        dialog.exec()
        return dialog.clickedButton() is dialog.restore_button


def problem_text(set_aside: SetAside) -> str:
    return translate(
        "startup_repository",
        "Your history file could not be used: {problem}.\n\n"
        "It was moved to\n{path}\nso nothing is lost.",
    ).format(problem=set_aside.problem, path=set_aside.moved_to)


def open_repository(
    data_dir: Path,
    builtins: Sequence[Routine],
    notices: list[str],
    *,
    history_folder: Path | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Repository:
    """Opens the data folder (`history_folder`, else `data_dir`) and takes today's backup. An
    old one-file history that can't be used is moved aside (never overwritten); the user is
    offered its latest good backup and told what happened. A chosen folder that can't be used
    (a drive not mounted) gives way to the default folder for this run, with a notice."""
    if history_folder is not None and history_folder != data_dir:
        problem = _folder_problem(history_folder)
        if problem is not None:
            notice = translate(
                "startup_repository",
                "Your data folder {folder} can't be used right now ({problem}). "
                "This time your sessions are kept in the default folder {default}; "
                "choose the folder again in Settings → Data folder once it is back.",
            )
            notices.append(notice.format(folder=history_folder, problem=problem, default=data_dir))
            history_folder = None
    try:
        opened = open_or_set_aside(data_dir, builtins, now(), history_folder)
        if isinstance(opened, SetAside):
            notices.append(_recover(opened, data_dir))
            opened = open_or_set_aside(data_dir, builtins, now(), history_folder)
        if isinstance(opened, SetAside):  # the restored backup failed after all
            started = translate("startup_repository", "A new, empty history was started.")
            notices.append(f"{problem_text(opened)}\n\n{started}")
            opened = Repository.open(data_dir, builtins, history_folder=history_folder)
        repository = opened
    except (CorruptDatabaseError, SchemaTooNewError) as error:
        raise StartupError(str(error)) from error
    except OSError as error:
        text = translate("startup_repository", "The data folder {folder} cannot be used: {error}")
        raise StartupError(text.format(folder=data_dir, error=error)) from error
    notices.extend(repository.problems)
    back_up_today(repository, now().astimezone().date())
    return repository


def _folder_problem(folder: Path) -> str | None:
    """Why a chosen data folder can't be used, or None. A missing folder is not created: it
    is more likely an unmounted drive than a wish for a new empty history."""
    if not folder.is_dir():
        if not folder.exists():
            return translate("startup_repository", "it does not exist")
        return translate("startup_repository", "it is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        return translate("startup_repository", "LBH Desktop may not write there")
    return None


def _recover(set_aside: SetAside, data_dir: Path) -> str:
    """Restores the backup if the user wants it; the notice telling what was done."""
    good = set_aside.good_backup
    if good is not None and RestoreBackupDialog.ask(None, set_aside):
        try:
            restore_backup(good.backup, data_dir)
        except OSError as error:
            log.warning("could not restore %s: %s", good.backup.path, error)
            outcome = translate(
                "startup_repository",
                "The backup could not be restored ({error}); an empty history was started.",
            ).format(error=error)
        else:
            outcome = translate(
                "startup_repository", "Your history was restored from the backup of {date}."
            ).format(date=formats().day_month_year(good.backup.day))
    elif good is not None:
        outcome = translate(
            "startup_repository",
            "A new, empty history was started. Your backups are kept in\n{folder}",
        ).format(folder=good.backup.path.parent)
    else:
        outcome = translate(
            "startup_repository",
            "There was no backup to restore, so a new, empty history was started.",
        )
    return f"{problem_text(set_aside)}\n\n{outcome}"
