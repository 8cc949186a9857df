"""Tells the user in the status bar, once and without a dialog, when saving fails; retries."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from lbh_desktop.core.i18n import translate
from lbh_desktop.storage.atomic_storage import DatabaseWriteError
from lbh_desktop.storage.repository import Repository

log = logging.getLogger(__name__)

RETRY_MS = 30_000


class SaveProblemNotice(QObject):
    """Shows why changes are only in memory, retries every 30 s, and clears once saved."""

    def __init__(self, repository: Repository, label: QLabel, parent: QObject) -> None:
        super().__init__(parent)
        self._repository = repository
        self._label = label
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.retry)
        repository.set_save_listener(self._on_save_state)

    @property
    def retrying(self) -> bool:
        return self._timer.isActive()

    def retry(self) -> None:
        self._repository.retry_save()  # the listener hears when it works

    def _on_save_state(self, error: DatabaseWriteError | None) -> None:
        if error is None:
            log.info("saving works again")
            self._label.clear()
            self._label.setToolTip("")
            self._timer.stop()
            return
        log.warning("saving failed: %s", error)
        if error.strerror:
            text = translate(
                "save_notice",
                "Not saved: {reason}. Your changes are kept and saving is retried every 30 s.",
            ).format(reason=error.strerror)
        else:
            text = translate(
                "save_notice",
                "Not saved: the disk refused. Your changes are kept and saving is retried "
                "every 30 s.",
            )
        self._label.setText(text)
        self._label.setToolTip(str(error))
        self._timer.start()
