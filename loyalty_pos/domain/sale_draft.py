"""The sale being rung up, as one immutable value the till replaces on every change.

The basket rules live here, not in a widget: how much of one thing a line may
hold, when a rescan joins its line, how a discount follows its line, and when
the sale's rewards must go (another member, or nothing left to apply them to).
The sale id is given when the sale starts, so paying twice, or retrying after an
error, names the same sale and it is stored once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.limits import MAX_QUANTITY
from loyalty_pos.domain.members import MemberStatus
from loyalty_pos.domain.rewards import RedemptionRequest


@dataclass(frozen=True, slots=True)
class SaleMember:
    """Who the sale is for, as the cashier identified them. The balance is the one seen at
    identification: enough for a first paint; the sale's own read brings the live one."""

    member_id: str
    name: str
    tier_code: str
    balance: int
    status: MemberStatus = MemberStatus.ACTIVE


@dataclass(frozen=True, slots=True)
class SaleLine:
    product: Product
    quantity: int = 1
    manual_discount: int = 0  # minor units off the line, approved by a manager

    @property
    def gross(self) -> int:
        return self.product.unit_price * self.quantity


@dataclass(frozen=True, slots=True)
class SaleDraft:
    sale_id: str
    member: SaleMember | None = None
    lines: tuple[SaleLine, ...] = ()
    redemptions: tuple[RedemptionRequest, ...] = ()
    discount_approved_by: str | None = None  # the approving manager's name, to show
    discount_approval: str | None = None  # the approval's id, which checkout checks and uses up
    discount_approved_minor: int = 0  # the discount total that approval is for

    @classmethod
    def start(cls, sale_id: str) -> SaleDraft:
        return cls(sale_id=sale_id)

    @property
    def is_empty(self) -> bool:
        return not self.lines and self.member is None and not self.redemptions

    # -- basket ---------------------------------------------------------------------
    def with_product(self, product: Product, quantity: int = 1) -> SaleDraft:
        """Scanning the same product again adds to its line (unless that line was discounted:
        the approved discount belongs to the quantity it was approved for)."""
        for index, line in enumerate(self.lines):
            if line.product.code == product.code and not line.manual_discount:
                return self.with_quantity(index, line.quantity + quantity)
        return replace(self, lines=(*self.lines, SaleLine(product, min(quantity, MAX_QUANTITY))))

    def with_quantity(self, index: int, quantity: int) -> SaleDraft:
        line = self.lines[index]
        quantity = max(1, min(quantity, MAX_QUANTITY))
        # A discount larger than the new line total would be refused by pricing;
        # shrink it with the line rather than lose the change.
        discount = min(line.manual_discount, line.product.unit_price * quantity)
        lines = list(self.lines)
        lines[index] = replace(line, quantity=quantity, manual_discount=discount)
        return replace(self, lines=tuple(lines))

    def without_line(self, index: int) -> SaleDraft:
        lines = self.lines[:index] + self.lines[index + 1 :]
        discounted = any(line.manual_discount for line in lines)
        approved = self.discount_approved_by if discounted else None
        approval = self.discount_approval if discounted else None
        # Nothing left to apply them to: rewards never wait unseen on an empty basket.
        redemptions = self.redemptions if lines else ()
        return replace(self, lines=lines, discount_approved_by=approved, discount_approval=approval,
                       redemptions=redemptions)

    def with_discount(self, index: int, minor: int, approved_by: str, approval: str | None = None) -> SaleDraft:
        """``approval`` is for the sale's discount total with this line's new discount
        (:attr:`discount_total` of the draft this returns): it replaces the one before."""
        line = self.lines[index]
        lines = list(self.lines)
        lines[index] = replace(line, manual_discount=max(0, min(minor, line.gross)))
        changed = replace(self, lines=tuple(lines))
        return changed.with_discount_approval(approved_by, approval)

    def with_discount_approval(self, approved_by: str, approval: str | None) -> SaleDraft:
        """A manager's approval of the discount total as it stands."""
        return replace(self, discount_approved_by=approved_by, discount_approval=approval,
                       discount_approved_minor=self.discount_total if approval else 0)

    @property
    def discount_needs_approval(self) -> bool:
        """There are discounts and no approval for their total as it stands (a discounted line
        was removed or shrunk, or checkout refused the approval): a cashier's checkout would
        be refused, so the till asks a manager first. A manager's own discounts need none."""
        return bool(self.discount_total) and (self.discount_approval is None
                                              or self.discount_approved_minor != self.discount_total)

    @property
    def discount_total(self) -> int:
        """The manual discounts of every line, in minor units: what a discount approval is for."""
        return sum(line.manual_discount for line in self.lines)

    # -- member and rewards -------------------------------------------------------------
    def with_member(self, member: SaleMember | None) -> SaleDraft:
        """A different member's rewards never carry over to the next person."""
        same = member is not None and self.member is not None and member.member_id == self.member.member_id
        return replace(self, member=member, redemptions=self.redemptions if same else ())

    def with_redemption(self, request: RedemptionRequest) -> SaleDraft:
        return replace(self, redemptions=(*self.redemptions, request))

    def without_redemption(self, index: int) -> SaleDraft:
        return replace(self, redemptions=self.redemptions[:index] + self.redemptions[index + 1 :])

    def without_last_redemption(self) -> SaleDraft:
        return replace(self, redemptions=self.redemptions[:-1])
