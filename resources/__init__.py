"""Data shipped with the app: catalogue, routines, illustrations, sounds, icons."""
