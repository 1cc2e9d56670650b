"""The member panel's line for what a visit gives by itself, for every kind the till awards."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from loyalty_pos.domain.member_actions import VisitAward
from loyalty_pos.gui.cashier.visit_awards_label import show_visit_awards, visit_awards_label
from tests.gui.keyboard import save_png


def test_each_award_reads_as_the_cashier_says_it_and_none_hides_the_line(qtbot, request) -> None:  # noqa: ANN001
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(340, 140)
    label = visit_awards_label(holder)
    label.resize(330, 130)
    awards = [VisitAward(kind, "c", name, "m", points, f"id-{kind}") for kind, name, points in (
        ("win_back", "We missed you", 40), ("birthday", "Birthday treat", 50), ("referral", "Bring a friend", 100),
        ("referrer", "Bring a friend", 100))]
    show_visit_awards(label, awards)
    holder.show()
    assert label.isVisible() and label.text().splitlines() == [
        "Welcome back! +40 points with this sale (We missed you)",
        "Happy birthday! +50 points with this sale (Birthday treat)",
        "First purchase after a friend's referral: +100 points (Bring a friend)",
        "The friend who referred them gets 100 points too"]
    save_png(holder, request.node.name)
    show_visit_awards(label, ())
    assert not label.isVisible() and label.text() == ""
