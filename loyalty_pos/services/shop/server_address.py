"""Which chain server addresses a till may use: one rule for the forms that take one and for
the sync client that connects to it, so the form never accepts what the client refuses."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

NO_HOST = "The server address starts with https:// and names a host, e.g. https://chain.example.com"
PLAIN_HTTP = "Use https:// for the server: plain http:// is only for a server on this computer (localhost)"
# By code, for a form that says the problem in its reader's language (catalogue "server_address.<code>").
PROBLEMS = {"no_host": NO_HOST, "plain_http": PLAIN_HTTP}


def server_url_problem_code(url: str) -> str | None:
    """``server_url_problem``'s code (a key of PROBLEMS), None: accepted."""
    problem = server_url_problem(url)
    return None if problem is None else next(code for code, english in PROBLEMS.items() if english == problem)


def server_url_problem(url: str) -> str | None:
    """Why a server address is refused (None: accepted), in English. Plain http would carry the
    till's token and members' data readable on the shop's network, so only loopback may."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - a port that is not a number raises here, not in the client later
    except ValueError:
        parts = urlsplit("")
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return NO_HOST
    if parts.scheme == "http" and not _loopback(parts.hostname):
        return PLAIN_HTTP
    return None


def _loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
