"""Refuse to open the till where there is no screen, before Qt is even imported.

Qt's default platform on Linux (xcb) aborts the whole process when it finds no X
server: a core dump and a paragraph about plugins, where one line would do.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from loyalty_pos.domain.errors import LoyaltyError

EXIT_NO_DISPLAY = 4


class NoDisplay(LoyaltyError):
    code = "no_display"
    template = ("no display found ({reason}); start the till from the desktop, or set QT_QPA_PLATFORM "
                "(for example QT_QPA_PLATFORM=offscreen to run it without a screen)")
    exit_code = EXIT_NO_DISPLAY


def require_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> None:
    """Raise :class:`NoDisplay` on a Linux without X11 or Wayland, unless Qt was told
    which platform to use. Windows and macOS always give a desktop session a screen."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return
    if environ.get("QT_QPA_PLATFORM") or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return
    raise NoDisplay(reason="DISPLAY and WAYLAND_DISPLAY are not set")
