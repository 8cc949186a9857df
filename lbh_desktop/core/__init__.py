"""Pure-Python domain core: no Qt, no TinyDB (enforced by tests/test_import_contracts.py)."""
