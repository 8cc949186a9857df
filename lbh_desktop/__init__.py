"""LBH Desktop: guided lower-back and hip routines with drift-free timers."""

__version__ = "0.1.0"
