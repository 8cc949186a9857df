"""Icons by freedesktop name: the desktop's theme when it fits, else bundled line icons drawn in
the palette's colours, in the light and the dark theme."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from lbh_desktop.storage.bundled import resource_path
from lbh_desktop.ui.shared.colors import DARK, LIGHT, Colors
from lbh_desktop.ui.shared.icons import ICONS_FOLDER, icon_side_for, themed_icon
from lbh_desktop.ui.shared.theme import palette_for

USED = (
    "media-playback-start",
    "media-playback-pause",
    "media-playback-stop",
    "media-skip-forward",
    "media-skip-backward",
    "go-previous",
    "view-list",
    "office-chart-line",
    "preferences-system",
    "audio-volume-high",
    "audio-volume-muted",
    "view-fullscreen",
    "object-select",
    "dialog-warning",
)
"""Every icon the player and the main window ask for."""


@pytest.fixture
def themed_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application palette and icon theme as they were, after the test."""
    theme, paths = QIcon.themeName(), QIcon.themeSearchPaths()
    yield qapp
    qapp.setPalette(QPalette())
    QIcon.setThemeSearchPaths(paths)
    QIcon.setThemeName(theme)


def ink(
    icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
) -> str:
    """The one colour of an icon's solid pixels at 24 px, to within rounding ("mixed" if
    they differ more)."""
    image = icon.pixmap(QSize(24, 24), 1.0, mode, state).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    solid = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert len(solid) >= 10, "the icon draws nothing"
    usual = QColor(Counter(color.name() for color in solid).most_common(1)[0][0])
    for color in solid:
        channels = zip(color.getRgb()[:3], usual.getRgb()[:3], strict=True)
        if any(abs(a - b) > 3 for a, b in channels):
            return "mixed"
    return usual.name()


@pytest.mark.parametrize("name", USED)
def test_each_icon_is_bundled_as_a_24_px_line_icon_in_the_current_colour(name: str) -> None:
    path = resource_path(*ICONS_FOLDER) / f"{name}.svg"
    root = ET.parse(path).getroot()
    assert root.get("viewBox") == "0 0 24 24"
    assert "currentColor" in path.read_text(encoding="utf-8")
    assert not QIcon(str(path)).isNull()


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("name", USED)
def test_bundled_icons_are_drawn_in_the_palettes_button_text_colour(
    themed_app: QApplication, colors: Colors, name: str
) -> None:
    themed_app.setPalette(palette_for(colors))
    assert not QIcon.hasThemeIcon(name)  # the test platform has no icon theme
    icon = themed_icon(name)
    assert not icon.isNull()
    assert ink(icon) == colors.button_text, name


def test_an_icon_follows_a_switch_of_theme(themed_app: QApplication) -> None:
    icon = themed_icon("media-playback-start")
    themed_app.setPalette(palette_for(LIGHT))
    assert ink(icon) == LIGHT.button_text
    themed_app.setPalette(palette_for(DARK))
    assert ink(icon) == DARK.button_text


def test_disabled_and_checked_icons_take_their_own_colours(themed_app: QApplication) -> None:
    themed_app.setPalette(palette_for(LIGHT))
    icon = themed_icon("audio-volume-muted")
    assert ink(icon, QIcon.Mode.Disabled) == LIGHT.disabled_text
    assert ink(icon, state=QIcon.State.On) == LIGHT.highlighted_text
    on_accent = themed_icon("media-playback-pause", QPalette.ColorRole.HighlightedText)
    assert ink(on_accent) == LIGHT.highlighted_text


def test_icons_are_sharp_on_a_high_density_screen(themed_app: QApplication) -> None:
    pixmap = themed_icon("go-previous").pixmap(QSize(24, 24), 2.0)
    assert (pixmap.width(), pixmap.devicePixelRatio()) == (48, 2.0)


def fake_icon_theme(folder: Path, name: str, color: str) -> None:
    theme = folder / "fake"
    icons = theme / "24x24" / "actions"
    icons.mkdir(parents=True)
    (theme / "index.theme").write_text(
        "[Icon Theme]\nName=Fake\nDirectories=24x24/actions\n\n"
        "[24x24/actions]\nSize=24\nType=Fixed\nContext=Actions\n",
        encoding="utf-8",
    )
    image = QImage(24, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    assert image.save(str(icons / f"{name}.png"))


def test_the_desktops_icon_theme_wins_when_it_fits_the_apps_theme(
    themed_app: QApplication, tmp_path: Path
) -> None:
    fake_icon_theme(tmp_path, "media-playback-start", "#cc2200")
    QIcon.setThemeSearchPaths([str(tmp_path)])
    QIcon.setThemeName("fake")
    assert themed_app.styleHints().colorScheme() is not Qt.ColorScheme.Dark
    icon = themed_icon("media-playback-start")

    themed_app.setPalette(palette_for(LIGHT))
    assert ink(icon) == "#cc2200"
    # A light desktop's icons are drawn for a light background: in the dark theme, the app's.
    themed_app.setPalette(palette_for(DARK))
    assert ink(icon) == DARK.button_text


def test_an_unknown_name_fails_at_once() -> None:
    with pytest.raises(FileNotFoundError):
        themed_icon("no-such-icon")


def test_icons_grow_with_the_text() -> None:
    assert icon_side_for(13) == 16
    assert icon_side_for(26) > icon_side_for(20) > 16
