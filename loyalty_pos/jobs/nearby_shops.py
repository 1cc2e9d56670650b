"""Where a shop might be when the folder given holds none: "did you mean ...?".

A mistyped --data-dir is the usual cause; the places worth naming are the
machine's shop folder, the demo's, the environment's, and folders next to (or
inside) the one given that hold a shop database.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

from loyalty_pos.config import DATA_DIR_ENV, Config, demo_data_dir, machine_data_dir

MAX_SUGGESTIONS = 3
MAX_SIBLINGS = 200  # a folder such as /tmp can hold thousands: look at a bounded number


def did_you_mean(given: Path) -> str:
    """``"; did you mean --data-dir A (or B)?"``, or "" when no shop is near."""
    near = nearby_shops(given)
    if not near:
        return ""
    return "; did you mean --data-dir " + " or ".join(str(p) for p in near) + "?"


def nearby_shops(given: Path) -> list[Path]:
    given = Path(os.path.abspath(given))
    standard = [machine_data_dir(), demo_data_dir()]
    if os.environ.get(DATA_DIR_ENV):
        standard.append(Path(os.environ[DATA_DIR_ENV]))
    around = _folders_in(given.parent) + _folders_in(given)
    # The spelling closest to what was typed first: that is the likely typo.
    around.sort(key=lambda folder: -difflib.SequenceMatcher(None, folder.name, given.name).ratio())
    found: list[Path] = []
    for folder in [*around, *standard]:
        folder = Path(os.path.abspath(folder.expanduser()))
        if folder != given and folder not in found and _holds_database(folder):
            found.append(folder)
    return found[:MAX_SUGGESTIONS]


def _folders_in(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            found = []
            for entry in entries:
                if len(found) >= MAX_SIBLINGS:
                    break
                if entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
                    found.append(Path(entry.path))
            return found
    except OSError:
        return []


def _holds_database(folder: Path) -> bool:
    try:
        return Config(data_dir=folder).db_path.stat().st_size > 0
    except OSError:
        return False
