"""The four languages the till speaks and the names other tools know each by.

The tag is what the settings store (``domain.regions.LANGUAGES``, BCP 47: a shop set up
in Chinese has ``zh-Hant``); the code names the translation files (``gui_zh_TW.qm``,
``catalogue_zh_TW.ts``) and is what Qt's own translations are called; the locale is the
QLocale whose numbers and dates the language's shops read.
"""

from __future__ import annotations

from dataclasses import dataclass

from loyalty_pos.domain.regions import DEFAULT_LANGUAGE, LANGUAGES


@dataclass(frozen=True, slots=True)
class UiLanguage:
    tag: str  # stored in settings and on members
    code: str  # translation files' suffix
    locale: str  # QLocale name
    name: str  # as its speakers write it


# English reads British conventions (dd/MM/yyyy, 24-hour clock): the English-speaking shops
# the countries list names (UK, Ireland, Singapore, Malaysia, Australia) write dates so, and
# "3/4/26" would be the 4th of March to some of them and the 3rd of April to others.
_CODES = {"en": ("en", "en_GB"), "id": ("id", "id_ID"), "zh-Hant": ("zh_TW", "zh_TW"), "nb": ("nb", "nb_NO")}

UI_LANGUAGES: tuple[UiLanguage, ...] = tuple(
    UiLanguage(language.tag, *_CODES[language.tag], language.name) for language in LANGUAGES
)
ENGLISH = next(language for language in UI_LANGUAGES if language.tag == DEFAULT_LANGUAGE)
_BY_NAME = {language.tag: language for language in UI_LANGUAGES} | {
    language.code: language for language in UI_LANGUAGES}


def ui_language(tag_or_code: str | None) -> UiLanguage:
    """The language a stored tag (or a file code) names; English for none or an unknown one,
    so a till whose setting a newer release wrote still starts and speaks."""
    return _BY_NAME.get(tag_or_code or "", ENGLISH)


def is_language(tag_or_code: str) -> bool:
    return tag_or_code in _BY_NAME


def language_of_locale(locale_name: str) -> UiLanguage:
    """The language whose locale is ``locale_name`` (``nb_NO``), English for any other."""
    return next((language for language in UI_LANGUAGES if language.locale == locale_name), ENGLISH)
