"""`LANG=de_DE.UTF-8 lbh-desktop` (and es, fr): every view, the moves and the safety notice in
the desktop's language, with its dates, in a real window on Xvfb."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale

from tests.e2e.real_window import run_in_window

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import translations

LOCALES = {"de": "de_DE.UTF-8", "es": "es_ES.UTF-8", "fr": "fr_FR.UTF-8"}

CHECK = """
import importlib.util
from datetime import date, timedelta
from datetime import time as clock_time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton, QDialog, QGroupBox, QLabel, QLineEdit, QTabBar, QTabWidget, QWidget,
)
from lbh_desktop.shell.breaks_wiring import build_breaks
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.ui.shared.safety_notice import SafetyNoticeDialog


def shown_texts(root):
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return [text.replace("&", "") for text in texts if text and text.strip()]


spec = importlib.util.spec_from_file_location("bench", "benchmarks/progress_benchmark.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
app = build()
today = date.today()
for record in bench.history(today, 1):
    if record.local_date >= (today - timedelta(days=20)).isoformat():
        app.repository.save_session(record)
result["views"] = {}
app.show_library()
settle()
result["views"]["library"] = shown_texts(app.window)
routine = app.repository.find_routine("strength")
app.open_routine(routine)
settle()
result["views"]["player"] = shown_texts(app.window)
app.window.progress_requested.emit()
settle()
for index in range(app.progress_view.tabs.count()):
    app.progress_view.tabs.setCurrentIndex(index)
    settle()
    result["views"][f"progress {index}"] = shown_texts(app.window)
notice = SafetyNoticeDialog()
notice.show()
settle()
result["views"]["safety notice"] = shown_texts(notice)
notice.close()

# The editor on a copy of a routine (its step form and exercise picker).
app.show_library()
settle()
app.window.library.routine_list.setCurrentRow(0)
app.window.library.routine_actions.duplicate_button.click()  # a copy opens in the editor
settle()
tabs = app.editor.view.tabs
for index in range(tabs.count()):
    tabs.setCurrentIndex(index)
    settle()
    result["views"][f"editor tab {index}"] = shown_texts(app.window)
result["copy_name"] = app.editor.view.findChild(QLineEdit).text()


def read_settings():
    for dialog in qt_app.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible():
            tabs = dialog.findChild(QTabWidget)
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                result["views"][f"settings tab {index}"] = shown_texts(dialog)
            dialog.reject()


QTimer.singleShot(300, read_settings)
app.settings.open()
settle()

app.preferences.working_days = frozenset(range(7))
app.preferences.working_hours = (clock_time(0, 0), clock_time(23, 59))
breaks = build_breaks(app, clock, 5)
settle()
result["views"]["break mini window"] = shown_texts(breaks.mini) if breaks.mini.isVisible() else []
for _ in range(10):
    clock.advance(30)
    breaks.controller.check()
settle()
result["views"]["break reminder"] = shown_texts(breaks.reminder)
result["reminder_shown"] = breaks.reminder.isVisible()
result["today"] = formats().day_month_year(today)
result["week_start"] = formats().first_weekday()
"""


def english_leftovers(texts: list[str], language: str) -> list[str]:
    """Shown texts that are an English source text and no text of the language (German
    "Start" is German too; "Pause" is the German for "Rest")."""
    sources, translated = set(), set()
    for _context, message in translations.messages(translations.ts_path(language)):
        sources.add(message.findtext("source", "").replace("&", ""))
        forms = [message.findtext("translation") or ""]
        forms += [form.text or "" for form in message.iter("numerusform")]
        translated.update(form.replace("&", "") for form in forms if form)
    return sorted({text for text in texts if text in sources - translated and len(text) > 3})


def translation_of(source: str, language: str) -> str:
    for _context, message in translations.messages(translations.ts_path(language)):
        if message.findtext("source") == source:
            return message.findtext("translation") or source
    raise AssertionError(f"{source!r} is not in the {language} translations")


@pytest.mark.e2e
@pytest.mark.parametrize("language", sorted(LOCALES))
def test_the_desktop_language_translates_every_view(language: str) -> None:
    environment = {"LC_ALL": "", "LANGUAGE": "", "LANG": LOCALES[language]}
    found = run_in_window(CHECK, extra_env=environment, timeout=180)
    views: dict[str, list[str]] = found["views"]  # type: ignore[assignment]
    leftovers = {view: english_leftovers(texts, language) for view, texts in views.items()}
    assert {view: left for view, left in leftovers.items() if left} == {}
    routine = translation_of("Lower back & hip strength", language).replace("&", "")
    assert any(routine in text for text in views["player"]), routine
    assert found["reminder_shown"] and views["break reminder"]
    assert {"editor tab 0", "settings tab 0"} <= set(views)
    copy_suffix = translation_of("{name} (copy)", language).replace("{name}", "")
    assert str(found["copy_name"]).endswith(copy_suffix), found["copy_name"]
    notice_title = translation_of("Before you start", language)
    assert any(notice_title in text for text in views["safety notice"]), notice_title
    month = QLocale(language).toString(QDate.currentDate(), "MMM")
    assert month in str(found["today"]), found["today"]
    assert found["week_start"] == 1  # Monday in Germany, Spain and France
