"""Files shipped with the program (logo, fonts, later icons and translations).

They live in the repository's top-level ``resources/`` folder, which installs as the
package ``loyalty_pos.assets`` (pyproject's package-dir). Looking them up through
``importlib.resources`` finds them in a wheel install, an editable install and a
PyInstaller bundle alike, where a path computed from ``__file__`` only worked in a
checkout.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

from loyalty_pos.domain.errors import LoyaltyError

ASSETS_PACKAGE = "loyalty_pos.assets"


class ResourceMissing(LoyaltyError):
    code = "resource_missing"
    template = "The file {name} is missing from {folder}; reinstall loyalty-pos."


def _entry(name: str) -> Traversable:
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or any(part in ("..", ".") for part in parts):
        raise ValueError(f"{name!r} is not a file name inside {ASSETS_PACKAGE}")
    try:
        folder = files(ASSETS_PACKAGE)
    except ModuleNotFoundError:
        # A checkout run without `pip install -e .` has no loyalty_pos.assets package.
        raise ResourceMissing(name=name, folder=ASSETS_PACKAGE) from None
    entry = folder.joinpath(*parts)
    if not entry.is_file():
        raise ResourceMissing(name=name, folder=str(folder))
    return entry


def resource_path(name: str) -> Path:
    """The file ``name`` (``name`` may hold sub-folders: ``fonts/DejaVuSans.ttf``) as a path,
    for the Qt calls that open files by name.

    Raises ``ResourceMissing`` when the file is absent, and ``ValueError`` for a
    name that would reach outside the folder (a programming error).
    """
    entry = _entry(name)
    if not isinstance(entry, Path):
        # Only a zip import would give something else; no install of ours does.
        raise ResourceMissing(name=name, folder=ASSETS_PACKAGE,
                              template="The file {name} is missing from {folder} (not unpacked on disk); "
                                       "reinstall loyalty-pos.")
    return entry


def resource_bytes(name: str) -> bytes:
    """The content of the file ``name``; works whatever holds the package."""
    return _entry(name).read_bytes()
