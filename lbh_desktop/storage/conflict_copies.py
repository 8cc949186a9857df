"""Names sync tools give conflicting copies of a file (Syncthing, Nextcloud/ownCloud, Dropbox)."""

from __future__ import annotations

import re

_SYNCTHING = re.compile(r"^(?P<stem>.+?)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(?P<suffix>\..*)?$")
"""notes.sync-conflict-20261202-101500-ABCDEF7.json"""
_CONFLICTED_COPY = re.compile(r"^(?P<stem>.+?) \([^()]*conflicted copy[^()]*\)(?P<suffix>\..*)?$")
"""Nextcloud/ownCloud: "notes (conflicted copy 2026-12-02 101500).json";
Dropbox: "notes (Ana's conflicted copy 2026-12-02).json" (also "(… conflicted copy … (1))")."""


def original_name(name: str) -> str | None:
    """The name of the file `name` is a conflict copy of, or None when it is not one."""
    for pattern in (_SYNCTHING, _CONFLICTED_COPY):
        match = pattern.match(name)
        if match is not None:
            return match.group("stem") + (match.group("suffix") or "")
    return None
