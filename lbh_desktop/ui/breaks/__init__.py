"""Stretch-break reminders: the reminder window, tray, small window, settings and controller."""
