"""The audit log as a hash chain: each entry's hash covers its contents and the
previous entry's hash, so editing, deleting or reordering a past entry shows.

``hash = sha256(prev_hash + canonical JSON of [seq, at, actor, action, details])``.
A chain rewritten from the tampered entry to the end is only caught by comparing
with a copy kept elsewhere (a backup, the sync server) - as with any hash chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, bindparam, func, insert, literal_column, select, text

from loyalty_pos.domain.chain import RecordKind
from loyalty_pos.domain.events import EventType
from loyalty_pos.domain.tier_history import TierStep
from loyalty_pos.services.ports import AuditFilter, AuditRecord, Page
from loyalty_pos.store.chain_links import extend
from loyalty_pos.store.repositories.base import DbRow, Repository, check_limit, decode_cursor, page_of
from loyalty_pos.store.tables import TIER_CHANGED_SQL, TIER_MEMBER_SQL, audit_log
from loyalty_pos.store.types import canonical_json

A = audit_log.c
GENESIS = "0" * 64
_HEAD = select(A.seq, A.hash).order_by(A.seq.desc()).limit(1)
_MAX_PROBLEMS = 100
_COLUMNS = (A.seq, A.at, A.actor, A.action, A.details, A.prev_hash, A.hash)
_KEY = func.json_extract(A.details, "$.key", type_=String)
# "from"/"to" as every release has audited a tier change (events.TierChanged).
_TIER_STEPS = (
    select(A.at, func.json_extract(A.details, "$.from", type_=String).label("source"),
           func.json_extract(A.details, "$.to", type_=String).label("target"))
    .where(text(TIER_CHANGED_SQL), literal_column(TIER_MEMBER_SQL) == bindparam("member_id", type_=String))
    .order_by(A.at, A.seq)
)


def chain_hash(prev_hash: str, seq: int, at: datetime, actor: str, action: str, details: Any) -> str:
    message = canonical_json([seq, at.astimezone(UTC).isoformat(), actor, action, details])
    return hashlib.sha256((prev_hash + message).encode()).hexdigest()


class SqlAudit(Repository):
    def append(self, *, at: datetime, actor: str, action: EventType, details: dict[str, Any]) -> AuditRecord:
        action_text = str(action)  # the plain word: the record reads back as every other entry does
        # The details are stored as the canonical text and hashed as parsed back from
        # it, so a value JSON spells differently (a date, a set) hashes as stored.
        text = canonical_json(details)
        stored = json.loads(text)
        head = self._db.execute(_HEAD).first()
        seq, prev = (1, GENESIS) if head is None else (head.seq + 1, head.hash)
        digest = chain_hash(prev, seq, at, actor, action_text, stored)
        self._db.execute(insert(audit_log), {
            "seq": seq, "at": at, "actor": actor, "action": action_text, "details": text, "prev_hash": prev,
            "hash": digest,
        })
        extend(self._db, RecordKind.AUDIT, [seq])
        return AuditRecord(seq, at, actor, action_text, stored, prev, digest)

    def verify(self, batch: int = 5_000, *, progress: Callable[[int], None] | None = None) -> list[str]:
        problems: list[str] = []
        expected_seq, expected_prev = 1, GENESIS
        after = checked = 0
        while len(problems) < _MAX_PROBLEMS:
            rows = list(self._db.execute(select(*_COLUMNS).where(A.seq > after).order_by(A.seq).limit(batch)))
            for row in rows:
                problems += _check(row, expected_seq, expected_prev)
                expected_seq, expected_prev = row.seq + 1, row.hash
            checked += len(rows)
            if progress is not None:
                progress(checked)
            if len(rows) < batch:
                break
            after = rows[-1].seq
        if len(problems) > _MAX_PROBLEMS:
            problems = problems[:_MAX_PROBLEMS] + ["... and more"]
        return problems

    def count(self) -> int:
        return int(self._db.execute(select(func.count()).select_from(audit_log)).scalar_one())

    def search(self, where: AuditFilter, *, cursor: str | None, limit: int) -> Page[AuditRecord]:
        # Keyset on the primary key, newest first. Filters are checked row by row along
        # that walk: cheap for common people/actions, a long walk for a rare one in a big log.
        query = select(*_COLUMNS).order_by(A.seq.desc()).limit(check_limit(limit) + 1)
        if cursor is not None:
            (before,) = decode_cursor(cursor, "audit", 1)
            query = query.where(A.seq < before)
        if where.actor is not None:
            query = query.where(A.actor == where.actor)
        if where.action is not None:
            query = query.where(A.action == where.action)
        if where.start is not None:
            query = query.where(A.at >= where.start)
        if where.end is not None:
            query = query.where(A.at < where.end)
        if where.key_text:
            query = query.where(_KEY.icontains(where.key_text, autoescape=True))
        rows = list(self._db.execute(query))
        return page_of(rows, limit, "audit", lambda row: [row.seq], _record_from)

    def actions(self) -> list[str]:
        return list(self._db.execute(select(A.action).distinct().order_by(A.action)).scalars())

    def actors(self) -> list[str]:
        return list(self._db.execute(select(A.actor).distinct().order_by(A.actor)).scalars())

    def tier_steps(self, member_id: str) -> list[TierStep]:
        return [TierStep(row.at, str(row.source), str(row.target))
                for row in self._db.execute(_TIER_STEPS, {"member_id": member_id})]


def _record_from(row: DbRow) -> AuditRecord:
    try:
        details = json.loads(row.details)
    except ValueError:  # an edited row still lists, as it reads; verify() names it
        details = {"unreadable": row.details}
    if not isinstance(details, dict):
        details = {"unreadable": details}
    return AuditRecord(row.seq, row.at, row.actor, row.action, details, row.prev_hash, row.hash)


def _check(row: Any, expected_seq: int, expected_prev: str) -> list[str]:
    problems = []
    if row.seq != expected_seq:
        problems.append(f"entries {expected_seq} to {row.seq - 1} are missing (deleted?)")
    elif row.prev_hash != expected_prev:
        problems.append(f"entry {row.seq} does not follow entry {row.seq - 1} (chain broken)")
    try:
        details = json.loads(row.details)
    except ValueError:
        return [*problems, f"entry {row.seq}: details are not valid JSON (edited?)"]
    if chain_hash(row.prev_hash, row.seq, row.at, row.actor, row.action, details) != row.hash:
        problems.append(f"entry {row.seq} ({row.action} by {row.actor}): contents do not match its hash (edited?)")
    return problems
