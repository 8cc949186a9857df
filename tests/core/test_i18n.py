"""The Qt-free translation seam: source texts, English plurals, an installed lookup."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lbh_desktop.core import i18n
from lbh_desktop.core.i18n import choose_language, translate
from lbh_desktop.core.locale_formats import LocaleFormats, install_formats


@pytest.fixture
def german() -> Iterator[None]:
    table = {"Start": "Los", "%n minute(s) left": "noch %n Minute(n)"}

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = table.get(text, text)
        return found.replace("%n", str(n)) if n >= 0 else found

    i18n.install(lookup)
    yield
    i18n.install(None)


def test_without_a_translator_the_source_text_comes_back() -> None:
    assert translate("view", "Start") == "Start"
    assert translate("view", "Half {name}").format(name="way") == "Half way"


@pytest.mark.parametrize(
    ("count", "expected"), [(0, "0 minutes left"), (1, "1 minute left"), (2, "2 minutes left")]
)
def test_english_plurals_come_from_the_s_in_brackets(count: int, expected: str) -> None:
    assert translate("view", "%n minute(s) left", None, count) == expected


def test_an_installed_lookup_answers_and_none_restores_the_source(german: None) -> None:
    assert translate("view", "Start") == "Los"
    assert translate("view", "%n minute(s) left", None, 1) == "noch 1 Minute(n)"
    i18n.install(None)
    assert translate("view", "Start") == "Start"


class GermanNumbers(LocaleFormats):
    def number(self, value: float, decimals: int = 0) -> str:
        return super().number(value, decimals).replace(",", "X").replace(".", ",").replace("X", ".")


def test_a_large_count_is_grouped_as_the_locale_groups_numbers(german: None) -> None:
    assert translate("view", "%n minute(s) left", None, 3255) == "noch 3,255 Minute(n)"
    install_formats(GermanNumbers())
    try:
        assert translate("view", "%n minute(s) left", None, 3255) == "noch 3.255 Minute(n)"
        assert translate("view", "%n minute(s) left", None, 999) == "noch 999 Minute(n)"
    finally:
        install_formats(None)
    i18n.install(None)
    assert translate("view", "%n minute(s) left", None, 1204) == "1,204 minutes left"


def test_the_noop_marker_returns_its_text_untranslated(german: None) -> None:
    assert i18n.QT_TRANSLATE_NOOP("view", "Start") == "Start"


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", ["de-DE", "de"], "de"),
        ("system", ["pt-BR", "es-419", "es"], "es"),
        ("system", ["fr_CA"], "fr"),
        ("system", ["ja-JP"], "en"),
        ("system", ["C"], "en"),
        ("de", ["fr-FR"], "de"),
        ("en", ["de-DE"], "en"),
    ],
)
def test_the_language_is_the_choice_or_the_first_shipped_system_language(
    choice: str, system: list[str], expected: str
) -> None:
    assert choose_language(choice, system) == expected


def test_a_name_in_a_sentence_starts_small_unless_the_language_says_no() -> None:
    assert i18n.name_in_sentence("Front plank") == "front plank"

    def capitals_kept(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return "no" if (context, text) == ("i18n", "yes") else text

    i18n.install(capitals_kept)
    try:
        assert i18n.name_in_sentence("Unterarmstütz") == "Unterarmstütz"
    finally:
        i18n.install(None)
