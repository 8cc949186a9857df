"""Desktop integration: idle time (one idle_<desktop>.py a backend), single instance, login."""
