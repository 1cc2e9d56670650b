"""The sale being rung up, as one immutable value the sale screen replaces on every change.

Plain Python (no Qt): the screen keeps the current value, the models show it,
and ``command()`` turns it into the service's ``Checkout``. The sale id is drawn
when the sale starts, so pressing pay twice, or retrying after an error, sends
the same id and the service stores the sale once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.tender import Tender
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, new_sale_id
from loyalty_pos.services.ports import MemberSummary

MAX_QUANTITY = 999  # a typo guard: nobody rings up a thousand of one thing at a till


@dataclass(frozen=True, slots=True)
class SaleLine:
    product: Product
    quantity: int = 1
    manual_discount: int = 0  # minor units off the line, approved by a manager

    @property
    def gross(self) -> int:
        return self.product.unit_price * self.quantity


@dataclass(frozen=True, slots=True)
class SaleState:
    sale_id: str
    member: MemberSummary | None = None
    lines: tuple[SaleLine, ...] = ()
    redemptions: tuple[RedemptionRequest, ...] = ()
    discount_approved_by: str | None = None

    @classmethod
    def start(cls) -> SaleState:
        return cls(sale_id=new_sale_id())

    @property
    def is_empty(self) -> bool:
        return not self.lines and self.member is None and not self.redemptions

    # -- basket ---------------------------------------------------------------------
    def with_product(self, product: Product, quantity: int = 1) -> SaleState:
        """Scanning the same product again adds to its line (unless that line was discounted:
        the approved discount belongs to the quantity it was approved for)."""
        for index, line in enumerate(self.lines):
            if line.product.code == product.code and not line.manual_discount:
                return self.with_quantity(index, line.quantity + quantity)
        return replace(self, lines=(*self.lines, SaleLine(product, min(quantity, MAX_QUANTITY))))

    def with_quantity(self, index: int, quantity: int) -> SaleState:
        line = self.lines[index]
        quantity = max(1, min(quantity, MAX_QUANTITY))
        # A discount larger than the new line total would be refused by the domain;
        # shrink it with the line rather than lose the change.
        discount = min(line.manual_discount, line.product.unit_price * quantity)
        lines = list(self.lines)
        lines[index] = replace(line, quantity=quantity, manual_discount=discount)
        return replace(self, lines=tuple(lines))

    def without_line(self, index: int) -> SaleState:
        lines = self.lines[:index] + self.lines[index + 1 :]
        approved = self.discount_approved_by if any(line.manual_discount for line in lines) else None
        return replace(self, lines=lines, discount_approved_by=approved)

    def with_discount(self, index: int, minor: int, approved_by: str) -> SaleState:
        line = self.lines[index]
        lines = list(self.lines)
        lines[index] = replace(line, manual_discount=max(0, min(minor, line.gross)))
        return replace(self, lines=tuple(lines), discount_approved_by=approved_by)

    # -- member and rewards -------------------------------------------------------------
    def with_member(self, member: MemberSummary | None) -> SaleState:
        """A different member's rewards never carry over to the next person."""
        same = member is not None and self.member is not None and member.member_id == self.member.member_id
        return replace(self, member=member, redemptions=self.redemptions if same else ())

    def with_redemption(self, request: RedemptionRequest) -> SaleState:
        return replace(self, redemptions=(*self.redemptions, request))

    def without_redemption(self, index: int) -> SaleState:
        return replace(self, redemptions=self.redemptions[:index] + self.redemptions[index + 1 :])

    def without_last_redemption(self) -> SaleState:
        return replace(self, redemptions=self.redemptions[:-1])

    # -- to the service ------------------------------------------------------------------
    def command(self, tender: Tender = Tender.CASH) -> Checkout:
        return Checkout(
            sale_id=self.sale_id,
            member_id=self.member.member_id if self.member else None,
            lines=tuple(
                SaleLineInput(line.product.code, line.quantity, line.manual_discount) for line in self.lines
            ),
            redemptions=self.redemptions,
            tender=tender,
            discount_approved_by=self.discount_approved_by,
        )
