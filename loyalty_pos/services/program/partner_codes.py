"""Importing a partner's voucher codes for a partner-code reward.

A till outside a chain keeps the codes it imports. In a chain the codes are imported at
head office into the chain's pool (``partner_codes_pooled`` events the server keeps); the
server leases each till a block of them at every sync, and a till hands out only codes it
holds, so two offline tills can never hand out the same code (docs/ARCHITECTURE.md "Prizes
in a chain"). A joined till's own import is refused. One code per line (a CSV's first
column); blank lines and a "code" header are skipped; a code already imported is kept once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from loyalty_pos.domain.errors import NotFound, ValidationError
from loyalty_pos.domain.events import PartnerCodesImported, PartnerCodesPooled
from loyalty_pos.domain.sync_link import CHAIN_ROLE, HEAD_OFFICE, JOINED
from loyalty_pos.domain.program import RewardKind
from loyalty_pos.services.actor import Actor, system_actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program

MAX_CODE = 80  # the column's width
MAX_CODES = 100_000  # per import: a partner's list, not a phone book
POOL_EVENT_CODES = 1_000  # codes a pooled event carries: a push is at most 2 MiB
CODE_POOL = "partner_code_pool"  # sync_state: the chain's pool per reward at the last lease (JSON)


@dataclass(frozen=True, slots=True)
class CodesImported:
    added: int
    duplicates: int
    left: int
    pooled: bool = False  # head office: sent to the chain's pool at the next sync, none kept here


class CodesAtHeadOffice(ValidationError):
    code = "partner_codes_at_head_office"
    template = ("Partner codes are imported at head office: this till hands out the codes the chain's pool "
                "leases to it at each sync.")


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
        role = uow.sync_state.get(CHAIN_ROLE)
        if role == JOINED:
            raise CodesAtHeadOffice()
        if role == HEAD_OFFICE:
            return _pool(uow, reward_id, codes, actor, now)
        added, duplicates = uow.prizes.add_codes(reward_id, codes, now)
        left = uow.prizes.codes_left(reward_id)
        record(uow, actor, PartnerCodesImported(reward_id, added, duplicates, left), now)
        uow.commit()
    return CodesImported(added, duplicates, left)


def _pool(uow: UnitOfWork, reward_id: str, codes: list[str], actor: Actor, now: datetime) -> CodesImported:
    """Head office's import: the codes go to the server's pool (idempotent there by reward
    and code), not into this till's hands; this till leases its block like any other."""
    unique = list(dict.fromkeys(codes))
    for start in range(0, len(unique), POOL_EVENT_CODES):
        record(uow, actor, PartnerCodesPooled(reward_id, tuple(unique[start:start + POOL_EVENT_CODES])), now)
    uow.commit()
    return CodesImported(len(unique), len(codes) - len(unique), uow.prizes.codes_left(reward_id), pooled=True)


def pool_own_codes(uow: UnitOfWork, terminal_id: str, now: datetime) -> int:
    """Inside the caller's unit of work, when this till becomes a chain's head office: the
    codes it imported on its own and has not handed out go to the chain's pool (it hands
    them out again once leased back, like every till). Returns how many were pooled."""
    program = uow.program.published()
    if program is None:
        return 0
    actor = system_actor(terminal_id)
    pooled = 0
    for reward in program.rewards:
        if reward.kind is RewardKind.PARTNER_CODE:
            codes = uow.prizes.own_free_codes(reward.id)
            for start in range(0, len(codes), POOL_EVENT_CODES):
                record(uow, actor, PartnerCodesPooled(reward.id, tuple(codes[start:start + POOL_EVENT_CODES])), now)
            pooled += len(codes)
    return pooled


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
    handed_out: int  # in a chain: every till's, as far as this till has pulled
    left: int  # held by this till, not handed out yet
    pool: int | None = None  # in a chain: codes in the chain's pool not leased to any till yet (last sync)


def pool_figures(uow: UnitOfWork) -> dict[str, int]:
    """The chain's pool per reward as the last lease answered it (nothing outside a chain)."""
    text = uow.sync_state.get(CODE_POOL)
    return {str(k): int(v) for k, v in json.loads(text).items()} if text else {}


def chain_role(uow: UnitOfWork) -> str | None:
    return uow.sync_state.get(CHAIN_ROLE)


def chain_pool(uow: UnitOfWork) -> dict[str, int] | None:
    """The chain's pool per reward (None outside a chain), inside the caller's unit of work."""
    return pool_figures(uow) if chain_role(uow) is not None else None


def partner_codes(uow: UnitOfWork) -> list[PartnerCodes]:
    """Every published partner-code reward with its codes handed out and left on this till."""
    with uow:
        counts = {reward_id: (handed, imported) for reward_id, handed, imported in uow.prizes.code_counts()}
        pool = chain_pool(uow)
        out = []
        for reward in published_program(uow).rewards:
            if reward.kind is RewardKind.PARTNER_CODE:
                handed, imported = counts.get(reward.id, (0, 0))
                out.append(PartnerCodes(reward.id, reward.name, reward.partner, handed, imported - handed,
                                        None if pool is None else pool.get(reward.id, 0)))
        return out
