"""A staff account linked to its holder's own member record (and phone), so the till can
refuse a cashier's sale, redemption or adjustment on their own card."""

from __future__ import annotations

from dataclasses import replace

from loyalty_pos.domain.errors import NotFound
from loyalty_pos.domain.events import StaffMemberLinked
from loyalty_pos.domain.members import normalise_phone, validate_card_number
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import StaffRecord, UnitOfWork


def link_staff_member(uow: UnitOfWork, *, username: str, member_id: str | None = None, phone: str | None,
                      actor: Actor, clock: Clock, card_number: str | None = None) -> StaffRecord:
    """Sets (or clears, with None) the account's member record and phone. The record is
    named by its id or, as a manager at the screen knows it, by the holder's card number."""
    actor.require_manager("Linking a staff account to a member")
    phone = normalise_phone(phone) if phone and phone.strip() else None
    member_id = member_id.strip() if member_id and member_id.strip() else None
    with uow:
        if card_number and card_number.strip():
            found = uow.members.by_card(validate_card_number(card_number.strip()))
            if found is None:
                raise NotFound(code="not_found", template="Card {key} was not found.", key=card_number.strip())
            member_id = found[0].id
        staff = uow.staff.get(username)
        if staff is None:
            raise NotFound(code="not_found", template="Staff {key} was not found.", key=username)
        if member_id is not None and uow.members.get(member_id) is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
        linked = replace(staff, member_id=member_id, phone=phone)
        uow.staff.put(linked)
        record(uow, actor, StaffMemberLinked(username, member_id, phone is not None), clock.now())
        uow.commit()
    return linked
