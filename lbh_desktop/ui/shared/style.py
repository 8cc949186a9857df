"""The app's style sheet: one type scale, one spacing scale, accents and a clear focus ring."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lbh_desktop.ui.shared.colors import Colors


class TextSize(IntEnum):
    """The type scale, in pixels at 100 % text; the style sheet scales it with the text size.
    Body text in general is the application font (the system's, scaled the same way)."""

    CAPTION = 13
    """Notes under the countdown, meta lines."""
    BODY = 15
    """Emphasised running text: the move's detail, time left, next up."""
    TITLE = 18
    """A page's or a routine's name, the player's phase."""
    HEADLINE = 22
    """The heading of a detail pane or a dialog."""
    DISPLAY = 28
    """The biggest words that are not a countdown."""


class Space(IntEnum):
    """The spacing scale, in pixels: paddings, gaps and corner radii come from it. It does not
    grow with the text: a control's padding stays put while its text grows."""

    XS = 4
    S = 8
    M = 12
    L = 16
    XL = 24
    XXL = 32


RADIUS = Space.S
"""Corners of buttons and fields."""
CARD_RADIUS = Space.M
"""Corners of cards: the player's picture and its instructions."""

TEMPLATE = """
QLabel#routineTitle {{ font-size: {title}px; font-weight: 600; }}
QLabel#totalLeft {{ font-size: {body}px; font-weight: 600; }}
QLabel#phase {{ font-size: {title}px; font-weight: 700; color: {accent};
    text-transform: uppercase; letter-spacing: 1px; }}
QLabel#detail {{ font-size: {body}px; }}
QLabel#clockCaption {{ font-size: {caption}px; color: {placeholder}; }}
QLabel#nextUp {{ font-size: {body}px; font-weight: 600; padding: {xs}px 0; }}
QLabel#message {{ background: {message_background}; color: {message_text};
    padding: {s}px {m}px; border-radius: {radius}px; }}
QLabel#detailTitle {{ font-size: {headline}px; font-weight: 600; }}
QLabel#detailMeta {{ color: {placeholder}; }}
QProgressBar {{ border: none; border-radius: {xs}px; background: {ring_track}; }}
QProgressBar::chunk {{ border-radius: {xs}px; background: {accent}; }}
QWidget#painRow {{ border-top: 1px solid {midlight}; }}
QFrame#card {{ background: {surface}; color: {window_text}; border: 1px solid {midlight};
    border-radius: {card_radius}px; }}
QFrame#card QLabel {{ background: transparent; }}
QFrame#card QLabel#clockCaption {{ color: {placeholder}; }}
QFrame#card QLabel#phase {{ color: {accent}; }}

QPushButton {{ background: {button}; color: {button_text}; border: 1px solid {mid};
    border-radius: {radius}px; padding: {xs}px {m}px; min-height: 1.4em; }}
QPushButton:hover {{ background: {midlight}; }}
QPushButton:pressed, QPushButton:checked {{ background: {highlight}; color: {highlighted_text}; }}
QPushButton:disabled {{ color: {disabled_text}; border-color: {midlight}; }}
QPushButton:flat {{ background: transparent; border-color: transparent; }}
QPushButton#primary {{ font-weight: 600; padding: {xs}px {l}px; background: {accent};
    color: {highlighted_text}; border: 1px solid {accent}; }}
QPushButton#primary:hover, QPushButton#primary:pressed {{ background: {accent_hover};
    color: {highlighted_text}; border-color: {accent_hover}; }}
QPushButton#primary:disabled {{ background: {button}; color: {disabled_text};
    border-color: {midlight}; }}
QToolBar {{ border: none; border-bottom: 1px solid {midlight}; spacing: {xs}px;
    padding: {xs}px {s}px; }}
QToolButton {{ border: 2px solid transparent; border-radius: {radius}px;
    padding: {xs}px {m}px; }}
QToolButton:hover {{ background: {midlight}; }}
QToolButton:checked {{ background: {surface}; color: {window_text}; border-color: {midlight};
    font-weight: 600; }}

QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QLineEdit, QAbstractSpinBox, QComboBox {{ background: {base}; color: {text};
    border: 1px solid {mid}; border-radius: {field_radius}px; padding: 3px 5px; }}
QComboBox {{ background: {button}; color: {button_text}; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: {title}px; }}
QAbstractSpinBox::up-arrow, QAbstractSpinBox::down-arrow {{ width: 9px; height: 9px; }}
QComboBox::drop-down {{ width: {drop_down}px; }}
QComboBox::down-arrow {{ width: 10px; height: 10px; }}
QComboBox QAbstractItemView {{ background: {base}; color: {text}; border: 1px solid {mid};
    selection-background-color: {highlight}; selection-color: {highlighted_text}; }}

QPushButton:focus, QToolButton:focus, QPushButton#primary:focus {{
    border: 2px solid {focus}; }}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {{ border: 2px solid {focus};
    padding: 2px 4px; }}
QAbstractItemView:focus {{ border: 2px solid {focus}; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: {xs}px;
    padding: 1px 3px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {focus}; }}
QSlider {{ border: 2px solid transparent; border-radius: {xs}px; }}
QSlider:focus {{ border-color: {focus}; }}
QTabBar::tab:focus {{ border: 2px solid {focus}; }}

QWidget#matMode {{ background: #000000; }}
QWidget#matMode QLabel {{ color: #ffffff; }}
QWidget#matMode QLabel#matPhase {{ color: #7fe3ee; }}
QWidget#matMode QLabel#matCaption, QWidget#matMode QLabel#matHint {{ color: #d0d0d0; }}
QWidget#matMode QPushButton {{ background: #1b1b1b; color: #ffffff; border: 2px solid #9a9a9a;
    padding: {s}px {l}px; font-size: {title}px; }}
QWidget#matMode QPushButton:focus {{ border: 3px solid #ffd54a; }}
"""


def style_sheet(colors: Colors, scale: float = 1.0) -> str:
    """The style sheet for `colors`, with the type scale grown like the app font by `scale`."""
    sizes = {size.name.lower(): round(size * scale) for size in TextSize}
    spaces = {space.name.lower(): int(space) for space in Space}
    shapes = {
        "radius": int(RADIUS),
        "card_radius": int(CARD_RADIUS),
        "field_radius": Space.XS,
        "drop_down": round((TextSize.TITLE + Space.XS // 2) * scale),
    }
    fields = {name: value for name, value in vars(colors).items() if isinstance(value, str)}
    return TEMPLATE.format(**sizes, **spaces, **shapes, **fields)


def icon_side_for(text_px: int) -> int:
    """An icon's side beside text `text_px` high: a little taller than its capitals, so it
    grows with the text-size setting."""
    return max(16, round(text_px * 1.2))
