"""The app shell: builds the features once and wires them (window, start-up, CLI, self-test)."""
