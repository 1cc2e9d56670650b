"""The floor a checkout is compared with: the same sale's rows written by plain sqlite3
in one durable transaction, with the store's own PRAGMAs, on a copy of the store taken
before the checkouts.

Per sale, between ``BEGIN IMMEDIATE`` and ``COMMIT`` (synchronous = FULL), the floor
does what no implementation of a sale can skip: it reads the member and the member's
points projection (balance and open lots), numbers the receipt, inserts the sale, its
lines, its campaign rows, its ledger entries and the badges it awards, rewrites the projection (balance,
open lots spent first-in first-out), appends the audit entry to the audit log's hash
chain, links every new record into the store's hash chain (migration 0014: the same
SHA-256 links, over the same SQL spelling of each row) and queues the outbox rows.

What it leaves out is what we measure against it: pricing and rules, reading the
program and the member's history, SQLAlchemy and the unit of work. Neither side writes
the chain head file inside the sale: the till leaves it to its checkpointer. Its input is the rows
our checkout stored for the sale (read back outside any timing), so both write exactly
the same sales; ``tests/integration/test_bench_floor.py`` compares the row counts per
table.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from loyalty_pos.domain.chain import RecordKind
from loyalty_pos.domain.hlc import Hlc, tick
from loyalty_pos.store.chain_links import RawConnection, extend
from loyalty_pos.store.engine import AUTOCHECKPOINT_PAGES
from loyalty_pos.store.repositories.audit import GENESIS, chain_hash
from loyalty_pos.store.types import canonical_json

# The store engine's PRAGMAs (store/engine.py), spelled out: the floor must not get
# cheaper if ours change. test_bench_floor checks they still agree.
PRAGMAS = ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 5000",
           f"wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}", "cache_size = -8192")
_SALE_COLUMNS = ("sale_id", "receipt_no", "member_id", "terminal_id", "actor", "at", "currency", "total_minor",
                 "tender", "points_earned", "points_redeemed", "receipt", "returned_of", "qualifying_spend_minor",
                 "qualifying_points", "external_register", "external_date", "external_ref")
_LINE_COLUMNS = ("sale_id", "line_no", "product_code", "name", "category", "quantity", "unit_price", "tax_rate_bp",
                 "gross_minor", "discount_minor", "points_paid_minor", "points_earned", "points_spent")
_LEDGER_COLUMNS = ("id", "member_id", "kind", "points", "at", "terminal_id", "actor", "sale_ref", "reason",
                   "reward_id", "expires_at")
_CAMPAIGN_COLUMNS = ("sale_id", "campaign_id", "at", "member_id", "points", "total_minor")
_ACTIVITY_KINDS = ("earn", "redeem", "bonus", "transfer")  # domain/ledger.py's, as stored
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SCHEMA_VERSION = 1


def _iso(micros: int | None) -> str | None:
    return None if micros is None else (_EPOCH + timedelta(microseconds=micros)).isoformat()


_PRIZE_COLUMNS = ("sale_id", "kind", "subject_id", "outcome", "member_id", "terminal_id", "at")

@dataclass(frozen=True, slots=True)
class SaleRows:
    """One sale as our checkout stored it: the floor's input."""

    sale: dict[str, Any]
    lines: list[tuple[Any, ...]]
    ledger: list[dict[str, Any]]
    campaigns: list[tuple[Any, ...]]
    # The sale that crosses a tier's threshold moves the member up in its transaction:
    # (actor, audit details, outbox payload) of each move, as our checkout stored them.
    tier_moves: list[tuple[str, str, str]]
    # Badges the sale awarded: (badge_id, earned_at) rows and the (actor, details) of their audit entries.
    badges: list[tuple[str, int]] = field(default_factory=list)
    badge_audits: list[tuple[str, str]] = field(default_factory=list)
    # Prizes the sale handed out (an instant win's, a welcome back's reward): prize_outcomes rows.
    prizes: list[tuple[Any, ...]] = field(default_factory=list)


def read_sales(connection: sqlite3.Connection, sale_ids: list[str]) -> list[SaleRows]:
    """The rows our checkout stored for ``sale_ids``, in that order."""
    found = []
    for sale_id in sale_ids:
        sale = connection.execute(f"SELECT {', '.join(_SALE_COLUMNS)} FROM sales WHERE sale_id = ?",
                                  (sale_id,)).fetchone()
        if sale is None:
            raise LookupError(f"sale {sale_id} was not stored")
        lines = connection.execute(f"SELECT {', '.join(_LINE_COLUMNS)} FROM sale_lines WHERE sale_id = ? "
                                   "ORDER BY line_no", (sale_id,)).fetchall()
        # With the visit's awards (a birthday, a welcome back, a referral: services/sale/visit_awards.py),
        # booked in the sale's transaction at its time but not as its points (no sale_ref).
        ledger = connection.execute(f"SELECT {', '.join(_LEDGER_COLUMNS)} FROM ledger WHERE sale_ref = ? "
                                    "OR (sale_ref IS NULL AND kind = 'bonus' AND reason LIKE 'campaign:%' "
                                    "AND at = ? AND terminal_id = ?) ORDER BY seq",
                                    (sale_id, sale[5], sale[3])).fetchall()
        campaigns = connection.execute(f"SELECT {', '.join(_CAMPAIGN_COLUMNS)} FROM sale_campaigns "
                                       "WHERE sale_id = ? ORDER BY rowid", (sale_id,)).fetchall()
        row = dict(zip(_SALE_COLUMNS, sale, strict=True))
        tier_moves = connection.execute(
            'SELECT a.actor, a.details, o.payload FROM audit_log a JOIN outbox o ON o.kind = a.action AND o."key" = ? '
            "AND o.at = a.at WHERE a.action = 'tier_changed' AND a.at = ? AND json_extract(a.details, '$.key') = ? "
            "ORDER BY a.seq", (row["member_id"], row["at"], row["member_id"])).fetchall()
        badges = connection.execute("SELECT badge_id, earned_at FROM member_badges WHERE sale_id = ? ORDER BY badge_id",
                                    (sale_id,)).fetchall()
        badge_audits = connection.execute(
            "SELECT actor, details FROM audit_log WHERE action = 'badge_earned' AND at = ? "
            "AND json_extract(details, '$.sale_id') = ? ORDER BY seq", (row["at"], sale_id)).fetchall()
        prizes = connection.execute(f"SELECT {', '.join(_PRIZE_COLUMNS)} FROM prize_outcomes WHERE sale_id = ? "
                                    "ORDER BY rowid", (sale_id,)).fetchall()
        found.append(SaleRows(row, lines, [dict(zip(_LEDGER_COLUMNS, entry, strict=True)) for entry in ledger],
                              campaigns, [tuple(move) for move in tier_moves], [tuple(badge) for badge in badges],
                              [tuple(audit) for audit in badge_audits], [tuple(prize) for prize in prizes]))
    return found


def open_floor(db_path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    for pragma in PRAGMAS:
        connection.execute(f"PRAGMA {pragma}")
    return connection


def _fifo(lot: tuple[str, int, int | None, int]) -> tuple[int, int, int, str]:
    entry_id, opened_at, expires_at, _remaining = lot
    return (1 if expires_at is None else 0, expires_at if expires_at is not None else opened_at, opened_at, entry_id)


def _projection(db: sqlite3.Connection, member_id: str, entries: list[dict[str, Any]]) -> None:
    """The member's balance and open lots after ``entries``, as folding the ledger gives them."""
    row = db.execute("SELECT balance, last_activity_at FROM balances WHERE member_id = ?", (member_id,)).fetchone()
    balance, last_activity = (row[0], row[1]) if row else (0, None)
    lots = sorted(db.execute("SELECT entry_id, opened_at, expires_at, remaining FROM lots WHERE member_id = ?",
                             (member_id,)).fetchall(), key=_fifo)
    debt = sum(lot[3] for lot in lots) - balance
    for entry in sorted(entries, key=lambda e: (e["at"], e["id"])):
        points = entry["points"]
        if entry["kind"] in _ACTIVITY_KINDS and (last_activity is None or entry["at"] > last_activity):
            last_activity = entry["at"]
        if points > 0:
            repay = min(debt, points)
            debt -= repay
            if points - repay:
                lots = sorted([*lots, (entry["id"], entry["at"], entry["expires_at"], points - repay)], key=_fifo)
            continue
        needed, kept = -points, []
        for lot in lots:
            take = min(needed, lot[3])
            needed -= take
            if lot[3] - take:
                kept.append((*lot[:3], lot[3] - take))
        lots, debt = kept, debt + needed
    balance = sum(lot[3] for lot in lots) - debt
    expiries = [lot[2] for lot in lots if lot[2] is not None]
    db.execute("INSERT INTO balances (member_id, balance, next_expiry_at, last_activity_at) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (member_id) DO UPDATE SET balance = excluded.balance, "
               "next_expiry_at = excluded.next_expiry_at, last_activity_at = excluded.last_activity_at",
               (member_id, balance, min(expiries) if expiries else None, last_activity))
    db.execute("DELETE FROM lots WHERE member_id = ?", (member_id,))
    db.executemany("INSERT INTO lots (entry_id, member_id, opened_at, expires_at, remaining) VALUES (?, ?, ?, ?, ?)",
                   [(lot[0], member_id, lot[1], lot[2], lot[3]) for lot in lots])


class _Clock:
    """The outbox's stamps (migration 0016): the till's clock read once per sale, as ours
    reads it (the later of the last row's stamp and ``sync_state.hlc_last``), then ticked."""

    def __init__(self, db: sqlite3.Connection) -> None:
        state = dict(db.execute("SELECT name, value FROM sync_state WHERE name IN ('hlc_last', 'terminal_id')"))
        last = db.execute("SELECT hlc FROM outbox ORDER BY id DESC LIMIT 1").fetchone()
        stamps = [Hlc.parse(text) for text in (state.get("hlc_last"), last[0] if last else None) if text]
        self.last: Hlc | None = max(stamps) if stamps else None
        self.node = state.get("terminal_id") or "local"

    def next(self, at_micros: int) -> str:
        self.last = tick(self.last, at_micros // 1000, self.node)
        return str(self.last)


def _queue(db: sqlite3.Connection, clock: _Clock, kind: str, key: str, payload: dict[str, Any], at: int) -> None:
    db.execute('INSERT INTO outbox (kind, "key", payload, at, sent_at, event_id, hlc) VALUES (?, ?, ?, ?, NULL, ?, ?)',
               (kind, key, json.dumps({"schema_version": SCHEMA_VERSION, **payload}, separators=(",", ":")), at,
                str(uuid.uuid4()), clock.next(at)))


def _audit(db: sqlite3.Connection, raw: RawConnection, sale: dict[str, Any]) -> None:
    details = {"terminal": sale["terminal_id"], "key": sale["sale_id"], "schema_version": SCHEMA_VERSION,
               **_sale_event(sale)}
    _append_audit(db, raw, sale["at"], sale["actor"], "sale_committed", canonical_json(details))


def _append_audit(db: sqlite3.Connection, raw: RawConnection, at_micros: int, actor: str, action: str,
                  text: str) -> None:
    head = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if head is None else (head[0] + 1, head[1])
    at = _EPOCH + timedelta(microseconds=at_micros)
    digest = chain_hash(prev, seq, at, actor, action, json.loads(text))
    db.execute("INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
               (seq, at_micros, actor, action, text, prev, digest))
    extend(raw, RecordKind.AUDIT, [seq])


def _tier_moves(db: sqlite3.Connection, raw: RawConnection, clock: _Clock, rows: SaleRows) -> None:
    """As checkout's upgrade: the member row rewritten (its name too, so the search index
    is touched as ``members.update`` touches it), the move audited and queued."""
    sale = rows.sale
    for actor, details, payload in rows.tier_moves:
        db.execute("UPDATE members SET tier_code = ?, name = name, updated_at = ? WHERE id = ?",
                   (json.loads(details)["to"], sale["at"], sale["member_id"]))
        _append_audit(db, raw, sale["at"], actor, "tier_changed", details)
        db.execute('INSERT INTO outbox (kind, "key", payload, at, sent_at, event_id, hlc) '
                   "VALUES ('tier_changed', ?, ?, ?, NULL, ?, ?)",
                   (sale["member_id"], payload, sale["at"], str(uuid.uuid4()), clock.next(sale["at"])))


def _badges(db: sqlite3.Connection, raw: RawConnection, clock: _Clock, rows: SaleRows) -> None:
    """As checkout's award: a row per badge, its audit entry and its outbox row (badges are chain-wide)."""
    sale = rows.sale
    db.executemany("INSERT INTO member_badges (member_id, badge_id, earned_at, sale_id) VALUES (?, ?, ?, ?)",
                   [(sale["member_id"], badge_id, earned_at, sale["sale_id"]) for badge_id, earned_at in rows.badges])
    for actor, details in rows.badge_audits:
        _append_audit(db, raw, sale["at"], actor, "badge_earned", details)
        badge_id = json.loads(details)["badge_id"]
        _queue(db, clock, "badge_earned", sale["member_id"],
               {"member_id": sale["member_id"], "badge_id": badge_id, "sale_id": sale["sale_id"]}, sale["at"])


def _sale_event(sale: dict[str, Any]) -> dict[str, Any]:
    return {name: sale[name] for name in ("sale_id", "receipt_no", "member_id", "total_minor", "currency", "tender",
                                          "points_earned", "points_redeemed")} | {
        "discount_approved_by": None, "discount_approval_id": None}


def write_sale(db: sqlite3.Connection, rows: SaleRows) -> None:
    """One sale's rows in one durable transaction."""
    sale, member_id = rows.sale, rows.sale["member_id"]
    raw = RawConnection(db)
    db.execute("BEGIN IMMEDIATE")
    try:
        if member_id is not None:
            member = db.execute("SELECT status FROM members WHERE id = ?", (member_id,)).fetchone()
            if member is None or member[0] != "active":
                raise LookupError(f"member {member_id} cannot buy")
        db.execute("INSERT INTO receipt_counters (terminal_id, last_seq) VALUES (?, 1) ON CONFLICT (terminal_id) "
                   "DO UPDATE SET last_seq = last_seq + 1", (sale["terminal_id"],))
        seqs = []
        for entry in rows.ledger:
            seqs.append(db.execute(f"INSERT INTO ledger ({', '.join(_LEDGER_COLUMNS)}) VALUES "
                                   f"({', '.join('?' * len(_LEDGER_COLUMNS))})",
                                   tuple(entry[name] for name in _LEDGER_COLUMNS)).lastrowid)
        extend(raw, RecordKind.LEDGER, seqs)
        clock = _Clock(db)
        for entry in rows.ledger:
            _queue(db, clock, "ledger_entry", entry["id"], {**entry, "at": _iso(entry["at"]),
                                                      "expires_at": _iso(entry["expires_at"])}, entry["at"])
        for owner in dict.fromkeys(entry["member_id"] for entry in rows.ledger):  # a referral pays a friend too
            _projection(db, owner, [entry for entry in rows.ledger if entry["member_id"] == owner])
        db.execute(f"INSERT INTO sales ({', '.join(_SALE_COLUMNS)}) VALUES ({', '.join('?' * len(_SALE_COLUMNS))})",
                   tuple(sale[name] for name in _SALE_COLUMNS))
        db.executemany(f"INSERT INTO sale_lines ({', '.join(_LINE_COLUMNS)}) VALUES "
                       f"({', '.join('?' * len(_LINE_COLUMNS))})", rows.lines)
        extend(raw, RecordKind.SALE, [sale["sale_id"]])
        db.executemany(f"INSERT INTO sale_campaigns ({', '.join(_CAMPAIGN_COLUMNS)}) VALUES "
                       f"({', '.join('?' * len(_CAMPAIGN_COLUMNS))})", rows.campaigns)
        _badges(db, raw, clock, rows)
        db.executemany(f"INSERT INTO prize_outcomes ({', '.join(_PRIZE_COLUMNS)}) VALUES "
                       f"({', '.join('?' * len(_PRIZE_COLUMNS))})", rows.prizes)
        _tier_moves(db, raw, clock, rows)
        _audit(db, raw, sale)
        _queue(db, clock, "sale_committed", sale["sale_id"], _sale_event(sale), sale["at"])
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


@dataclass(frozen=True, slots=True)
class FloorSample:
    wall_ms: float
    cpu_ms: float


def run_floor(db: sqlite3.Connection, sales: list[SaleRows]) -> list[FloorSample]:
    """Each sale written and timed: wall time and this thread's CPU time."""
    samples = []
    for rows in sales:
        wall, cpu = time.perf_counter(), time.thread_time()
        write_sale(db, rows)
        samples.append(FloorSample((time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000))
    return samples
