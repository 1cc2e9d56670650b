"""Staff user names: what one may be, and a suggestion made from a person's name."""

from __future__ import annotations

import re
import unicodedata

from loyalty_pos.domain.errors import ValidationError

MAX_USERNAME = 80  # the staff table's column
_NOT_ALLOWED = re.compile(r"[^a-z0-9._]")
# Letters Unicode does not decompose into a plain letter and a mark.
_PLAIN = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "đ": "d", "Đ": "d",
                        "ł": "l", "Ł": "l"})


def clean_username(text: str) -> str:
    """The user name as stored (trimmed, lower case), or a refusal saying what one may be."""
    username = text.strip().lower()
    if not username or len(username) > MAX_USERNAME or not username.replace("_", "").replace(".", "").isalnum():
        raise ValidationError(code="bad_username",
                              template="A user name is 1 to {max_username} letters, digits, dots or underscores.",
                              max_username=MAX_USERNAME)
    return username


def suggest_username(full_name: str, *, fallback: str = "manager") -> str:
    """"Siti Rahayu" -> "siti", "Ørjan Ås" -> "orjan": the first name in plain letters, which
    is what staff type at a till keyboard without dead keys."""
    words = full_name.split()
    folded = unicodedata.normalize("NFKD", words[0].translate(_PLAIN)) if words else ""
    plain = _NOT_ALLOWED.sub("", folded.encode("ascii", "ignore").decode().lower())[:MAX_USERNAME]
    return plain if any(char.isalnum() for char in plain) else fallback  # "." alone is no user name
