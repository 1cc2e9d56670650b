"""``--smoke-test``'s deadline: a start that hangs ends, saying where it was waiting.

The smoke test runs where no one watches (a CI job, a script checking an installation,
Wine). A first screen that never comes up or a window that never closes would otherwise
wait for ever with nothing said: under Wine the till's setup window, made by a Qt platform
plugin that could not create a window, was shown and told to close and never did, and ten
minutes of silence told nobody why. After the deadline the smoke test fails, writes the
stack of every thread to stderr and the log, and ends the process: inside a start that
hangs, nothing gentler (closing windows, unwinding) is sure to run.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from loyalty_pos.cli.say import say

# A healthy smoke start takes seconds (5 s under Wine, offscreen); a first start on a slow
# shop computer with a virus scanner reading every file of the bundle takes far less than this.
DEFAULT_SECONDS = 120.0
THREAD_NAME = "smoke-deadline"

log = logging.getLogger("loyalty_pos.cli")


def thread_stacks() -> str:
    """Where each thread of this process is, innermost call last (the deadline's own excluded)."""
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    me = threading.get_ident()
    return "\n".join(
        f"Thread {names.get(ident, ident)}:\n" + "".join(traceback.format_stack(frame))
        for ident, frame in sys._current_frames().items() if ident != me)


class SmokeDeadline:
    """``with SmokeDeadline(seconds, say_failed):`` the block finishes in time, or
    ``say_failed`` runs, the stacks are written and ``end(code)`` ends the process."""

    def __init__(self, seconds: float, say_failed: Callable[[], None], *, code: int = 1,
                 end: Callable[[int], object] = os._exit) -> None:
        self._seconds = seconds
        self._say_failed = say_failed
        self._code = code
        self._end = end
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.name = THREAD_NAME
        # A daemon: the deadline alone never keeps a finished process alive.
        self._timer.daemon = True

    def __enter__(self) -> SmokeDeadline:
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._timer.cancel()
        self._timer.join()

    def _expire(self) -> None:
        stacks = thread_stacks()
        self._say_failed()
        say("cli.smoke.deadline", seconds=f"{self._seconds:g}", stacks=stacks, file=sys.stderr)
        sys.stderr.flush()  # os._exit below flushes nothing
        log.error("smoke test: no first screen came up and closed within %g s; where each thread was:\n%s",
                  self._seconds, stacks)
        self._end(self._code)
