"""The reward form's inputs for the prize kinds: a partner's offer, a giveaway's number of
winners, a mystery reward's pool.

A pool is typed as ``reward id: weight`` pairs, the ids listed under the field with
their names, so a manager with only a keyboard can write one without a second dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

from loyalty_pos.domain.prize_rules import DEFAULT_CODES_PER_TILL, MAX_CODES_PER_TILL
from loyalty_pos.domain.prizes import PRIZE_KINDS
from loyalty_pos.domain.program import Reward

if TYPE_CHECKING:
    from loyalty_pos.gui.manager.rewards.fields import RewardFields


def _tr(text: str) -> str:
    # lupdate files _tr() texts outside a class under the empty context.
    return QCoreApplication.translate("", text)


def build_prize_fields(fields: RewardFields) -> None:
    fields.partner = QLineEdit(fields)
    fields.partner.setObjectName("rewardPartner")
    fields.partner.setPlaceholderText(_tr("e.g. Cinema 2-for-1"))
    fields.partner.setMaxLength(80)
    fields.partner.textEdited.connect(fields._changed)
    fields._row(fields.what, "partner", _tr("Partner's &offer"), fields.partner)
    fields.codes_per_till = fields._spin(0, MAX_CODES_PER_TILL, "rewardCodesPerTill")
    # 0 is the chain's default: said in words, so nobody reads it as "no codes".
    fields.codes_per_till.setSpecialValueText(_tr("chain default ({count})").format(count=DEFAULT_CODES_PER_TILL))
    fields.codes_per_till.setToolTip(_tr("In a chain: the codes each till holds from the chain's pool, topped up "
                                         "at each sync when fewer than half are left."))
    fields._row(fields.what, "codes_per_till", _tr("Codes a t&ill"), fields.codes_per_till)
    fields.winners = fields._spin(0, 999, "rewardWinners")
    fields._row(fields.what, "winners", _tr("&Winners"), fields.winners)
    fields.pool = QLineEdit(fields)
    fields.pool.setObjectName("rewardPool")
    fields.pool.setPlaceholderText(_tr("reward id: weight, e.g. free-coffee: 3, nok20: 1"))
    fields.pool.textEdited.connect(fields._changed)
    fields.pool_hint = QLabel(fields)
    fields.pool_hint.setObjectName("rewardPoolHint")
    fields.pool_hint.setWordWrap(True)
    pool = QVBoxLayout()
    pool.setSpacing(2)
    pool.addWidget(fields.pool)
    pool.addWidget(fields.pool_hint)
    fields._row(fields.what, "pool", _tr("Dra&ws from"), pool, fields.pool)


def pool_hint(rewards: Sequence[Reward]) -> str:
    """The rewards a pool may name (a kind that changes the basket by itself)."""
    names = [f"{reward.id} = {reward.name}" for reward in rewards if reward.kind in PRIZE_KINDS]
    if not names:
        return _tr("Add an amount-off, percent-off or free-product reward first (it may be switched off).")
    return _tr("Can draw: {rewards}").format(rewards="; ".join(names))


def pool_text(pool: Sequence[tuple[str, int]]) -> str:
    return ", ".join(f"{reward_id}: {weight}" for reward_id, weight in pool)


def parse_pool(text: str) -> tuple[tuple[str, int], ...] | None:
    """The pool typed; None when a part is not ``id: weight`` with a whole weight."""
    pool = []
    for part in text.split(","):
        if not part.strip():
            continue
        reward_id, colon, weight = part.partition(":")
        if not colon or not weight.strip().isdigit() or not reward_id.strip():
            return None
        pool.append((reward_id.strip(), int(weight.strip())))
    return tuple(pool)
