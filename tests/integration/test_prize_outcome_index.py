"""The till's read of a member's last welcome-back reward (on every member it shows, once a
welcome back gives a reward) goes by index, not through every outcome of its kind."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from loyalty_pos.store.tables import prize_outcomes


def test_a_members_last_welcome_back_is_read_by_its_index(engine: Engine) -> None:
    outcome = prize_outcomes.c
    query = select(func.max(outcome.at)).where(outcome.kind == "win_back", outcome.member_id == "m-1")
    compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
    with engine.connect() as connection:
        plan = " ".join(str(row[-1]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
    assert "ix_prize_outcomes_kind_member_id" in plan, plan
