"""Python's cycle collector paused while the app starts, and resumed once its window is up."""

from __future__ import annotations

import gc

_paused_here = False


def pause() -> None:
    """Start-up imports modules and builds the window: tens of thousands of long-lived objects
    and next to no cycles. Each few hundred new objects start a collection that walks the young
    ones again, about 10 ms of a 350 ms start; reference counting frees what start-up drops.
    Call it first thing; `resume` undoes it."""
    global _paused_here
    if gc.isenabled():
        gc.disable()
        _paused_here = True


def resume() -> None:
    """Collects what start-up left in cycles, moves the survivors (modules, classes, the
    window) out of the collector's way for good (gc.freeze) and turns it back on. Does
    nothing unless `pause` turned it off."""
    global _paused_here
    if not _paused_here:
        return
    _paused_here = False
    gc.collect()
    gc.freeze()
    gc.enable()


def paused() -> bool:
    """Whether `pause` has the collector off now."""
    return _paused_here
