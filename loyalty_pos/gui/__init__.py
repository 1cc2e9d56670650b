"""The PySide6 till and back office. Only here (and printing/) is Qt imported."""
