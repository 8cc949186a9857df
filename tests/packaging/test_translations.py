"""The .ts sources are complete and up to date with the code, and the shipped .qm match them."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import translations

LANGUAGES = translations.TRANSLATED


def _entries(path: Path) -> set[tuple[str, str]]:
    return {(context, m.findtext("source", "")) for context, m in translations.messages(path)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_unfinished(language: str) -> None:
    unfinished = translations.todo(language)
    shown = [f"{entry['context']}: {entry['source']}"[:90] for entry in unfinished[:10]]
    assert unfinished == [], f"{len(unfinished)} unfinished in {language}, e.g. {shown}"


def test_the_ts_files_hold_every_string_of_the_code_and_catalogue(tmp_path: Path) -> None:
    for language in LANGUAGES:
        shutil.copy(translations.ts_path(language), tmp_path)
    translations.update(LANGUAGES, tmp_path)
    for language in LANGUAGES:
        committed = _entries(translations.ts_path(language))
        fresh = _entries(tmp_path / translations.ts_path(language).name)
        missing = sorted(fresh - committed)[:5]
        assert fresh == committed, f"run packaging/translations.py update; new: {missing}"


def test_the_shipped_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    translations.release(LANGUAGES, tmp_path)
    for language in LANGUAGES:
        built = (tmp_path / translations.qm_path(language).name).read_bytes()
        assert built == translations.qm_path(language).read_bytes(), (
            f"run packaging/translations.py release ({language})"
        )


def test_the_check_sees_an_unfinished_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = tmp_path / "lbh_desktop_de.ts"
    sample.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">'
        "<context><name>v</name>"
        "<message><source>Start</source><translation>Los</translation></message>"
        '<message><source>Stop</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n day(s)</source><translation>'
        "<numerusform>%n Tag</numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(translations, "ts_path", lambda language: sample)
    assert [entry["source"] for entry in translations.todo("de")] == ["Stop", "%n day(s)"]


def test_a_count_lupdate_cannot_read_still_puts_the_text_in_the_ts_files() -> None:
    # lupdate skips translate("c", "%n rep(s)", None, step.reps): a count that is not a bare name
    texts = set(translations.code_texts())
    assert ("library", "%n rep(s)") in texts
    for language in LANGUAGES:
        missing = sorted(texts - _entries(translations.ts_path(language)))[:5]
        assert not missing, f"{language}: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_text_is_a_plural_message_with_two_forms(language: str) -> None:
    for context, message in translations.messages(translations.ts_path(language)):
        source = message.findtext("source", "")
        if "%n" in source:
            assert message.get("numerus") == "yes", f"{context}: {source}"
            forms = [form.text for form in message.iter("numerusform")]
            assert len(forms) == 2 and all(forms), f"{language} {context}: {source}: {forms}"


def test_a_plural_translation_survives_an_update(tmp_path: Path) -> None:
    ts_file = tmp_path / "lbh_desktop_de.ts"
    shutil.copy(translations.ts_path("de"), ts_file)
    forms = {("library", "%n rep(s)"): ["%n Wdh. (eins)", "%n Wdh. (viele)"]}
    translations.mark_plurals(ts_file, forms)
    translations.update(("de",), tmp_path)
    assert (
        translations.plural_forms(ts_file)[("library", "%n rep(s)")]
        == forms[("library", "%n rep(s)")]
    )
