"""The customer-facing window: first name, points this sale, progress to a reward.

It speaks the member's language while a member who chose one is on the sale (texts and
reward names), and the till's again between sales.

It faces the queue, so it shows as little as it can: the member's FIRST name only
(cut from whatever it is given, so a full name can never leak), never a phone,
email or card number, and it is cleared between sales so the next customer never
sees the previous one. The API takes only the few values it displays; it has no
way to be handed a member record.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.customer_display.screens import ScreenLike
from loyalty_pos.gui.language import translate_for
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.shop.shop import shop_name as read_shop_name

_MAX_FIRST_NAME = 24  # a display line, not a record: long names are cut
_DESIGN_HEIGHT = 768

ScreenT = TypeVar("ScreenT")


def first_name_only(name: str | None) -> str | None:
    """``"Ada Lovelace"`` -> ``"Ada"``; blank -> None."""
    if not name or not name.strip():
        return None
    return name.split()[0][:_MAX_FIRST_NAME]


def customer_screen(screens: Sequence[ScreenT], till_screen: ScreenT | None) -> ScreenT | None:
    """The screen facing the customer: the first one that is not the till's; None with one screen."""
    return next((screen for screen in screens if screen != till_screen), None) if len(screens) > 1 else None


class CustomerDisplay(QWidget):
    """A top-level window; ``show_on_customer_screen()`` puts it full screen on the second display."""

    def __init__(
        self, ctx: TillContext, actor: Actor, parent: QWidget | None = None, *, shop_name: str | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.actor = actor
        # The member's language while one is on the sale; None: the till's (installed) one.
        self.language: str | None = None
        self.setObjectName("customerDisplay")
        self.setWindowTitle(self.tr("Customer display"))
        # The customer never types here; the till keeps the keyboard.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # Painted by the theme's #customerDisplay rules (theme.py), so high contrast and a
        # dark desktop palette recolour it with the till.
        # (label, size in % of the till's base font, bold): grown with the screen in resizeEvent.
        self._type_scale: list[tuple[QLabel, int, bool]] = []
        self.shop = self._label(160, bold=True, soft=True)
        self.greeting = self._label(300, bold=True)
        self.greeting.setWordWrap(True)
        self.points_caption = self._label(150, soft=True)
        self.points = self._label(400, bold=True, highlight=True)
        self.balance = self._label(200)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.progress_text = self._label(170)
        self.progress_text.setWordWrap(True)
        self.prize = self._label(220, bold=True, highlight=True)  # an instant win: the customer's moment
        self.prize.setObjectName("customerPrize")
        self.prize.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 40)
        layout.setSpacing(14)
        layout.addWidget(self.shop)
        layout.addStretch(1)
        layout.addWidget(self.greeting)
        layout.addSpacing(12)
        layout.addWidget(self.points_caption)
        layout.addWidget(self.points)
        layout.addWidget(self.balance)
        layout.addSpacing(12)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.prize)
        layout.addStretch(2)
        self.resize(1024, 600)

        self.set_shop_name(shop_name or "")
        if shop_name is None:
            self._load_shop_name()
        self.clear()

    def _label(self, size_pct: int, *, bold: bool = False, soft: bool = False, highlight: bool = False) -> QLabel:
        label = QLabel(self)
        label.setFont(scaled_font(self.font(), size_pct, bold=bold))
        self._type_scale.append((label, size_pct, bold))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if soft:
            label.setProperty("soft", True)
        if highlight:
            label.setProperty("highlight", True)
        return label

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        # Read from a metre or two away: type grows with the screen (designed at 768 px high).
        super().resizeEvent(event)
        grow_pct = max(100, self.height() * 100 // _DESIGN_HEIGHT)
        for label, size_pct, bold in self._type_scale:
            label.setFont(scaled_font(self.font(), size_pct * grow_pct // 100, bold=bold))

    def _load_shop_name(self) -> None:
        make_uow = self.ctx.make_uow

        def load() -> str:
            uow = make_uow(readonly=True)
            with uow:
                return read_shop_name(uow)

        self.ctx.ops.run(self, load, on_done=self.set_shop_name, on_error=self._shop_name_failed)

    def _shop_name_failed(self, _error: LoyaltyError) -> None:
        # The display still works without the shop's name; the till reports store errors.
        self.shop.clear()

    def set_shop_name(self, name: str) -> None:
        self.shop.setText(name)

    # -- what the customer sees ----------------------------------------------------

    def tr(self, text: str) -> str:  # type: ignore[override]  # noqa: D102
        # Every text below goes through here (lupdate still finds them as self.tr). A Qt
        # translator is installed for the whole application, so the member's language is
        # asked of its own translator rather than installed for one window.
        if self.language is None:
            return QCoreApplication.translate("CustomerDisplay", text)
        return translate_for(self.language, "CustomerDisplay", text)

    def clear(self) -> None:
        """Between sales: a welcome, and nothing left of the previous customer, in the till's language."""
        self.language = None
        self.greeting.setText(self.tr("Welcome!"))
        self.points_caption.setText(self.tr("Scan your loyalty card to earn points on today's shopping."))
        self.points_caption.setWordWrap(True)
        self.points.clear()
        self.balance.clear()
        self.progress.reset()
        self.progress.setVisible(False)
        self.progress_text.clear()
        self.points.setVisible(False)
        self.balance.setVisible(False)
        self.progress_text.setVisible(False)
        self.show_prizes(())

    def show_prizes(self, names: Sequence[str]) -> None:
        """What this sale won (an instant win), in big type; nothing: hidden."""
        self.prize.setText(self.tr("You won: {prize}!").format(prize=", ".join(names)) if names else "")
        self.prize.setVisible(bool(names))

    def show_sale(
        self,
        member_first_name: str | None,
        points_this_sale: int,
        balance: int,
        next_reward_name: str | None,
        points_needed: int,
        percent: int,
        *,
        language: str | None = None,
    ) -> None:
        """``language``: the member's (a stored tag) when they chose one; None speaks the till's.
        ``next_reward_name`` comes already in it."""
        self.language = language if member_first_name else None
        first = first_name_only(member_first_name)
        locale = QLocale()
        self.points.setVisible(True)
        self.points.setText(self.tr("+{points}").format(points=locale.toString(max(points_this_sale, 0))))
        if first is None:
            # No member on this sale: the points are an invitation, not someone's account.
            self.greeting.setText(self.tr("Not a member yet?"))
            self.points_caption.setText(self.tr("Join today and this sale earns you"))
            self.balance.setVisible(False)
            self.progress.setVisible(False)
            self.progress_text.setVisible(False)
            return
        self.greeting.setText(self.tr("Hello, {name}!").format(name=first))
        self.points_caption.setText(self.tr("Points this sale"))
        self.balance.setVisible(True)
        self.balance.setText(self.tr("Your balance: {points} points").format(points=locale.toString(balance)))
        if next_reward_name is None:
            self.progress.setVisible(False)
            self.progress_text.setVisible(False)
            return
        self.progress.setVisible(True)
        self.progress_text.setVisible(True)
        self.progress.setValue(min(100, max(0, percent)))
        if points_needed <= 0:
            self.progress_text.setText(self.tr("You can have a {reward} now!").format(reward=next_reward_name))
        else:
            self.progress_text.setText(
                self.tr("{points} points to {reward}").format(
                    points=locale.toString(points_needed), reward=next_reward_name
                )
            )

    def visible_text(self) -> list[str]:
        """Every piece of text on the screen right now (what a customer could read)."""
        texts = [self.windowTitle()]
        texts.extend(label.text() for label in self.findChildren(QLabel) if label.isVisibleTo(self) and label.text())
        return texts

    # -- where it shows -------------------------------------------------------------

    def set_frameless(self, frameless: bool) -> None:
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, frameless)

    def show_on_customer_screen(self, till_window: QWidget | None = None) -> None:
        """Full screen, frameless, on the second screen if there is one; else a normal window."""
        till_screen = till_window.screen() if till_window is not None else QGuiApplication.primaryScreen()
        self.show_on(customer_screen(QGuiApplication.screens(), till_screen))

    def show_on(self, screen: ScreenLike | None) -> None:
        """Full screen and frameless on ``screen``; None: a normal window (one screen only)."""
        if screen is None:
            if self.isFullScreen():
                self.showNormal()
            self.set_frameless(False)
            self.show()
            return
        self.set_frameless(True)
        if isinstance(screen, QScreen):  # a screen described by a provider but not Qt's is placed by its geometry
            self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
