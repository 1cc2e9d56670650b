"""What the prize kinds of reward need to be valid: kept out of program.py so the
reward's own checks stay readable and the prize kinds grow in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loyalty_pos.domain.program import Reward

MAX_POOL = 20  # a mystery pool longer than this is no longer a surprise a cashier can explain
DEFAULT_CODES_PER_TILL = 50  # a chain's block of partner codes a till holds when the reward names none
MAX_CODES_PER_TILL = 10_000  # a block is a day or two of a busy till, not the partner's whole list


def codes_per_till(reward: Reward) -> int:
    """The block a chain's till leases of this reward's codes; it is topped up below half."""
    return reward.codes_per_till or DEFAULT_CODES_PER_TILL


def prize_problems(reward: Reward) -> list[tuple[str, str]]:
    """(field, what it needs) for each problem, as ``Reward.__post_init__`` collects them.

    Compared by the kind's value: program.py imports this module, not the reverse.
    """
    kind = reward.kind.value
    problems: list[tuple[str, str]] = []
    if kind == "partner_code" and not reward.partner.strip():
        problems.append(("partner", "the partner's offer as the receipt prints it"))
    if not 0 <= reward.codes_per_till <= MAX_CODES_PER_TILL:
        problems.append(("codes_per_till", f"0 (the chain's default) to {MAX_CODES_PER_TILL:,} codes a till"))
    if kind == "giveaway":
        if reward.winners <= 0:
            problems.append(("winners", "at least 1 winner"))
        if reward.valid_until is None:
            # The draw is held when entries close: without a close there is nothing to commit to.
            problems.append(("entries_close", "a last day for entries"))
    if kind == "mystery":
        ids = [reward_id for reward_id, _weight in reward.pool]
        if not ids or len(ids) > MAX_POOL:
            problems.append(("pool", f"1 to {MAX_POOL} rewards to draw from"))
        elif len(set(ids)) != len(ids) or reward.id in ids:
            problems.append(("pool", "each reward once, and not the mystery reward itself"))
        elif any(weight <= 0 for _reward_id, weight in reward.pool):
            problems.append(("pool", "weights above 0"))
    return problems
