"""The back office's Members section: its parts (search, profile, statement) and dialogs."""
