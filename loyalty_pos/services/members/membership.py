"""Enrolling and looking up members; the member panel the till shows."""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from loyalty_pos.domain import tiers as tier_rules
from loyalty_pos.domain.campaign_audience import campaigns_for_new_member
from loyalty_pos.domain.campaigns import action_bonus
from loyalty_pos.domain.consents import ConsentSource
from loyalty_pos.domain.derived_ids import enrolment_bonus_id
from loyalty_pos.domain.errors import CardRefused, Conflict, NotFound, ValidationError
from loyalty_pos.domain.approvals import Approval, ApprovalAction
from loyalty_pos.domain.events import MemberEnrolled, MemberUpdated
from loyalty_pos.domain.limits import check_search_text
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, PointsState, soonest_expiry
from loyalty_pos.domain.members import (
    DEFAULT_ISSUER_PREFIX,
    Card,
    CardStatus,
    Consents,
    Member,
    MemberStatus,
    new_card_number,
    normalise_email,
    normalise_name,
    normalise_phone,
    validate_card_number,
)
from loyalty_pos.domain.member_rights import MemberDetails, fields_needing_a_manager
from loyalty_pos.domain.regions import LANGUAGES
from loyalty_pos.domain.program import Program
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import MemberSummary, Page, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.auth import use_approval
from loyalty_pos.services.shop.shop import ISSUER_PREFIX, shop_zone
from loyalty_pos.services.members.consents import record_consents
from loyalty_pos.services.members.phones import e164_or_none, phone_region, to_e164
from loyalty_pos.services.members.projection import current_state, post_entries, refresh
from loyalty_pos.services.members.referrals import refer

EXPIRY_WARNING_DAYS = 60
# Typed text that may be a phone number (16-digit card numbers are never valid phones).
_PHONE_LIKE = re.compile(r"\+?[0-9][0-9 ().-]{4,}")


@dataclass(frozen=True, slots=True)
class EnrolMember:
    name: str
    phone: str | None = None
    email: str | None = None
    birthday: date | None = None
    consents: Consents = Consents()
    card_number: str | None = None  # a pre-printed card scanned at enrolment
    consent_source: ConsentSource = ConsentSource.TILL_ENROLMENT  # where the consents were given
    referral_code: str | None = None  # a friend's code: both earn at this member's first purchase


def member_summary_from(member: Member, balance: int) -> MemberSummary:
    card = member.active_card
    return MemberSummary(
        member.id, member.name, member.phone, member.email, member.tier_code, balance,
        card.number if card else None, member.status,
    )


def _clean(cmd: EnrolMember) -> EnrolMember:
    birthday = cmd.birthday
    if birthday is not None and not (date(1900, 1, 1) <= birthday <= date(2100, 1, 1)):
        raise ValidationError(code="bad_birthday", template="Birthday is not a plausible date")
    return replace(
        cmd,
        name=normalise_name(cmd.name),
        phone=normalise_phone(cmd.phone) if cmd.phone and cmd.phone.strip() else None,
        email=normalise_email(cmd.email) if cmd.email and cmd.email.strip() else None,
        card_number=validate_card_number(cmd.card_number) if cmd.card_number else None,
    )


def free_card_number(uow: UnitOfWork, randbelow: Callable[[int], int]) -> str:
    """A random card number no card has yet, under the shop's issuer prefix."""
    prefix = uow.settings.get(ISSUER_PREFIX) or DEFAULT_ISSUER_PREFIX
    for _ in range(20):  # 10^11 numbers: a collision is rare, a second one rarer still
        number = new_card_number(randbelow, prefix)
        if uow.cards.get(number) is None:
            return number
    raise Conflict(code="card_numbers_exhausted", template="Could not find a free card number")


def enrol(
    uow: UnitOfWork,
    cmd: EnrolMember,
    *,
    actor: Actor,
    clock: Clock,
    randbelow: Callable[[int], int] = secrets.randbelow,
) -> Member:
    """Enrol a member with one active card (the scanned pre-printed one, or a new number)."""
    cmd = _clean(cmd)
    if not cmd.consents.data_processing:
        raise ValidationError(
            code="consent_required",
            template="The member must consent to data processing to join the program",
        )
    now = clock.now()
    with uow:
        program = published_program(uow)
        if cmd.phone:
            cmd = replace(cmd, phone=to_e164(cmd.phone, phone_region(uow)))
        if cmd.phone and uow.members.by_phone(cmd.phone) is not None:
            raise Conflict(code="phone_in_use", template="Phone {phone} already belongs to a member", phone=cmd.phone)
        if cmd.email and uow.members.by_email(cmd.email) is not None:
            raise Conflict(code="email_in_use", template="Email {email} already belongs to a member", email=cmd.email)
        if cmd.card_number and uow.cards.get(cmd.card_number) is not None:
            raise CardRefused(code="card_in_use", template="Card refused: this card already belongs to a member.")
        member_id = str(uuid.uuid4())
        number = cmd.card_number or free_card_number(uow, randbelow)
        card = Card(number, member_id, CardStatus.ACTIVE, now, printed=cmd.card_number is not None)
        member = Member(
            id=member_id, name=cmd.name, phone=cmd.phone, email=cmd.email, birthday=cmd.birthday,
            consents=cmd.consents, tier_code=program.tiers.tiers[0].code,
            status=MemberStatus.ACTIVE, enrolled_at=now, cards=(card,),
        )
        uow.members.add(member)
        uow.cards.add(card)
        bonus = [
            LedgerEntry(
                id=enrolment_bonus_id(member_id, campaign.id), member_id=member_id, kind=EntryKind.BONUS,
                points=points, at=now, terminal_id=actor.terminal_id, actor=actor.username,
                reason=f"campaign:{campaign.id}", expires_at=program.expiry.expiry_for(now),
            )
            for campaign, points in action_bonus(
                campaigns_for_new_member(program, member), action="enrolment", tiers=program.tiers,
                tier_code=member.tier_code, now=now.astimezone(shop_zone(uow)),  # the shop's weekdays and hours
                marketing_consent=cmd.consents.marketing,
            )
        ]
        if bonus:
            post_entries(uow, bonus)
        else:
            refresh(uow, member_id)  # a zero balance row, so lists and reports see the member
        record(uow, actor, MemberEnrolled(
            member_id, member.name, member.phone, member.email, member.birthday, cmd.consents.marketing,
            cmd.consents.data_processing, number, member.tier_code,
        ), now)
        record_consents(uow, member_id, None, cmd.consents, source=cmd.consent_source, actor=actor, at=now)
        refer(uow, member, cmd.referral_code, actor=actor, now=now)
        uow.commit()
    return member


def find_by_card(uow: UnitOfWork, card_number: str) -> MemberSummary:
    """The member holding an active card; blocked/replaced cards and members are refused."""
    number = validate_card_number(card_number)
    with uow:
        found = uow.members.by_card(number)
        if found is None:
            raise CardRefused(code="card_unknown", template="Card refused: no member has this card.")
        member, card = found
        card.ensure_usable()
        member.ensure_active()
        balance = uow.balances.get(member.id)
    return member_summary_from(member, balance.balance if balance else 0)


def search_members(uow: UnitOfWork, text: str, *, cursor: str | None = None, limit: int = 50) -> Page[MemberSummary]:
    """Phone, email or name prefix; card numbers exactly. Paged, never all members."""
    cleaned = " ".join(check_search_text(text).split())
    if len(cleaned) < 2:
        raise ValidationError(code="search_too_short", template="Type at least 2 characters to search")
    with uow:
        # A whole number in any spelling is looked up as stored (E.164); a partial one
        # stays a prefix of digits, as typed.
        query = e164_or_none(cleaned, phone_region(uow)) if _PHONE_LIKE.fullmatch(cleaned) else None
        return uow.members.search(query or cleaned, cursor=cursor, limit=max(1, min(limit, 200)))


def get_member(uow: UnitOfWork, member_id: str) -> Member:
    with uow:
        member = uow.members.get(member_id)
    if member is None:
        raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
    return member


@dataclass(frozen=True, slots=True)
class MemberPanel:
    """Everything the till shows about an identified member."""

    member: Member
    balance: int
    expiring_at: datetime | None
    expiring_points: int
    tier_name: str
    tier_progress: tier_rules.TierProgress
    tier_metric: int
    program_version: int


def tier_metric(uow: UnitOfWork, program: Program, member_id: str, now: datetime) -> int:
    """The member's metric over the tier window: what each sale stored, for the program's basis."""
    since = tier_rules.window_start(program.tiers, now)
    return uow.sales.qualifying_since(member_id, since).metric(program.tiers.basis)


def panel_from_state(
    member: Member, state: PointsState, program: Program, metric: int, now: datetime
) -> MemberPanel:
    expiring = soonest_expiry(state, now, EXPIRY_WARNING_DAYS)
    tier = program.tiers.by_code(member.tier_code)
    return MemberPanel(
        member=member,
        balance=state.balance,
        expiring_at=expiring[0] if expiring else None,
        expiring_points=expiring[1] if expiring else 0,
        tier_name=tier.name,
        tier_progress=tier_rules.tier_progress(program.tiers, member.tier_code, metric),
        tier_metric=metric,
        program_version=program.version,
    )


def member_panel(uow: UnitOfWork, member_id: str, *, clock: Clock) -> MemberPanel:
    now = clock.now()
    with uow:
        member = uow.members.get(member_id)
        if member is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
        program = published_program(uow)
        state = current_state(uow, member_id)
        metric = tier_metric(uow, program, member_id, now)
    return panel_from_state(member, state, program, metric, now)


@dataclass(frozen=True, slots=True)
class UpdateMember:
    member_id: str
    name: str
    phone: str | None
    email: str | None
    birthday: date | None
    consents: Consents
    consent_source: ConsentSource = ConsentSource.BACK_OFFICE  # who asked for a consent change
    # A manager's approval (services.shop.auth.issue_approval, action member_details, amount
    # 0, this member's id) for what a cashier may not change alone (domain.member_rights).
    approval: str | None = None
    # The language of their receipts: a LANGUAGES tag, "" for none (the till's), None to keep it.
    preferred_language: str | None = None


def update_member(uow: UnitOfWork, cmd: UpdateMember, *, actor: Actor, clock: Clock) -> Member:
    cleaned = _clean(EnrolMember(cmd.name, cmd.phone, cmd.email, cmd.birthday, cmd.consents))
    now = clock.now()
    with uow:
        member = uow.members.get(cmd.member_id)
        if member is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=cmd.member_id)
        # An erased record must not gather personal data again; a merged one lives on in another.
        if member.status in (MemberStatus.ERASED, MemberStatus.MERGED):
            raise ValidationError(code="member_not_active",
                                  template="This member is {status}: the profile cannot be edited",
                                  status=member.status.value)
        # A phone stored before numbers were normalised, and left as it was, is kept so
        # the rest of the profile can still be edited.
        if cleaned.phone and cleaned.phone != member.phone:
            cleaned = replace(cleaned, phone=to_e164(cleaned.phone, phone_region(uow)))
        if cleaned.phone and cleaned.phone != member.phone:
            other = uow.members.by_phone(cleaned.phone)
            if other is not None and other.id != member.id:
                raise Conflict(code="phone_in_use", template="Phone {phone} already belongs to a member",
                               phone=cleaned.phone)
        if cleaned.email and cleaned.email != member.email:
            other = uow.members.by_email(cleaned.email)
            if other is not None and other.id != member.id:
                raise Conflict(code="email_in_use", template="Email {email} already belongs to a member",
                               email=cleaned.email)
        updated = replace(
            member, name=cleaned.name, phone=cleaned.phone, email=cleaned.email,
            birthday=cleaned.birthday, consents=cleaned.consents,
            preferred_language=_language(cmd.preferred_language, member.preferred_language),
        )
        now = clock.now()
        approval = _check_rights(uow, member, updated, cmd, actor, now)
        uow.members.update(updated)
        changed = tuple(name for name in ("name", "phone", "email", "birthday", "consents", "preferred_language")
                        if getattr(updated, name) != getattr(member, name))
        record(uow, actor, MemberUpdated(
            member.id, updated.name, updated.phone, updated.email, updated.birthday, updated.consents.marketing,
            updated.consents.data_processing, changed, approval.approver if approval else None,
        ), now)
        record_consents(uow, member.id, member.consents, updated.consents, source=cmd.consent_source,
                        actor=actor, at=now)
        uow.commit()
    return updated


def _language(chosen: str | None, current: str | None) -> str | None:
    if chosen is None:
        return current
    if chosen and chosen not in {language.tag for language in LANGUAGES}:
        raise ValidationError(code="bad_member_language", template="{language!r} is not a language the till knows",
                              language=chosen)
    return chosen or None


def _check_rights(uow: UnitOfWork, member: Member, updated: Member, cmd: UpdateMember, actor: Actor,
                  now: datetime) -> Approval | None:
    """Refuses a cashier's change to what only a manager may change (naming the fields),
    unless a manager's approval for this member comes with it; that approval is used up."""
    def details(m: Member) -> MemberDetails:
        return MemberDetails(m.name, m.phone, m.email, m.birthday)

    needs = fields_needing_a_manager(details(member), details(updated))
    if not needs or actor.is_manager:
        return None
    return use_approval(uow, actor, cmd.approval, action=ApprovalAction.MEMBER_DETAILS, amount_minor=0,
                        subject_id=member.id, now=now, code="member_change_needs_manager",
                        template=_CHANGE_NEEDS_MANAGER.get(needs, _CHANGE_NEEDS_MANAGER_SEVERAL))


# One whole sentence per field, not a field name spliced into a sentence: the catalogue
# translates each (a field's word in another language may need its own grammar).
_CHANGE_NEEDS_MANAGER = {
    ("name",): "Changing the member's name needs the manager role.",
    ("phone",): "Changing the member's phone needs the manager role.",
    ("email",): "Changing the member's email needs the manager role.",
    ("birthday",): "Changing the member's birthday needs the manager role.",
}
_CHANGE_NEEDS_MANAGER_SEVERAL = "Changing the member's name, phone, email or birthday needs the manager role."


def statement(uow: UnitOfWork, member_id: str, *, cursor: str | None = None, limit: int = 100) -> Page[LedgerEntry]:
    with uow:
        if uow.members.get(member_id) is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
        return uow.ledger.statement(member_id, cursor=cursor, limit=limit)


