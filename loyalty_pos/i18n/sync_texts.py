"""The sync client's refusals (``sync.errors.SyncError``) in the reader's language.

A sync error reaches a person three ways: raised (the CLI's ``sync register``), as the
round's sentence (``loyalty-pos sync``, joining a chain), and as ``sync_state.last_error``,
stored as ``<code>: <English sentence>`` by this release and every earlier one (the status
bar's tip, Settings > Sync). The last two keep only the English, so the sentence is matched
against the catalogue's sync wordings and its values read back: a till's stored error from
before this release reads translated too. Anything else (a store refusal, a wording this
release does not know) is shown as it was stored.
"""

from __future__ import annotations

import ast
import re
import string
from functools import cache
from typing import Any, Protocol

from loyalty_pos.i18n.catalogue import MESSAGES, text

# The codes of sync/errors.py and its subclasses (protocol, publication_invalid), and the
# till's own wording of a server's refusal ("refused"), whatever code the server gave.
SYNC_CODES = frozenset({"insecure_url", "bad_certificate", "offline", "sync_failed", "disconnected",
                        "not_registered", "protocol", "publication_invalid", "refused"})


class Templated(Protocol):
    template: str
    params: dict[str, Any]

    @property
    def message(self) -> str: ...


@cache
def _wordings() -> tuple[tuple[str, re.Pattern[str], frozenset[str]], ...]:
    found = []
    for key, english in MESSAGES.items():
        parts = key.split(".")
        if parts[0] == "error" and len(parts) in (2, 3) and parts[1] in SYNC_CODES:
            pattern, quoted = _pattern(english)
            found.append((key, pattern, quoted))
    # A code's variants before the code's own wording: "{problem} (not {url!r})" would read any
    # refused address, leaving its problem in English.
    return tuple(sorted(found, key=lambda wording: len(wording[0].split(".")) == 2))


def _pattern(template: str) -> tuple[re.Pattern[str], frozenset[str]]:
    regex, seen, quoted = [], set(), set()
    for literal, field, _spec, conversion in string.Formatter().parse(template):
        regex.append(re.escape(literal))
        if field is None:
            continue
        if field in seen:
            regex.append(f"(?P={field})")
        else:
            regex.append(f"(?P<{field}>.+?)")
            seen.add(field)
        if conversion == "r":
            quoted.add(field)
    return re.compile("".join(regex) + r"\Z", re.DOTALL), frozenset(quoted)


class SyncSentence(str):
    """A sync round's English sentence (``SyncRound.error``) carried inside another refusal
    (a failed join): ``catalogue.error_text`` writes it with ``sync_message_text``."""


def sync_error_text(error: Templated, language: str) -> str:
    """A raised sync error in ``language``; its English when the catalogue lacks its wording."""
    for key, _pattern_of_key, _quoted in _wordings():
        if MESSAGES[key] == error.template:
            try:
                return text(key, language, **error.params)
            except (KeyError, IndexError, ValueError):
                break
    return error.message


def sync_message_text(sentence: str, language: str) -> str:
    """An English sync sentence (a round's ``error``) in ``language``, else as it is."""
    for key, pattern, quoted in _wordings():
        found = pattern.match(sentence)
        if found is None:
            continue
        values: dict[str, Any] = found.groupdict()
        try:
            for name in quoted:  # a {url!r} was written with its quotes: read back the text itself
                values[name] = ast.literal_eval(values[name])
            return text(key, language, **values)
        except (KeyError, IndexError, ValueError, SyntaxError):
            continue
    return sentence


def last_error_text(last_error: str, language: str) -> str:
    """``sync_state.last_error`` (``<code>: <sentence>``) as the sentence in ``language``."""
    _code, separator, sentence = last_error.partition(": ")
    if not separator:
        return last_error
    translated = sync_message_text(sentence, language)
    return translated if translated != sentence or _known(sentence) else last_error


def _known(sentence: str) -> bool:
    return any(pattern.match(sentence) for _key, pattern, _quoted in _wordings())
