"""A simulated history's records, stored as the repositories store them, in a bulk load.

The demo's year is worked out in Python by the domain's own rules (``demo/year.py``);
this turns what it produced into rows: a sale as ``SqlSales.add`` stores it (lines and
campaign rows too), ledger entries with the outbox row ``post_entries`` queues for each,
an event as ``journal.record`` audits and queues it (the audit log's own hash chain
continued from its head), and a member's projection as ``put_state`` writes it. Rows
are buffered and handed to the loader's writer thread a batch at a time, so SQLite
inserts one batch while Python works out the next.

Each ledger entry, audit entry and sale is also spelled as the chain spells a stored
record (``chain_links.range_record``: every column as SQLite's ``quote()`` gives it) as
it is made, and every ``CHAIN_RUN`` of them is chained by one range link there and then:
reading a year back through ``quote()`` to hash it cost as much again as a third of the
load. ``loyalty-pos check`` reads them back the slow way, so a spelling that differed
would show.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from loyalty_pos.domain.chain import LOCAL_ORIGIN, RecordKind, link, range_ref
from loyalty_pos.domain.events import SCHEMA_VERSION_FIELD, Event, LedgerEntryPosted
from loyalty_pos.domain.gift_cards import GiftCardEntry
from loyalty_pos.domain.hlc import Hlc, tick
from loyalty_pos.domain.ledger import LedgerEntry, PointsState
from loyalty_pos.domain.plain_data import to_plain
from loyalty_pos.services.ports import DonationRecord, PaidMembershipRow, SaleRecord
from loyalty_pos.store.bulk import CHAIN_RUN, BulkLoader
from loyalty_pos.store.repositories.audit import GENESIS
from loyalty_pos.store.repositories.outbox import LOCAL_NODE
from loyalty_pos.store.types import canonical_json, dumps, to_micros

_SALE_COLUMNS = ("sale_id", "receipt_no", "member_id", "terminal_id", "actor", "at", "currency", "total_minor",
                 "tender", "points_earned", "points_redeemed", "receipt", "returned_of", "qualifying_spend_minor",
                 "qualifying_points")
LINE_FIELDS = ("line_no", "product_code", "name", "category", "quantity", "unit_price", "tax_rate_bp",
               "gross_minor", "discount_minor", "points_paid_minor", "points_earned", "points_spent")
_CAMPAIGN_COLUMNS = ("sale_id", "campaign_id", "at", "member_id", "points", "total_minor")
_LEDGER_COLUMNS = ("seq", "id", "member_id", "kind", "points", "at", "terminal_id", "actor", "sale_ref", "reason",
                   "reward_id", "expires_at")
_AUDIT_COLUMNS = ("seq", "at", "actor", "action", "details", "prev_hash", "hash")
_OUTBOX_COLUMNS = ("kind", "key", "payload", "at", "sent_at", "event_id", "hlc")
# The history's event ids: one namespace, the shop and the row make each (as migration 0016 backfills).
_EVENT_IDS = uuid.UUID("0b7f4a8e-2f3c-4d1e-9a6b-5c8d7e6f1a20")
_BALANCE_COLUMNS = ("member_id", "balance", "next_expiry_at", "last_activity_at")
_LOT_COLUMNS = ("entry_id", "member_id", "opened_at", "expires_at", "remaining")
_TABLES = {"sales": _SALE_COLUMNS, "sale_lines": ("sale_id", *LINE_FIELDS), "sale_campaigns": _CAMPAIGN_COLUMNS,
           "ledger": _LEDGER_COLUMNS, "audit_log": _AUDIT_COLUMNS, "outbox": _OUTBOX_COLUMNS,
           "balances": _BALANCE_COLUMNS, "lots": _LOT_COLUMNS,
           "chain": ("origin", "n", "kind", "ref", "hash"),
           "gift_card_entries": ("id", "card_number", "kind", "amount_minor", "currency", "at", "terminal_id", "actor",
                                 "sale_ref", "reason"),
           "donations": ("entry_id", "member_id", "charity_id", "charity_name", "points", "amount_minor", "currency",
                         "at"),
           "member_badges": ("member_id", "badge_id", "earned_at", "sale_id"),
           "paid_memberships": ("id", "member_id", "paid_tier_id", "name", "tier_code", "fee_minor", "currency",
                                "sold_at", "until", "actor", "terminal_id", "receipt_no"),
           "prize_outcomes": ("sale_id", "kind", "subject_id", "outcome", "member_id", "terminal_id", "at")}
# The sale columns the chain spells that the history leaves empty (external receipt).
_SALE_TAIL = ",NULL,NULL,NULL"


def _quote(value: Any) -> str:
    """SQLite's ``quote()`` of a stored integer, text or NULL (the history stores no reals
    or blobs)."""
    if value is None:
        return "NULL"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"the history does not spell {type(value).__name__} values")


def _spelled(row: Sequence[Any]) -> str:
    return ",".join(map(_quote, row))


class _Runs:
    """One chain's range links over the records of each kind, as they are made."""

    def __init__(self, head: tuple[int, bytes], add: Any, size: int | None = None) -> None:
        self._n, self._prev = head
        self._add = add  # takes a chain row
        self._size = size or CHAIN_RUN
        self._open: dict[RecordKind, tuple[list[str], Any, Any]] = {}

    def record(self, kind: RecordKind, key: Any, text: str) -> None:
        run = self._open.get(kind)
        # A sale range also fixes its receipt numbers' length: a run never spans two.
        if run is not None and kind == RecordKind.SALE_RANGE and len(key) != len(run[1]):
            self._close(kind)
            run = None
        if run is None:
            run = self._open[kind] = ([], key, key)
        run[0].append(text)
        self._open[kind] = (run[0], run[1], key)
        if len(run[0]) >= self._size:
            self._close(kind)

    def _close(self, kind: RecordKind) -> None:
        texts, first, last = self._open.pop(kind)
        ref = range_ref(str(first), str(last))
        self._n += 1
        self._prev = link(self._prev, LOCAL_ORIGIN, self._n, kind.value, ref, "\n".join(texts))
        self._add((LOCAL_ORIGIN, self._n, kind.value, ref, self._prev))

    def close(self) -> None:
        for kind in list(self._open):
            self._close(kind)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _payload(event: Event) -> dict[str, Any]:
    """``event.payload()`` (``plain_data.to_plain``) for the flat events a history records,
    without its generic walk, which cost a fifth of the history; anything not flat still
    goes through ``to_plain``."""
    names = _FIELDS.get(type(event))
    if names is None:
        names = _FIELDS[type(event)] = tuple(f.name for f in dataclasses.fields(event))
    plain: dict[str, Any] = {}
    for name in names:
        value = getattr(event, name)
        if isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, datetime | date):
            value = value.isoformat()
        elif not (value is None or isinstance(value, str | int | float)):
            value = to_plain(value)
        plain[name] = value
    return plain


def _micros(value: datetime | None) -> int | None:
    return None if value is None else to_micros(value)


class HistoryRows:
    """``sale``, ``entries``, ``event``, ``projection`` in the order the history happened;
    ``flush`` at the end (and whenever the buffers are full)."""

    def __init__(self, loader: BulkLoader, *, batch: int = 20_000) -> None:
        self._loader = loader
        self._batch = batch
        self._rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _TABLES}
        head = loader.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        self._audit_seq, self._audit_hash = (0, GENESIS) if head is None else (int(head[0]), str(head[1]))
        self._ledger_seq = int(loader.execute("SELECT coalesce(max(seq), 0) FROM ledger").fetchone()[0])
        self.counts: dict[str, int] = dict.fromkeys(_TABLES, 0)
        chain = loader.execute("SELECT n, hash FROM chain WHERE origin = ? ORDER BY n DESC LIMIT 1",
                               (LOCAL_ORIGIN,)).fetchone()
        head = (0, bytes(32)) if chain is None else (int(chain[0]), bytes(chain[1]))
        self._runs = _Runs(head, lambda row: self._add("chain", row))
        # Outbox rows carry an event id and a hybrid-logical-clock stamp rising with the row
        # id, as SqlOutbox.add gives them: the till's clock goes on from the last row's.
        shop = loader.execute("SELECT value FROM settings WHERE key = 'shop_id'").fetchone()
        self._shop_id = "no-shop-id" if shop is None else str(shop[0])
        self._outbox_n = int(loader.execute("SELECT coalesce(max(id), 0) FROM outbox").fetchone()[0])
        last = loader.execute("SELECT hlc FROM outbox ORDER BY id DESC LIMIT 1").fetchone()
        self._stamp: Hlc | None = None if last is None or last[0] is None else Hlc.parse(str(last[0]))

    def sale(self, sale: SaleRecord) -> None:
        at = to_micros(sale.at)
        # The stored receipt names the member only by the sale's member id (SqlSales.add).
        document = {} if sale.receipt is None else {**sale.receipt.to_dict(), "member_name": None}
        row = (sale.sale_id, sale.receipt_no, sale.member_id, sale.terminal_id, sale.actor, at, sale.currency,
               sale.total_minor, sale.tender.value, sale.points_earned, sale.points_redeemed, dumps(document),
               sale.returned_of, sale.qualifying.spend_minor, sale.qualifying.points)
        self._add("sales", row)
        texts = [_spelled(row) + _SALE_TAIL]
        lines = self._rows["sale_lines"]
        for line in sorted(sale.lines, key=lambda line: line.line_no):
            values = tuple(getattr(line, name) for name in LINE_FIELDS)
            lines.append((sale.sale_id, *values))
            texts.append(_spelled(values))
        self._runs.record(RecordKind.SALE_RANGE, sale.receipt_no, "\n".join(texts))
        if sale.member_id is not None and sale.returned_of is None:
            for campaign_id, points in sale.campaign_points.items():
                self._add("sale_campaigns", (sale.sale_id, campaign_id, at, sale.member_id, points, sale.total_minor))

    def entries(self, entries: Sequence[LedgerEntry]) -> None:
        """Ledger rows, each queued for sync as ``post_entries`` queues it (already sent:
        the history is a year old)."""
        for e in entries:
            self._ledger_seq += 1
            at = to_micros(e.at)
            row = (self._ledger_seq, e.id, e.member_id, e.kind.value, e.points, at, e.terminal_id, e.actor,
                   e.sale_ref, e.reason, e.reward_id, _micros(e.expires_at))
            self._add("ledger", row)
            self._runs.record(RecordKind.LEDGER_RANGE, self._ledger_seq, _spelled(row))
            posted = LedgerEntryPosted(e.id, e.member_id, e.kind, e.points, e.at, e.terminal_id, e.actor,
                                       e.sale_ref, e.reason, e.reward_id, e.expires_at)
            self._queue(posted, at, _payload(posted))

    def event(self, event: Event, *, username: str, terminal_id: str, at: datetime) -> None:
        """As ``journal.record``: the audit entry, chained to the one before, and the
        outbox row when the event is one the sync server cares about."""
        payload = _payload(event)
        own = payload if type(event).audit_details is Event.audit_details else event.audit_details()
        details = {"terminal": terminal_id, "key": event.key, SCHEMA_VERSION_FIELD: event.schema_version, **own}
        text = canonical_json(details)
        self._audit_seq += 1
        # SqlAudit.append hashes the details as parsed back from the stored text; canonical
        # text parses back to itself, so the message is spelled around it, not re-encoded.
        head = canonical_json([self._audit_seq, at.astimezone(UTC).isoformat(), username, str(event.type)])
        message = f"{head[:-1]},{text}]"
        digest = hashlib.sha256((self._audit_hash + message).encode()).hexdigest()
        row = (self._audit_seq, to_micros(at), username, str(event.type), text, self._audit_hash, digest)
        self._add("audit_log", row)
        self._runs.record(RecordKind.AUDIT_RANGE, self._audit_seq, _spelled(row))
        self._audit_hash = digest
        if event.synced:
            self._queue(event, to_micros(at), payload)

    def gift_card_entry(self, e: GiftCardEntry) -> None:
        """A card's entry; its event is recorded by the caller, as ``services.sale.gift_cards`` does."""
        self._add("gift_card_entries", (e.id, e.card_number, e.kind.value, e.amount_minor, e.currency, to_micros(e.at),
                                        e.terminal_id, e.actor, e.sale_ref, e.reason))

    def donation(self, d: DonationRecord) -> None:
        self._add("donations", (d.entry_id, d.member_id, d.charity_id, d.charity_name, d.points, d.amount_minor,
                                d.currency, to_micros(d.at)))

    def projection(self, member_id: str, state: PointsState) -> None:
        open_lots = [lot for lot in state.lots if lot.remaining]
        expiries = [lot.expires_at for lot in open_lots if lot.expires_at is not None]
        self._add("balances", (member_id, state.balance, _micros(min(expiries)) if expiries else None,
                               _micros(state.last_activity)))
        lots = self._rows["lots"]
        for lot in open_lots:
            lots.append((lot.entry_id, member_id, to_micros(lot.opened_at), _micros(lot.expires_at), lot.remaining))

    def badges(self, member_id: str, badge_ids: Sequence[str], at: datetime, sale_id: str) -> None:
        for badge_id in badge_ids:
            self._add("member_badges", (member_id, badge_id, to_micros(at), sale_id))

    def paid_membership(self, row: PaidMembershipRow) -> None:
        self._add("paid_memberships", (row.id, row.member_id, row.paid_tier_id, row.name, row.tier_code,
                                       row.fee_minor, row.currency, to_micros(row.sold_at), row.until.isoformat(),
                                       row.actor, row.terminal_id, row.receipt_no))

    def prize_outcome(self, *, sale_id: str, kind: str, subject_id: str, outcome: str, member_id: str | None,
                      terminal_id: str, at: datetime) -> None:
        """As ``PrizeRepository.add_outcome``: a mystery's draw or an instant win of a sale."""
        self._add("prize_outcomes", (sale_id, kind, subject_id, outcome, member_id, terminal_id, to_micros(at)))

    def _queue(self, event: Event, at: int, payload: dict[str, Any]) -> None:
        # As stored_payload(event), from the payload already worked out.
        document = {SCHEMA_VERSION_FIELD: event.schema_version, **payload}
        self._outbox_n += 1
        self._stamp = tick(self._stamp, at // 1000, LOCAL_NODE)
        event_id = str(uuid.uuid5(_EVENT_IDS, f"{self._shop_id}:{self._outbox_n}"))
        self._add("outbox", (str(event.type), event.key, dumps(document), at, at, event_id, str(self._stamp)))

    def _add(self, table: str, row: tuple[Any, ...]) -> None:
        rows = self._rows[table]
        rows.append(row)
        if len(rows) >= self._batch:
            self._write(table)

    def _write(self, table: str) -> None:
        rows = self._rows[table]
        if rows:
            self.counts[table] += self._loader.insert(table, rows, _TABLES[table], stored=True)
            self._rows[table] = []

    def flush(self) -> None:
        """Every row written and every record chained: call once, at the end."""
        self._runs.close()
        for table in _TABLES:
            self._write(table)
