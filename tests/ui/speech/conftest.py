"""Speech tests share the default-locale guard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture
def default_locale() -> Iterator[None]:
    """Tests set the default QLocale (as install_language does); it is restored after."""
    saved = QLocale()
    yield
    QLocale.setDefault(saved)
