"""PINs for commands under test, the way a script gives them: a file only its owner reads."""

from __future__ import annotations

import atexit
import os
import tempfile
from pathlib import Path


def pin_file(pin: str) -> str:
    """The path of a new mode-0600 file holding ``pin`` (removed when the tests end)."""
    descriptor, name = tempfile.mkstemp(prefix="loyalty-pin-")  # mkstemp creates it 0600
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(pin + "\n")
    atexit.register(Path(name).unlink, missing_ok=True)
    return name
