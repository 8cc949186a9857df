"""Reading the sessions a real app process wrote into its data folder, as the tests check them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def stored_sessions(folder: Path) -> list[dict[str, Any]]:
    """Every session document in every device's month files, oldest start first; a file
    being replaced at that moment is simply read on the next call."""
    found: list[dict[str, Any]] = []
    for path in sorted(folder.glob("devices/*/sessions-*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        found.extend(data.get("sessions", {}).values())
    return sorted(found, key=lambda document: str(document.get("started_utc", "")))
