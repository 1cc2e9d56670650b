"""Committed sales and returns with their lines; receipt numbers per terminal."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Select, bindparam, func, insert, select, text, tuple_
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.chain import LOCAL_ORIGIN, RecordKind
from loyalty_pos.domain.errors import Conflict, NotFound
from loyalty_pos.domain.receipt_numbers import format_receipt_no
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.tender import Tender
from loyalty_pos.domain.segments import Visit
from loyalty_pos.domain.tiers import Qualifying
from loyalty_pos.services.ports import ExternalReceipt, OverReturned, Page, SaleRecord
from loyalty_pos.store.chain_links import extend
from loyalty_pos.store.repositories.base import (
    DbRow,
    Repository,
    broke_foreign_key,
    check_limit,
    decode_cursor,
    decode_enum,
    page_of,
    raw_time,
)
from loyalty_pos.store.repositories.savepoint import all_or_nothing
from loyalty_pos.store.tables import receipt_counters, sale_campaigns, sale_lines, sales
from loyalty_pos.store.types import to_micros

S, SL = sales.c, sale_lines.c

_SALE_COLUMNS = (
    S.sale_id, S.receipt_no, S.member_id, S.terminal_id, S.actor, S.at, S.currency, S.total_minor, S.tender,
    S.points_earned, S.points_redeemed, S.receipt, S.returned_of, S.qualifying_spend_minor, S.qualifying_points,
    S.external_register, S.external_date, S.external_ref,
)
_LINE_FIELDS = (
    "line_no", "product_code", "name", "category", "quantity", "unit_price", "tax_rate_bp", "gross_minor",
    "discount_minor", "points_paid_minor", "points_earned", "points_spent",
)
_LINES = select(SL.sale_id, *(SL[name] for name in _LINE_FIELDS))
_LINES_OF = _LINES.where(SL.sale_id == bindparam("sale_id")).order_by(SL.line_no)
_BY_ID = select(*_SALE_COLUMNS).where(S.sale_id == bindparam("sale_id"))
_BY_RECEIPT = select(*_SALE_COLUMNS).where(S.receipt_no == bindparam("receipt_no"))
_RETURNS_OF = select(*_SALE_COLUMNS).where(S.returned_of == bindparam("sale_id")).order_by(S.at, S.sale_id)
_SPEND = select(func.coalesce(func.sum(S.total_minor), 0)).where(
    S.member_id == bindparam("member_id"), S.at >= bindparam("since", type_=S.at.type)
)
_QUALIFYING = select(
    func.coalesce(func.sum(S.qualifying_spend_minor), 0), func.coalesce(func.sum(S.qualifying_points), 0)
).where(S.member_id == bindparam("member_id"), S.at >= bindparam("since", type_=S.at.type))
_counter = sqlite_insert(receipt_counters).values(terminal_id=bindparam("terminal_id"), last_seq=1)
_NEXT_SEQ = _counter.on_conflict_do_update(
    index_elements=[receipt_counters.c.terminal_id],
    set_={"last_seq": receipt_counters.c.last_seq + 1},
).returning(receipt_counters.c.last_seq)


def _line_from(row: DbRow) -> PricedLine:
    return PricedLine(**{name: row._mapping[name] for name in _LINE_FIELDS})


def _sale_from(row: DbRow, lines: list[PricedLine]) -> SaleRecord:
    return SaleRecord(
        sale_id=row.sale_id, receipt_no=row.receipt_no, member_id=row.member_id, terminal_id=row.terminal_id,
        actor=row.actor, at=row.at, currency=row.currency, lines=tuple(lines), total_minor=row.total_minor,
        tender=decode_enum(Tender, row.tender, table="sales", column="tender", row=row.sale_id),
        points_earned=row.points_earned, points_redeemed=row.points_redeemed,
        receipt=_receipt_from(row), returned_of=row.returned_of,
        qualifying=Qualifying(row.qualifying_spend_minor, row.qualifying_points),
        external=_external_from(row),
    )


def _external_from(row: DbRow) -> ExternalReceipt | None:
    if row.external_ref is None:
        return None
    return ExternalReceipt(row.external_register or "", date.fromisoformat(row.external_date), row.external_ref)


def _receipt_from(row: DbRow) -> Receipt | None:
    # ``{}`` is how a sale without a document is stored: the column is NOT NULL.
    if not row.receipt:
        return None
    return Receipt.from_dict(row.receipt, what=f"sales row {row.sale_id} receipt")


def _stored_document(receipt: Receipt | None) -> dict[str, object]:
    """The receipt as kept: the member only by the sale's member id, never by name (the
    row is chained, and a member's personal data must stay erasable)."""
    if receipt is None:
        return {}  # how a sale without a document is stored: the column is NOT NULL
    return {**receipt.to_dict(), "member_name": None}


def _campaign_rows(sale: SaleRecord) -> list[dict[str, object]]:
    """What each campaign gave on a member's sale, as the service worked it out."""
    if sale.member_id is None or sale.returned_of is not None:
        return []
    return [{"sale_id": sale.sale_id, "campaign_id": campaign_id, "at": sale.at, "member_id": sale.member_id,
             "points": points, "total_minor": sale.total_minor}
            for campaign_id, points in sale.campaign_points.items()]


def _external_columns(receipt: ExternalReceipt | None) -> dict[str, str | None]:
    if receipt is None:
        return {"external_register": None, "external_date": None, "external_ref": None}
    return {"external_register": receipt.register, "external_date": receipt.on.isoformat(),
            "external_ref": receipt.ref}


_EXTERNAL = select(S.sale_id).where(
    S.external_register == bindparam("external_register"), S.external_date == bindparam("external_date"),
    S.external_ref == bindparam("external_ref"),
)


# A sale without a document stores "{}", which has neither key: json_set would add them.
_COUNT_OF_MEMBER = text("SELECT count(*) FROM sales WHERE member_id = :member_id")


class SqlSales(Repository):
    def add(self, sale: SaleRecord, *, origin: str = LOCAL_ORIGIN) -> None:
        """``origin``: the till that sold it; a pulled sale is chained on its till's chain, as its entries are."""
        try:
            with all_or_nothing(self._db):  # the sale and its lines, or nothing
                self._db.execute(insert(sales), {
                    "sale_id": sale.sale_id, "receipt_no": sale.receipt_no, "member_id": sale.member_id,
                    "terminal_id": sale.terminal_id, "actor": sale.actor, "at": sale.at, "currency": sale.currency,
                    "total_minor": sale.total_minor, "tender": sale.tender.value, "points_earned": sale.points_earned,
                    "points_redeemed": sale.points_redeemed,
                    "receipt": _stored_document(sale.receipt),
                    "returned_of": sale.returned_of, "qualifying_spend_minor": sale.qualifying.spend_minor,
                    "qualifying_points": sale.qualifying.points,
                    **_external_columns(sale.external),
                })
                if sale.lines:
                    self._db.execute(insert(sale_lines), [
                        {"sale_id": sale.sale_id, **{name: getattr(line, name) for name in _LINE_FIELDS}}
                        for line in sale.lines
                    ])
                extend(self._db, RecordKind.SALE, [sale.sale_id], origin)
                campaigns = _campaign_rows(sale)
                if campaigns:
                    self._db.execute(insert(sale_campaigns), campaigns)
        except IntegrityError as error:
            if broke_foreign_key(error):
                raise NotFound(code="not_found", template="Member {member} or original sale {sale} was not found.",
                               member=sale.member_id, sale=sale.returned_of) from None
            raise Conflict(code="duplicate_sale", detail=f"sale {sale.sale_id} conflicts with a stored sale "
                           f"(same id, receipt number or line number): {error.orig}") from None

    def _one(self, row: DbRow | None) -> SaleRecord | None:
        if row is None:
            return None
        lines = [_line_from(line) for line in self._db.execute(_LINES_OF, {"sale_id": row.sale_id})]
        return _sale_from(row, lines)

    def get(self, sale_id: str) -> SaleRecord | None:
        return self._one(self._db.execute(_BY_ID, {"sale_id": sale_id}).first())

    def by_receipt(self, receipt_no: str) -> SaleRecord | None:
        return self._one(self._db.execute(_BY_RECEIPT, {"receipt_no": receipt_no}).first())

    def _with_lines(self, rows: list[DbRow]) -> list[SaleRecord]:
        """The sales of ``rows`` with their lines, read in one query."""
        if not rows:
            return []
        lines: dict[str, list[PricedLine]] = defaultdict(list)
        ids = [row.sale_id for row in rows]
        for line in self._db.execute(_LINES.where(SL.sale_id.in_(ids)).order_by(SL.sale_id, SL.line_no)):
            lines[line.sale_id].append(_line_from(line))
        return [_sale_from(row, lines[row.sale_id]) for row in rows]

    def returns_of(self, sale_id: str) -> list[SaleRecord]:
        return self._with_lines(list(self._db.execute(_RETURNS_OF, {"sale_id": sale_id})))

    def over_returned(self, limit: int) -> list[OverReturned]:
        """Lines whose returns, counted over every till's, exceed what was sold."""
        back = sales.alias("back")
        back_lines = sale_lines.alias("back_lines")
        returned = (select(back.c.returned_of.label("sale_id"), back_lines.c.line_no,
                           func.sum(back_lines.c.quantity).label("returned"))
                    .join(back_lines, back_lines.c.sale_id == back.c.sale_id)
                    .where(back.c.returned_of.is_not(None))
                    .group_by(back.c.returned_of, back_lines.c.line_no).subquery())
        query = (select(S.sale_id, S.receipt_no, S.member_id, SL.line_no, SL.name, SL.quantity, returned.c.returned)
                 .select_from(sales).join(sale_lines, SL.sale_id == S.sale_id)
                 .join(returned, (returned.c.sale_id == S.sale_id) & (returned.c.line_no == SL.line_no))
                 .where(returned.c.returned > SL.quantity)
                 .order_by(S.at.desc(), S.sale_id, SL.line_no).limit(limit))
        return [OverReturned(row.sale_id, row.receipt_no, row.member_id, row.line_no, row.name, row.quantity,
                             int(row.returned)) for row in self._db.execute(query)]

    def receipt_numbers(self, sale_ids: Sequence[str]) -> dict[str, str]:
        """For a statement page: one query by primary key, without the sales' lines."""
        if not sale_ids:
            return {}
        query = select(S.sale_id, S.receipt_no).where(S.sale_id.in_(list(dict.fromkeys(sale_ids))))
        return {row.sale_id: row.receipt_no for row in self._db.execute(query)}

    def member_sales_between(
        self, start: datetime, end: datetime, *, cursor: str | None, limit: int
    ) -> Page[SaleRecord]:
        """Sales to members in ``start <= at < end``, oldest first, without returns;
        keyset-paged on (at, sale_id) so a replay streams any number of sales."""
        query = select(*_SALE_COLUMNS).where(
            S.member_id.is_not(None), S.returned_of.is_(None), S.at >= start, S.at < end
        )
        return self._page_by_time(query, "member_sales", cursor=cursor, limit=limit)

    def of_member(self, member_id: str, *, cursor: str | None, limit: int) -> Page[SaleRecord]:
        """One member's sales and returns, oldest first, keyset-paged on (at, sale_id)."""
        query = select(*_SALE_COLUMNS).where(S.member_id == member_id)
        return self._page_by_time(query, "sales_of_member", cursor=cursor, limit=limit)

    def _page_by_time(self, query: Select, kind: str, *, cursor: str | None, limit: int) -> Page[SaleRecord]:
        """``query``'s sales oldest first, keyset-paged on (at, sale_id); ``kind`` names the
        cursor so one from another listing is refused."""
        check_limit(limit)
        if cursor:
            at, sale_id = decode_cursor(cursor, kind, 2)
            query = query.where(tuple_(raw_time(S.at), S.sale_id) > tuple_(at, sale_id))
        rows = list(self._db.execute(query.order_by(S.at, S.sale_id).limit(limit + 1)))
        kept = self._with_lines(rows[:limit])
        page = page_of(rows, limit, kind, lambda row: (to_micros(row.at), row.sale_id), lambda row: row)
        return Page(tuple(kept), page.next_cursor)

    def count_of_member(self, member_id: str) -> int:
        """The member's sales and returns: chained records that name the member by id only."""
        return int(self._db.execute(_COUNT_OF_MEMBER, {"member_id": member_id}).scalar_one())

    def next_receipt_no(self, terminal_id: str) -> str:
        """``R<terminal>-<sequence>``; the counter moves inside the sale's transaction,
        so a sale that rolls back does not leave a gap."""
        seq = self._db.execute(_NEXT_SEQ, {"terminal_id": terminal_id.strip().upper()}).scalar_one()
        return format_receipt_no(terminal_id, int(seq))

    def has_external(self, receipt: ExternalReceipt) -> bool:
        return self._db.execute(_EXTERNAL, _external_columns(receipt)).first() is not None

    def any_sale(self) -> bool:
        return self._db.execute(select(sales.c.sale_id).limit(1)).first() is not None

    def spend_since(self, member_id: str, since: datetime) -> int:
        """Net spend: sales add, returns (negative totals) take away."""
        return int(self._db.execute(_SPEND, {"member_id": member_id, "since": since}).scalar_one())

    def visits_since(self, member_id: str, since: datetime) -> list[Visit]:
        """The member's sales and returns since ``since`` from the (member_id, at) index: what
        places them in the program's segments at the till (domain.segments)."""
        query = select(S.at, S.total_minor, S.returned_of).where(S.member_id == member_id, S.at >= since)
        return [Visit(at, int(total), returned is not None) for at, total, returned in self._db.execute(query)]

    def qualifying_since(self, member_id: str, since: datetime) -> Qualifying:
        """What the member's sales since ``since`` add to the tier metrics, returns taken off:
        the figures each sale stored when it was made, never recomputed."""
        spend, points = self._db.execute(_QUALIFYING, {"member_id": member_id, "since": since}).one()
        return Qualifying(int(spend), int(points))
