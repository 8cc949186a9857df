"""In a pseudo-locale (every text accented and 40 % longer), every view fits at 800×600.

The pseudo translation is built from the code and catalogue as a new language would be
(packaging/translations.py), so a string that is not translatable shows up in English and a
string that does not fit shows up cut: the same checks as the 200 % text test.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.core import i18n
from lbh_desktop.shell.app import App
from lbh_desktop.storage import bundled
from lbh_desktop.ui.settings.settings_dialog import SettingsDialog
from lbh_desktop.ui.settings.settings_values import DEFAULTS
from lbh_desktop.ui.shared.colors import LIGHT
from lbh_desktop.ui.shared.language import uninstall_language
from lbh_desktop.ui.shared.style import style_sheet
from tests.ui.layout_checks import (
    clipped_buttons,
    clipped_labels,
    resize,
    squashed_fields,
    status_labels_fit,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import translations

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return translations.pseudo_release(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo_language(pseudo_qm: Path, qapp: QApplication) -> Iterator[None]:
    translator = QTranslator(qapp)
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    i18n.install(lambda context, text, what, n: qapp.translate(context, text, what, n))
    bundled.load_catalogue.cache_clear()
    bundled._load_builtin_routines.cache_clear()
    qapp.setStyleSheet(style_sheet(LIGHT))  # as the real app has from the start
    yield
    qapp.setStyleSheet("")
    uninstall_language(qapp)
    bundled.load_catalogue.cache_clear()
    bundled._load_builtin_routines.cache_clear()


def problems(page: QWidget) -> list[str]:
    return clipped_buttons(page) + squashed_fields(page) + clipped_labels(page)


def test_pseudo_translation_reaches_the_views(pseudo_language: None, app: App) -> None:
    routine = app.repository.find_routine("desk-stretch-break")
    assert routine is not None and routine.name.startswith("[")  # the catalogue, translated
    assert app.window.library.findChildren(QWidget)


def test_every_view_fits_at_800_by_600(pseudo_language: None, app: App, qtbot: QtBot) -> None:
    found: dict[str, list[str]] = {}
    resize(qtbot, app, 800, 600)
    found["library"] = problems(app.window.library)
    routine = app.repository.find_routine("strength")
    assert routine is not None
    app.open_routine(routine)
    resize(qtbot, app, 800, 600)
    found["player"] = problems(app.window.pages.currentWidget())
    app.window.progress_requested.emit()
    view = app.progress_view
    assert view is not None
    tabs = view.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        resize(qtbot, app, 800, 600)
        found[f"progress tab {index}"] = problems(app.window.pages.currentWidget())
    status_labels_fit(app)
    assert app.settings is not None
    dialog = SettingsDialog(
        DEFAULTS, Path("/tmp/lbh-data"), "", app.settings.voice_section, lambda: None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        dialog.resize(dialog.sizeHint().boundedTo(app.window.size()))
        QApplication.processEvents()
        found[f"settings tab {index}"] = problems(dialog)
    found = {view: cut for view, cut in found.items() if cut}
    assert found == {}, "\n".join(f"{view}: {cut}" for view, cut in found.items())
