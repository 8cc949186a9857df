"""Desktop integration: idle time, a single running instance and start at login."""
