"""Ids of ledger entries any till could derive alone from the same inputs.

Two tills of a chain running expiry (or giving the sign-up bonus) for one member make
the same entry; a random id would make the ledger's union count it twice. A UUIDv5 of
the inputs makes both tills' copies one entry (docs/SYNC_PROTOCOL.md, "Events").
"""

from __future__ import annotations

import hashlib
from datetime import datetime

# Fixed forever: changing it would give every derived entry a second id.
NAMESPACE = bytes.fromhex("6f1c4a523c1e5b8e9a510d3f2b7e4c19")


def uuid5(namespace: bytes, name: str) -> str:
    """RFC 4122 version 5 (SHA-1), spelt out: the domain computes, it does not import uuid."""
    digest = bytearray(hashlib.sha1(namespace + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _derived(*parts: str) -> str:
    return uuid5(NAMESPACE, "\x1f".join(parts))


def _at(at: datetime | None) -> str:
    return at.isoformat() if at is not None else "-"


def lot_expiry_id(member_id: str, lot_entry_id: str, expires_at: datetime | None) -> str:
    """A lot lapses once, whichever till notices and on whichever day."""
    return _derived("expire-lot", member_id, lot_entry_id, _at(expires_at))


def inactivity_expiry_id(member_id: str, last_activity: datetime | None) -> str:
    """The whole balance lapses once per stretch of inactivity, which its last activity names."""
    return _derived("expire-inactive", member_id, _at(last_activity))


def enrolment_bonus_id(member_id: str, campaign_id: str) -> str:
    """A member joins once; the sign-up bonus of one campaign is theirs once."""
    return _derived("enrolment-bonus", member_id, campaign_id)


def action_award_id(member_id: str, campaign_id: str, period: str, slot: int) -> str:
    """The ``slot``-th award a per-member limit allows in a period: two tills recording the
    same action for one member in one period make one entry, so the limit holds after sync."""
    return _derived("action-award", member_id, campaign_id, period, str(slot))


def birthday_award_id(member_id: str, campaign_id: str, year: int) -> str:
    """A birthday treat is given once a year, whichever till the member visits first."""
    return _derived("birthday-award", member_id, campaign_id, str(year))


def win_back_award_id(member_id: str, campaign_id: str, last_visit: datetime | None) -> str:
    """Once per lapse: the visit before the lapse names it, as it names an inactivity expiry."""
    return _derived("win-back-award", member_id, campaign_id, _at(last_visit))


def referral_award_id(referred_id: str, campaign_id: str, side: str) -> str:
    """A referred member's first purchase pays each side ("referred", "referrer") once."""
    return _derived("referral-award", referred_id, campaign_id, side)


def challenge_completion_id(member_id: str, challenge_id: str, period: str) -> str:
    """A challenge completes once per member and period, whichever till sees it complete."""
    return _derived("challenge", member_id, challenge_id, period)


def challenge_taken_back_id(completion_id: str) -> str:
    """A return undoes a completion once, whichever till takes the return."""
    return _derived("challenge-back", completion_id)

