"""The feature tests drive the real app: its fixtures come from tests/app_fixtures.py."""

from tests.app_fixtures import app, clock, no_unexpected_dialogs, played_cues  # noqa: F401
