"""The app's style sheet: type scale, accents and a clear focus ring, for a theme's colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lbh_desktop.ui.shared.colors import Colors

TEMPLATE = """
QLabel#routineTitle {{ font-size: {px16}px; font-weight: 600; }}
QLabel#totalLeft {{ font-size: {px15}px; }}
QLabel#phase {{ font-size: {px18}px; font-weight: 600; color: {accent};
    text-transform: uppercase; }}
QLabel#detail {{ font-size: {px15}px; }}
QLabel#clockCaption {{ font-size: {px14}px; color: {placeholder}; }}
QLabel#nextUp {{ font-size: {px15}px; font-weight: 600; padding: 6px 0; }}
QLabel#message {{ background: {message_background}; color: {message_text}; padding: 6px;
    border-radius: 4px; }}
QLabel#detailTitle {{ font-size: {px22}px; font-weight: 600; }}
QLabel#detailMeta {{ color: {placeholder}; }}
QProgressBar {{ border: none; border-radius: 5px; background: {midlight}; }}
QProgressBar::chunk {{ border-radius: 5px; background: {accent}; }}
QWidget#painRow {{ border-top: 1px solid {mid}; }}

QPushButton {{ background: {button}; color: {button_text}; border: 1px solid {mid};
    border-radius: 5px; padding: 4px 12px; min-height: 1.4em; }}
QPushButton:hover {{ background: {midlight}; }}
QPushButton:pressed, QPushButton:checked {{ background: {highlight}; color: {highlighted_text}; }}
QPushButton:disabled {{ color: {disabled_text}; border-color: {midlight}; }}
QPushButton#primary {{ font-weight: 600; padding: 4px 18px; }}
QToolButton {{ border: 2px solid transparent; border-radius: 5px; padding: 3px 8px; }}
QToolButton:hover {{ background: {midlight}; }}
QToolButton:checked {{ background: {button}; border-color: {mid}; }}

QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QLineEdit, QAbstractSpinBox, QComboBox {{ background: {base}; color: {text};
    border: 1px solid {mid}; border-radius: 3px; padding: 3px 5px; }}
QComboBox {{ background: {button}; color: {button_text}; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: {px18}px; }}
QAbstractSpinBox::up-arrow, QAbstractSpinBox::down-arrow {{ width: 9px; height: 9px; }}
QComboBox::drop-down {{ width: {px20}px; }}
QComboBox::down-arrow {{ width: 10px; height: 10px; }}
QComboBox QAbstractItemView {{ background: {base}; color: {text}; border: 1px solid {mid};
    selection-background-color: {highlight}; selection-color: {highlighted_text}; }}

QPushButton:focus, QToolButton:focus {{ border: 2px solid {focus}; }}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {{ border: 2px solid {focus};
    padding: 2px 4px; }}
QAbstractItemView:focus {{ border: 2px solid {focus}; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 4px; padding: 1px 3px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {focus}; }}
QSlider {{ border: 2px solid transparent; border-radius: 4px; }}
QSlider:focus {{ border-color: {focus}; }}
QTabBar::tab:focus {{ border: 2px solid {focus}; }}

QWidget#matMode {{ background: #000000; }}
QWidget#matMode QLabel {{ color: #ffffff; }}
QWidget#matMode QLabel#matPhase {{ color: #7fe3ee; }}
QWidget#matMode QLabel#matCaption, QWidget#matMode QLabel#matHint {{ color: #d0d0d0; }}
QWidget#matMode QPushButton {{ background: #1b1b1b; color: #ffffff; border: 2px solid #9a9a9a;
    padding: 6px 18px; font-size: {px18}px; }}
QWidget#matMode QPushButton:focus {{ border: 3px solid #ffd54a; }}
"""


def style_sheet(colors: Colors, scale: float = 1.0) -> str:
    """The style sheet for `colors`, with the heading sizes scaled like the app font."""
    sizes = {f"px{size}": round(size * scale) for size in (14, 15, 16, 18, 20, 22)}
    fields = {name: value for name, value in vars(colors).items() if isinstance(value, str)}
    return TEMPLATE.format(**sizes, **fields)
