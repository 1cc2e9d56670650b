"""Importing a partner's voucher codes for a partner-code reward, on this till.

Codes are this till's own: a chain's head office gives each till its own file (a
block of the partner's list), so two offline tills can never hand out the same code
(docs/ARCHITECTURE.md "Prizes"). One code per line (a CSV's first column); blank
lines and a "code" header are skipped; a code already imported is kept once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from loyalty_pos.domain.errors import NotFound, ValidationError
from loyalty_pos.domain.events import PartnerCodesImported
from loyalty_pos.domain.program import RewardKind
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program

MAX_CODE = 80  # the column's width
MAX_CODES = 100_000  # per import: a partner's list, not a phone book


@dataclass(frozen=True, slots=True)
class CodesImported:
    added: int
    duplicates: int
    left: int


def parse_codes(text: str) -> list[str]:
    codes = []
    for number, raw in enumerate(text.splitlines(), start=1):
        code = raw.split(",", 1)[0].split(";", 1)[0].strip().strip('"').strip()
        if not code or (number == 1 and code.lower() == "code"):
            continue
        if len(code) > MAX_CODE or not code.isprintable():
            raise ValidationError(code="bad_partner_code", template="Line {line}: a code is up to {limit} "
                                  "printable characters", line=number, limit=MAX_CODE)
        codes.append(code)
    if not codes:
        raise ValidationError(code="no_partner_codes", template="The file has no codes: one code per line")
    if len(codes) > MAX_CODES:
        raise ValidationError(code="too_many_partner_codes", template="At most {limit} codes per import",
                              limit=MAX_CODES)
    return codes


def import_codes(uow: UnitOfWork, reward_id: str, text: str, *, actor: Actor, clock: Clock) -> CodesImported:
    actor.require_manager("Importing partner codes")
    codes = parse_codes(text)
    now = clock.now()
    with uow:
        reward = published_program(uow).reward(reward_id)
        if reward is None or reward.kind is not RewardKind.PARTNER_CODE:
            raise NotFound(code="partner_reward_unknown", template="No published partner-code reward {key}.",
                           key=reward_id)
        added, duplicates = uow.prizes.add_codes(reward_id, codes, now)
        left = uow.prizes.codes_left(reward_id)
        record(uow, actor, PartnerCodesImported(reward_id, added, duplicates, left), now)
        uow.commit()
    return CodesImported(added, duplicates, left)


def import_code_file(uow: UnitOfWork, reward_id: str, path: Path, *, actor: Actor, clock: Clock) -> CodesImported:
    """``import_codes`` from a CSV or text file (UTF-8, a spreadsheet's BOM allowed)."""
    actor.require_manager("Importing partner codes")
    try:
        text = path.expanduser().read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise ValidationError(code="partner_code_file", template="Could not read {path} as a UTF-8 text or CSV "
                              "file of codes.", path=str(path)) from None
    return import_codes(uow, reward_id, text, actor=actor, clock=clock)


@dataclass(frozen=True, slots=True)
class PartnerCodes:
    reward_id: str
    name: str
    partner: str
    handed_out: int
    left: int


def partner_codes(uow: UnitOfWork) -> list[PartnerCodes]:
    """Every published partner-code reward with its codes handed out and left on this till."""
    with uow:
        counts = {reward_id: (handed, imported) for reward_id, handed, imported in uow.prizes.code_counts()}
        out = []
        for reward in published_program(uow).rewards:
            if reward.kind is RewardKind.PARTNER_CODE:
                handed, imported = counts.get(reward.id, (0, 0))
                out.append(PartnerCodes(reward.id, reward.name, reward.partner, handed, imported - handed))
        return out
