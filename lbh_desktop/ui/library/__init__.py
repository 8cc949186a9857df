"""The routines page: list and steps, the routine actions bar, and import/export of routines."""
