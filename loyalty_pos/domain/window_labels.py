"""How a multiplier campaign's breakdown line reads: "Happy hour 15–17: x2 on Coffee".

A campaign with hours names them and what it covers, so the cashier and the member see
why a sale at 16:30 earned more than one at 17:05; one without keeps the plain
"<name> x2" that receipts printed before windows existed.
"""

from __future__ import annotations

from collections.abc import Sequence

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.points_facts import PointsFacts
from loyalty_pos.domain.program import Campaign
from loyalty_pos.domain.time_windows import scope_names, tier_multiplier


def pct_text(pct: int) -> str:
    whole, hundredths = divmod(pct, 100)
    return str(whole) if not hundredths else f"{whole}.{hundredths:02d}".rstrip("0")


def campaign_term_label(campaign: Campaign, tier_code: str, lines: Sequence[PricedLine]) -> tuple[str, int, PointsFacts]:
    """(English label, multiplier for this tier, facts to say it in the reader's language)."""
    pct = tier_multiplier(campaign, tier_code)
    if not campaign.hour_until:
        return f"{campaign.name} x{pct_text(pct)}", pct, PointsFacts(name=campaign.name, multiplier_pct=pct)
    scope = scope_names(campaign, lines)
    hours = f"{campaign.hour_from:02d}–{campaign.hour_until:02d}"
    label = f"{campaign.name} {hours}: x{pct_text(pct)}" + (f" on {scope}" if scope else "")
    facts = PointsFacts(name=campaign.name, multiplier_pct=pct, hour_from=campaign.hour_from,
                        hour_until=campaign.hour_until, scope=scope)
    return label, pct, facts
