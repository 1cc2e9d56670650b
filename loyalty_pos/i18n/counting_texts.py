"""The English of challenges, badges and paid membership: receipt lines and refusals
(``catalogue.MESSAGES`` takes them in; the other languages live in the catalogue .ts files)."""

from __future__ import annotations

COUNTING_TEXTS: dict[str, str] = {
    "receipt.challenge": "{name}: {count} of {target}",
    "receipt.challenge_done": "{name} complete: +{points}",
    "receipt.new_badge": "New badge: {name}",
    "receipt.paid_tier_until": "{name} until {day}",
    "receipt.paid_on_register": "Paid on the shop's register",
    "error.paid_tier_unknown": "Paid membership {key} is not on sale.",
    "error.unknown_counted": "There is no category or product {unknown}; add it under Products first",
    "error.duplicate_id": "Two rows have the id {key}; rename one",
    "error.unknown_tier": "{name} names a tier the program has not: {tier}",
    "error.bad_challenge": "A challenge needs a name",
    "error.bad_challenge.target": "Challenge {name!r} needs a target from 1 to {limit}",
    "error.bad_challenge.bonus": "Challenge {name!r} needs bonus points above 0",
    "error.bad_challenge.streak": "A streak counts weeks or months in a row",
    "error.bad_badge": "A badge needs a name",
    "error.bad_badge.threshold": "Badge {name!r} needs a threshold from 1 to {limit}",
    "error.bad_paid_tier": "A paid membership needs a name",
    "error.bad_paid_tier.fee": "Paid membership {name!r} needs a fee above 0",
    "error.bad_paid_tier.months": "Paid membership {name!r} lasts 1 to {limit} months",
    "error.bad_challenge.names": "Challenge {name!r} needs names in other languages with {problem}",
    "error.bad_badge.names": "Badge {name!r} needs names in other languages with {problem}",
    "error.bad_paid_tier.names": "Paid membership {name!r} needs names in other languages with {problem}",
}
