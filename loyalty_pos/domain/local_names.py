"""Names a manager types for a reward or campaign, written again per language.

The default name is the one typed in the editor's main field; a program may carry
the same name in any of the till's other languages (``regions.LANGUAGES`` tags).
Who reads a name decides which language is asked for first: the till its own, a
receipt or the customer display the member's. An empty or missing text means the
next language in the chain, and the default name after the last.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from loyalty_pos.domain.regions import LANGUAGES

# As long as the campaign editor's name field and a receipt's shop name: a name longer
# than this wraps over three lines of a 58 mm receipt and the customer display's line.
MAX_LOCAL_NAME = 80
# A description is a line of help for the cashier under the reward's name, not a leaflet.
MAX_LOCAL_DESCRIPTION = 200

# Any well-formed BCP 47 tag, not only the languages this release speaks: a program a
# newer head office published with names in a language added since must still load here
# (the names only name; they price nothing), and this till just never asks for them.
_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}")


def local_name(default: str, names: Mapping[str, str], *languages: str | None) -> str:
    """The first of ``languages`` ``names`` has a text for, else ``default``."""
    for language in languages:
        if language:
            text = names.get(language, "")
            if text.strip():
                return text
    return default


def names_problem(names: object, max_chars: int) -> str | None:
    """Why ``names`` cannot be stored (None: it can): a map of known language tags to
    one line of at most ``max_chars`` characters each, none of them blank."""
    if not isinstance(names, Mapping):
        return "a map of languages to texts"
    for tag, text in names.items():
        if not isinstance(tag, str) or not _TAG.fullmatch(tag):
            return f"a language tag, not {tag!r}"
        if not isinstance(text, str) or not text.strip():
            return f"a text for {tag} (leave a language out rather than blank)"
        if text != text.strip():
            return f"no spaces around the {tag} text"
        if len(text) > max_chars:
            return f"at most {max_chars} characters in the {tag} text"
        if any(unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") for char in text):
            return f"one line of visible text in the {tag} text"
    return None


def cleaned_names(names: Mapping[str, str]) -> dict[str, str]:
    """What an editor typed, trimmed, with the languages left empty dropped, in the
    languages' own order so an unchanged save compares equal."""
    order = [language.tag for language in LANGUAGES]
    trimmed = {tag: " ".join(text.split()) for tag, text in names.items()}
    return {tag: trimmed[tag] for tag in sorted(trimmed, key=lambda t: order.index(t) if t in order else len(order))
            if trimmed[tag]}
