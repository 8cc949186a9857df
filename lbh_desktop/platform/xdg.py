"""XDG base folders (data, config, state) as the spec reads their variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path


def base_dir(variable: str, fallback: str, environ: Mapping[str, str] | None = None) -> Path:
    """The folder `variable` names, or ~/`fallback` when it is unset or not absolute."""
    env = os.environ if environ is None else environ
    configured = env.get(variable, "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path(env.get("HOME") or Path.home()) / fallback
