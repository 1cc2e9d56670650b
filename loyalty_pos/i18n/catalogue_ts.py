"""Regenerate ``resources/i18n/catalogue_<code>.ts`` from ``catalogue.MESSAGES``.

The catalogue's texts are extracted by the same tool as the screens' (``pyside6-lupdate``)
so a translator opens one kind of file in Qt Linguist: we write a throw-away Python file of
``QCoreApplication.translate("catalogue", <English>, <code>)`` calls and run lupdate over
it. lupdate keeps the translations already in a .ts file, marks a changed English text
unfinished (so it is reviewed, and until then prints in English) and a removed code
obsolete. ``i18n/regenerate.py`` calls ``regenerate_catalogue`` with the GUI's files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from loyalty_pos.i18n.catalogue import CONTEXT, MESSAGES
from loyalty_pos.i18n.languages import ENGLISH, UI_LANGUAGES

# The repository's resources/ folder (installed as loyalty_pos.assets): the files are
# sources kept in git, written in a checkout, never in an installed copy.
I18N_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def extraction_source() -> str:
    """The Python text lupdate reads: one translate call per code, in a stable order."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for code, english in sorted(MESSAGES.items()):
        lines.append(f"QCoreApplication.translate({CONTEXT!r}, {english!r}, {code!r})")
    return "\n".join(lines) + "\n"


def qt_tool(name: str) -> str | None:
    """A PySide6 command (``pyside6-lupdate``): beside this Python first, as a virtualenv run
    without activating it (CI's ``.venv/bin/python -m pytest``) has it there but not on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.is_file():
        return str(beside)
    return shutil.which(name)


def lupdate() -> str:
    found = qt_tool("pyside6-lupdate")
    if found is None:
        raise FileNotFoundError("pyside6-lupdate was not found; it comes with PySide6")
    return found


def regenerate_catalogue(folder: Path = I18N_FOLDER) -> list[Path]:
    """Bring every language's catalogue .ts file in step with MESSAGES; the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "catalogue_messages.py"
        source.write_text(extraction_source(), encoding="utf-8")
        for language in UI_LANGUAGES:
            if language.code == ENGLISH.code:
                continue
            target = folder / f"catalogue_{language.code}.ts"
            subprocess.run([lupdate(), str(source), "-no-obsolete", "-locations", "none", "-target-language", language.code,
                            "-ts", str(target)], check=True, capture_output=True)
            written.append(target)
    return written
