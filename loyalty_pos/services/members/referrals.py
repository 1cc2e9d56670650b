"""Referral codes: the code a member's receipt prints, and the link enrolment makes from one.

A code names its member by the start of their id (``domain.member_actions``), so there
is no table of codes to keep; the link waits in ``referrals`` until the referred member's
first purchase pays both (services/sale/visit_awards.py).
"""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain.campaigns import running
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.events import MemberReferred
from loyalty_pos.domain.member_actions import referral_code, referral_id_prefix, self_referral
from loyalty_pos.domain.members import Member, MemberStatus
from loyalty_pos.domain.program import Program
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork


class ReferralCodeUnknown(LoyaltyError):
    code = "referral_code_unknown"
    template = "No member has the referral code {referral}. Check it with the member, or leave the field empty."


class ReferralToSelf(LoyaltyError):
    code = "referral_to_self"
    template = "A member cannot use their own referral code."


def referring(program: Program, now: datetime) -> bool:
    return any(campaign.action == "referral" for campaign in running(program.campaigns, now))


def invite_code(program: Program, member: Member, now: datetime) -> str | None:
    """The code the member's receipt prints while a referral campaign runs (None: none runs)."""
    return referral_code(member.id) if referring(program, now) else None


def refer(uow: UnitOfWork, member: Member, code: str | None, *, actor: Actor, now: datetime) -> None:
    """Links a member being enrolled to the friend whose ``code`` they bring (no code: nothing)."""
    if code is None or not code.strip():
        return
    shown = code.strip().upper()
    prefix = referral_id_prefix(code)
    found = uow.referrals.members_with_id_prefix(prefix) if prefix is not None else []
    referrer = uow.members.get(found[0]) if len(found) == 1 else None  # two members on one code: it names neither
    if referrer is None or referrer.status is not MemberStatus.ACTIVE:
        raise ReferralCodeUnknown(referral=shown)
    if self_referral(referrer.id, referrer.name, referrer.birthday, member.id, member.name, member.birthday):
        raise ReferralToSelf()
    normalised = referral_code(referrer.id) or shown
    uow.referrals.add(member.id, referrer.id, normalised, now)
    record(uow, actor, MemberReferred(member.id, referrer.id, normalised), now)
