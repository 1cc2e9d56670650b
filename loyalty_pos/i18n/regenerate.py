"""Regenerates the translation files from the source code:

    python -m loyalty_pos.i18n.regenerate

1. ``pyside6-lupdate`` reads every ``tr()`` / ``QCoreApplication.translate()`` call under
   ``loyalty_pos/`` into ``resources/i18n/gui_<lang>.ts``, keeping the translations already
   there (a changed source keeps its old translation as a draft, marked unfinished);
2. the texts outside the GUI get their catalogue sources from
   ``loyalty_pos.i18n.catalogue_ts.regenerate_catalogue()`` when that module exists;
3. ``pyside6-lrelease`` compiles every ``.ts`` in ``resources/i18n/`` to the ``.qm`` beside it,
   which the wheel ships (``loyalty_pos.assets.i18n``).

This is a tool for a checkout: the ``.ts`` sources are not installed.
tests/unit/test_translations.py fails when a ``.qm`` is not what its ``.ts`` compiles to,
or when the code has a text the ``.ts`` files lack.
"""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "loyalty_pos"
I18N = ROOT / "resources" / "i18n"
# The languages the GUI is translated into, besides English (the source language).
GUI_LANGUAGES = ("id", "zh_TW", "nb")


class ToolMissing(RuntimeError):
    pass


def gui_ts(language: str, folder: Path = I18N) -> Path:
    return folder / f"gui_{language}.ts"


def qt_tool(name: str) -> Path:
    """Qt's ``lupdate``/``lrelease`` as shipped inside the PySide6 wheel.

    Found without importing PySide6 (this module runs where only the tools are wanted);
    the ``pyside6-*`` wrappers on PATH are the fallback for a system-wide PySide6.
    """
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
                if candidate.is_file():
                    return candidate
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper is None:
        raise ToolMissing(f"Qt's {name} was not found: install PySide6 (pip install -e .)")
    return Path(wrapper)


def _run(argv: Sequence[str | Path]) -> str:
    done = subprocess.run([str(part) for part in argv], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(argv[0]).name} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done.stdout


def update_ts(ts_files: Sequence[Path], sources: Path = SOURCES) -> None:
    # No source locations: line numbers in the .ts would change with every edit of the
    # GUI and make each branch's .ts conflict with every other's.
    # -no-obsolete: a text gone from the code leaves no entry nobody can translate.
    # -tr-function-alias: modules translate through a one-argument _tr() helper, which
    # lupdate reads as tr() outside a class, i.e. in the empty context the helpers use.
    _run([qt_tool("lupdate"), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
          "-tr-function-alias", "tr+=_tr", sources, "-ts", *ts_files])


def compile_qm(ts: Path, qm: Path) -> None:
    _run([qt_tool("lrelease"), "-silent", ts, "-qm", qm])


def regenerate_catalogue() -> bool:
    """The catalogue of texts outside the GUI, when this checkout has its generator."""
    try:
        catalogue_ts = importlib.import_module("loyalty_pos.i18n.catalogue_ts")
    except ModuleNotFoundError as missing:
        if missing.name != "loyalty_pos.i18n.catalogue_ts":
            raise
        return False
    catalogue_ts.regenerate_catalogue()
    return True


def regenerate(folder: Path = I18N, languages: Sequence[str] = GUI_LANGUAGES) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    update_ts([gui_ts(language, folder) for language in languages])
    regenerate_catalogue()
    compiled = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        compile_qm(ts, qm)
        compiled.append(qm)
    return compiled


def main(argv: Sequence[str] | None = None) -> int:
    if argv:
        print(__doc__)
        return 2
    if not (ROOT / "pyproject.toml").is_file():
        print(f"{ROOT} is not a checkout of loyalty-pos: the .ts sources live only there.", file=sys.stderr)
        return 1
    for qm in regenerate():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
