"""The light and dark colour sets, as plain data that the palette and the style sheet both read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colors:
    """One theme's colours. Text colours keep at least 4.5:1 contrast with their
    background (WCAG AA); tests/ui/shared/test_theme.py checks every pair."""

    dark: bool
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    placeholder: str
    tooltip_base: str
    tooltip_text: str
    link: str
    disabled_text: str
    light: str
    midlight: str
    mid: str
    shadow: str
    accent: str
    """Headings such as the player's phase, and the progress bar."""
    focus: str
    """The focus ring: at least 3:1 against the window and the button (WCAG 1.4.11)."""
    message_background: str
    message_text: str
    surface: str
    """Cards and tiles (the player's picture, its instructions): soft, a step off the window.
    Window text, placeholder text and the accent keep 4.5:1 on it."""
    ring_track: str
    """The unfilled part of the player's progress ring; the accent keeps 3:1 on it."""
    accent_hover: str
    """The primary button under the mouse; highlighted text keeps 4.5:1 on it, as on the accent."""


LIGHT = Colors(
    dark=False,
    window="#f3f4f6",
    window_text="#1b1d21",
    base="#ffffff",
    alternate_base="#eceef1",
    text="#1b1d21",
    button="#e4e7eb",
    button_text="#1b1d21",
    highlight="#1c62a8",
    highlighted_text="#ffffff",
    placeholder="#585d66",
    tooltip_base="#fffbe6",
    tooltip_text="#1b1d21",
    link="#0b56a3",
    disabled_text="#8a8f98",
    light="#ffffff",
    midlight="#d7dbe0",
    mid="#a9afb8",
    shadow="#6b7078",
    accent="#146a75",
    focus="#1c62a8",
    message_background="#fff3cd",
    message_text="#5c4400",
    surface="#ffffff",
    ring_track="#d9e4e6",
    accent_hover="#0f5962",
)

DARK = Colors(
    dark=True,
    window="#1f2023",
    window_text="#e8eaed",
    base="#2a2c30",
    alternate_base="#313338",
    text="#e8eaed",
    button="#393c42",
    button_text="#e8eaed",
    highlight="#8ab4f8",
    highlighted_text="#16171a",
    placeholder="#a9adb3",
    tooltip_base="#33363b",
    tooltip_text="#e8eaed",
    link="#8ab4f8",
    disabled_text="#777b82",
    light="#555a62",
    midlight="#474a51",
    mid="#7a7f88",
    shadow="#0c0c0e",
    accent="#62cbd6",
    focus="#8ab4f8",
    message_background="#4a3b10",
    message_text="#ffe9a8",
    surface="#282a2e",
    ring_track="#3d4046",
    accent_hover="#8adbe3",
)
