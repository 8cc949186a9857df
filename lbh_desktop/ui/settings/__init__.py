"""Preferences dialog and the controller that saves and applies what the user chose."""
