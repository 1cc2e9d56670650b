"""Everything the shop holds about one member, as one plain document (JSON-shaped).

The member's right of access: profile, consent history, cards, every ledger entry,
every sale and return with its lines and the receipt as stored. Manager only, and
audited (by id): a copy of personal data leaving the till is itself worth a record.
The document is built in pages from the store, but one member's history is small
enough to hold: a member with 10,000 sales is a few megabytes.
"""

from __future__ import annotations

from typing import Any

from loyalty_pos.domain.errors import NotFound, ValidationError
from loyalty_pos.domain.events import MemberDataExported
from loyalty_pos.domain.plain_data import to_plain
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import SaleRecord, UnitOfWork
from loyalty_pos.services.shop.shop import shop_zone

FORMATS = ("json", "pdf")
DOCUMENT_VERSION = 1
_PAGE = 500


def _sale(sale: SaleRecord) -> dict[str, Any]:
    return {
        "sale_id": sale.sale_id, "receipt_no": sale.receipt_no, "at": sale.at.isoformat(),
        "kind": "return" if sale.returned_of else "sale", "returned_of": sale.returned_of,
        "terminal": sale.terminal_id, "cashier": sale.actor, "currency": sale.currency,
        "total_minor": sale.total_minor, "tender": sale.tender.value, "points_earned": sale.points_earned,
        "points_redeemed": sale.points_redeemed,
        "lines": [{"product_code": line.product_code, "name": line.name, "quantity": line.quantity,
                   "net_minor": line.net_minor} for line in sale.lines],
        "receipt": sale.receipt.to_dict() if sale.receipt is not None else None,
    }


def member_data(uow: UnitOfWork, member_id: str, *, actor: Actor, clock: Clock, fmt: str = "json") -> dict[str, Any]:
    actor.require_manager("Exporting a member's data")
    if fmt not in FORMATS:
        raise ValidationError(code="bad_format", template="Export as {formats}, not {fmt!r}",
                              formats=' or '.join(FORMATS), fmt=fmt)
    now = clock.now()
    with uow:
        member = uow.members.get(member_id)
        if member is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
        balance = uow.balances.get(member_id)
        sales: list[dict[str, Any]] = []
        cursor: str | None = None
        while True:
            page = uow.sales.of_member(member_id, cursor=cursor, limit=_PAGE)
            sales += [_sale(sale) for sale in page.rows]
            cursor = page.next_cursor
            if cursor is None:
                break
        document = {
            "document": "loyalty-pos member data", "version": DOCUMENT_VERSION, "exported_at": now.isoformat(),
            "exported_by": actor.username, "time_zone": str(shop_zone(uow)),
            "member": {
                "id": member.id, "name": member.name, "phone": member.phone, "email": member.email,
                "birthday": member.birthday.isoformat() if member.birthday else None,
                "tier": member.tier_code, "status": member.status.value,
                "enrolled_at": member.enrolled_at.isoformat(), "merged_into": member.merged_into,
                "consents": to_plain(member.consents),
                # Duplicates folded into this member: their own sales stay on those records.
                "merged_from": [other.id for other in uow.members.merged_from(member_id)],
            },
            "balance": balance.balance if balance is not None else 0,
            "consent_history": [to_plain(r) for r in uow.consents.for_member(member_id)],
            "cards": [to_plain(card) for card in member.cards],
            "ledger": [to_plain(entry) for entry in uow.ledger.for_member(member_id)],
            "sales": sales,
        }
        record(uow, actor, MemberDataExported(member_id, fmt), now)
        uow.commit()
    return document
