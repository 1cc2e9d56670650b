"""Files shipped with the program (logo, icons, translations) in ``resources/``.

The folder sits next to the ``loyalty_pos`` package both in a source checkout
and in a PyInstaller bundle (which unpacks the package and ``resources/`` side
by side), so one rule finds it wherever the program was started from.
"""

from __future__ import annotations

from pathlib import Path

from loyalty_pos.domain.errors import LoyaltyError

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


class ResourceMissing(LoyaltyError):
    code = "resource_missing"
    template = "The file {name} is missing from {folder}; reinstall loyalty-pos."


def resource_path(name: str) -> Path:
    """The path of ``resources/<name>`` (``name`` may hold sub-folders: ``icons/till.png``).

    Raises ``ResourceMissing`` when the file is absent, and ``ValueError`` for a
    name that would reach outside the folder (a programming error).
    """
    path = (RESOURCES_DIR / name).resolve()
    if not path.is_relative_to(RESOURCES_DIR) or path == RESOURCES_DIR:
        raise ValueError(f"{name!r} is not a file name inside {RESOURCES_DIR}")
    if not path.is_file():
        raise ResourceMissing(name=name, folder=str(RESOURCES_DIR))
    return path
