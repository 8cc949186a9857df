"""Settings → Data folder: shows the folder in use and its computers, moves to another, restarts."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lbh_desktop.core.devices import DeviceSummary, device_line
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the tab loads with the Settings dialog, not at start-up
    from PySide6.QtWidgets import QWidget

    from lbh_desktop.ui.settings.data_folder_tab import DataFolderTab

NO_DEVICES = QT_TRANSLATE_NOOP("data_folder_controller", "No computer has written here yet.")


def local_now() -> datetime:
    return datetime.now().astimezone()


def same_folder(first: Path, second: Path) -> bool:
    """The same folder, however written (a symbolic link, "..", letter case on Windows)."""
    return os.path.normcase(os.path.realpath(first)) == os.path.normcase(os.path.realpath(second))


class DataFolderController:
    """Lives as long as the app; each Settings dialog gets a new tab from build_tab(). A change
    takes effect at the next start, so it is remembered here until then (`pending`)."""

    def __init__(
        self,
        current_folder: Callable[[], Path],
        default_folder: Path,
        devices: Callable[[], list[DeviceSummary]],
        change_folder: Callable[[Path], str | None],
        restart: Callable[[], object],
        choose_directory: Callable[[Path], Path | None] | None = None,
        now: Callable[[], datetime] = local_now,
    ) -> None:
        """`current_folder`: the folder this running app reads and writes. `change_folder`
        copies this computer's data to a folder and saves it as the preference; it returns a
        message for the user when it could not. `restart` quits and starts the app again (its
        result is not used: restart_app's False, a refused quit, leaves the app as it is).
        `choose_directory` defaults to a folder dialog."""
        self._current_folder = current_folder
        self._default_folder = default_folder
        self._devices = devices
        self._change_folder = change_folder
        self._restart = restart
        self._choose_directory = choose_directory
        self._now = now
        self.pending: Path | None = None
        """The folder chosen for the next start, when it is not the one in use."""
        self._view: DataFolderTab | None = None

    def build_tab(self, parent: QWidget | None = None) -> DataFolderTab:
        from lbh_desktop.ui.settings.data_folder_tab import DataFolderTab

        view = DataFolderTab(parent)
        self.attach(view)
        return view

    def attach(self, view: DataFolderTab) -> None:
        self._view = view
        view.choose_requested.connect(self.choose_folder)
        view.default_requested.connect(self.use_default_folder)
        view.restart_requested.connect(self._restart)
        view.shown.connect(self.refresh_devices)
        view.set_folder(str(self._current_folder()))
        if self.pending is not None:
            view.show_message(self._restart_text(self.pending), restart=True)

    def refresh_devices(self) -> None:
        view = self._require_view()
        try:
            devices = self._devices()
        except OSError as error:
            text = translate(
                "data_folder_controller", "The list of computers could not be read: {error}"
            )
            view.set_devices([(text.format(error=error), False)])
            return
        now = self._now()
        lines = [(device_line(device, now), device.is_this_device) for device in devices]
        view.set_devices(lines or [(translate("data_folder_controller", NO_DEVICES), False)])

    def choose_folder(self) -> None:
        view = self._require_view()
        choose = self._choose_directory or view.ask_for_folder
        chosen = choose(self.pending or self._current_folder())
        if chosen is not None:
            self._move_to(chosen)

    def use_default_folder(self) -> None:
        self._move_to(self._default_folder)

    def _move_to(self, folder: Path) -> None:
        view = self._require_view()
        folder = Path(os.path.abspath(folder))
        in_use = self._current_folder()
        if same_folder(folder, self.pending or in_use):
            if self.pending is None:
                text = translate(
                    "data_folder_controller",
                    "{folder} is already the data folder in use. Nothing was changed.",
                )
            else:
                text = translate(
                    "data_folder_controller",
                    "{folder} is already the data folder chosen for the next start. "
                    "Nothing was changed.",
                )
            view.show_message(text.format(folder=folder), restart=self.pending is not None)
            return
        try:
            error = self._change_folder(folder)
        except OSError as failure:
            error = translate("data_folder_controller", "{folder} could not be used: {reason}.")
            error = error.format(folder=folder, reason=failure.strerror or failure)
        if error:
            text = translate("data_folder_controller", "{error} Nothing was changed.")
            view.show_message(text.format(error=error), restart=self.pending is not None)
            return
        if same_folder(folder, in_use):  # back to the folder in use: the change is undone
            self.pending = None
            text = translate(
                "data_folder_controller", "Back to {folder}, the folder in use: no restart needed."
            )
            view.show_message(text.format(folder=folder))
        else:
            self.pending = folder
            view.show_message(self._restart_text(folder), restart=True)

    @staticmethod
    def _restart_text(folder: Path) -> str:
        text = translate(
            "data_folder_controller",
            "This computer's data was copied to {folder}. "
            "LBH Desktop uses that folder once it restarts.",
        )
        return text.format(folder=folder)

    def _require_view(self) -> DataFolderTab:
        assert self._view is not None, "build_tab() or attach() first"
        return self._view
