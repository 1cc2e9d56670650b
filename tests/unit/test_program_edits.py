"""One reward or campaign added to, or replaced in, a program's list by its id."""

from __future__ import annotations

from loyalty_pos.domain.program import Reward, RewardKind
from loyalty_pos.domain.program_edits import place_part


def _reward(reward_id: str, name: str, points: int = 100) -> Reward:
    return Reward(reward_id, name, RewardKind.AMOUNT_OFF, points, amount_minor=5000)


def test_a_new_part_is_named_from_its_title_and_added_last() -> None:
    parts = (_reward("free-coffee", "Free coffee"), _reward("cake", "Cake"))
    edit = place_part(parts, _reward("", "Free coffee"), fallback="reward")
    assert edit.part.id == "free-coffee-2" and edit.before is None
    assert [p.id for p in edit.parts] == ["free-coffee", "cake", "free-coffee-2"]


def test_an_existing_id_is_replaced_where_it_stands() -> None:
    parts = (_reward("a", "A"), _reward("b", "B"), _reward("c", "C"))
    edit = place_part(parts, _reward("b", "B", points=250), fallback="reward")
    assert edit.before == parts[1]
    assert [(p.id, p.points_cost) for p in edit.parts] == [("a", 100), ("b", 250), ("c", 100)]


def test_a_name_with_nothing_to_make_an_id_from_gets_the_fallback() -> None:
    assert place_part((), _reward("", "€€€"), fallback="reward").part.id == "reward"
