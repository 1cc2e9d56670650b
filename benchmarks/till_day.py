"""Child process for peak memory: one till process through a scripted day, then its
high-water mark. Prints one JSON object: ``{"peak_mb": ..., "sales": ..., ...}``.

The day, all through the till's own screens and their own workers: ``sales`` sales
(most with a member's card scanned, baskets of 1 to 30 lines, mostly small), ``returns``
of them returned in full through the returns dialog, the back office opened and every
section of it visited, every tab of the Reports section loaded and shown, and a sheet
of blank cards previewed and saved as a PDF. Signed in as the demo's manager, whom
returns and the back office do not stop to ask for a PIN.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

_BASKET_SIZES = (1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30)  # a deli's day: mostly a few items


def main(data_dir: str, sales: int, returns: int) -> int:
    from PySide6.QtWidgets import QApplication

    from loyalty_pos.bench.rss import peak_mb, resident_mb
    from loyalty_pos.bench.samples import draw
    from loyalty_pos.bench.till_session import manager_till
    from loyalty_pos.cards.payload import encode_qr_payload
    from loyalty_pos.demo.shop import demo_products
    from loyalty_pos.domain.tender import Tender
    from loyalty_pos.gui.manager.sections import SECTIONS

    qt_app, app, window, ops = manager_till(data_dir)

    def settle(done: Callable[[], bool], what: str, timeout_s: float = 60) -> None:
        deadline = time.perf_counter() + timeout_s
        while True:
            ops.wait_idle(50)
            qt_app.processEvents()
            if done():
                return
            if time.perf_counter() > deadline:
                raise SystemExit(f"the scripted day stopped at {what}: {window.messages.text()!r}")

    rng = random.Random(17)
    products = demo_products()
    drawn = draw(app.config.db_path, sales, seed=29)
    receipts: list[str] = []
    window.sale.sale_completed.connect(lambda result: receipts.append(result.receipt.receipt_no))
    sale = window.sale
    for number in range(sales):
        if rng.random() < 0.7 and drawn.cards:
            card = drawn.cards[number % len(drawn.cards)]
            window.route_scan(encode_qr_payload(card, app.key))
            settle(lambda: sale.state.member is not None, f"sale {number + 1}'s card")
        for product in rng.sample(products, rng.choice(_BASKET_SIZES)):
            sale.add_product(product)
        settle(lambda: sale.priced is not None and len(sale.priced.lines) == len(sale.state.lines),
               f"sale {number + 1}'s quote")
        sale.actions.pay(rng.choice((Tender.CARD, Tender.CASH)))
        settle(lambda paid=number + 1: len(receipts) == paid, f"sale {number + 1}'s payment")

    returned: list[object] = []
    for receipt_no in receipts[:returns]:
        sale.actions.open_return(receipt_no)
        settle(lambda: getattr(QApplication.activeModalWidget(), "quote", None) is not None, "a return's sale")
        dialog = QApplication.activeModalWidget()
        dialog.all_button.click()  # type: ignore[union-attr]
        settle(lambda box=dialog: box.confirm_button.isEnabled(), "a return's plan")  # type: ignore[union-attr]
        dialog.returned.connect(returned.append)  # type: ignore[union-attr]
        dialog.confirm()  # type: ignore[union-attr]
        settle(lambda: len(returned) == 1, f"the return of {receipt_no}")
        returned.clear()
        settle(lambda: QApplication.activeModalWidget() is None, "a return's dialog closing")

    window.open_back_office(None)
    settle(lambda: window.back_office is not None, "the back office")
    office = window.back_office
    assert office is not None
    for spec in SECTIONS:
        office.show_section(spec.slug)  # type: ignore[attr-defined]
        settle(lambda: True, f"the {spec.slug} section")
    reports = office.show_section("reports")  # type: ignore[attr-defined]
    settle(lambda: reports.loaded(), "the reports", timeout_s=600)
    for index in range(reports.picker.count()):
        reports.picker.setCurrentIndex(index)
        reports.current_tab().repaint()
        qt_app.processEvents()
    cards = office.show_section("cards")  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory(prefix="bench-cards-") as scratch:
        cards.blank.setChecked(True)
        cards.make_preview()
        settle(lambda: cards.sheet is not None, "the card sheet's preview")
        cards.out.setText(str(Path(scratch) / "cards.pdf"))
        cards.save()
        settle(lambda: getattr(cards, "saved_to", None) is not None, "the card sheet's PDF")
    print(json.dumps({"peak_mb": peak_mb(), "resident_mb": resident_mb(), "sales": len(receipts),
                      "returns": min(returns, len(receipts))}), flush=True)
    office.done(0)  # type: ignore[attr-defined]
    ops.wait_idle(10_000)
    window.close()
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
