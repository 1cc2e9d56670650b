"""A real X display for the GUI figures: the session's own, else a private Xvfb with a
window manager (so the till's window is activated as on a shop's desktop), else Qt's
offscreen platform, which the figures then name (``*_offscreen``): it paints into
memory and flushes nowhere."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Display:
    env: dict[str, str]  # what a child process needs to open its window there
    kind: str  # "x11" (a session's display), "xvfb" or "offscreen"

    @property
    def suffix(self) -> str:
        """Appended to a figure's name when nothing real was flushed."""
        return "_offscreen" if self.kind == "offscreen" else ""


@contextmanager
def gui_display() -> Iterator[Display]:
    forced = os.environ.get("QT_QPA_PLATFORM")
    if forced:
        yield Display({"QT_QPA_PLATFORM": forced}, "offscreen" if forced == "offscreen" else forced)
        return
    if os.environ.get("DISPLAY"):
        yield Display({}, "x11")
        return
    processes = _start_xvfb()
    if processes is None:
        yield Display({"QT_QPA_PLATFORM": "offscreen"}, "offscreen")
        return
    env, started = processes
    try:
        yield Display(env, "xvfb")
    finally:
        for process in reversed(started):
            process.terminate()
            process.wait(10)


def _start_xvfb() -> tuple[dict[str, str], list[subprocess.Popen[bytes]]] | None:
    """A server on the first free display number (Xvfb picks it and says which), and a
    window manager on it; None where Xvfb is missing or does not come up."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return None
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as chosen:
        number = chosen.readline().strip()  # written once the server accepts clients; "" if it died
    if not number:
        server.kill()
        server.wait(10)
        return None
    env = {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    started = [server]
    manager = shutil.which("openbox")
    if manager is not None:
        started.append(subprocess.Popen([manager], env={**os.environ, **env},
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    return env, started


def run_child(module: str, args: list[str], display: Display, timeout: float = 1_800) -> dict[str, object]:
    """``python -m loyalty_pos.bench.<module> args...`` with its window on ``display``: the
    JSON object its last line of output holds."""
    env = {**os.environ, **display.env}
    done = subprocess.run([sys.executable, "-m", f"loyalty_pos.bench.{module}", *args], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, env=env, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{module} failed (exit {done.returncode}): {done.stdout[-1000:]} {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
