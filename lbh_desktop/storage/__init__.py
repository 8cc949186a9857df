"""Persistence: TinyDB behind one repository API, with atomic writes and migrations."""
