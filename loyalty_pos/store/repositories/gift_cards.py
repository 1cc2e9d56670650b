"""Gift cards' money ledger: appended to, never updated; balances are sums of it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, case, func, insert, select

from loyalty_pos.domain.chain import LOCAL_ORIGIN, RecordKind
from loyalty_pos.domain.gift_cards import GiftCardEntry, GiftCardEntryKind
from loyalty_pos.services.ports import GiftCardMoves, GiftCardRow, Page, TillKeyedIn
from loyalty_pos.store.chain_links import extend
from loyalty_pos.store.repositories.base import DbRow, Repository, check_limit, decode_cursor, decode_enum, page_of
from loyalty_pos.store.tables import gift_card_entries as table

G = table.c
_COLUMNS = (G.id, G.card_number, G.kind, G.amount_minor, G.currency, G.at, G.terminal_id, G.actor, G.sale_ref,
            G.reason)
_BALANCE = func.sum(G.amount_minor)
_PER_CARD = (
    G.card_number, func.min(G.currency).label("currency"), _BALANCE.label("balance"),
    func.sum(case((G.amount_minor > 0, G.amount_minor), else_=0)).label("loaded"),
    func.sum(case((G.amount_minor < 0, -G.amount_minor), else_=0)).label("spent"),
    func.min(case((G.kind == GiftCardEntryKind.ISSUE.value, G.at), else_=None)).label("issued_at"),
    func.max(G.at).label("last_at"),
)
_FOR_CARD = select(*_COLUMNS).where(G.card_number == bindparam("number")).order_by(G.at, G.seq)
_FOR_SALE = select(*_COLUMNS).where(G.sale_ref == bindparam("sale_id")).order_by(G.at, G.id)
_EXISTS = select(G.id).where(G.id == bindparam("entry_id"))
_SPENT_AT_TILL = select(func.coalesce(func.sum(-G.amount_minor), 0)).where(
    G.card_number == bindparam("number"), G.terminal_id == bindparam("terminal_id"),
    G.kind == GiftCardEntryKind.REDEEM.value, G.at >= bindparam("since"))


def _entry_from(row: DbRow) -> GiftCardEntry:
    kind = decode_enum(GiftCardEntryKind, row.kind, table="gift_card_entries", column="kind", row=row.id)
    return GiftCardEntry(row.id, row.card_number, kind, int(row.amount_minor), row.currency, row.at,
                         row.terminal_id, row.actor, row.sale_ref, row.reason)


def _card_row(row: DbRow) -> GiftCardRow:
    return GiftCardRow(row.card_number, row.currency, int(row.balance), int(row.loaded), int(row.spent),
                       row.issued_at, row.last_at)


class SqlGiftCards(Repository):
    def append(self, entries: Sequence[GiftCardEntry], *, origin: str = LOCAL_ORIGIN) -> None:
        """``origin``: the till that wrote the entries; pulled ones are chained on their till's
        chain, as pulled ledger entries are. Chained in the writer's transaction: a card's
        money is a sum of these rows, so one edited row spends money nobody put on it."""
        if not entries:
            return
        self._db.execute(insert(table), [
            {"id": e.id, "card_number": e.card_number, "kind": e.kind.value, "amount_minor": e.amount_minor,
             "currency": e.currency, "at": e.at, "terminal_id": e.terminal_id, "actor": e.actor,
             "sale_ref": e.sale_ref, "reason": e.reason}
            for e in entries
        ])
        seqs = self._db.execute(select(G.seq).where(G.id.in_([e.id for e in entries])).order_by(G.seq)).scalars()
        extend(self._db, RecordKind.GIFT_CARD, list(seqs), origin)

    def exists(self, entry_id: str) -> bool:
        return self._db.execute(_EXISTS, {"entry_id": entry_id}).first() is not None

    def for_card(self, number: str) -> list[GiftCardEntry]:
        return [_entry_from(row) for row in self._db.execute(_FOR_CARD, {"number": number})]

    def for_sale(self, sale_id: str) -> list[GiftCardEntry]:
        return [_entry_from(row) for row in self._db.execute(_FOR_SALE, {"sale_id": sale_id})]

    def spent_at_till(self, number: str, terminal_id: str, since: datetime) -> int:
        found = self._db.execute(_SPENT_AT_TILL, {"number": number, "terminal_id": terminal_id, "since": since})
        return int(found.scalar_one())

    def cards(self, *, limit: int, cursor: str | None = None) -> Page[GiftCardRow]:
        check_limit(limit)
        query = select(*_PER_CARD).group_by(G.card_number).order_by(G.card_number).limit(limit + 1)
        if cursor is not None:
            (after,) = decode_cursor(cursor, "gift_cards", 1)
            query = query.where(G.card_number > str(after))
        rows = self._db.execute(query).all()
        return page_of(rows, limit, "gift_cards", lambda row: (row.card_number,), _card_row)

    def outstanding(self) -> tuple[int, int]:
        per_card = select(_BALANCE.label("balance")).group_by(G.card_number).subquery()
        positive = per_card.c.balance > 0
        row = self._db.execute(select(
            func.coalesce(func.sum(case((positive, 1), else_=0)), 0),
            func.coalesce(func.sum(case((positive, per_card.c.balance), else_=0)), 0),
        )).one()
        return int(row[0]), int(row[1])

    def moves(self, start: datetime, end: datetime) -> GiftCardMoves:
        in_period = (G.at >= start, G.at < end)
        by_kind = {kind: int(total) for kind, total in self._db.execute(
            select(G.kind, func.sum(G.amount_minor)).where(*in_period).group_by(G.kind))}
        sold = self._db.execute(select(func.count()).where(
            *in_period, G.kind == GiftCardEntryKind.ISSUE.value)).scalar_one()
        return GiftCardMoves(by_kind, int(sold))

    def overspent(self, limit: int) -> list[GiftCardRow]:
        check_limit(limit)
        query = (select(*_PER_CARD).group_by(G.card_number).having(_BALANCE < 0)
                 .order_by(_BALANCE, G.card_number).limit(limit))
        return [_card_row(row) for row in self._db.execute(query)]

    def loads_per_till(self, start: datetime, end: datetime, terminal_id: str | None) -> list[TillKeyedIn]:
        """Cards sold and topped up in the range per terminal and cashier: money the shop's
        register took, which the end of day lists apart from sales."""
        loading = (GiftCardEntryKind.ISSUE.value, GiftCardEntryKind.TOP_UP.value)
        query = (
            select(G.terminal_id, G.actor, func.sum(case((G.kind == GiftCardEntryKind.ISSUE.value, 1), else_=0)),
                   func.sum(case((G.kind == GiftCardEntryKind.TOP_UP.value, 1), else_=0)), func.sum(G.amount_minor))
            .where(G.at >= start, G.at < end, G.kind.in_(loading))
            .group_by(G.terminal_id, G.actor)
        )
        if terminal_id is not None:
            query = query.where(G.terminal_id == terminal_id)
        return [TillKeyedIn(terminal, cashier, int(sold), int(top_ups), int(minor))
                for terminal, cashier, sold, top_ups, minor in self._db.execute(query)]
