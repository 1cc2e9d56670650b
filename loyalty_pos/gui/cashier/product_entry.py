"""Product code entry and catalog search (F3), above the basket.

Enter on an exact code or barcode adds the product at once (the fast path a
cashier uses for an unreadable barcode); anything else shows matching
products, a page at a time, to pick with the arrows and Enter.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from loyalty_pos.cards.scan import classify_scan, gs1_check_digit_valid
from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.domain.members import normalise_phone
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.models.product_results_model import ProductResultsModel
from loyalty_pos.gui.widgets.message_bar import MessageBar
from loyalty_pos.gui.widgets.search_list import SearchList
from loyalty_pos.services.sale import till
from loyalty_pos.services.program.catalog import search_products

PAGE_SIZE = 25
_BARCODE_LENGTHS = (8, 12, 13, 14)  # EAN-8, UPC-A, EAN-13, GTIN-14


def looks_like_a_member(text: str, key: bytes) -> bool:
    """A card number or a phone number, typed where products are looked up. A digit
    string with a valid barcode check digit is a product the shop does not stock, not
    a phone: sending the cashier to F2 for it would be wrong."""
    if classify_scan(text, key, typed=True).kind == "member_card":
        return True
    try:
        phone = normalise_phone(text)
    except ValidationError:
        return False
    digits = phone.lstrip("+")
    return phone.startswith("+") or not (len(digits) in _BARCODE_LENGTHS and gs1_check_digit_valid(digits))


class ProductEntry(QWidget):
    """Also the back office's product picker (rewards, earning rules): ``name`` prefixes
    its widgets' object names, ``messages`` (if any) shows search failures."""

    chosen = Signal(object)  # Product
    failed = Signal(object)  # LoyaltyError

    def __init__(self, ctx: TillContext, messages: MessageBar | None, parent: QWidget | None = None, *,
                 placeholder: str | None = None, name: str = "product", visible_rows: int = 5,
                 member_hint: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_hint = member_hint  # at the till, where F2 finds members
        self.page_size = PAGE_SIZE
        self.results = ProductResultsModel(self)
        self.search = SearchList(
            self.results, placeholder or self.tr("F3  Product code, barcode or name — Enter adds"), self,
            min_length=1, visible_rows=visible_rows,
        )
        self.search.setObjectName(f"{name}Search")
        self.search.box.setObjectName(f"{name}Box")
        self.search.table.setObjectName(f"{name}Results")
        if messages is not None:
            self.failed.connect(messages.show_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        self.search.search_requested.connect(self._search)
        self.search.picked.connect(self._picked)
        self.results.more_wanted.connect(self._more)

    @property
    def box(self):  # noqa: ANN201 - the QLineEdit
        return self.search.box

    def focus(self) -> None:
        self.search.focus()

    def reset(self) -> None:
        self.search.reset()

    @property
    def showing_results(self) -> bool:
        return self.search.table.isVisible()

    def _search(self, text: str, entered: bool) -> None:
        ctx, limit = self.ctx, self.page_size
        self.ctx.ops.run(
            self,
            lambda: till.lookup_product(ctx.make_uow(readonly=True), text, limit=limit),
            on_done=lambda found: self._found(text, entered, found),
            on_error=self._failed,
            latest="product_search",
        )

    def _found(self, text: str, entered: bool, found: till.ProductLookup) -> None:
        if entered and found.exact is not None:
            self.search.reset()
            self.chosen.emit(found.exact)
            return
        no_matches = None
        if self.member_hint and not found.page.rows and looks_like_a_member(text, self.ctx.ring()):
            no_matches = self.tr("No products match. Looking for a member? Press F2.")
        self.search.set_page(text, found.page, no_matches=no_matches)

    def _more(self, cursor: str) -> None:
        ctx, limit = self.ctx, self.page_size
        self.search.load_more(
            ctx.ops, cursor,
            lambda text, after: search_products(ctx.make_uow(readonly=True), text, cursor=after, limit=limit),
            on_error=lambda error: (self.results.page_failed(), self.failed.emit(error)),
            latest="product_search_more",
        )

    def _picked(self, product: Product) -> None:
        self.search.reset()
        self.chosen.emit(product)

    def _failed(self, error: LoyaltyError) -> None:
        self.search.status.setText("")
        self.failed.emit(error)
