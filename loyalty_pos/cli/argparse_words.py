"""argparse's own words ("usage:", "options", "error: the following arguments are required")
in the CLI's language.

argparse asks gettext for each of them by its English (``_()``/``ngettext()``) but binds
those functions when it is imported, and gettext finds translations only as ``.mo`` files
on disk: neither reaches the catalogue. So argparse's two lookup functions are pointed at a
``gettext.NullTranslations`` that answers from the catalogue (codes ``cli.argparse.*``);
a word the table does not know stays argparse's English.
"""

from __future__ import annotations

import argparse
import gettext

from loyalty_pos.cli.say import cli_language
from loyalty_pos.i18n.catalogue import text

# argparse's message ids (Python 3.11) -> catalogue code; the English of each code is the id
# without its surrounding blanks, which are put back around the translation.
ARGPARSE_CODES: dict[str, str] = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positional_arguments",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "cli.argparse.unknown_parser",
    "can't open '%(filename)s': %(error)s": "cli.argparse.cannot_open",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "not allowed with argument %s": "cli.argparse.not_allowed_with",
    "ignored explicit argument %r": "cli.argparse.ignored_explicit",
    "the following arguments are required: %s": "cli.argparse.required",
    "one of the arguments %s is required": "cli.argparse.one_required",
    "expected one argument": "cli.argparse.expected_one",
    "expected at most one argument": "cli.argparse.expected_at_most_one",
    "expected at least one argument": "cli.argparse.expected_at_least_one",
    "expected %s argument": "cli.argparse.expected_n_one",
    "expected %s arguments": "cli.argparse.expected_n_many",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "%(prog)s: error: %(message)s\n": "cli.argparse.error",
}


class CatalogueTranslations(gettext.NullTranslations):
    """gettext's interface over the catalogue, in the CLI's language at the time of asking."""

    def gettext(self, message: str) -> str:
        code = ARGPARSE_CODES.get(message)
        if code is None:
            return message
        stripped = message.strip()
        start = message.index(stripped)
        return message[:start] + text(code, cli_language()) + message[start + len(stripped):]

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.gettext(msgid1 if n == 1 else msgid2)


def speak_argparse() -> None:
    translations = CatalogueTranslations()
    # Module globals argparse looks up at each call (it imported them from gettext by name).
    argparse._ = translations.gettext  # type: ignore[attr-defined]
    argparse.ngettext = translations.ngettext  # type: ignore[attr-defined]
