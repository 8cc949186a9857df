"""Pausing Python's cycle collector while the data file is parsed and decoded in bulk."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Parsing and decoding 10 years of sessions makes ~300,000 objects, and each few
    thousand new objects start a collection that walks them all again (two or three full
    ones per open, 15–30 ms each). None of them is in a reference cycle (JSON values and
    records), so reference counting frees them anyway; the collector resumes afterwards,
    as it was (a caller may have it off already)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
