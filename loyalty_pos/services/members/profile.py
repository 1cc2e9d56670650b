"""What the back office shows about one member: the till's panel plus the history
a manager needs (who was merged into them, receipt numbers on the statement)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import tzinfo

from loyalty_pos.domain.errors import NotFound
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.members import Member
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.members.membership import MemberPanel, member_panel, statement
from loyalty_pos.services.ports import Page, UnitOfWork
from loyalty_pos.services.shop.shop import shop_zone


@dataclass(frozen=True, slots=True)
class MemberProfile:
    panel: MemberPanel
    merged_from: tuple[Member, ...]  # duplicates folded into this member; their sales stay theirs
    merged_into: Member | None  # for a merged duplicate: the member it became
    zone: tzinfo  # the shop's time zone, for every time shown


@dataclass(frozen=True, slots=True)
class StatementLine:
    entry: LedgerEntry
    receipt_no: str | None  # the sale's receipt number when the entry belongs to a sale
    reason: str | None  # the entry's reason, with the other member of a transfer or merge by name


# Transfers and merges name the other member by id (ids never change, names do);
# the statement shows today's name in its place.
_OTHER_MEMBER = re.compile(r"^(transfer to|transfer from|merged into|merged from) (\S+)$")


def _named_reasons(uow: UnitOfWork, entries: tuple[LedgerEntry, ...]) -> dict[str, str]:
    reasons: dict[str, str] = {}
    names: dict[str, str | None] = {}
    for entry in entries:
        match = _OTHER_MEMBER.match(entry.reason or "") if entry.kind is EntryKind.TRANSFER else None
        if match is None:
            continue
        other = match.group(2)
        if other not in names:
            member = uow.members.get(other)
            names[other] = member.name if member else None
        if names[other]:
            reasons[entry.id] = f"{match.group(1)} {names[other]}"
    return reasons


def load_profile(uow: UnitOfWork, member_id: str, *, clock: Clock) -> MemberProfile:
    with uow:  # one read transaction: the panel and the rest agree with each other
        panel = member_panel(uow, member_id, clock=clock)
        merged_from = tuple(uow.members.merged_from(member_id))
        target = panel.member.merged_into
        merged_into = uow.members.get(target) if target else None
        if target and merged_into is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=target)
        return MemberProfile(panel, merged_from, merged_into, shop_zone(uow))


def statement_lines(
    uow: UnitOfWork, member_id: str, *, cursor: str | None = None, limit: int = 100
) -> Page[StatementLine]:
    """A page of the statement, newest first, each entry with its receipt number."""
    with uow:
        page = statement(uow, member_id, cursor=cursor, limit=limit)
        receipts = uow.sales.receipt_numbers([e.sale_ref for e in page.rows if e.sale_ref])
        reasons = _named_reasons(uow, page.rows)
    lines = tuple(StatementLine(e, receipts.get(e.sale_ref or ""), reasons.get(e.id, e.reason)) for e in page.rows)
    return Page(lines, page.next_cursor)
