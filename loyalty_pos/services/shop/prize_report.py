"""The prizes report: partner codes handed out and left, giveaway entries and winners,
instant wins by campaign and mystery draws by outcome, in the date range (codes and
giveaways as they stand now: a code list and a draw have no period)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.program import Program, RewardKind
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.partner_codes import chain_pool
from loyalty_pos.services.program.programs import published_program


class PrizeRow(enum.StrEnum):
    CODES_HANDED_OUT = "codes_handed_out"
    CODES_LEFT = "codes_left"
    ENTRIES = "entries"
    WINNER = "winner"
    INSTANT_WIN = "instant_win"
    MYSTERY = "mystery"
    CODES_POOL = "codes_pool"  # in a chain: the chain's pool not leased to any till (at the last sync)


@dataclass(frozen=True, slots=True)
class PrizeLine:
    row: PrizeRow
    subject: str  # the reward's or campaign's name
    outcome: str  # the reward won or drawn, the winner's name; empty for counts
    count: int
    detail: str = ""  # a giveaway's seed digest (before the draw) or seed (after)


def _name(program: Program, reward_id: str) -> str:
    reward = program.reward(reward_id)
    return reward.name if reward is not None else reward_id  # a reward since removed: by its id


def _campaign(program: Program, campaign_id: str) -> str:
    return next((c.name for c in program.campaigns if c.id == campaign_id), campaign_id)


def prize_report(uow: UnitOfWork, *, start: datetime, end: datetime) -> tuple[PrizeLine, ...]:
    with uow:
        program = published_program(uow)
        lines: list[PrizeLine] = []
        pool = chain_pool(uow)
        for reward_id, handed, imported in uow.prizes.code_counts():
            name = _name(program, reward_id)
            lines += [PrizeLine(PrizeRow.CODES_HANDED_OUT, name, "", handed),
                      PrizeLine(PrizeRow.CODES_LEFT, name, "", imported - handed)]
            if pool is not None:
                lines.append(PrizeLine(PrizeRow.CODES_POOL, name, "", pool.get(reward_id, 0)))
        for reward in program.rewards:
            if reward.kind is not RewardKind.GIVEAWAY:
                continue
            entries = uow.prizes.entries(reward.id)
            draw = uow.prizes.draw(reward.id)
            detail = "" if draw is None else (draw.seed if draw.drawn_at is not None else draw.seed_digest)
            lines.append(PrizeLine(PrizeRow.ENTRIES, reward.name, "", len(entries), detail))
            for place, member_id in enumerate(draw.winners if draw is not None else (), start=1):
                member = uow.members.get(member_id)  # a handful of winners: one read each
                lines.append(PrizeLine(PrizeRow.WINNER, reward.name, member.name if member else member_id, place))
        for campaign_id, reward_id, count in uow.prizes.outcome_counts("instant_win", start, end):
            lines.append(PrizeLine(PrizeRow.INSTANT_WIN, _campaign(program, campaign_id),
                                   _name(program, reward_id), count))
        for mystery_id, reward_id, count in uow.prizes.outcome_counts("mystery", start, end):
            lines.append(PrizeLine(PrizeRow.MYSTERY, _name(program, mystery_id), _name(program, reward_id), count))
    return tuple(lines)
