"""Widgets, colours and theme that every feature may use; imports no feature."""
