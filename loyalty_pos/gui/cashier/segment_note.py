"""The member panel's line on campaigns aimed at a segment the member is in.

Above the rewards, in their scrolling list: the panel's other parts keep their places
(they must not move when the details land), and a cashier reads why this member gets
a campaign another does not ("Campaign for segment 'Lapsed 60 days'").
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from loyalty_pos.gui.widgets.theme import colours
from loyalty_pos.services.sale.segment_offers import SegmentOffer


def note_lines(offers: Sequence[SegmentOffer]) -> list[str]:
    return [QCoreApplication.translate("MemberPanelWidget", "Campaign for segment '{segment}': {campaign}").format(
        segment=offer.segment_name, campaign=offer.campaign_name) for offer in offers]


def note_html(offers: Sequence[SegmentOffer]) -> str:
    if not offers:
        return ""
    accent = colours().success
    return "".join(f"<p style='margin-bottom:6px; color:{accent}'>★ {escape(line)}</p>" for line in note_lines(offers))
