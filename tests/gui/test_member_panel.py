"""The member panel as a cashier watches it fill: the name and balance first, the rest
when the detail call lands, without anything moving in between."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from loyalty_pos.services.sale import till as till_service
from tests.gui.conftest import Till
from tests.gui.keyboard import save_png, scan


def _where(panel) -> dict[str, QRect]:  # noqa: ANN001 - a MemberPanelWidget
    """Every part's place in the window: a part moving is what the cashier sees jump."""
    parts = ("name", "tier", "balance_caption", "balance", "expiring", "reward_caption", "reward_bar",
             "tier_caption", "tier_bar", "rewards_caption", "rewards_scroll")
    top = panel.window()
    return {"panel": QRect(panel.mapTo(top, panel.rect().topLeft()), panel.size())} | {
        part: QRect(getattr(panel, part).mapTo(top, getattr(panel, part).rect().topLeft()), getattr(panel, part).size())
        for part in parts
    }


# Mei has every reward within reach; Anne's next one has a long name ("2 for 1 cinnamon buns").
@pytest.mark.parametrize("name", ["Mei Saputra", "Anne Fjelstad"])
def test_nothing_in_the_panel_moves_when_the_members_details_land(till: Till, monkeypatch: pytest.MonkeyPatch,
                                                                    name: str, request) -> None:  # noqa: ANN001
    till.signed_in()
    panel = till.sale.member_area.panel
    before = _where(panel)["panel"]
    # The detail calls wait until the test has looked at the first paint (name and balance
    # only); without the wait it may land before anything is painted.
    release = threading.Event()

    def held(call):  # noqa: ANN001, ANN202
        def wait_then_call(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            release.wait(10)
            return call(*args, **kwargs)
        return wait_then_call

    # The sale's one read brings the member's details and the rewards for this basket.
    monkeypatch.setattr(till_service, "refresh_sale", held(till_service.refresh_sale))
    member = till.member_named(name)
    try:
        scan(till.qtbot, None, till.card_payload(member))  # not till.scan: that waits for every call
        till.qtbot.waitUntil(lambda: panel.name.text() == name and panel.isVisible())
        QApplication.processEvents()
        assert panel.options == ()  # still the first paint: no rewards yet
        first = _where(panel)
        save_png(till.window, f"{request.node.name}_first_paint")
    finally:
        release.set()
    till.settle()
    assert panel.options != ()  # the details landed
    assert panel.expiring.text() or panel.reward_caption.text()
    after = _where(panel)
    save_png(till.window, f"{request.node.name}_details")
    assert first["panel"] == before == after["panel"]
    moved = {part: (first[part], after[part]) for part in first if first[part] != after[part]}
    assert moved == {}
