"""Child process for the till figures: a fresh till on the store, signed in, then
scans. Measured in its own process so the till's memory is the till's alone.
Prints one JSON object: scan-to-painted samples (ms) and resident memory (MB)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(data_dir: str, scans: int) -> int:
    from PySide6.QtCore import QEvent, QObject

    from loyalty_pos.bench.rss import resident_mb
    from loyalty_pos.bench.samples import draw
    from loyalty_pos.app import open_app
    from loyalty_pos.cards.payload import encode_qr_payload
    from loyalty_pos.config import Config
    from loyalty_pos.demo.shop import CASHIER_PIN, CASHIER_USER
    from loyalty_pos.gui.launch import build_till, till_application

    qt_app = till_application()
    app = open_app(Config.load(Path(data_dir)))
    window, _scanner, ops = build_till(app.uow, clock=app.clock, key=app.key, config=app.config)
    window.resize(1280, 800)
    window.show()
    window.sign_in.username.setText(CASHIER_USER)
    window.sign_in.pin.setText(CASHIER_PIN)
    window.sign_in.pin.returnPressed.emit()
    deadline = time.perf_counter() + 10
    while window.stack.currentWidget() is not window.sale and time.perf_counter() < deadline:
        qt_app.processEvents()
    if window.stack.currentWidget() is not window.sale:
        raise SystemExit("could not sign in to the till")
    panel = window.sale.member_area.panel
    painted: dict[str, float] = {}

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and panel.member_id and panel.member_id not in painted:
                painted[panel.member_id] = time.perf_counter()
            return False

    spy = PaintSpy()
    # The panel keeps its layout from one member to the next, so a balance that reads the
    # same as the last member's is not repainted: the name, which changes, is watched too.
    panel.balance.installEventFilter(spy)
    panel.name.installEventFilter(spy)
    drawn = draw(app.config.db_path, scans + 20, seed=13)
    samples = []
    for card, member_id in list(zip(drawn.cards, drawn.member_ids, strict=False))[:scans]:
        painted.pop(member_id, None)
        payload = encode_qr_payload(card, app.key)
        start = time.perf_counter()
        window.route_scan(payload)  # what the scanner filter emits when the burst ends
        deadline = start + 5
        while member_id not in painted and time.perf_counter() < deadline:
            qt_app.processEvents()
        if member_id not in painted:
            raise SystemExit(f"the scan of {card} never reached the member panel")
        samples.append((painted[member_id] - start) * 1000)
        ops.wait_idle(5_000)  # the rest of the panel (rewards, progress) before the next customer
        qt_app.processEvents()
    print(json.dumps({"scan_ms": samples, "rss_mb": resident_mb()}), flush=True)
    ops.wait_idle(10_000)
    window.close()
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
