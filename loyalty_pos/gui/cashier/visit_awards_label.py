"""The member panel's line for what this visit gives by itself: "Welcome back", a birthday,
a referral. The cashier reads it out before payment; the receipt prints the same."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from loyalty_pos.domain.member_actions import VisitAward
from loyalty_pos.gui.widgets.locale_text import points_text
from loyalty_pos.gui.widgets.theme import set_tone
from loyalty_pos.services.sale.welcome_offers import WelcomeOffer

def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


def visit_awards_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("memberVisitAwards")
    label.setWordWrap(True)
    set_tone(label, "success")
    label.setVisible(False)
    return label


def award_text(award: VisitAward) -> str:
    points = points_text(award.points)
    match award.kind:
        case "birthday":
            text = _tr("Happy birthday! +{points} points with this sale ({campaign})")
        case "win_back":
            text = _tr("Welcome back! +{points} points with this sale ({campaign})")
        case "referral":
            text = _tr("First purchase after a friend's referral: +{points} points ({campaign})")
        case _:
            text = _tr("The friend who referred them gets {points} points too")
    return text.format(points=points, campaign=award.campaign_name)


def offer_text(offer: WelcomeOffer) -> str:
    return _tr("Welcome back! {reward} with this sale, no points needed ({campaign})").format(
        reward=offer.reward_name, campaign=offer.campaign_name)


def show_visit_awards(label: QLabel, awards: Sequence[VisitAward], offers: Sequence[WelcomeOffer] = ()) -> None:
    lines = [award_text(award) for award in awards] + [offer_text(offer) for offer in offers]
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))
