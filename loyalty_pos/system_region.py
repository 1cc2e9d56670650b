"""What the computer says about where it is: its locale, its time zone, the zones it knows.

Read once for setup's defaults (``domain.regions.guess_region`` turns them into a
country, currency, zone and language); nothing here is ever stored as is.
"""

from __future__ import annotations

import locale
import os
import zoneinfo
from functools import cache
from pathlib import Path

from loyalty_pos.domain.regions import Region, guess_region

_ZONEINFO_MARK = "zoneinfo/"


@cache
def known_zones() -> frozenset[str]:
    """Every IANA zone name this Python can use (from the system or the tzdata package)."""
    return frozenset(zoneinfo.available_timezones())


def system_locale() -> str | None:
    """"nb_NO.UTF-8", "zh_TW", ... or None; the environment first, as POSIX programs read it."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value
    try:
        return locale.getlocale()[0]
    except ValueError:
        return None


def system_timezone(
    localtime: Path = Path("/etc/localtime"), timezone_file: Path = Path("/etc/timezone")
) -> str | None:
    """The computer's zone name: $TZ, else Debian's /etc/timezone, else where /etc/localtime
    points (Linux, macOS). Windows names its zones differently: None there, and setup
    takes the country's zone."""
    name = (os.environ.get("TZ") or "").lstrip(":")
    if name:
        return name
    try:
        text = timezone_file.read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    if text:
        return text
    try:
        target = str(localtime.resolve()) if localtime.is_symlink() else ""
    except OSError:
        return None
    _, found, zone = target.rpartition(_ZONEINFO_MARK)
    return zone if found else None


def setup_defaults() -> Region:
    return guess_region(system_locale(), system_timezone(), known_zones())


def system_language() -> str:
    """The language the computer's locale names, else English: what a screen shown before the
    shop's own settings can be read (a start refused on a damaged database) speaks."""
    found = system_locale()
    return guess_region(found, None, frozenset()).language if found else "en"
