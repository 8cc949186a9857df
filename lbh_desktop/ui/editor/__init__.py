"""The routine editor: editing routines and custom exercises with undo."""
