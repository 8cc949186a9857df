"""What every idle backend is: the IdleSource protocol, its IdleUnavailable error, session kind."""

from __future__ import annotations

import os
from typing import Protocol, runtime_checkable


class IdleUnavailable(Exception):
    """A backend cannot be used here; the message says why, for the settings page."""


@runtime_checkable
class IdleSource(Protocol):
    name: str
    reason: str  # why earlier backends were skipped, or why this one gives no answer

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input; None when it cannot tell right now."""
        ...

    def close(self) -> None:
        """Frees what the backend holds (an X display connection); safe to call twice."""
        ...


def is_wayland_session() -> bool:
    return bool(os.environ.get("WAYLAND_DISPLAY")) or os.environ.get("XDG_SESSION_TYPE") == (
        "wayland"
    )
