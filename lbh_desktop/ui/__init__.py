"""Thin Qt views and controllers that bind to core events."""
