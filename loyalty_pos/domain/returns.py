"""Returns: money back, earned points taken back, spent points given back — pro rata.

Every amount on a sold line (money paid, store credit, points earned, points
spent) is returned with the *cumulative* method: after ``c`` of ``q`` units have
come back, ``floor(amount * c / q)`` of it has been returned in total. Each
return hands back the difference from the returns before it, so any split of a
line into partial returns adds up to exactly the full return (``c == q`` gives
the whole amount), and no rounding ever creates money or points.

The sale's tier qualification goes back the same way: the money refunded comes
off its spend, and its qualifying points go back in step with its earned points
(cumulatively, over the sale's whole earning), so returning everything takes
back exactly what the sale added.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.ledger import SpentPoints
from loyalty_pos.domain.limits import check_quantity
from loyalty_pos.domain.money import Rounding, scale
from loyalty_pos.domain.program import NegativeBalancePolicy
from loyalty_pos.domain.tiers import NOTHING_QUALIFIES, Qualifying


@dataclass(frozen=True, slots=True)
class ReturnLine:
    line_no: int
    quantity: int


@dataclass(frozen=True, slots=True)
class ReturnPlan:
    lines: tuple[tuple[int, int, int], ...]  # (line_no, quantity, refund_minor), by line number
    refund_minor: int  # money back: the part the customer paid with money
    store_credit_back_minor: int  # the part paid with store credit: it comes back as points, not cash
    points_reversed: int  # earned points this return takes back (>= 0)
    points_restored: int  # spent points this return gives back (>= 0; includes store credit's points)
    points_to_take: int  # what is really taken back, given the balance and the policy
    flagged: bool  # the balance could not cover the reversal: a manager should look
    qualifying: Qualifying = NOTHING_QUALIFIES  # what the return takes off the tier metrics (<= 0)

    @property
    def points_change(self) -> int:
        """The change to the member's balance: restored minus what is taken."""
        return self.points_restored - self.points_to_take


def _returned_part(amount: int, quantity: int, returned: int) -> int:
    """How much of ``amount`` has gone back once ``returned`` of ``quantity`` units have (FLOOR)."""
    return scale(amount, returned, quantity, Rounding.FLOOR)


def _share(amount: int, quantity: int, before: int, after: int) -> int:
    return _returned_part(amount, quantity, after) - _returned_part(amount, quantity, before)


def _requested(original: Mapping[int, PricedLine], request: Sequence[ReturnLine]) -> dict[int, int]:
    wanted: dict[int, int] = {}
    for item in request:
        if item.line_no not in original:
            raise ValidationError(code="unknown_line", template="The sale has no line {line}", line=item.line_no)
        if isinstance(item.quantity, int) and not isinstance(item.quantity, bool) and item.quantity <= 0:
            raise ValidationError(
                code="bad_quantity", template="Line {line}: return at least 1, not {quantity}",
                line=item.line_no, quantity=item.quantity,
            )
        check_quantity(item.quantity, what=f"The quantity to return on line {item.line_no}")
        # The same line asked for twice is one return of both quantities.
        wanted[item.line_no] = wanted.get(item.line_no, 0) + item.quantity
    return wanted


def _points_to_take(reversed_: int, restored: int, balance: int, policy: NegativeBalancePolicy) -> tuple[int, bool]:
    if reversed_ == 0 or balance + restored - reversed_ >= 0:
        return reversed_, False
    if policy is NegativeBalancePolicy.ALLOW_DEBT:
        # Debt is allowed but never quiet: later points pay it back first, and a manager sees it.
        return reversed_, True
    # Take only what keeps the balance at zero; the rest is written off, visibly.
    return max(0, balance + restored), True


def plan_return(
    original: Sequence[PricedLine],
    *,
    already_returned: Mapping[int, int],
    request: Sequence[ReturnLine],
    balance: int,
    policy: NegativeBalancePolicy,
    qualifying: Qualifying = NOTHING_QUALIFIES,
) -> ReturnPlan:
    """What returning ``request`` from a sale gives back and takes back.

    ``original`` are the sale's priced lines (they carry each line's points
    earned and spent), ``already_returned`` the units per line returned before,
    ``balance`` the member's balance now, ``qualifying`` what the sale added to
    the tier metrics. Refuses an unknown line (``unknown_line``), a quantity
    below 1 (``bad_quantity``) and more than is left to return
    (``nothing_left_to_return``).
    """
    by_no = {line.line_no: line for line in original}
    wanted = _requested(by_no, request)
    planned = []
    refund = credit = reversed_ = restored = 0
    for line_no in sorted(wanted):
        line, quantity = by_no[line_no], wanted[line_no]
        before = already_returned.get(line_no, 0)
        left = line.quantity - before
        if quantity > left:
            raise ValidationError(
                code="nothing_left_to_return",
                template="Line {line} ({product}): {left} of {bought} left to return, asked for {asked}",
                line=line_no, product=line.name, left=left, bought=line.quantity, asked=quantity,
            )
        after = before + quantity
        # Money paid and store credit are returned separately, each cumulatively, so
        # neither share can go negative on an odd split (their difference could).
        money = _share(line.net_minor - line.points_paid_minor, line.quantity, before, after)
        refund += money
        credit += _share(line.points_paid_minor, line.quantity, before, after)
        reversed_ += _share(line.points_earned, line.quantity, before, after)
        restored += _share(line.points_spent, line.quantity, before, after)
        planned.append((line_no, quantity, money))
    to_take, flagged = _points_to_take(reversed_, restored, balance, policy)
    earned = sum(line.points_earned for line in original)
    earned_back = sum(
        _returned_part(line.points_earned, line.quantity, already_returned.get(line.line_no, 0)) for line in original
    )
    # What the balance policy spares the member is still undone for the tier: the sale is returned.
    points_back = _share(qualifying.points, earned, earned_back, earned_back + reversed_) if earned else 0
    return ReturnPlan(
        lines=tuple(planned),
        refund_minor=refund,
        store_credit_back_minor=credit,
        points_reversed=reversed_,
        points_restored=restored,
        points_to_take=to_take,
        flagged=flagged,
        qualifying=Qualifying(-refund, -points_back),
    )


def restored_lots(
    spent: Sequence[SpentPoints], *, restored_before: int, restoring: int, fresh_expiry: datetime | None
) -> tuple[tuple[datetime | None, int], ...]:
    """The expiry of each point a return gives back: the sale's spent points in the order
    they were spent, continuing after the ones earlier returns gave back, so each keeps the
    expiry of the lot it came from (a return must not give points a fresh life). Points no
    lot covered (or more than the record shows) get ``fresh_expiry``. One (expiry, points)
    pair per expiry, soonest first."""
    out: dict[datetime | None, int] = {}
    skip, left = restored_before, restoring
    for piece in spent:
        if not left:
            break
        available = piece.points - min(skip, piece.points)
        skip -= piece.points - available
        take = min(available, left)
        if take:
            expiry = piece.expires_at if piece.covered else fresh_expiry
            out[expiry] = out.get(expiry, 0) + take
            left -= take
    if left:
        out[fresh_expiry] = out.get(fresh_expiry, 0) + left
    return tuple(sorted(out.items(), key=_expiry_order))


def _expiry_order(item: tuple[datetime | None, int]) -> tuple[int, datetime | None]:
    expiry = item[0]
    return (1, None) if expiry is None else (0, expiry)  # type: ignore[return-value]


def return_entries(
    restored: Sequence[tuple[datetime | None, int]], to_take: int
) -> tuple[tuple[int, datetime | None], ...]:
    """The (points, expiry) ledger entries of a return, all of one sign: the earned points
    taken back come off the restored points first, soonest-expiring first (as the ledger's
    FIFO would spend them), so restoring and taking never depend on the order the two
    entries fold in. What is left is restored lots, or one entry taking the rest."""
    entries: list[tuple[int, datetime | None]] = []
    owed = to_take
    for expiry, points in restored:
        used = min(owed, points)
        owed -= used
        if points - used:
            entries.append((points - used, expiry))
    if owed:
        entries.append((-owed, None))
    return tuple(entries)


def rewards_put_back(redemptions: Sequence[tuple[str, int]], *, restored_before: int, restoring: int) -> dict[str, int]:
    """How many of each stocked reward a return puts back on the shelf: a redemption (reward
    id, points, in the order they were made) goes back once the returns together have given
    back all of its points."""
    back: dict[str, int] = {}
    total = 0
    after = restored_before + restoring
    for reward_id, points in redemptions:
        total += points
        if restored_before < total <= after:
            back[reward_id] = back.get(reward_id, 0) + 1
    return back
