"""The English of the prizes' refusals (partner codes, giveaways); ``refusal_texts.REFUSALS``
takes them in, the catalogue .ts files hold the other languages."""

from __future__ import annotations

PRIZE_REFUSALS: dict[str, str] = {
    "error.partner_codes_used_up": ("Reward {reward} is not available: no partner codes are left on this till. "
                                    "A manager imports more in the back office (Rewards)."),
    "error.partner_codes_used_up_here": ("Reward {reward} is not available: this till has handed out every "
                                         "partner code leased to it. The next sync with the chain leases more."),
    "error.partner_codes_at_head_office": ("Partner codes are imported at head office: this till hands out the "
                                           "codes the chain's pool leases to it at each sync."),
    "error.giveaway_at_head_office": ("{reward}: this till is in a chain, so the giveaway is drawn at head office, "
                                      "from every till's entries."),
    "error.bad_partner_code": "Line {line}: a code is up to {limit} printable characters",
    "error.no_partner_codes": "The file has no codes: one code per line",
    "error.partner_code_file": "Could not read {path} as a UTF-8 text or CSV file of codes.",
    "error.too_many_partner_codes": "At most {limit} codes per import",
    "error.partner_reward_unknown": "No published partner-code reward {key}.",
    "error.giveaway_unknown": "No published giveaway {key}.",
    "error.giveaway_refused": "{reward}: entries have closed; a seed committed now could be chosen knowing the "
                              "entries.",
    "error.giveaway_seed_committed": "{reward}: a seed is already committed; it cannot be changed.",
    "error.giveaway_no_seed": ("{reward}: no seed was committed before entries closed, so the draw could not be "
                               "verified. Nothing was drawn."),
    "error.giveaway_drawn": "{reward}: the winners are already drawn.",
    "error.giveaway_open": "{reward}: entries are open until {day}; draw after they close.",
    "error.giveaway_not_drawn": "{reward}: not drawn yet; there is nothing to verify.",
    "error.permission_denied.importing_partner_codes": "Importing partner codes needs the manager role.",
    "error.permission_denied.committing_a_giveaways_seed": "Committing a giveaway's seed needs the manager role.",
    "error.permission_denied.drawing_a_giveaway": "Drawing a giveaway needs the manager role.",
    "field.reward_partner": "Type the partner's offer as the receipt prints it.",
    "field.reward_winners": "Draw at least 1 winner.",
    "field.giveaway_close": "Set the last day for entries (Valid until): the draw is after it.",
    "field.reward_pool": "List 1 to {limit} other rewards to draw from, each once, with weights above 0.",
    "field.reward_codes_per_till": "Type 0 (the chain's default) to {limit} codes a till.",
    "field.campaign_prize": "Choose an amount-off, percent-off or free-product reward as the prize.",
}

PRIZE_CLI_TEXTS: dict[str, str] = {
    "cli.help.giveaway": "giveaway draws",
    "cli.help.giveaway.verify": "recompute a drawn giveaway's winners from its entries and revealed seed",
    "cli.help.giveaway.reward": "the giveaway reward's id (as in the back office)",
    "cli.giveaway.winner": "{place}. {member}",
    "cli.giveaway.verified": "Verified: the seed matches the fingerprint published before entries closed, and the "
                             "entries give these winners.",
    "cli.giveaway.not_verified": "NOT verified: the seed or the entries have changed since the draw.",
}
