"""What is kept on disk: history and routines (TinyDB), preferences (QSettings), shipped files."""
