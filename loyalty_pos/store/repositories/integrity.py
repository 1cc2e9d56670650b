"""What ``check`` reads: rows exactly as stored, never decoded on the way.

A row someone edited by hand may hold anything (an unknown kind, text where a time
belongs, NULL, a BLOB); decoding it here would stop the whole check at the first such
row. Every reader streams in keyset batches, so memory stays flat at a million members.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from loyalty_pos.domain.chain import Head
from loyalty_pos.services.ports import ChainLinkRow, LedgerBatch
from loyalty_pos.store import chain_links
from loyalty_pos.store.repositories.base import Repository

_BATCH = 10_000
_LEDGER = "seq, id, member_id, kind, points, at, terminal_id, actor, sale_ref, reason, reward_id, expires_at"
_BALANCE = "member_id, balance, next_expiry_at, last_activity_at"
_LOT = "entry_id, member_id, opened_at, expires_at, remaining"


class SqlIntegrity(Repository):
    def _rows(self, columns: str, table: str, key: str, where: str = "", *, batch: int = _BATCH
              ) -> Iterator[dict[str, Any]]:
        """Rows of ``table`` in ``key`` order (the rowid-backed key, so a NULL or odd value
        elsewhere cannot derail the walk)."""
        names = [name.strip() for name in columns.split(",")]
        after = None
        while True:
            condition = " AND ".join(part for part in (where, "" if after is None else f"{key} > ?") if part)
            query = (f"SELECT {key}, {columns} FROM {table} {'WHERE ' + condition if condition else ''} "
                     f"ORDER BY {key} LIMIT {batch}")
            rows = list(self._db.exec_driver_sql(query, () if after is None else (after,)))
            for row in rows:
                yield dict(zip(names, row[1:], strict=True))
            if len(rows) < batch:
                return
            after = rows[-1][0]

    def chain_ready(self) -> bool:
        query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chain'"
        return self._db.exec_driver_sql(query).first() is not None

    def chain_origins(self) -> list[str]:
        return chain_links.origins(self._db)

    def chain_head(self, origin: str) -> Head:
        return chain_links.head(self._db, origin)

    def chain_hash_at(self, origin: str, n: int) -> str | None:
        return chain_links.hashes_at(self._db, origin, [n]).get(n)

    def chain_links(self, origin: str) -> Iterator[ChainLinkRow]:
        for n, kind, ref, digest, record in chain_links.links(self._db, origin):
            yield ChainLinkRow(origin, n, kind, ref, digest, record)

    def unchained(self) -> Iterator[tuple[str, str]]:
        for kind in chain_links.RecordKind:
            for found in chain_links.unchained(self._db, kind):
                yield from ((kind.value, ref) for ref, _ in found)

    def ledger_batches(self, members: int = 2_000) -> Iterator[LedgerBatch]:
        """Members with ledger entries, a batch at a time: their entries, balance rows and
        lots. Members are walked on the member index and their rows fetched by key, so a
        row with a NULL or garbage time cannot break the walk."""
        after = ""
        while True:
            ids = [row[0] for row in self._db.exec_driver_sql(
                f"SELECT DISTINCT member_id FROM ledger WHERE member_id > ? ORDER BY member_id LIMIT {members}",
                (after,))]
            if not ids:
                return
            batch = LedgerBatch()
            for table, columns, target in (("ledger", _LEDGER, batch.entries), ("lots", _LOT, batch.lots)):
                for row in self._in(table, columns, ids):
                    target.setdefault(row["member_id"], []).append(row)
            for row in self._in("balances", _BALANCE, ids):
                batch.balances[row["member_id"]] = row
            yield batch
            after = ids[-1]

    def _in(self, table: str, columns: str, ids: list[str]) -> Iterator[dict[str, Any]]:
        names = [name.strip() for name in columns.split(",")]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            query = f"SELECT {columns} FROM {table} WHERE member_id IN ({', '.join('?' * len(chunk))}) ORDER BY rowid"
            for row in self._db.exec_driver_sql(query, tuple(chunk)):
                yield dict(zip(names, row, strict=True))

    def stray_rows(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Ledger rows whose member is not text, and balances or lots of members with no
        ledger entry at all: rows the per-member walk never reaches."""
        for row in self._rows(_LEDGER, "ledger", "seq", "member_id IS NULL OR typeof(member_id) != 'text'"):
            yield "ledger", row
        orphan = "NOT EXISTS (SELECT 1 FROM ledger l WHERE l.member_id = {0}.member_id)"
        for row in self._rows(_BALANCE, "balances", "rowid", orphan.format("balances")):
            yield "balances", row
        for row in self._rows(_LOT, "lots", "rowid", orphan.format("lots")):
            yield "lots", row

    def audit_rows(self, actions: tuple[str, ...]) -> Iterator[dict[str, Any]]:
        marks = ", ".join("?" * len(actions))
        query = f"SELECT seq, at, actor, action, details FROM audit_log WHERE action IN ({marks}) ORDER BY seq"
        for row in self._db.exec_driver_sql(query, actions):
            yield {"seq": row[0], "at": row[1], "actor": row[2], "action": row[3], "details": row[4]}

    def staff_rows(self) -> list[dict[str, Any]]:
        return list(self._rows("username, role, active", "staff", "rowid"))

    def member_tiers(self) -> Iterator[dict[str, Any]]:
        yield from self._rows("id, tier_code, status", "members", "row_id")

    def sale_sums(self) -> Iterator[dict[str, Any]]:
        """Each sale's stored total beside what its lines add up to (sales with lines only)."""
        after = None
        while True:
            where = "" if after is None else "WHERE s.rowid > ?"
            query = (f"SELECT s.rowid, s.sale_id, s.receipt_no, s.total_minor, s.returned_of, "
                     f"(SELECT total(l.gross_minor - l.discount_minor) FROM sale_lines l WHERE l.sale_id = s.sale_id), "
                     f"(SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.sale_id) "
                     f"FROM sales s {where} ORDER BY s.rowid LIMIT {_BATCH}")
            rows = list(self._db.exec_driver_sql(query, () if after is None else (after,)))
            for row in rows:
                yield {"sale_id": row[1], "receipt_no": row[2], "total_minor": row[3], "returned_of": row[4],
                       "lines_net": row[5], "lines": row[6]}
            if len(rows) < _BATCH:
                return
            after = rows[-1][0]
