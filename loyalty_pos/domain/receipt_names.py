"""A stored receipt's reward and campaign names as a reader of another language gets them.

The receipt keeps the names as they were at the sale (its document holds what was
printed). When it prints in a language, each name the program has a text for in that
language is swapped in, but only while the program still calls the reward or campaign
what the receipt does: a reward renamed since prints as it was, never as a later
reward that took over its id.
"""

from __future__ import annotations

from dataclasses import replace

from loyalty_pos.domain.counting_names import award_lines_in, counting_name_in
from loyalty_pos.domain.earning import EarningLine
from loyalty_pos.domain.local_names import local_name
from loyalty_pos.domain.program import Campaign, Program
from loyalty_pos.domain.receipt import Receipt, ReceiptNote


def receipt_names_in(receipt: Receipt, program: Program, *languages: str | None) -> Receipt:
    """``receipt`` with the names of the first of ``languages`` the manager wrote them in."""
    rewards = {reward.id: reward for reward in program.rewards}
    campaigns = {campaign.id: campaign for campaign in program.campaigns}

    def reward_name(reward_id: str | None, name: str | None) -> str | None:
        reward = rewards.get(reward_id or "")
        if reward is None or not name or reward.name != name:
            return name
        return local_name(reward.name, reward.names, *languages)

    redeemed = tuple(replace(line, name=reward_name(line.reward_id, line.name) or "") for line in receipt.rewards)
    points_lines = []
    for line in receipt.points_lines:
        campaign = campaigns.get(line.campaign_id or "")
        if campaign is not None and campaign.name:
            local = local_name(campaign.name, campaign.names, *languages)
            line = replace(line, label=_label_in(line.label, line.rule, campaign.name, local))
            if line.facts is not None and line.facts.name == campaign.name:
                line = replace(line, facts=replace(line.facts, name=local))
        points_lines.append(line)
    notes = tuple(_note_in(note, campaigns, languages) for note in receipt.notes)
    return replace(receipt, rewards=redeemed, points_lines=tuple(points_lines),
                   next_reward_name=reward_name(receipt.next_reward_id, receipt.next_reward_name), notes=notes,
                   **counting_names_in(receipt, program, *languages))


def counting_names_in(receipt: Receipt, program: Program, *languages: str | None) -> dict[str, object]:
    """The receipt's visit awards, challenges, badges and paid tier named in the reader's language."""
    named: dict[str, object] = {"awards": award_lines_in(receipt.awards, program, *languages)}
    if receipt.challenges:
        named["challenges"] = tuple(replace(c, name=counting_name_in(c.name, program, *languages))
                                    for c in receipt.challenges)
    if receipt.new_badges:
        named["new_badges"] = tuple(counting_name_in(name, program, *languages) for name in receipt.new_badges)
    if receipt.paid_tier:
        named["paid_tier"] = counting_name_in(receipt.paid_tier, program, *languages)
    if receipt.paid_on_register:  # a paid membership's slip: its one line is the membership
        named["lines"] = tuple(replace(line, name=counting_name_in(line.name, program, *languages))
                               for line in receipt.lines)
    return named


def _note_in(note: ReceiptNote, campaigns: dict[str, Campaign], languages: tuple[str | None, ...]) -> ReceiptNote:
    """A slip's line naming a campaign (a member action's), in the reader's language while
    the campaign is still called what the slip says."""
    campaign = campaigns.get(note.ref)
    if campaign is None or not note.name or campaign.name != note.name:
        return note
    return replace(note, name=local_name(campaign.name, campaign.names, *languages))


def _label_in(label: str, rule: str, name: str, local: str) -> str:
    """A points line's label with the campaign's name in its place: a multiplier's label
    starts with it ("<name> x2"), a bonus's ends with it ("Bonus: <name>"), so a campaign
    called "Bonus" renames the name, never the word before it."""
    if rule.startswith("campaign:") and label.startswith(name):
        return local + label[len(name):]
    if rule.startswith(("bonus:", "instant_win:")) and label.endswith(name):
        return label[: len(label) - len(name)] + local
    return label


def earning_lines_in(lines: tuple[EarningLine, ...], program: Program, *languages: str | None) -> tuple[EarningLine, ...]:
    """A sale's points lines with each campaign named in the first of ``languages`` the manager
    wrote it in, as the till's panel shows them (``label`` stays the engine's English)."""
    campaigns = {campaign.id: campaign for campaign in program.campaigns}
    named = []
    for line in lines:
        campaign = campaigns.get(line.campaign_id or "")
        if campaign is not None and campaign.name and line.facts.name == campaign.name:
            line = replace(line, facts=replace(line.facts, name=local_name(campaign.name, campaign.names,
                                                                            *languages)))
        named.append(line)
    return tuple(named)
