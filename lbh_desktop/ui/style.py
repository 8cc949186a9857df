"""The app's small style sheet: type scale and accents that work in light and dark palettes."""

STYLE_SHEET = """
QLabel#routineTitle { font-size: 16px; font-weight: 600; }
QLabel#totalLeft { font-size: 15px; }
QLabel#phase { font-size: 18px; font-weight: 600; color: #1d7f8c; text-transform: uppercase; }
QLabel#detail { font-size: 15px; }
QLabel#clockCaption { font-size: 14px; color: palette(placeholder-text); }
QLabel#nextUp { font-size: 15px; font-weight: 600; padding: 6px 0; }
QLabel#message { background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px; }
QLabel#detailTitle { font-size: 22px; font-weight: 600; }
QLabel#detailMeta { color: palette(placeholder-text); }
QProgressBar { border: none; border-radius: 5px; background: palette(midlight); }
QProgressBar::chunk { border-radius: 5px; background: #1d7f8c; }
QWidget#painRow { border-top: 1px solid palette(mid); }
QPushButton#primary { font-weight: 600; padding: 4px 18px; }
"""
