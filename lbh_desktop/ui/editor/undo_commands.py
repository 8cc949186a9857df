"""Undo commands for the editor: each swaps the whole draft routine for another one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from lbh_desktop.core.models import Routine

MERGE_ID = 5105
"""QUndoCommand.id() of commands that may merge (typing into one field)."""


class DraftChange(QUndoCommand):
    """Replaces the draft `before` with `after`; undo puts `before` back.

    Commands with the same non-empty `merge_key` in a row (e.g. each keystroke into the
    name, or each spin-box step of one field of one step) merge into one undo step.
    """

    def __init__(
        self,
        text: str,
        before: Routine,
        after: Routine,
        apply: Callable[[Routine, int], None],
        rows: tuple[int, int] = (-1, -1),
        merge_key: str = "",
    ) -> None:
        """`rows`: the step to select after undo and after redo (-1: keep the selection)."""
        super().__init__(text)
        self.before = before
        self.after = after
        self._apply = apply
        self.rows = rows
        self.merge_key = merge_key

    def redo(self) -> None:
        self._apply(self.after, self.rows[1])

    def undo(self) -> None:
        self._apply(self.before, self.rows[0])

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DraftChange) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)
        return True
