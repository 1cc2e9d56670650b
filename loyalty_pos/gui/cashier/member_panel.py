"""The identified member: name, tier, balance (big), expiring points, progress, rewards.

Painted in two steps: the scan's summary (name and balance) at once, the rest
(expiry, progress, rewards with reasons) when the detail call lands — the
cashier can greet the member by name before the details arrive.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.money import Money
from loyalty_pos.domain.program import TierBasis
from loyalty_pos.domain.sale_draft import SaleMember
from loyalty_pos.gui.cashier.visit_awards_label import show_visit_awards, visit_awards_label
from loyalty_pos.gui.cashier.counting_lines import CountingLines
from loyalty_pos.gui.cashier.segment_note import note_html
from loyalty_pos.gui.language import spoken_language
from loyalty_pos.gui.models.rewards_model import (
    option_status,
    options_html,
    sorted_options,
)
from loyalty_pos.gui.widgets.elided_label import ElidedLabel
from loyalty_pos.gui.widgets.locale_text import money_text, points_text
from loyalty_pos.gui.widgets.theme import scaled_font, set_tone
from loyalty_pos.services.ports import MemberSummary
from loyalty_pos.services.sale.till import RewardOption, RewardsOffer, TillMember


def date_text(value: object, zone: tzinfo) -> str:
    """A day as the shop counts it: points expiring at midnight in Oslo are stored as
    23:00 UTC the day before, which is not the day to tell the member."""
    if isinstance(value, datetime):
        value = value.astimezone(zone)
    return value.strftime("%d %b %Y") if hasattr(value, "strftime") else ""  # type: ignore[union-attr]


class MemberPanelWidget(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone: tzinfo = UTC  # the shop's, once the till has read its settings
        self.setObjectName("memberPanel")
        self.setProperty("panel", True)
        self.member_id: str | None = None

        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setProperty("muted", True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setText(self.tr("No member on this sale.\nScan a card, or press F2 to find a member."))

        self.name = QLabel(self)
        self.name.setObjectName("memberName")
        self.name.setFont(scaled_font(self.font(), 130, bold=True))
        self.name.setWordWrap(True)
        self.tier = QLabel(self)
        self.tier.setObjectName("memberTier")
        self.tier.setProperty("badge", True)  # the theme's badge colours (theme.py)
        self.balance_caption = QLabel(self.tr("Points balance"), self)
        self.balance_caption.setProperty("muted", True)
        self.balance = QLabel(self)
        self.balance.setObjectName("memberBalance")
        self.balance.setFont(scaled_font(self.font(), 240, bold=True))
        self.expiring = ElidedLabel(self)
        self.expiring.setObjectName("memberExpiring")
        set_tone(self.expiring, "warning")

        self.reward_caption = ElidedLabel(self)
        self.reward_bar = QProgressBar(self)
        self.reward_bar.setObjectName("rewardProgress")
        self.tier_caption = ElidedLabel(self)
        self.tier_bar = QProgressBar(self)
        self.tier_bar.setObjectName("tierProgress")
        for bar in (self.reward_bar, self.tier_bar):
            bar.setTextVisible(True)
        self.awards = visit_awards_label(self)
        self.rewards_caption = QLabel(self.tr("Rewards now"), self)
        self.rewards_caption.setFont(scaled_font(self.font(), 100, bold=True))
        # A wrapped list, not a table: the reasons are sentences ("needs Filter coffee in
        # the basket") and must be read whole at 1024 px, not cut to "needs Filt…".
        self.rewards = QLabel(self)
        self.rewards.setObjectName("memberRewards")
        self.rewards.setTextFormat(Qt.TextFormat.RichText)
        self.rewards.setWordWrap(True)
        self.rewards.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rewards_scroll = QScrollArea(self)
        self.rewards_scroll.setWidgetResizable(True)
        self.rewards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rewards_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rewards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rewards_scroll.setWidget(self.rewards)
        # The panel's surface, not the window's: through the palette, so high contrast follows.
        self.rewards_scroll.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.options: tuple[RewardOption, ...] = ()
        self.counting = CountingLines(self)  # challenges, badges, a paid tier
        # The scan paints name and balance at once, the rest a moment later: everything
        # that arrives late holds its place from the start (kept when hidden; its captions
        # one line tall even empty), or the balance would drop down the panel and jump back
        # up; and none of it widens the panel, or the basket beside it would move.
        for widget in self._late_parts():
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)

        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.tier, 0, Qt.AlignmentFlag.AlignTop)
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(6)
        details.addLayout(top)
        details.addWidget(self.balance_caption)
        details.addWidget(self.balance)
        details.addWidget(self.expiring)
        details.addWidget(self.reward_caption)
        details.addWidget(self.reward_bar)
        details.addWidget(self.tier_caption)
        details.addWidget(self.tier_bar)
        details.addSpacing(6)
        details.addWidget(self.awards)
        details.addWidget(self.rewards_caption)
        details.addWidget(self.rewards_scroll, 1)

        # At a large text size the panel is taller than a 1024x768 till has room for: it
        # scrolls rather than squeezing the F-keys below it or cutting its own lines.
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.placeholder, 1)
        body_layout.addWidget(self.details, 1)
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setObjectName("memberPanelScroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.body_scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.body_scroll, 1)
        self.show_none()

    # -- painting ------------------------------------------------------------
    def show_none(self) -> None:
        self.member_id = None
        show_visit_awards(self.awards, ())
        self._set_options(())
        self.details.setVisible(False)
        self.placeholder.setVisible(True)

    def show_summary(self, member: MemberSummary | SaleMember) -> None:
        """First paint, straight from the scan: name and balance."""
        if member.member_id != self.member_id:
            self._set_options(())
            for widget in self._late_parts():
                widget.setVisible(False)
            self.counting.panel = None
        self.member_id = member.member_id
        self.name.setText(member.name)
        self.tier.setText(member.tier_code.title())
        self.balance.setText(f"{member.balance:,}")
        self.placeholder.setVisible(False)
        self.details.setVisible(True)

    def _late_parts(self) -> tuple[QWidget, ...]:
        """What the detail call fills in, after the scan's name and balance."""
        return (self.expiring, self.reward_caption, self.reward_bar, self.tier_caption, self.tier_bar,
                self.rewards_caption, self.rewards_scroll)

    def show_member(self, member: TillMember) -> None:
        panel = member.panel
        if panel.member.id != self.member_id:
            return  # a late answer about somebody else
        self.name.setText(panel.member.name)
        self.tier.setText(panel.tier_name)
        self.balance.setText(f"{panel.balance:,}")
        if panel.expiring_points and panel.expiring_at is not None:
            # One line at 1024 px even for 12,345 points (the panel keeps one line for it).
            self.expiring.setText(self.tr("{points} points expire {date}")
                                  .format(points=f"{panel.expiring_points:,}", date=date_text(panel.expiring_at, self.zone)))
            self.expiring.setVisible(True)
        else:
            self.expiring.setVisible(False)
        self._show_tier(member)
        show_visit_awards(self.awards, member.awards, member.welcome_offers)
        self.counting.panel = member.counting
        self.show_rewards(member.rewards)
        self.rewards.setText(note_html(member.segment_campaigns) + self.rewards.text())

    def show_rewards(self, offer: RewardsOffer) -> None:
        if offer.member_id != self.member_id:
            return
        self._set_options(offer.options)
        self.rewards_caption.setVisible(True)
        self.rewards_scroll.setVisible(True)
        target = offer.next_reward
        self.reward_caption.setVisible(True)
        self.reward_bar.setVisible(target is not None)
        if target is None:
            self.reward_caption.setText(self.tr("Enough points for every reward."))
            return
        self.reward_caption.setText(self.tr("Next reward: {name}").format(name=target.name_in(spoken_language())))
        self.reward_bar.setRange(0, target.points_cost)
        self.reward_bar.setValue(min(offer.balance, target.points_cost))
        self.reward_bar.setFormat(
            self.tr("{have} / {cost} pts — {needed} to go").format(
                have=f"{min(offer.balance, target.points_cost):,}", cost=f"{target.points_cost:,}",
                needed=f"{target.needed:,}")
        )

    def _set_options(self, options: tuple[RewardOption, ...]) -> None:
        self.options = sorted_options(options)
        self.rewards.setText(self.counting.html() + options_html(self.options))

    def reward_lines(self) -> list[str]:
        """One line per reward as the cashier reads it (name, then why not): for tests and
        for anyone asking what the panel says."""
        return [f"{o.name}: {'available' if o.available else option_status(o)}" for o in self.options]

    def _show_tier(self, member: TillMember) -> None:
        progress = member.panel.tier_progress
        self.tier_caption.setVisible(True)
        self.tier_bar.setVisible(True)
        self.tier_bar.setRange(0, 100)
        self.tier_bar.setValue(progress.percent)
        if progress.next is None:
            self.tier_caption.setText(self.tr("Top tier: {tier}").format(tier=progress.current.name))
            self.tier_bar.setFormat(self.tr("Highest tier reached"))
            return
        if member.tier_basis is TierBasis.SPEND:
            needed = money_text(Money(progress.needed, member.currency))
            to_go = self.tr("spend {amount} more").format(amount=needed)
        else:
            to_go = self.tr("{points} more points").format(points=points_text(progress.needed))
        self.tier_caption.setText(self.tr("Next tier: {tier}").format(tier=progress.next.name))
        # The bar's fill shows how far; its words say what is left, which is what a cashier
        # reads out. With the percentage before it, the Indonesian was cut at 1024 px.
        self.tier_bar.setFormat(to_go)
