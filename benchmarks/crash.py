"""``loyalty-pos bench --crash``: SIGKILL a seller at random moments, then prove nothing
acknowledged was lost and nothing was half-saved, and that ``check`` passes, every cycle.

The kill moments and the seller's choices come from one seed, printed first, so a
failing run can be repeated (timing still moves the exact instruction a kill lands on).
"""

from __future__ import annotations

import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from loyalty_pos.bench.crash_seller import TERMINAL
from loyalty_pos.bench.figures import Figure
from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.demo.catalog import install_demo_shop
from loyalty_pos.domain.events import EventType
from loyalty_pos.domain.members import Consents
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import SystemClock
from loyalty_pos.services.members.membership import EnrolMember, enrol

DEFAULT_CYCLES = 1_000
# A kill lands at most this long after the seller is ready: long enough for dozens of
# commits, short enough that a thousand cycles stay within an hour.
MAX_KILL_AFTER_READY_S = 0.6
# One cycle in this many is killed while the seller is still opening the shop.
KILL_DURING_START_EVERY = 10
_START_TIMEOUT_S = 120.0
MAX_S_PER_CYCLE = 5  # start, sell, kill, verify, check: 1,000 cycles within the integrator's hour and a half
_MEMBERS = 5
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass
class CycleResult:
    sales: list[str] = field(default_factory=list)  # acknowledged by the seller before it died
    returns: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    half_saved: list[str] = field(default_factory=list)
    check_problems: list[str] = field(default_factory=list)
    seller_error: str | None = None  # the seller died by itself, not by our kill

    @property
    def ok(self) -> bool:
        return not (self.lost or self.half_saved or self.check_problems or self.seller_error)


@dataclass
class CrashRun:
    seed: int
    cycles: list[CycleResult] = field(default_factory=list)
    wall_s: float = 0.0

    def total(self, name: str) -> int:
        return sum(len(getattr(cycle, name)) for cycle in self.cycles)

    @property
    def check_failures(self) -> int:
        return sum(1 for cycle in self.cycles if cycle.check_problems)

    @property
    def seller_errors(self) -> int:
        return sum(1 for cycle in self.cycles if cycle.seller_error)


def prepare_shop(data_dir: Path) -> list[str]:
    """The demo shop (unless the directory holds a shop already) and a few members to sell to."""
    clock = SystemClock()
    config = Config.load(data_dir)
    new = not config.db_path.exists()
    app = open_app(config, clock=clock, new_shop=new)  # a new scratch shop gets its card key, as the demo's
    try:
        if new:
            install_demo_shop(app.uow, clock)
        actor = Actor("crash-bench", Role.MANAGER, TERMINAL)
        return [enrol(app.uow(), EnrolMember(f"Crash Test {n}", consents=Consents(data_processing=True)),
                      actor=actor, clock=clock).id for n in range(_MEMBERS)]
    finally:
        app.close()


def _read_lines(stream, into: list[str], ready: threading.Event) -> None:  # noqa: ANN001 - a text pipe
    for line in stream:
        if not line.endswith("\n"):
            break  # cut off by the kill: the seller had not finished saying it
        if line.strip() == "ready":
            ready.set()
        else:
            into.append(line.strip())
    ready.set()  # EOF: the seller is gone, whether it got going or not


def kill_cycle(data_dir: Path, member_ids: list[str], *, seed: int, kill_after_s: float,
               during_start: bool) -> CycleResult:
    """Start a seller, SIGKILL it ``kill_after_s`` after it is ready (or after it was
    started, ``during_start``), and read back everything it acknowledged."""
    result = CycleResult()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", "loyalty_pos.bench.crash_seller", str(data_dir), str(seed), *member_ids],
            stdout=subprocess.PIPE, stderr=errors, text=True)
        lines: list[str] = []
        ready = threading.Event()
        reader = threading.Thread(target=_read_lines, args=(child.stdout, lines, ready), daemon=True)
        reader.start()
        if during_start:
            time.sleep(kill_after_s)
        else:
            ready.wait(_START_TIMEOUT_S)
            time.sleep(kill_after_s)
        child.send_signal(signal.SIGKILL)
        code = child.wait()
        reader.join()  # what the seller printed before dying is acknowledged too
        if code != -signal.SIGKILL:
            errors.seek(0)
            result.seller_error = f"seller exited with {code}: {errors.read().strip()[-2000:]}"
    for line in lines:
        kind, _, ref = line.partition(" ")
        (result.sales if kind == "sale" else result.returns).append(ref)
    return result


def verify(db_path: Path, result: CycleResult) -> None:
    """Fills ``result``'s lost and half-saved lists, then runs the shop's own check."""
    connection = sqlite3.connect(db_path)
    try:
        sales = {row[0] for row in connection.execute("SELECT sale_id FROM sales WHERE returned_of IS NULL")}
        returns = {row[0] for row in connection.execute("SELECT sale_id FROM sales WHERE returned_of IS NOT NULL")}
        result.lost = [f"sale {ref}" for ref in result.sales if ref not in sales]
        result.lost += [f"return {ref}" for ref in result.returns if ref not in returns]
        result.half_saved = half_saved(connection, sales | returns)
    finally:
        connection.close()
    report = check_file(db_path)
    result.check_problems = list(report.problems) if not report.ok else []


def half_saved(connection: sqlite3.Connection, stored: set[str]) -> list[str]:
    """Rows of this run's terminal that are missing their other half."""
    problems = [f"sale {ref} has no lines" for (ref,) in connection.execute(
        "SELECT sale_id FROM sales s WHERE terminal_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM sale_lines l WHERE l.sale_id = s.sale_id)", (TERMINAL,))]
    # A sale and all its returns against the ledger entries that point at the sale: the
    # return's entries may be split (per lot, say) but must add up to what it recorded
    # (with the challenge completions the sale's receipt printed).
    problems += [f"sale {ref}: receipts say {said} points, ledger holds {held}" for ref, said, held in connection.execute(
        "SELECT s.sale_id, "
        " (SELECT SUM(x.points_earned - x.points_redeemed) FROM sales x"
        "   WHERE x.sale_id = s.sale_id OR x.returned_of = s.sale_id)"
        # A challenge the sale completed: its bonus is the sale's entry too, and its receipt says so.
        " + COALESCE((SELECT SUM(json_extract(c.value, '$.points')) FROM json_each(s.receipt, '$.challenges') c), 0), "
        " COALESCE((SELECT SUM(g.points) FROM ledger g WHERE g.sale_ref = s.sale_id), 0) "
        "FROM sales s WHERE s.terminal_id = ? AND s.returned_of IS NULL AND s.member_id IS NOT NULL", (TERMINAL,))
        if said != held]
    problems += [f"ledger entry {entry} points at sale {ref}, which is not stored" for entry, ref in connection.execute(
        "SELECT id, sale_ref FROM ledger WHERE terminal_id = ? AND sale_ref IS NOT NULL "
        "AND sale_ref NOT IN (SELECT sale_id FROM sales)", (TERMINAL,))]
    audited: set[str] = set()
    for (details,) in connection.execute("SELECT details FROM audit_log WHERE action IN (?, ?)",
                                         (EventType.SALE_COMMITTED.value, EventType.RETURN_PROCESSED.value)):
        audited.update(_UUID.findall(details))
    problems += [f"sale or return {ref} has no audit entry" for (ref,) in connection.execute(
        "SELECT sale_id FROM sales WHERE terminal_id = ?", (TERMINAL,)) if ref not in audited]
    problems += [f"audit entry for {ref}, which is not stored" for (ref,) in connection.execute(
        "SELECT json_extract(details, '$.sale_id') FROM audit_log WHERE action = ?",
        (EventType.SALE_COMMITTED.value,)) if ref is not None and ref not in stored]
    return problems


def run_cycles(data_dir: Path, cycles: int, seed: int, log: Callable[[str], None],
               *, max_kill_after_s: float = MAX_KILL_AFTER_READY_S) -> CrashRun:
    run = CrashRun(seed)
    started = time.perf_counter()
    member_ids = prepare_shop(data_dir)
    rng = random.Random(seed)
    db_path = Config.load(data_dir).db_path
    start_s = 1.0  # refined by measuring how long a seller takes to say it is ready
    for n in range(cycles):
        during_start = rng.randrange(KILL_DURING_START_EVERY) == 0
        kill_after = rng.uniform(0, start_s if during_start else max_kill_after_s)
        cycle_started = time.perf_counter()
        result = kill_cycle(data_dir, member_ids, seed=rng.randrange(2**32), kill_after_s=kill_after,
                            during_start=during_start)
        if not during_start and result.sales:
            start_s = max(0.1, time.perf_counter() - cycle_started - kill_after)
        verify(db_path, result)
        run.cycles.append(result)
        if not result.ok:
            log(f"cycle {n + 1}: lost {result.lost} half-saved {result.half_saved} "
                f"check {result.check_problems} seller {result.seller_error}")
        elif (n + 1) % 50 == 0 or n + 1 == cycles:
            log(f"{n + 1:,} cycles: {run.total('sales'):,} sales and {run.total('returns'):,} returns "
                "acknowledged, none lost")
    run.wall_s = time.perf_counter() - started
    return run


def figures(run: CrashRun, cycles: int) -> list[Figure]:
    done = len(run.cycles)
    return [
        Figure.measured("crash_cycles", done, "cycles", f">= {cycles}"),
        Figure.measured("crash_sales_acknowledged", run.total("sales"), "sales", ">= 1"),
        Figure.measured("crash_returns_acknowledged", run.total("returns"), "returns", ">= 1"),
        Figure.measured("crash_lost", run.total("lost"), "rows", "<= 0"),
        Figure.measured("crash_half_saved", run.total("half_saved"), "rows", "<= 0"),
        Figure.measured("crash_check_failures", run.check_failures, "cycles", "<= 0"),
        Figure.measured("crash_seller_errors", run.seller_errors, "cycles", "<= 0"),
        Figure.measured("crash_wall_s", run.wall_s, "s", f"<= {cycles * MAX_S_PER_CYCLE}"),
        Figure.measured("crash_s_per_cycle", run.wall_s / max(done, 1), "s", f"<= {MAX_S_PER_CYCLE}"),
    ]
