"""Child process for scan to painted: a fresh till on the store, signed in as the demo
cashier, then card scans typed by a wedge scanner. Prints one JSON object:
``{"empty_ms": [...], "lines_30_ms": [...], "platform": "xcb"}``.

One sample runs from the moment the first key of the burst is posted to the till's
window to the moment the member panel's new name and balance are out on the screen:

* the burst is the card's QR payload, one key press and release per character every
  ``KEY_INTERVAL_MS`` (a USB wedge scanner's pace: a press and a release per 1 ms
  poll), then Enter, posted to the window as the window system delivers them, so the
  till's scanner filter sees and times them as it would a real scanner's;
* the end is the flush of the frame that paints the panel: the panel's name or
  balance label gets its Paint event inside the window's UpdateRequest, which paints
  every dirty widget into the backing store and then flushes it to the window system,
  synchronously; a zero timer queued from that Paint runs once that handler has
  returned, and there ``QGuiApplication.sync()`` waits for the X server to have taken
  the frame (a round trip). Only then is the sample stamped.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

KEY_INTERVAL_MS = 2
BASKET_LINES = 30


def main(data_dir: str, scans: int, *, basket: bool = True, picture: str | None = None) -> int:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtGui import QGuiApplication, QKeyEvent

    from loyalty_pos.app import open_app
    from loyalty_pos.bench.samples import draw
    from loyalty_pos.cards.payload import encode_qr_payload
    from loyalty_pos.config import Config
    from loyalty_pos.demo.shop import CASHIER_PIN, CASHIER_USER, demo_products
    from loyalty_pos.gui.launch import build_till, till_application

    qt_app = till_application()
    app = open_app(Config.load(Path(data_dir)))
    window, _scanner, ops = build_till(app.uow, clock=app.clock, key=app.key, config=app.config)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    sign_in(qt_app, window, CASHIER_USER, CASHIER_PIN)
    _wait_exposed(qt_app, window)
    ops.wait_idle(10_000)  # what signing in started (the till's settings, the shop's currency)
    qt_app.processEvents()
    panel = window.sale.member_area.panel
    target_window = window.windowHandle()
    loop = QEventLoop()
    state: dict[str, object] = {}

    class FlushSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if (event.type() == QEvent.Type.Paint and "end" not in state and "queued" not in state
                    and panel.member_id == state.get("member")):
                state["queued"] = True
                QTimer.singleShot(0, flushed)
            return False

    def flushed() -> None:
        QGuiApplication.sync()
        state["end"] = time.perf_counter()
        loop.quit()

    spy = FlushSpy()
    panel.name.installEventFilter(spy)
    panel.balance.installEventFilter(spy)

    def keys(payload: str, typed_at_ms: int) -> list[QKeyEvent]:
        """The burst, each press and release stamped with when the scanner sent it: a
        till busy when they arrive reads their stamps, as it does the window system's."""
        pairs = [(ord(ch.upper()), ch) for ch in payload] + [(Qt.Key.Key_Return, "\r")]
        events = []
        for n, (key, text) in enumerate(pairs):
            shift = Qt.KeyboardModifier.ShiftModifier if text.isupper() or text == ":" else Qt.KeyboardModifier.NoModifier
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, shift, text)
                event.setTimestamp(typed_at_ms + n * KEY_INTERVAL_MS)
                events.append(event)
        return events

    def send(burst: list[QKeyEvent]) -> None:
        due = time.perf_counter()
        while burst:
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            QGuiApplication.postEvent(target_window, burst.pop(0))  # a press ...
            QGuiApplication.postEvent(target_window, burst.pop(0))  # ... and its release, in one poll
            due += KEY_INTERVAL_MS / 1000

    def scan(payload: str, member_id: str) -> float:
        state.clear()
        state["member"] = member_id
        state["start"] = time.perf_counter()
        burst = keys(payload, int(time.monotonic() * 1000))
        # Posted from a thread of their own, as the window system's reader thread queues
        # a real scanner's keys: a busy GUI thread finds them waiting, stamped.
        sender = threading.Thread(target=send, args=(burst,), daemon=True)
        sender.start()
        give_up = QTimer()  # this scan's own: a pending one from an earlier scan must not end this one
        give_up.setSingleShot(True)
        give_up.timeout.connect(loop.quit)
        give_up.start(10_000)
        loop.exec()
        give_up.stop()
        sender.join()
        if "end" not in state:
            raise SystemExit(f"the scan of member {member_id} never reached the member panel (it shows "
                             f"{panel.member_id}; the till says {window.messages.text()!r})")
        ops.wait_idle(10_000)  # the rest of the panel (rewards, progress) before the next customer
        qt_app.processEvents()
        return (float(state["end"]) - float(state["start"])) * 1000  # type: ignore[arg-type]

    drawn = draw(app.config.db_path, 2 * scans + 10, seed=13)
    payloads = [(encode_qr_payload(card, app.key), member_id)
                for card, member_id in zip(drawn.cards, drawn.member_ids, strict=True)]
    # The same member twice running repaints nothing: such a scan is left out.
    empty = [scan(payload, member_id) for payload, member_id in payloads[:scans]
             if member_id != panel.member_id]
    if picture:
        window.grab().save(picture.replace(".png", "_empty.png"))
    full: list[float] = []
    if basket:
        for product in demo_products()[:BASKET_LINES]:
            window.sale.add_product(product)
        ops.wait_idle(10_000)
        qt_app.processEvents()
        if len(window.sale.state.lines) != BASKET_LINES:
            raise SystemExit(f"the basket holds {len(window.sale.state.lines)} lines, not {BASKET_LINES}")
        full = [scan(payload, member_id) for payload, member_id in payloads[scans:2 * scans]
                if member_id != panel.member_id]
    if picture:
        window.grab().save(picture)
    burst_ms = len(payloads[0][0]) * KEY_INTERVAL_MS  # from the first key's press to Enter's
    print(json.dumps({"empty_ms": empty, "lines_30_ms": full, "burst_ms": burst_ms,
                      "platform": QGuiApplication.platformName()}),
          flush=True)
    ops.wait_idle(10_000)
    window.close()
    app.close()
    return 0


def manager_till(data_dir: str) -> tuple[object, object, object, object]:
    """(Qt application, opened shop, main window, operations): a fresh till on the store,
    shown at 1280x800 and signed in as the demo's manager, whom the back office and
    returns do not stop for a PIN."""
    from loyalty_pos.app import open_app
    from loyalty_pos.config import Config
    from loyalty_pos.demo.shop import MANAGER_PIN, MANAGER_USER
    from loyalty_pos.gui.launch import build_till, till_application

    qt_app = till_application()
    app = open_app(Config.load(Path(data_dir)))
    window, _scanner, ops = build_till(app.uow, clock=app.clock, key=app.key, config=app.config)
    window.resize(1280, 800)
    window.show()
    sign_in(qt_app, window, MANAGER_USER, MANAGER_PIN)
    return qt_app, app, window, ops


def sign_in(qt_app: object, window: object, username: str, pin: str) -> None:
    window.sign_in.username.setText(username)  # type: ignore[attr-defined]
    window.sign_in.pin.setText(pin)  # type: ignore[attr-defined]
    window.sign_in.submit()  # type: ignore[attr-defined]
    deadline = time.perf_counter() + 30
    while window.stack.currentWidget() is not window.sale and time.perf_counter() < deadline:  # type: ignore[attr-defined]
        qt_app.processEvents()  # type: ignore[attr-defined]
    if window.stack.currentWidget() is not window.sale:  # type: ignore[attr-defined]
        raise SystemExit("could not sign in to the till")


def _wait_exposed(qt_app: object, window: object) -> None:
    """Until the window system has mapped and exposed the window, Qt paints nothing."""
    deadline = time.perf_counter() + 10
    while not window.windowHandle().isExposed() and time.perf_counter() < deadline:  # type: ignore[attr-defined]
        qt_app.processEvents()  # type: ignore[attr-defined]
    if not window.windowHandle().isExposed():  # type: ignore[attr-defined]
        raise SystemExit("the till's window was never exposed")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("scans", type=int)
    parser.add_argument("--no-basket", action="store_true", help="only the empty basket's scans")
    parser.add_argument("--picture", help="save the till as the last scan left it (PNG)")
    args = parser.parse_args()
    sys.exit(main(args.data_dir, args.scans, basket=not args.no_basket, picture=args.picture))
