"""The language the till's screens speak and the locale they write numbers in, installed
once at start (before any window is built, as ``tr()`` runs in constructors).

Qt's own texts (the buttons of a message box, a file dialog) come from PySide6's
``qtbase_<code>.qm``; ours from ``gui_<code>.qm`` in the package's i18n folder. A missing
file leaves English and says so in the log: a till that speaks English is better than one
that does not start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from loyalty_pos.i18n.languages import ENGLISH, ui_language
from loyalty_pos.resources import ResourceMissing, resource_path

log = logging.getLogger(__name__)


@dataclass
class InstalledLanguage:
    language: str  # the tag the screens speak
    locale: str  # the QLocale name numbers and dates are written in
    translators: list[QTranslator] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # files looked for and not found


_installed: InstalledLanguage | None = None
_STARTING_LOCALE = QLocale()  # the system's, before any till chose one


def _gui_file(code: str, folder: Path | None) -> Path | None:
    name = f"gui_{code}.qm"
    if folder is not None:
        return folder / name if (folder / name).is_file() else None
    try:
        return resource_path(f"i18n/{name}")
    except ResourceMissing:
        return None


def spoken_language() -> str:
    """The tag of the language installed at start ("en" before any)."""
    return _installed.language if _installed is not None else ENGLISH.tag


def remove_language() -> None:
    """Back to English and the locale the process started with: for a process that goes
    on after its till closed (the tests build many tills in one process, and a wizard
    after a Norwegian till must not find its keys translated)."""
    global _installed
    app = QCoreApplication.instance()
    if _installed is not None and app is not None:
        for translator in _installed.translators:
            app.removeTranslator(translator)
    _installed = None
    QLocale.setDefault(_STARTING_LOCALE)


def install_language(language: str, shop_language: str, *, folder: Path | None = None) -> InstalledLanguage:
    """Speak ``language`` and write numbers as ``shop_language``'s locale from now on.

    ``folder`` holds the ``gui_<code>.qm`` files (default: the package's). Replaces what
    an earlier call installed, so a test or a second start in one process does not stack
    translators.
    """
    global _installed
    app = QCoreApplication.instance()
    assert app is not None, "install the language after the QApplication exists"
    if _installed is not None:
        for translator in _installed.translators:
            app.removeTranslator(translator)
    speaks = ui_language(language)
    locale = ui_language(shop_language).locale
    QLocale.setDefault(QLocale(locale))
    installed = InstalledLanguage(speaks.tag, locale)
    if speaks != ENGLISH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{speaks.code}.qm", Path(qt_folder) / f"qtbase_{speaks.code}.qm"),
                      (f"gui_{speaks.code}.qm", _gui_file(speaks.code, folder))]
        for name, path in candidates:
            translator = QTranslator(app)
            if path is not None and path.is_file() and translator.load(str(path)):
                app.installTranslator(translator)
                installed.translators.append(translator)
            else:
                installed.missing.append(name)
                log.warning("No %s: the till shows those texts in English", name)
    _installed = installed
    return installed


# One loaded (never installed) translator per language: a window that speaks a member's
# language asks it directly, while the rest of the till keeps the installed one.
_loaded: dict[str, QTranslator | None] = {}


def translate_for(language: str | None, context: str, text: str, *, folder: Path | None = None) -> str:
    """``text`` of ``context`` in ``language`` (a stored tag), whatever the till speaks;
    English for English, an unknown language or a text without a translation."""
    speaks = ui_language(language)
    if speaks == ENGLISH:
        return text
    key = f"{folder}:{speaks.code}"
    if key not in _loaded:
        path = _gui_file(speaks.code, folder)
        translator = QTranslator()
        _loaded[key] = translator if path is not None and translator.load(str(path)) else None
        if _loaded[key] is None:
            log.warning("No gui_%s.qm: a member's window shows its texts in English", speaks.code)
    translator = _loaded[key]
    found = translator.translate(context, text) if translator is not None else ""
    return found or text

