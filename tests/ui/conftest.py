"""Feature tests drive the real app (tests/app_fixtures.py); pseudo-locale tests share a .qm."""

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from lbh_desktop.core import i18n
from lbh_desktop.storage import bundled
from lbh_desktop.ui.shared.colors import LIGHT
from lbh_desktop.ui.shared.language import uninstall_language
from lbh_desktop.ui.shared.style import style_sheet
from tests.app_fixtures import app, clock, no_unexpected_dialogs, played_cues  # noqa: F401


# The pseudo-locale layout tests (test_pseudo_locale_*.py): built once, on first use.
@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
    import translations

    built: Path = translations.pseudo_release(tmp_path_factory.mktemp("pseudo"))
    return built


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
