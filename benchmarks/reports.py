"""The manager's reports at shop scale: the Reports section as it loads them (all at
once on the till's workers, in a fresh till: first tab shown, all tabs loaded, worst of
``SECTION_RUNS``), then each service call behind a report on its own, over the range
the section opens with (the last 12 months, today included), to say which one is slow."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from loyalty_pos.bench.figures import Figure, time_ms
from loyalty_pos.bench.seeded import SeededStore
from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.services.shop.reports import (
    campaign_results,
    liability_over_time,
    program_report,
    tier_movements,
    top_members,
)

_TARGET_S = "<= 2"
_RUNS = 3
SECTION_RUNS = 3


def _section(config: Config, log: Callable[[str], None]) -> list[Figure]:
    from loyalty_pos.bench.display import gui_display, run_child

    with gui_display() as display:
        log(f"the Reports section, {SECTION_RUNS} fresh tills on {display.kind} ...")
        runs = [run_child("reports_section", [str(config.data_dir)], display) for _ in range(SECTION_RUNS)]
    first = max(float(run["first_tab_s"]) for run in runs)  # type: ignore[arg-type]
    every = max(float(run["all_loaded_s"]) for run in runs)  # type: ignore[arg-type]
    return [Figure.measured(f"reports_first_tab_s{display.suffix}", first, "s", "<= 1"),
            Figure.measured(f"reports_all_loaded_s{display.suffix}", every, "s", "<= 2")]


def run(store: SeededStore, *, log: Callable[[str], None]) -> list[Figure]:
    config = store.ensure()
    open_app(config).close()  # migrates a store seeded by an older version before any till opens it
    section = _section(config, log)
    app = open_app(config)  # migrates a store seeded by an older version, before anything is timed
    try:
        now = app.clock.now()
        today = now.astimezone(UTC).date()
        end = datetime(today.year, today.month, today.day, tzinfo=UTC) + timedelta(days=1)
        start = end - timedelta(days=365)
        calls: dict[str, Callable[[], object]] = {
            "program_report": lambda: program_report(app.uow(readonly=True), start=start, end=end, now=now),
            "liability_over_time": lambda: liability_over_time(app.uow(readonly=True), start=start, end=end),
            "tier_movements": lambda: tier_movements(app.uow(readonly=True), start=start, end=end),
            "campaign_results": lambda: campaign_results(app.uow(readonly=True), start=start, end=end),
            "top_members": lambda: top_members(app.uow(readonly=True), start=start, end=end),
        }
        figures = []
        for name, call in calls.items():
            log(f"report {name} ...")
            # The first call pays for reading the pages from disk, as opening the section does.
            first = time_ms(call, 1, warmup=0)[0]
            worst = max([first, *time_ms(call, _RUNS - 1, warmup=0)])
            figures.append(Figure.measured(f"report_{name}_s", worst / 1000, "s", _TARGET_S))
        return section + figures
    finally:
        app.close()
