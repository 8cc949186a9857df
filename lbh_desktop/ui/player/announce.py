"""Polite screen-reader announcements (AT-SPI "object:announcement", UIA notifications)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce_politely(source: QObject, text: str) -> None:
    """Said after what the screen reader is saying now; nothing when no reader listens."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
