"""Editor tests answer the editor's dialogs themselves (tests/ui/editor_dialogs.py)."""

from tests.ui.editor_dialogs import (  # noqa: F401
    answer_unsaved,
    drop_drafts_at_teardown,
    no_unexpected_editor_dialogs,
    notices,
)
