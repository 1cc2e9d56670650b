"""Which drawn members each store measurement uses: never one twice, and a store too
small for every measurement leaves some without samples instead of crashing the run."""

from __future__ import annotations

from loyalty_pos.bench.samples import Samples
from loyalty_pos.bench.store import DAY_SALES, MIN_SALES, Cold, _figure, budget


def _drawn(count: int) -> Samples:
    ids = [f"m{i}" for i in range(count)]
    return Samples(cards=[f"{i:016d}" for i in range(count)], phones=[], names=[], member_ids=ids,
                   member_names=["Ada Lovelace"] * count,
                   searches=[("stored", f"+47{i:05d}") for i in range(count)])


def test_no_card_and_no_search_is_used_twice() -> None:
    plan = budget(_drawn(10_000), Cold(["cold", "dbevicted"], None))
    cards = [card for chosen in plan.cards.values() for card in chosen]
    searches = [text for chosen in plan.searches.values() for text in chosen]
    assert len(cards) == len(set(cards)) and len(searches) == len(set(searches))
    assert len(plan.cards["warm"]) == 2000 and len(plan.cards["cold"]) == 200
    assert not set(plan.buyers) & {f"m{int(card)}" for card in cards}
    assert plan.sales == DAY_SALES


def test_a_tiny_store_gets_a_share_of_each_and_a_short_day() -> None:
    plan = budget(_drawn(5), Cold(["dbevicted"], "not root"))
    assert set(plan.cards) == {"warm", "dbevicted"}
    assert plan.buyers and plan.sales == MIN_SALES


def test_a_measurement_left_without_samples_is_said_and_skipped() -> None:
    said: list[str] = []
    assert _figure("card_lookup_cold_p99", [], 99, "<= 10", said.append, members=5) == []
    assert said == ["card_lookup_cold_p99: not measured, the store has too few members for distinct samples"]
    (figure,) = _figure("card_lookup_p99", [1.0, 2.0], 99, "<= 2", said.append, members=5)
    assert (figure.value, figure.samples, figure.passed) == (2.0, 2, None)


def test_without_drop_caches_only_the_database_is_evicted(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from loyalty_pos.bench import cache
    from loyalty_pos.bench.store import cold_methods

    monkeypatch.setattr(cache, "DROP_CACHES", tmp_path / "no-such-control")
    cold = cold_methods()
    assert cold.methods == ["dbevicted"]
    assert "no-such-control" in (cold.unavailable or "")
