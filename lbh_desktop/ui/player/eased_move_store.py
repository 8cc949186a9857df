"""What the player needs to remember moves made easier after "This hurts" (the preferences)."""

from __future__ import annotations

from typing import Protocol

from lbh_desktop.core.levels import EasedMove


class EasedMoveStore(Protocol):
    """Where moves remembered easier after "This hurts" are kept (storage/preferences.py)."""

    def eased_move(self, exercise_id: str) -> EasedMove | None: ...

    def remember_eased_move(self, move: EasedMove) -> None: ...

    def forget_eased_move(self, exercise_id: str) -> None: ...
