"""Editor dialog fixtures: they answer only when a test says how (editor and library tests)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from lbh_desktop.ui.editor.editor_dialogs import ConfirmDelete, LeaveChoice, Notice, UnsavedChanges


@pytest.fixture(autouse=True)
def no_unexpected_editor_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Editor dialogs fail the test unless it answers them; notices are recorded instead."""

    def unexpected(cls: type, *args: object) -> object:
        raise AssertionError(f"unexpected dialog {cls.__name__} {args[1:]}")

    notices: list[tuple[str, str]] = []
    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(unexpected))
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(unexpected))
    monkeypatch.setattr(
        Notice, "show", classmethod(lambda cls, parent, title, text: notices.append((title, text)))
    )
    return notices


@pytest.fixture
def notices(no_unexpected_editor_dialogs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return no_unexpected_editor_dialogs


@pytest.fixture
def answer_unsaved(monkeypatch: pytest.MonkeyPatch) -> Callable[[LeaveChoice], list[str]]:
    """answer_unsaved(choice) makes the prompt answer `choice`; returns the names it asked about."""

    def install(choice: LeaveChoice) -> list[str]:
        asked: list[str] = []

        def ask(cls: type, parent: object, name: str) -> LeaveChoice:
            asked.append(name)
            return choice

        monkeypatch.setattr(UnsavedChanges, "ask", classmethod(ask))
        return asked

    return install


@pytest.fixture(autouse=True)
def drop_drafts_at_teardown(request: pytest.FixtureRequest) -> Iterator[None]:
    """Closing the app at teardown must not ask about a draft the test left unsaved."""
    app = request.getfixturevalue("app") if "app" in request.fixturenames else None
    yield
    if app is not None and app.editor is not None:
        app.editor.draft = app.editor.saved_routine = None
