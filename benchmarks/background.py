"""What the till runs beside its sales, for benchmarks without a GUI: the checkpointer,
and the daily jobs (expiry, tier review, the automatic backup)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loyalty_pos.app import App


@contextmanager
def every(seconds: float, call: Callable[[], object]) -> Iterator[None]:
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(seconds):
            try:
                call()
            except Exception:  # noqa: BLE001 - a busy checkpoint is retried next time
                pass

    worker = threading.Thread(target=loop, name="checkpointer", daemon=True)
    worker.start()
    try:
        yield
    finally:
        stop.set()
        worker.join()


@dataclass
class JobRounds:
    """How often the daily jobs ran while the figure was measured, and what went wrong."""

    done: int = 0
    backups: int = 0
    errors: list[str] | None = None


@contextmanager
def daily_jobs(app: App, scratch: Path, *, pause_s: float = 2.0) -> Iterator[JobRounds]:
    """The till's daily jobs (jobs/daily.py: expiry, tier review, the automatic backup)
    over and over until the block ends, as on the worker the till starts them on. Each
    round backs up into a folder of its own, so every round makes a real backup (a
    second one the same day would be skipped). The weekly restore drill is left out: it
    checks a whole restored copy, minutes at a million members, once a week."""
    from loyalty_pos.jobs.daily_backup import BackupPlace, daily_backup
    from loyalty_pos.services.actor import system_actor
    from loyalty_pos.services.members.expiry import expire_points
    from loyalty_pos.services.members.tier_review import review_tiers

    rounds = JobRounds(errors=[])
    stop = threading.Event()
    actor = system_actor(app.config.terminal_id)

    def loop() -> None:
        while not stop.is_set():
            place = BackupPlace(app.config.db_path, app.config.key_path, scratch / f"backups-{rounds.done}")
            try:  # in jobs.daily.run_daily_jobs's order
                expire_points(app.uow, actor=actor, clock=app.clock)
                review_tiers(app.uow, actor=actor, clock=app.clock)
                backup = daily_backup(app.uow, place, clock=app.clock)
            except Exception as error:  # noqa: BLE001 - reported with the figure, never hidden
                assert rounds.errors is not None
                rounds.errors.append(f"{type(error).__name__}: {error}")
                stop.wait(1.0)
                continue
            rounds.done += 1
            rounds.backups += backup.made is not None
            stop.wait(pause_s)

    worker = threading.Thread(target=loop, name="daily-jobs", daemon=True)
    worker.start()
    try:
        yield rounds
    finally:
        stop.set()
        worker.join()
