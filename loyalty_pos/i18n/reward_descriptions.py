"""What a redeemed reward did ("NOK 50.00 off", "Free: Cinnamon bun") in the reader's
language, from its ``RewardFacts``, the money it was worth and the points it cost.

A reward without facts (a receipt stored before they existed) or of a kind this release
does not know reads as its stored English description.
"""

from __future__ import annotations

from loyalty_pos.domain.money import Money
from loyalty_pos.domain.reward_facts import RewardFacts
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.i18n.points_labels import Numbers, numbers_in


def reward_description(facts: RewardFacts | None, stored: str, *, amount_minor: int, points: int,
                       currency: str, language: str, numbers: Numbers | None = None) -> str:
    if facts is None:
        return stored
    numbers = numbers or numbers_in(language)
    amount = numbers.money(Money(amount_minor, currency))
    match facts.kind:
        case "amount_off":
            return text("reward_effect.amount_off", language, amount=amount)
        case "percent_off" if facts.subject:
            return text("reward_effect.percent_off_category", language, percent=numbers.integer(facts.percent),
                        category=facts.subject)
        case "percent_off":
            return text("reward_effect.percent_off", language, percent=numbers.integer(facts.percent))
        case "free_product":
            return text("reward_effect.free_product", language, product=facts.subject)
        case "buy_x_get_y":
            return text("reward_effect.buy_x_get_y", language,
                        total=numbers.integer(facts.buy_quantity + facts.free_quantity),
                        paid=numbers.integer(facts.buy_quantity), product=facts.subject)
        case "pay_with_points":
            return text("reward_effect.pay_with_points", language, points=numbers.integer(points), amount=amount)
        case "store_credit":
            return text("reward_effect.store_credit", language, amount=amount)
        case "partner_code" if facts.code:
            return text("reward_effect.partner_code", language, partner=facts.subject, code=facts.code)
        case "partner_code":  # priced, not yet paid: the code is handed out at checkout
            return text("reward_effect.partner_offer", language, partner=facts.subject)
        case "giveaway":
            return text("reward_effect.giveaway", language)
        case "mystery":
            return text("reward_effect.mystery", language, reward=facts.subject)
    return stored
