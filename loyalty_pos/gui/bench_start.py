"""``loyalty-pos --bench-start``: the start figure's end point, reached by the real till.

The benchmark times the real entry point up to the signed-in sale screen ready for a
scan; nobody is there to type a PIN, so this fills in the sign-in form the way a
cashier would and submits it. It is no way in: the credentials still go through the
ordinary sign-in (PIN check, lock-out, audit), and it refuses any shop but the demo,
whose accounts its own sign-in screen prints for anyone to read.

"Ready" is printed once the sale screen is current, its product field has the focus
and the window's first paint of it has been flushed to the window system.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication

from loyalty_pos.gui.main_window import MainWindow
from loyalty_pos.services.shop.profile import demo_notice

READY = "ready"


@dataclass
class BenchStart:
    username: str
    pin: str
    reached: str | None = None  # "ready", or why not
    _window: MainWindow | None = field(default=None, repr=False)
    _spy: QObject | None = field(default=None, repr=False)

    def till_shown(self, window: MainWindow) -> None:
        self._window = window
        ctx = window.ctx
        ctx.ops.run(window, lambda: demo_notice(ctx.make_uow(readonly=True)), on_done=self._demo_checked,
                    on_error=lambda error: self._give_up(f"the shop could not be read: {error}"))

    def _demo_checked(self, accounts: str | None) -> None:
        window = self._window
        assert window is not None
        if not accounts:
            self._give_up("--bench-start signs in only on the demo shop")
            return
        window.sign_in.signed_in.connect(self._signed_in)
        window.sign_in.username.setText(self.username)
        window.sign_in.pin.setText(self.pin)
        window.sign_in.submit()
        # A refused PIN shows its error under the form: give up then rather than wait forever.
        QTimer.singleShot(0, self._watch_refusal)

    def _watch_refusal(self) -> None:
        window = self._window
        if window is None or self.reached is not None or window.actor is not None:
            return
        if window.sign_in.error.isVisibleTo(window.sign_in):
            self._give_up(f"sign-in refused: {window.sign_in.error.text()}")
            return
        QTimer.singleShot(10, self._watch_refusal)

    def _signed_in(self, _actor: object) -> None:
        window = self._window
        assert window is not None
        entry = window.sale.product_entry
        spy = _FirstPaint(self._painted)
        self._spy = spy
        # The product field is what takes the scan; its paint is part of the frame that shows it.
        for widget in entry.findChildren(QObject):
            widget.installEventFilter(spy)
        entry.installEventFilter(spy)
        window.sale.update()

    def _painted(self) -> None:
        # Queued behind the UpdateRequest being handled, which paints every dirty widget into
        # the backing store and then flushes it: by the time this runs, the frame is out.
        QTimer.singleShot(0, self._flushed)

    def _flushed(self) -> None:
        window = self._window
        if window is None or self.reached is not None:
            return
        # The window's own focus widget: whether the window is active is the window manager's call.
        focus = window.focusWidget()
        if window.stack.currentWidget() is not window.sale or focus is None or not window.sale.isAncestorOf(focus):
            return  # painted before the focus landed: the next frame decides
        self.reached = READY  # first: sync() below runs the event loop, and this slot is queued again
        QGuiApplication.sync()  # the window system has taken the flushed frame (a round trip on X11)
        print(READY, flush=True)
        window.close()

    def _give_up(self, why: str) -> None:
        self.reached = why
        print(f"loyalty-pos: {why}", file=sys.stderr, flush=True)
        if self._window is not None:
            self._window.close()


class _FirstPaint(QObject):
    def __init__(self, painted: object) -> None:
        super().__init__()
        self._painted = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self._painted()  # type: ignore[operator]
        return False
