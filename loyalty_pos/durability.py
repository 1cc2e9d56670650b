"""Making a rename survive a power cut: the directory entry is flushed too.

The database backup and the card key file both write a new file and rename it
into place; without this the rename can be lost even though the file was synced.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_directory(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
