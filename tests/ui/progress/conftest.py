"""Progress page tests get a page builder, and its file dialogs answer only when told."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.progress.progress_page import Page, open_page, patch_dialogs


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    return patch_dialogs(monkeypatch)


@pytest.fixture
def make_page(qtbot: QtBot) -> Callable[..., Page]:
    return functools.partial(open_page, qtbot)
