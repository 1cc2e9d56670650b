"""A member gives points to one of the program's charities, at the till."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from loyalty_pos.domain.charity import Charity, donation_value, find_charity
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.events import CharityDonated
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, ensure_can_spend
from loyalty_pos.domain.receipt import Receipt, ReceiptNote, mask_card_number
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.members.points import active_member
from loyalty_pos.services.members.projection import current_state, post_entries
from loyalty_pos.services.ports import DonationRecord, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.slips import slip


@dataclass(frozen=True, slots=True)
class Donation:
    entry_id: str
    points: int
    amount_minor: int
    balance: int  # the member's points after the donation
    receipt: Receipt


def donate_points(uow: UnitOfWork, *, member_id: str, charity_id: str, points: int, actor: Actor,
                  clock: Clock) -> Donation:
    """The points leave through the ledger (a DONATE entry naming the charity); the money they
    gave is kept with it, so a later change of the charity's rate does not rewrite the past."""
    now = clock.now()
    with uow:
        program = published_program(uow)
        charity = find_charity(program.charities, charity_id)
        member = active_member(uow, member_id)
        ensure_can_spend(current_state(uow, member.id), points)
        amount = donation_value(charity, points)
        if amount <= 0:
            raise ValidationError(code="donation_too_small", template="{points} points give {charity} nothing; "
                                  "give at least {least}", points=points, charity=charity.name,
                                  least=-(-charity.points_per_value // charity.value_minor))
        entry = LedgerEntry(id=str(uuid.uuid4()), member_id=member.id, kind=EntryKind.DONATE, points=-points,
                            at=now, terminal_id=actor.terminal_id, actor=actor.username, reward_id=charity.id,
                            reason=f"charity:{charity.id}")
        balance = post_entries(uow, [entry])[member.id].balance
        uow.donations.add(DonationRecord(entry.id, member.id, charity.id, charity.name, points, amount,
                                         program.currency, now))
        record(uow, actor, CharityDonated(entry.id, member.id, charity.id, charity.name, points, amount,
                                          program.currency, now), now)
        card = member.active_card
        receipt = slip(uow, actor, now, program.currency, f"D-{entry.id[:8].upper()}", entry.id,
                       (ReceiptNote("receipt.donated", amount=amount, points=points, name=charity.name,
                                    column=False),),
                       member_name=member.name.split(" ")[0],
                       card_number_masked=mask_card_number(card.number) if card else None,
                       points_redeemed=points, balance=balance, slip_language=member.preferred_language or "")
        uow.commit()
    return Donation(entry.id, points, amount, balance, receipt)


def charities_offered(uow: UnitOfWork) -> tuple[str, tuple[Charity, ...]]:
    """The shop's currency and the charities a member can give to now (the published program's active ones)."""
    with uow:
        program = published_program(uow)
    return program.currency, tuple(charity for charity in program.charities if charity.active)
