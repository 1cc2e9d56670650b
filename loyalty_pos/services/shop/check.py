"""``loyalty-pos check``: a list of independent checks, each yielding one line per problem.

What is checked (docs/ARCHITECTURE.md, "Tamper evidence"): the hash chain over every
append-only record, the records nobody chained, the head kept outside the database,
and the mutable state against what the chained records fold to: balances and lots
against the ledger, staff roles against their chained changes, member tiers against
their chained movements, sale totals against their lines. A check that meets a row it
cannot read reports that row and goes on; a check that stops altogether is itself
reported, and the others still run. (SQLite's own integrity check is run by the
caller, on the file.)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from loyalty_pos.domain.chain import Head, compare_heads, link
from loyalty_pos.domain.check_problems import Problem
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, Lot, fold
from loyalty_pos.services.ports import UnitOfWork

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MAX_MICROS = 253_402_300_799_999_999  # 9999-12-31T23:59:59.999999Z


@dataclass(slots=True)
class CheckReport:
    members_checked: int = 0
    entries_checked: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # said, but not wrong: no outside head, a lagging one

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class OutsideHead:
    """What the caller found outside the database: the heads, or why there are none."""

    heads: tuple[Head, ...] = ()
    source: str = ""  # where they were read, for the report
    missing: str | None = None  # why there is nothing to compare with (None: heads were found)


Check = Callable[[UnitOfWork, CheckReport], Iterator[str]]
_CHAIN_CHECKS = frozenset({"hash chain", "unchained records", "outside head"})


def check_ledger(uow: UnitOfWork, *, progress: Callable[[int], None] | None = None, limit: int = 50,
                 outside: OutsideHead | None = None, extra: tuple[Check, ...] = ()) -> CheckReport:
    """Every check, in one read transaction; at most ``limit`` problems are named.

    ``extra`` are checks other parts add (the card key ring); ``outside`` is the head
    kept beside the database, when the caller looked for one.
    """
    report = CheckReport()
    checks: list[tuple[str, Check]] = [
        ("hash chain", check_chain),
        ("unchained records", check_unchained),
        ("outside head", _outside_check(outside)),
        ("balances and lots", _ledger_check(progress)),
        ("staff roles", check_staff_roles),
        ("member tiers", check_member_tiers),
        ("sale totals", check_sale_totals),
        ("audit log", check_audit_log),
        *((getattr(check, "__name__", "check"), check) for check in extra),
    ]
    with uow:
        if not uow.integrity.chain_ready():
            report.notes.append(Problem("before_chain"))
            checks = [(name, check) for name, check in checks if name not in _CHAIN_CHECKS]
        for name, check in checks:
            try:
                for problem in check(uow, report):
                    report.problems.append(problem)
            except Exception as error:  # noqa: BLE001 - a check reports; it never takes the others down
                # A row broke a query or a decoder: say so, and run the remaining checks.
                report.problems.append(Problem("check_stopped", check=name, error=str(error)))
    if len(report.problems) > limit:
        extra_count = len(report.problems) - limit
        report.problems = report.problems[:limit] + [Problem("and_more", count=extra_count)]
    return report


# -- the chain ------------------------------------------------------------------------


def check_chain(uow: UnitOfWork, report: CheckReport) -> Iterator[str]:
    """Every link follows the one before it and covers its record's stored values."""
    reads = uow.integrity
    for origin in reads.chain_origins():
        prev, expected = bytes(32), 1
        for row in reads.chain_links(origin):
            if row.n != expected:
                yield Problem("links_missing", origin=origin, first=expected, last=row.n - 1)
            what = {"kind": row.kind, "ref": row.ref, "n": row.n}
            if row.record is None:
                yield Problem("record_gone", **what)
            elif link(prev, origin, row.n, row.kind, row.ref, row.record) != row.hash:
                yield Problem("record_edited", **what)
            prev, expected = row.hash, row.n + 1


def check_unchained(uow: UnitOfWork, report: CheckReport) -> Iterator[str]:
    for kind, ref in uow.integrity.unchained():
        yield Problem("unchained", kind=kind, ref=ref)


def _outside_check(outside: OutsideHead | None) -> Check:
    def outside_head_check(uow: UnitOfWork, report: CheckReport) -> Iterator[str]:
        if outside is None:
            return
        if outside.missing is not None:
            report.notes.append(Problem("no_outside_head", missing=outside.missing))
            return
        reads = uow.integrity
        for head in outside.heads:
            db_head = reads.chain_head(head.origin)
            stored = reads.chain_hash_at(head.origin, head.n) if head.n else None
            problems = compare_heads(head, db_head, None if stored is None else {head.n: stored})
            yield from (Problem("outside_head_at", problem=problem, source=outside.source) for problem in problems)
            if not problems and db_head.n > head.n:
                report.notes.append(Problem("head_behind", source=outside.source, behind=db_head.n - head.n))
    return outside_head_check


def check_outside_head(uow: UnitOfWork, outside: OutsideHead) -> CheckReport:
    """Only the head kept outside against the chain's head: what the till does at start."""
    report = CheckReport()
    with uow:
        if not uow.integrity.chain_ready():
            return report
        try:
            report.problems.extend(_outside_check(outside)(uow, report))
        except Exception as error:  # noqa: BLE001 - a check reports; start goes on
            report.problems.append(Problem("check_stopped", check="outside head", error=str(error)))
    return report


# -- mutable state against the fold ---------------------------------------------------


def _micros(value: Any, column: str) -> datetime:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= _MAX_MICROS:
        raise ValueError(f"{column} {value!r} is not a time")
    return _EPOCH + timedelta(microseconds=value)


def _optional_micros(value: Any, column: str) -> datetime | None:
    return None if value is None else _micros(value, column)


def _entry(row: dict[str, Any]) -> LedgerEntry:
    try:
        kind = EntryKind(row["kind"])
    except ValueError:
        raise ValueError(f"unknown kind {row['kind']!r}") from None
    if not isinstance(row["points"], int) or isinstance(row["points"], bool):
        raise ValueError(f"points {row['points']!r} are not a whole number")
    for column in ("id", "member_id", "terminal_id", "actor"):
        if not isinstance(row[column], str):
            raise ValueError(f"{column} {row[column]!r} is not text")
    return LedgerEntry(id=row["id"], member_id=row["member_id"], kind=kind, points=row["points"],
                       at=_micros(row["at"], "time"), terminal_id=row["terminal_id"], actor=row["actor"],
                       sale_ref=row["sale_ref"], reason=row["reason"], reward_id=row["reward_id"],
                       expires_at=_optional_micros(row["expires_at"], "expiry"))


def _ledger_check(progress: Callable[[int], None] | None) -> Check:
    def check_balances(uow: UnitOfWork, report: CheckReport) -> Iterator[str]:
        reads = uow.integrity
        for batch in reads.ledger_batches():
            for member_id, rows in batch.entries.items():
                report.members_checked += 1
                report.entries_checked += len(rows)
                yield from _member_problems(member_id, rows, batch.balances.get(member_id),
                                            batch.lots.get(member_id, []))
                if progress is not None and report.members_checked % 50_000 == 0:
                    progress(report.members_checked)
        for table, row in reads.stray_rows():
            if table == "ledger":
                yield Problem("stray_ledger_entry", seq=row["seq"], member=row["member_id"])
            elif table == "balances" and row["balance"] != 0:
                yield Problem("balance_without_entries", member=row["member_id"], balance=row["balance"])
            elif table == "lots":
                yield Problem("lot_without_entries", member=row["member_id"], entry=row["entry_id"])
    return check_balances


def _member_problems(member_id: str, rows: list[dict[str, Any]], balance: dict[str, Any] | None,
                     lot_rows: list[dict[str, Any]]) -> Iterator[str]:
    entries = []
    for row in rows:
        try:
            entries.append(_entry(row))
        except (ValueError, LoyaltyError) as error:
            yield Problem("entry_unreadable", seq=row["seq"], member=member_id, error=str(error))
    try:
        state = fold(entries)
    except LoyaltyError as error:
        yield Problem("ledger_does_not_fold", member=member_id, error=str(error))
        return
    cached = None if balance is None else balance["balance"]
    if (cached or 0) != state.balance:
        yield Problem("balance_differs", member=member_id, cached=cached, folded=state.balance)
    try:
        stored = sorted((row["entry_id"], row["remaining"], _optional_micros(row["expires_at"], "lot expiry"))
                        for row in lot_rows)
    except ValueError as error:
        yield Problem("lot_unreadable", member=member_id, error=str(error))
        return
    expected = sorted((lot.entry_id, lot.remaining, lot.expires_at) for lot in _open_lots(state.lots))
    if stored != expected:
        yield Problem("lots_differ", member=member_id, stored=_lots_text(stored), folded=_lots_text(expected))


def _open_lots(lots: Any) -> list[Lot]:
    return [lot for lot in lots if lot.remaining]


def _lots_text(lots: list[tuple[Any, Any, Any]]) -> str:
    return "[" + ", ".join(f"{entry}: {remaining}" for entry, remaining, _ in lots) + "]"


def _details(row: dict[str, Any]) -> dict[str, Any]:
    try:
        details = json.loads(row["details"])
    except (TypeError, ValueError):
        return {}
    return details if isinstance(details, dict) else {}


# Staff accounts come from first-run setup (its manager) and from staff_created; any later
# audited role change names the account and its new role the same way.
_STAFF_ACTIONS = ("shop_created", "staff_created", "staff_role_changed")


def check_staff_roles(uow: UnitOfWork, report: CheckReport) -> Iterator[str]:
    reads = uow.integrity
    roles: dict[str, str] = {}
    for row in reads.audit_rows(_STAFF_ACTIONS):
        details = _details(row)
        if row["action"] == "shop_created" and isinstance(details.get("manager"), str):
            roles[details["manager"]] = "manager"
        elif isinstance(details.get("username"), str) and isinstance(details.get("role"), str):
            roles[details["username"]] = details["role"]
    for staff in reads.staff_rows():
        chained = roles.get(staff["username"])
        if chained is None:
            yield Problem("staff_unrecorded", username=staff["username"], role=staff["role"])
        elif chained != staff["role"]:
            yield Problem("staff_role_differs", username=staff["username"], role=staff["role"], chained=chained)


_TIER_ACTIONS = ("member_enrolled", "tier_changed")


def check_member_tiers(uow: UnitOfWork, report: CheckReport) -> Iterator[str]:
    """Members whose tier the chain records (enrolled at the till, moved by a review);
    members loaded in bulk (the demo) have no such record and are not compared."""
    reads = uow.integrity
    tiers: dict[str, str] = {}
    for row in reads.audit_rows(_TIER_ACTIONS):
        details = _details(row)
        member_id = details.get("member_id")
        tier = details.get("tier") if row["action"] == "member_enrolled" else details.get("to")
        if isinstance(member_id, str) and isinstance(tier, str):
            tiers[member_id] = tier
    if not tiers:
        return
    for member in reads.member_tiers():
        chained = tiers.get(member["id"])
        if chained is not None and chained != member["tier_code"]:
            yield Problem("tier_differs", member=member["id"], tier=member["tier_code"], chained=chained)


def check_sale_totals(uow: UnitOfWork, report: CheckReport) -> Iterator[str]:
    """A sale's total is the sum of its lines' nets (returns and amount-only sales aside)."""
    for sale in uow.integrity.sale_sums():
        if sale["returned_of"] is not None or not sale["lines"]:
            continue
        if sale["total_minor"] != sale["lines_net"]:
            yield Problem("sale_total_differs", receipt=sale["receipt_no"], total=sale["total_minor"],
                          lines=int(sale["lines_net"]))


def check_audit_log(uow: UnitOfWork, report: CheckReport) -> Iterator[str]:
    yield from (Problem("audit_log", problem=problem) for problem in uow.audit.verify())
