"""Installing a language: the app's and Qt's translations, the default locale, its formats."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.ui.shared import language
from lbh_desktop.ui.shared.language import install_language, uninstall_language

DAY = date(2026, 12, 2)


@pytest.fixture
def restore(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    uninstall_language(qapp)


def test_german_brings_qt_texts_locale_and_formats(restore: QApplication) -> None:
    assert install_language(restore, "de") == "de"
    assert translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own buttons
    assert QLocale().language() == QLocale.Language.German
    shown = formats()
    assert shown.first_weekday() == 1
    assert shown.day_month_year(DAY) == "2. Dez. 2026"
    assert shown.weekday_name(3) == "Mittwoch"
    assert shown.number(1234.5, 1) == "1.234,5"
    assert shown.clock_time(time(9, 30)) == "09:30"


def test_french_and_spanish_write_dates_their_way(restore: QApplication) -> None:
    install_language(restore, "fr")
    assert formats().day_month(DAY) == "2 déc."
    assert translate("QPlatformTheme", "Cancel") == "Annuler"
    uninstall_language(restore)
    install_language(restore, "es")
    assert formats().weekday_name(3) == "miércoles"


def test_uninstall_goes_back_to_source_texts(restore: QApplication) -> None:
    install_language(restore, "de")
    uninstall_language(restore)
    assert translate("QPlatformTheme", "Cancel") == "Cancel"
    assert formats().day_month_year(DAY) == "2 Dec 2026"


def test_english_installs_no_translator(restore: QApplication) -> None:
    assert install_language(restore, "en") == "en"
    assert translate("QPlatformTheme", "Cancel") == "Cancel"
    assert not restore.findChildren(QTranslator)


def test_a_build_without_translation_files_still_starts(
    restore: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(*parts: str) -> None:
        raise FileNotFoundError("/".join(parts))

    monkeypatch.setattr(language, "resource_path", missing)
    assert install_language(restore, "de") == "de"
    assert formats().day_month(DAY) == "2. Dez."
