"""A return's part in challenges: the completion its sale paid, taken back when the return
leaves the period short (``domain.challenge_returns``), in the return's transaction."""

from __future__ import annotations

from datetime import datetime, time

from loyalty_pos.domain.challenge_returns import completion_undone, points_to_take_back
from loyalty_pos.domain.counting import Purchase, period_start
from loyalty_pos.domain.derived_ids import challenge_taken_back_id
from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.program import NegativeBalancePolicy, Program
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.projection import current_state, post_entries
from loyalty_pos.services.ports import SaleRecord, UnitOfWork
from loyalty_pos.services.sale.counting import CHALLENGE_REASON
from loyalty_pos.services.shop.shop import shop_zone


# Not "challenge:...": the Challenges report counts completions paid by that reason.
TAKEN_BACK_REASON = "challenge-back:"


def take_back_completions(uow: UnitOfWork, program: Program, sale: SaleRecord, returning: tuple[PricedLine, ...],
                          member_id: str, actor: Actor, now: datetime, *, entries: list[LedgerEntry]) -> int:
    """Posts a take-back for each completion of ``sale`` the return undoes; returns the points taken.

    ``entries``: the member's ledger as read for the return (the completions are among them)."""
    completions = [e for e in entries if e.sale_ref == sale.sale_id and e.kind is EntryKind.BONUS
                   and (e.reason or "").startswith(CHALLENGE_REASON)]
    if not completions:
        return 0
    zone = shop_zone(uow)
    challenges = {challenge.id: challenge for challenge in program.challenges}
    today = now.astimezone(zone).date()
    back = [Purchase(today, line.product_code, line.category, line.quantity) for line in returning]
    taken = 0
    for completion in completions:
        challenge = challenges.get((completion.reason or "").removeprefix(CHALLENGE_REASON))
        back_id = challenge_taken_back_id(completion.id)
        if challenge is None or uow.ledger.exists(back_id):
            continue  # a challenge since removed keeps what it paid; one taken back is not taken twice
        start = period_start(sale.at.astimezone(zone).date(), challenge.period)
        since = datetime.combine(start, time(), zone)
        history = [Purchase(line.at.astimezone(zone).date(), line.product_code, line.category, line.quantity)
                   for line in uow.counting.bought_since(member_id, since)]
        if not completion_undone(challenge, start, history, back):
            continue
        balance = current_state(uow, member_id).balance
        points = points_to_take_back(completion.points, balance,
                                     allow_debt=program.negative_balance is NegativeBalancePolicy.ALLOW_DEBT)
        post_entries(uow, [LedgerEntry(
            id=back_id, member_id=member_id, kind=EntryKind.REVERSE, points=-points, at=now,
            terminal_id=actor.terminal_id, actor=actor.username, sale_ref=sale.sale_id,
            reason=f"{TAKEN_BACK_REASON}{challenge.id}")])
        taken += points
    return taken
