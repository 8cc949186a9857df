"""Light and dark themes: WCAG AA text contrast, switching, following the system, text size."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from lbh_desktop.shell.app import App
from lbh_desktop.ui.progress.chart_theme import Theme as ChartTheme
from lbh_desktop.ui.shared import theme as theme_module
from lbh_desktop.ui.shared.colors import DARK, LIGHT, Colors
from lbh_desktop.ui.shared.style import Space, TextSize, style_sheet
from lbh_desktop.ui.shared.theme import Appearance, colors_for, palette_for
from tests.ui.shared.contrast import contrast

Role = QPalette.ColorRole
TEXT_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Window),
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Window),
    (Role.Link, Role.Base),
]
"""(text, background) palette roles that carry text people must read."""


def test_contrast_formula_matches_known_values() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_palette_text_roles_meet_wcag_aa(colors: Colors) -> None:
    palette = palette_for(colors)
    for text, background in TEXT_PAIRS:
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= 4.5, f"{text.name} on {background.name}: {ratio:.2f}"


def style_rules(sheet: str) -> Iterator[tuple[str, dict[str, str]]]:
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        properties = dict(
            (name.strip(), value.strip())
            for name, value in (part.split(":", 1) for part in body.split(";") if ":" in part)
        )
        yield " ".join(selector.split()), properties


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_card_and_ring_colours_meet_wcag(colors: Colors) -> None:
    """Text on the soft card keeps 4.5:1 (AA); the ring's accent keeps 3:1 against its track
    and the card it sits on (WCAG 1.4.11, graphics that carry meaning)."""
    on_card = (colors.window_text, colors.text, colors.placeholder, colors.accent)
    for text in on_card:
        ratio = contrast(QColor(text), QColor(colors.surface))
        assert ratio >= 4.5, f"{text} on the card {colors.surface}: {ratio:.2f}"
    for background in (colors.ring_track, colors.surface):
        ratio = contrast(QColor(colors.accent), QColor(background))
        assert ratio >= 3.0, f"ring {colors.accent} on {background}: {ratio:.2f}"
    for background in (colors.accent, colors.accent_hover):  # the primary button
        ratio = contrast(QColor(colors.highlighted_text), QColor(background))
        assert ratio >= 4.5, f"{colors.highlighted_text} on {background}: {ratio:.2f}"


def test_style_sheet_uses_the_type_and_spacing_scales() -> None:
    """Every font size in the sheet is a step of the type scale, every padding a step of the
    spacing scale (or a field's fine tuning), at 100 % and grown with the text at 200 %."""
    for scale in (1.0, 2.0):
        sheet = style_sheet(LIGHT, scale)
        sizes = {int(px) for px in re.findall(r"font-size: (\d+)px", sheet)}
        assert sizes <= {round(step * scale) for step in TextSize}, sizes
        assert {round(TextSize.TITLE * scale), round(TextSize.HEADLINE * scale)} <= sizes
    paddings = re.findall(r"padding: ([^;]+);", style_sheet(LIGHT))
    steps = {f"{int(space)}px" for space in Space} | {"0"}
    fine = {"3px", "5px", "2px", "4px", "1px"}  # fields and check boxes keep their 1-2 px frames
    for padding in paddings:
        assert set(padding.split()) <= steps | fine, padding
    assert [int(space) for space in Space] == [4, 8, 12, 16, 24, 32]


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_style_sheet_text_colours_meet_wcag_aa(colors: Colors) -> None:
    """Each rule's text colour against its own background, or the one it is drawn on."""
    checked = 0
    for selector, properties in style_rules(style_sheet(colors)):
        if ":disabled" in selector:  # WCAG exempts inactive controls
            continue
        pairs = [("color", "background"), ("selection-color", "selection-background-color")]
        for text_key, background_key in pairs:
            if text_key not in properties:
                continue
            default = "#000000" if "matMode" in selector else colors.window
            background = properties.get(background_key, default)
            ratio = contrast(QColor(properties[text_key]), QColor(background))
            assert ratio >= 4.5, f"{selector}: {properties[text_key]} on {background}: {ratio:.2f}"
            checked += 1
    assert checked >= 8  # the phase heading, captions, message, buttons, fields, mat mode


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_focus_ring_stands_out(colors: Colors) -> None:
    """WCAG 1.4.11: a focus indicator needs 3:1 against what surrounds it."""
    for background in (colors.window, colors.button, colors.base):
        assert contrast(QColor(colors.focus), QColor(background)) >= 3.0, background
    assert "QPushButton:focus" in style_sheet(colors)


@pytest.fixture
def restored_look(qapp: QApplication) -> Iterator[QApplication]:
    """The application palette, font and style sheet as they were, after the test."""
    font = QFont(qapp.font())
    yield qapp
    qapp.setPalette(QPalette())
    qapp.setFont(font)
    qapp.setStyleSheet("")


def test_switching_themes_repaints_the_app_and_the_charts(
    app: App, restored_look: QApplication, qtbot: QtBot
) -> None:
    assert app.settings is not None
    app.window.progress_requested.emit()
    chart = app.progress_view.weeks_chart  # type: ignore[union-attr]
    app.settings.appearance.apply("dark", 100)
    assert restored_look.palette().window().color() == QColor(DARK.window)
    assert DARK.accent in restored_look.styleSheet()
    qtbot.waitUntil(lambda: chart.theme.dark)
    assert chart.theme.background == QColor(DARK.window)
    assert ChartTheme.of(app.window.player).dark

    app.settings.appearance.apply("light", 100)
    assert restored_look.palette().window().color() == QColor(LIGHT.window)
    assert LIGHT.accent in restored_look.styleSheet()
    qtbot.waitUntil(lambda: not chart.theme.dark)


def test_following_the_system_tracks_its_colour_scheme(
    restored_look: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_dark = False
    monkeypatch.setattr(theme_module, "system_prefers_dark", lambda app: system_dark)
    appearance = Appearance(restored_look)
    appearance.apply("system", 100)
    assert appearance.colors is LIGHT
    system_dark = True
    appearance._on_system_scheme(restored_look.styleHints().colorScheme())
    assert appearance.colors is DARK
    assert restored_look.palette().window().color() == QColor(DARK.window)
    appearance.apply("light", 100)
    appearance._on_system_scheme(restored_look.styleHints().colorScheme())
    assert appearance.colors is LIGHT  # a fixed choice ignores the system


def test_unknown_theme_names_fall_back_to_the_system(restored_look: QApplication) -> None:
    assert colors_for("purple", restored_look) is colors_for("light", restored_look)
    appearance = Appearance(restored_look)
    appearance.apply("purple", 100)
    assert appearance.theme == "system"


def test_text_size_scales_the_font_and_the_style_sheet(restored_look: QApplication) -> None:
    base = restored_look.font().pointSizeF()
    appearance = Appearance(restored_look)
    appearance.apply("light", 200)
    assert restored_look.font().pointSizeF() == pytest.approx(2 * base)
    assert "QLabel#detailTitle { font-size: 44px" in restored_look.styleSheet()
    appearance.apply("light", 500)
    assert appearance.text_percent == 200
    appearance.apply("light", 100)
    assert restored_look.font().pointSizeF() == pytest.approx(base)


class RestyleEvents(QObject):
    """Records the style, palette and font changes a widget is sent."""

    KINDS = (
        QEvent.Type.StyleChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.ApplicationPaletteChange,
        QEvent.Type.FontChange,
        QEvent.Type.ApplicationFontChange,
    )

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QEvent.Type] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.KINDS:
            self.seen.append(event.type())
        return False


def test_applying_the_look_it_has_already_restyles_nothing(
    restored_look: QApplication, qtbot: QtBot
) -> None:
    """Start-up sets the saved look before building the window and again through the
    settings afterwards: the second time must not re-style every widget."""
    appearance = Appearance(restored_look)
    appearance.apply("light", 100)
    label = QLabel("Bird dog")
    qtbot.addWidget(label)
    label.show()
    events = RestyleEvents()
    label.installEventFilter(events)
    appearance.apply("light", 100)
    assert events.seen == []
    appearance.apply("dark", 200)
    assert events.seen  # a real change still reaches every widget
    assert restored_look.palette().window().color() == QColor(DARK.window)
