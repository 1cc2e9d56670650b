"""The statements that write the demo's members and cards, one chunk of keys at a time.

Each is an ``INSERT ... SELECT`` over a numbers CTE: every value is a pure function of
the member's index and the seed's salts (``expressions.py``). Draws that a row uses
more than once are computed once, as columns of a MATERIALIZED CTE: SQLite evaluates
an expression at every place it is written. Their history is worked out afterwards,
member by member, by ``demo/year.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loyalty_pos.domain.members import CardStatus, MemberStatus
from loyalty_pos.store.bulk import BulkLoader
from loyalty_pos.store.demo.expressions import (
    Salts,
    card_number,
    literal,
    rand,
    uuid_hashes,
    uuid_text,
)
from loyalty_pos.store.types import to_micros

if TYPE_CHECKING:
    from loyalty_pos.store.demo.population import PopulationSpec

SECOND = 1_000_000
DAY = 86_400 * SECOND
# 60 % gave an e-mail address, half a birthday, 55 % marketing consent.
_EMAIL_PERCENT, _BIRTHDAY_PERCENT, _MARKETING_PERCENT = 60, 50, 55
ENROLLED_DAYS = (30, 730)  # how long ago members joined
# Norwegian-style mobile numbers: 8 digits from 40000000; index * 7919 permutes them.
_PHONE_BASE, _PHONE_RANGE, _PHONE_STEP = 40_000_000, 59_999_999, 7_919


class History:
    """One population's SQL building blocks, with its salts and constants bound in."""

    def __init__(self, spec: PopulationSpec) -> None:
        self.spec = spec
        self.salts = Salts(spec.seed)
        self.now = to_micros(spec.now)

    def rand(self, key: str, purpose: str) -> str:
        return rand(key, self.salts[purpose])

    def enrolled(self, i: str) -> str:
        low, high = ENROLLED_DAYS
        seconds = f"{self.rand(i, 'enrolled')} % {(high - low) * 86_400}"
        return f"({self.now - low * DAY} - ({seconds}) * {SECOND} - {self.rand(i, 'enrolled.us')} % {SECOND})"


def _numbers(low: int, high: int) -> str:
    return f"WITH RECURSIVE n(i) AS (SELECT {low} UNION ALL SELECT i + 1 FROM n WHERE i < {high - 1})"


def _columns(draws: dict[str, str]) -> str:
    return ", ".join(f"{sql} AS {name}" for name, sql in draws.items())


def members(loader: BulkLoader, plan: History, low: int, high: int) -> None:
    spec = plan.spec
    first_names = len(spec.first_names)
    hashes = uuid_hashes("i", plan.salts, "member")
    loader.execute(
        "INSERT INTO members(row_id, id, name, phone, email, birthday, consent_marketing, consent_data_processing, "
        "tier_code, tier_reviewed_at, status, enrolled_at, updated_at) "
        f"{_numbers(low, high)}, "
        f"h AS MATERIALIZED (SELECT i, {plan.rand('i', 'names')} AS names, {plan.rand('i', 'flags')} AS flags, "
        f"  {plan.rand('i', 'birthday')} AS birthday, {plan.enrolled('i')} AS enrolled, "
        + _columns(dict(zip(("u0", "u1", "u2"), hashes, strict=True)))
        + " FROM n) "
        f"SELECT h.i + 1, {uuid_text('h.i', spec.members, ('h.u0', 'h.u1', 'h.u2'))}, f.name || ' ' || l.name, "
        f"  {literal(spec.phone_prefix)} || ({_PHONE_BASE} + h.i * {_PHONE_STEP} % {_PHONE_RANGE}), "
        f"  CASE WHEN h.flags % 100 < {_EMAIL_PERCENT} THEN f.mail || '.' || l.mail || h.i || '@example.com' END, "
        f"  CASE WHEN h.flags / 100 % 100 < {_BIRTHDAY_PERCENT} "
        "       THEN printf('%04d-%02d-%02d', 1945 + h.birthday % 63, 1 + h.birthday / 63 % 12, "
        "                   1 + h.birthday / 756 % 28) END, "
        f"  h.flags / 10000 % 100 < {_MARKETING_PERCENT}, 1, {literal(spec.first_tier)}, NULL, "
        f"  {literal(MemberStatus.ACTIVE.value)}, h.enrolled, h.enrolled "
        f"FROM h CROSS JOIN demo_first f ON f.i = h.names % {first_names} "
        f"CROSS JOIN demo_last l ON l.i = h.names / {first_names} % {len(spec.last_names)}",
    )
    # rowid = row_id, so a sale finds its member's card without the (dropped) index.
    loader.execute(
        "INSERT INTO cards(rowid, number, member_id, status, issued_at, printed) "
        f"SELECT row_id, {card_number('row_id - 1', spec.card_prefix, plan.salts['card'])}, id, "
        f"{literal(CardStatus.ACTIVE.value)}, enrolled_at, 1 FROM members WHERE row_id > ? AND row_id <= ?",
        (low, high),
    )
