"""Writing and reading the hash chain's links (domain/chain.py) over raw stored rows.

Records are read back with plain SQL, without SQLAlchemy's type processing, so the
bytes that are hashed when a record is written are the bytes the check reads later,
whatever an editor has put in a column. The column lists are spelled out: a column
added to a table later must not change the hashes of rows stored before it.

Links are added inside the writer's transaction (``BEGIN IMMEDIATE``), so the head
read here cannot move before the new links are inserted; the (origin, n) key would
refuse a second writer's link anyway.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection as SqlConnection

from loyalty_pos.domain.chain import GENESIS, LOCAL_ORIGIN, Head, RecordKind, link, range_bounds, range_ref

CHAIN_EXTENDED = "loyalty_chain_extended"  # connection.info flag: the head file is due after commit
# connection.info: (the transaction, {origin: head}) as this transaction's own links left it.
# A sale links records three times and its commit reads the head once more; the writer
# holds the lock, so only its own links move the head while the transaction lasts.
HEAD_CACHE = "loyalty_chain_head"

_SALE_COLUMNS = (
    "sale_id, receipt_no, member_id, terminal_id, actor, at, currency, total_minor, tender, points_earned, "
    "points_redeemed, receipt, returned_of, qualifying_spend_minor, qualifying_points, external_register, "
    "external_date, external_ref"
)
_LINE_COLUMNS = (
    "line_no, product_code, name, category, quantity, unit_price, tax_rate_bp, gross_minor, discount_minor, "
    "points_paid_minor, points_earned, points_spent"
)
# kind -> (table, key column, the hashed columns; the key first)
_RECORDS: dict[str, tuple[str, str, str]] = {
    RecordKind.LEDGER: ("ledger", "seq", "seq, id, member_id, kind, points, at, terminal_id, actor, sale_ref, "
                                         "reason, reward_id, expires_at"),
    RecordKind.SALE: ("sales", "sale_id", _SALE_COLUMNS),
    RecordKind.AUDIT: ("audit_log", "seq", "seq, at, actor, action, details, prev_hash, hash"),
    RecordKind.PROGRAM: ("program_versions", "version", "version, document, published_by, published_at"),
    RecordKind.GIFT_CARD: ("gift_card_entries", "seq", "seq, id, card_number, kind, amount_minor, currency, at, "
                                                       "terminal_id, actor, sale_ref, reason"),
}
# What chain_backlog chains, in this order. A migration passes the kinds whose tables
# existed at its revision: 0014 ran before gift cards had a table.
BACKLOG_KINDS = (RecordKind.PROGRAM, RecordKind.AUDIT, RecordKind.LEDGER, RecordKind.SALE, RecordKind.GIFT_CARD)
_BATCH = 500  # keys per IN (...): well under SQLite's bound-parameter limit


@dataclass(frozen=True, slots=True)
class _Run:
    """How a range link names its records: ``column`` between the two bounds, in its
    order. Receipt numbers compare as text, so a sale range also fixes their length
    ("R90-1000000" sorts between "R90-100000" and "R90-100001")."""

    kind: RecordKind  # what each record in the run is
    column: str
    numeric: bool


_RANGES: dict[str, _Run] = {
    RecordKind.LEDGER_RANGE: _Run(RecordKind.LEDGER, "seq", numeric=True),
    RecordKind.AUDIT_RANGE: _Run(RecordKind.AUDIT, "seq", numeric=True),
    RecordKind.SALE_RANGE: _Run(RecordKind.SALE, "receipt_no", numeric=False),
}
_RANGE_OF = {run.kind: kind for kind, run in _RANGES.items()}


class RawConnection:
    """A plain sqlite3 connection (the bulk loader's) spoken to as the functions here speak
    to SQLAlchemy's: the same SQL, the same raw values."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.info: dict[str, Any] = {}

    def exec_driver_sql(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        if isinstance(params, list):
            return self._connection.executemany(sql, params)
        return self._connection.execute(sql, params)


Connection = SqlConnection | RawConnection


def _key(kind: str, ref: str) -> Any:
    return ref if kind == RecordKind.SALE else int(ref)


def _spelled(columns: str, alias: str = "") -> str:
    """The SQL that spells a row as one text: each column as SQLite's ``quote()`` gives it."""
    return " || ',' || ".join(f"quote({alias}{column.strip()})" for column in columns.split(","))


def records(db: Connection, kind: str, refs: Sequence[str]) -> dict[str, str]:
    """The stored values of each record of ``kind`` in ``refs`` that exists, spelled, by ref;
    a sale is its row and then each of its lines in line order, one per line."""
    table, key, columns = _RECORDS[kind]
    spelled = _spelled(columns)
    found: dict[str, str] = {}
    for start in range(0, len(refs), _BATCH):
        chunk = [_key(kind, ref) for ref in refs[start:start + _BATCH]]
        marks = ", ".join("?" * len(chunk))
        rows = {str(row[0]): row[1] for row in
                db.exec_driver_sql(f"SELECT {key}, {spelled} FROM {table} WHERE {key} IN ({marks})", tuple(chunk))}
        if kind == RecordKind.SALE and rows:
            lines: dict[str, list[str]] = defaultdict(list)
            query = (f"SELECT sale_id, {_spelled(_LINE_COLUMNS)} FROM sale_lines WHERE sale_id IN ({marks}) "
                     "ORDER BY sale_id, line_no")
            for sale_id, text in db.exec_driver_sql(query, tuple(chunk)):
                lines[str(sale_id)].append(text)
            rows = {ref: "\n".join((text, *lines.get(ref, ()))) for ref, text in rows.items()}
        found.update(rows)
    return found


def head(db: Connection, origin: str = LOCAL_ORIGIN) -> Head:
    cached = _cached_heads(db)
    if cached is not None and origin in cached:
        return cached[origin]
    row = db.exec_driver_sql("SELECT n, hash FROM chain WHERE origin = ? ORDER BY n DESC LIMIT 1", (origin,)).fetchone()
    found = Head(origin, 0, GENESIS.hex()) if row is None else Head(origin, int(row[0]), bytes(row[1]).hex())
    _remember(db, found)
    return found


def _cached_heads(db: Connection) -> dict[str, Head] | None:
    if not isinstance(db, SqlConnection):
        return None  # the bulk loader's plain connection: no transaction object to key on
    cached = db.info.get(HEAD_CACHE)
    if cached is None or cached[0] is not db.get_transaction():
        return None
    return cached[1]


def _remember(db: Connection, current: Head) -> None:
    if not isinstance(db, SqlConnection):
        return
    transaction = db.get_transaction()
    if transaction is None:
        return
    cached = db.info.get(HEAD_CACHE)
    heads = cached[1] if cached is not None and cached[0] is transaction else {}
    db.info[HEAD_CACHE] = (transaction, {**heads, current.origin: current})


def forget_head(db: Connection) -> None:
    """After a rollback to a savepoint: links this transaction added may be gone."""
    db.info.pop(HEAD_CACHE, None)


def extend(db: Connection, kind: RecordKind, refs: Iterable[Any], origin: str = LOCAL_ORIGIN) -> Head:
    """Chain the records ``refs`` of ``kind`` (already inserted in this transaction), in order."""
    wanted = [str(ref) for ref in refs]
    stored = records(db, kind, wanted) if wanted else {}
    return _append(db, kind, [(ref, stored.get(ref)) for ref in wanted], origin)


def _append(db: Connection, kind: RecordKind, spelled: list[tuple[str, str | None]], origin: str) -> Head:
    current = head(db, origin)
    if not spelled:
        return current
    prev, n, word = bytes.fromhex(current.hash), current.n, kind.value
    rows = []
    for ref, record in spelled:
        n += 1
        # A record that is not there (never, in a writer's own transaction) still gets a link
        # that can never verify, so check names it rather than the chain skipping it.
        prev = link(prev, origin, n, word, ref, record if record is not None else "\x00missing")
        rows.append((origin, n, word, ref, prev))
    db.exec_driver_sql("INSERT INTO chain (origin, n, kind, ref, hash) VALUES (?, ?, ?, ?, ?)", rows)
    db.info[CHAIN_EXTENDED] = True
    extended = Head(origin, n, prev.hex())
    _remember(db, extended)
    return extended


def _unchained_query(kind: RecordKind, batch: int, *, after: bool, spelled: bool, covered: Sequence[str]) -> str:
    table, key, columns = _RECORDS[kind]
    wanted = f"t.{key}, {_spelled(columns)}" if spelled else f"t.{key}"
    where = [f"NOT EXISTS (SELECT 1 FROM chain c WHERE c.kind = ? AND c.ref = CAST(t.{key} AS TEXT))", *covered]
    if kind == RecordKind.PROGRAM:  # a draft is not a record yet: it is chained when published
        where.append("t.published_at IS NOT NULL")
    if after:
        where.append(f"t.{key} > ?")
    return f"SELECT {wanted} FROM {table} t WHERE {' AND '.join(where)} ORDER BY t.{key} LIMIT {batch}"


def unchained(db: Connection, kind: RecordKind, *, batch: int = 10_000, spelled: bool = False
              ) -> Iterator[list[tuple[str, str | None]]]:
    """``kind``'s records that have no link, in key order, a batch at a time, as (ref, its
    spelling when ``spelled``, else None). A run's records are chained by its range link;
    a range kind has no records of its own."""
    if kind in _RANGES:
        return
    covered, covered_params = _covered(db, kind)
    after: Any = None
    while True:
        query = _unchained_query(kind, batch, after=after is not None, spelled=spelled, covered=covered)
        params: tuple[Any, ...] = (kind.value, *covered_params, *(() if after is None else (after,)))
        rows = list(db.exec_driver_sql(query, params))
        if rows:
            found = [(str(row[0]), row[1] if spelled else None) for row in rows]
            if spelled and kind == RecordKind.SALE:
                found = _with_lines(db, found)
            yield found
        if len(rows) < batch:
            return
        after = rows[-1][0]


# -- range links ---------------------------------------------------------------------


def _bounds(run: _Run, ref: str) -> tuple[Any, Any] | None:
    """A range ref's bounds as the key column compares them, or None for a malformed one."""
    bounds = range_bounds(ref)
    if bounds is None:
        return None
    first, last = bounds
    if run.numeric:
        if not (first.lstrip("-").isdigit() and last.lstrip("-").isdigit()):
            return None
        return int(first), int(last)
    return (first, last) if len(first) == len(last) else None


def _run_where(run: _Run, bounds: tuple[Any, Any], alias: str = "") -> tuple[str, tuple[Any, ...]]:
    column = f"{alias}{run.column}"
    if run.numeric:
        return f"{column} BETWEEN ? AND ?", bounds
    return f"{column} BETWEEN ? AND ? AND length({column}) = ?", (*bounds, len(bounds[0]))


def range_record(db: Connection, kind: str, ref: str) -> str | None:
    """Every record of the run ``ref``, each spelled as a link of its own would spell it,
    in key order, one per line; None when the ref is malformed or the run is empty."""
    run = _RANGES[kind]
    bounds = _bounds(run, ref)
    if bounds is None:
        return None
    table, key, columns = _RECORDS[run.kind]
    where, params = _run_where(run, bounds)
    rows = list(db.exec_driver_sql(
        f"SELECT {key}, {_spelled(columns)} FROM {table} WHERE {where} ORDER BY {run.column}", params))
    if not rows:
        return None
    if run.kind != RecordKind.SALE:
        return "\n".join(str(text) for _, text in rows)
    lines: dict[str, list[str]] = defaultdict(list)
    where, params = _run_where(run, bounds, "s.")
    for sale_id, text in db.exec_driver_sql(
            f"SELECT l.sale_id, {_spelled(_LINE_COLUMNS, 'l.')} FROM sales s JOIN sale_lines l ON l.sale_id = s.sale_id "
            f"WHERE {where} ORDER BY s.{run.column}, l.line_no", params):
        lines[str(sale_id)].append(text)
    return "\n".join("\n".join((str(text), *lines.get(str(sale_id), ()))) for sale_id, text in rows)


def _covered(db: Connection, kind: RecordKind) -> tuple[list[str], list[Any]]:
    """SQL conditions, with their parameters, that leave out the records range links
    chain. Neighbouring runs are merged first, so a bulk-loaded year costs one
    condition rather than one per run."""
    range_kind = _RANGE_OF.get(kind)
    if range_kind is None:
        return [], []
    run = _RANGES[range_kind]
    spans = sorted(
        (len(str(bounds[0])), *bounds) for (ref,) in
        db.exec_driver_sql("SELECT ref FROM chain WHERE kind = ?", (range_kind.value,))
        if (bounds := _bounds(run, str(ref))) is not None
    )
    merged: list[list[Any]] = []
    table = _RECORDS[kind][0]
    for width, first, last in spans:
        if merged and merged[-1][0] == width and _adjacent(db, table, run, merged[-1][2], first):
            merged[-1][2] = max(merged[-1][2], last)
        else:
            merged.append([width, first, last])
    conditions: list[str] = []
    params: list[Any] = []
    for _, first, last in merged:
        where, values = _run_where(run, (first, last), "t.")
        conditions.append(f"NOT ({where})")
        params.extend(values)
    return conditions, params


def _adjacent(db: Connection, table: str, run: _Run, last: Any, first: Any) -> bool:
    """Whether no record lies between one run's last key and the next run's first."""
    if run.numeric:
        return bool(first <= last + 1)
    between = db.exec_driver_sql(
        f"SELECT 1 FROM {table} WHERE {run.column} > ? AND {run.column} < ? AND length({run.column}) = ? LIMIT 1",
        (last, first, len(first))).fetchone()
    return between is None


def chain_runs(db: Connection, kind: RecordKind, size: int, origin: str = LOCAL_ORIGIN) -> int:
    """Chain ``kind``'s unchained records with one range link per run of ``size`` records
    in key order (what a bulk load does); a run with an already chained record inside it
    is chained a link per record instead. Returns how many records were chained."""
    range_kind = _RANGE_OF[kind]
    run = _RANGES[range_kind]
    table, key, _ = _RECORDS[kind]
    widths: list[Any] = [None]
    if not run.numeric:
        widths = [row[0] for row in db.exec_driver_sql(
            f"SELECT DISTINCT length({run.column}) FROM {table} ORDER BY 1")]
    covered, covered_params = _covered(db, kind)
    count = 0
    for width in widths:
        after: Any = None
        while True:
            where = [f"NOT EXISTS (SELECT 1 FROM chain c WHERE c.kind = ? AND c.ref = CAST(t.{key} AS TEXT))",
                     *covered]
            params: list[Any] = [kind.value, *covered_params]
            if width is not None:
                where.append(f"length(t.{run.column}) = ?")
                params.append(width)
            if after is not None:
                where.append(f"t.{run.column} > ?")
                params.append(after)
            rows = list(db.exec_driver_sql(
                f"SELECT t.{key}, t.{run.column} FROM {table} t WHERE {' AND '.join(where)} "
                f"ORDER BY t.{run.column} LIMIT {size}", tuple(params)))
            if rows:
                count += _chain_run(db, range_kind, run, rows, origin)
            if len(rows) < size:
                break
            after = rows[-1][1]
    return count


def _chain_run(db: Connection, range_kind: RecordKind, run: _Run, rows: list[Any], origin: str) -> int:
    table = _RECORDS[run.kind][0]
    bounds = (rows[0][1], rows[-1][1])
    where, params = _run_where(run, bounds)
    inside = db.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]
    if len(rows) == 1 or inside != len(rows):
        extend(db, run.kind, [row[0] for row in rows], origin)
    else:
        ref = range_ref(str(bounds[0]), str(bounds[1]))
        _append(db, range_kind, [(ref, range_record(db, range_kind, ref))], origin)
    return len(rows)


def _with_lines(db: Connection, sales: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    lines: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(sales), _BATCH):
        chunk = tuple(ref for ref, _ in sales[start:start + _BATCH])
        query = (f"SELECT sale_id, {_spelled(_LINE_COLUMNS)} FROM sale_lines "
                 f"WHERE sale_id IN ({', '.join('?' * len(chunk))}) ORDER BY sale_id, line_no")
        for sale_id, text in db.exec_driver_sql(query, chunk):
            lines[str(sale_id)].append(text)
    return [(ref, "\n".join((str(text), *lines.get(ref, ())))) for ref, text in sales]


def chain_backlog(db: Connection, origin: str = LOCAL_ORIGIN, *, run: int | None = None,
                  kinds: Sequence[RecordKind] = BACKLOG_KINDS) -> int:
    """Chain every record that has no link yet (a migrated store, a bulk-loaded demo):
    program versions, then the audit log, the ledger, the sales and the gift-card entries,
    each in key order (``kinds``, by default). With ``run``, records that have a range kind are chained ``run`` at a time by one
    range link (:func:`chain_runs`)."""
    count = 0
    for kind in kinds:
        if run is not None and kind in _RANGE_OF:
            count += chain_runs(db, kind, run, origin)
            continue
        for spelled in unchained(db, kind, spelled=True):
            _append(db, kind, spelled, origin)
            count += len(spelled)
    return count


def links(db: Connection, origin: str = LOCAL_ORIGIN, *, batch: int = 5_000
          ) -> Iterator[tuple[int, str, str, bytes, str | None]]:
    """Every link of ``origin`` in order as (n, kind, ref, stored hash, the record's values or None)."""
    after = 0
    while True:
        rows = list(db.exec_driver_sql(
            f"SELECT n, kind, ref, hash FROM chain WHERE origin = ? AND n > ? ORDER BY n LIMIT {batch}",
            (origin, after)))
        by_kind: dict[str, list[str]] = defaultdict(list)
        for _, kind, ref, _ in rows:
            if kind in _RECORDS:
                by_kind[kind].append(str(ref))
        found = {kind: records(db, kind, refs) for kind, refs in by_kind.items() if _refs_ok(kind, refs)}
        for n, kind, ref, digest in rows:
            # A run is spelled when its link is reached: all of them at once would hold
            # the whole history in memory.
            values = range_record(db, kind, str(ref)) if kind in _RANGES else found.get(kind, {}).get(str(ref))
            yield int(n), str(kind), str(ref), bytes(digest) if digest is not None else b"", values
        if len(rows) < batch:
            return
        after = int(rows[-1][0])


def _refs_ok(kind: str, refs: list[str]) -> bool:
    # A hand-edited ref that is not a number must not stop the walk; its link reports it.
    return kind == RecordKind.SALE or all(ref.lstrip("-").isdigit() for ref in refs)


def hashes_at(db: Connection, origin: str, numbers: Iterable[int]) -> dict[int, str]:
    found = {}
    for n in numbers:
        row = db.exec_driver_sql("SELECT hash FROM chain WHERE origin = ? AND n = ?", (origin, n)).fetchone()
        if row is not None and row[0] is not None:
            found[n] = bytes(row[0]).hex()
    return found


def origins(db: Connection) -> list[str]:
    return [row[0] for row in db.exec_driver_sql("SELECT DISTINCT origin FROM chain ORDER BY origin")]
