"""Refuse to open the till where there is no screen, before Qt is even imported.

Qt's default platform on Linux (xcb) aborts the whole process when it finds no X
server: a core dump and a paragraph about plugins, where one line would do.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

from loyalty_pos.domain.errors import LoyaltyError

EXIT_NO_DISPLAY = 4


class NoDisplay(LoyaltyError):
    code = "no_display"
    template = ("no display found ({reason}); start the till from the desktop, or set QT_QPA_PLATFORM "
                "(for example QT_QPA_PLATFORM=offscreen to run it without a screen)")
    exit_code = EXIT_NO_DISPLAY


class MissingDisplayLibrary(LoyaltyError):
    code = "missing_display_library"
    template = ("the till cannot open its window: Qt needs the system libraries {libraries} on X11; "
                "install them (Debian/Ubuntu: sudo apt install {packages}) and start the till again")
    exit_code = EXIT_NO_DISPLAY


# The libraries Qt's xcb platform plugin links against that a minimal desktop or a
# fresh server with X forwarding may lack (Qt's own hint names only xcb-cursor, even
# when another one is missing). The rest of libxcb comes with any X11 session.
_XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor.so.0", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm.so.4", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("xcb-image", "libxcb-image.so.0", "libxcb-image0"),
    ("xcb-render-util", "libxcb-render-util.so.0", "libxcb-render-util0"),
    ("xkbcommon-x11", "libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)


def require_display(environ: Mapping[str, str] | None = None, platform: str | None = None,
                    find_library: Callable[[str], str | None] = ctypes.util.find_library) -> None:
    """Raise :class:`NoDisplay` on a Linux without X11 or Wayland, unless Qt was told
    which platform to use, and :class:`MissingDisplayLibrary` on an X11 session that
    lacks a library Qt's xcb plugin needs. Windows and macOS always give a desktop
    session a screen."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return
    if environ.get("QT_QPA_PLATFORM") or environ.get("WAYLAND_DISPLAY"):
        return
    if not environ.get("DISPLAY"):
        raise NoDisplay(template=("no display found (DISPLAY and WAYLAND_DISPLAY are not set); start the till from the "
                                  "desktop, or set QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen to run it "
                                  "without a screen)"))
    missing = [(library, package) for name, library, package in _XCB_LIBRARIES if find_library(name) is None]
    if missing:
        raise MissingDisplayLibrary(libraries=", ".join(library for library, _ in missing),
                                    packages=" ".join(package for _, package in missing))
