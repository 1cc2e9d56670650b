"""The chain's rules for partner codes and giveaway entries, without a database."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.head_office import head_office_only
from loyalty_pos.domain.prize_rules import DEFAULT_CODES_PER_TILL, MAX_CODES_PER_TILL, codes_per_till
from loyalty_pos.domain.prizes import Entry, draw_winners
from loyalty_pos.domain.program import Reward, RewardKind


def _cinema(block: int) -> Reward:
    return Reward("cinema", "Cinema night", RewardKind.PARTNER_CODE, 250, partner="Kino 2-for-1",
                  codes_per_till=block)


@given(st.integers(min_value=-10**6, max_value=10**6))
def test_a_till_holds_the_rewards_block_or_the_chains_default_and_nothing_outside_the_range(block: int) -> None:
    if 0 <= block <= MAX_CODES_PER_TILL:
        assert codes_per_till(_cinema(block)) == (block or DEFAULT_CODES_PER_TILL)
    else:
        with pytest.raises(ValidationError) as refused:
            _cinema(block)
        assert "codes_per_till" in refused.value.params["fields"]


def test_pooling_codes_and_drawing_are_head_offices_and_handing_out_and_entering_every_tills() -> None:
    assert all(head_office_only(kind) for kind in ("partner_codes_pooled", "giveaway_seed_committed",
                                                   "giveaway_drawn"))
    assert not any(head_office_only(kind) for kind in ("partner_code_handed_out", "giveaway_entered"))


@given(st.lists(st.tuples(st.integers(1, 30), st.integers(1, 4), st.sampled_from("mnop")), min_size=1, max_size=25,
                unique_by=lambda t: t[0]),
       st.integers(0, 2**32), st.integers(1, 4))
def test_the_winners_are_the_same_from_any_till_whatever_order_its_union_of_entries_arrived_in(
        sales: list[tuple[int, int, str]], shuffle: int, winners: int) -> None:
    entries = [Entry(f"s-{sale}:{n}", f"m-{member}") for sale, count, member in sales for n in range(1, count + 1)]
    arrived = entries[:]
    random.Random(shuffle).shuffle(arrived)  # another till pulled the other's entries in another order
    assert draw_winners(arrived, "5eed", winners) == draw_winners(sorted(entries, key=lambda e: e.entry_id),
                                                                  "5eed", winners)
