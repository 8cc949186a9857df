"""The Progress page: weekly goals, calendar, habit strength, holds and pain over the weeks."""
