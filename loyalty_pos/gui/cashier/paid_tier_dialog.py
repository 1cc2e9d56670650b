"""Ctrl+M: sell the member on the sale a paid membership ("Gold membership NOK 499.00 a year").

The money is taken on the shop's own register, as in amount-only mode: the dialog says
so before the cashier confirms, and the slip says it again. Only between sales (an empty
basket), so the membership never hides inside a sale's total.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.paid_membership import PaidTier
from loyalty_pos.gui.widgets.dialog_parts import WorkingDialog, inline_error_label, key_button, set_inline_error
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.message_bar import Level, error_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.members.paid_tier import PaidTierSale, paid_tier_offer, sell_paid_tier
from loyalty_pos.services.sale.checkout import SaleResult

if TYPE_CHECKING:
    from loyalty_pos.gui.cashier.sale_screen import SaleScreen


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class PaidTierDialog(WorkingDialog):
    sold = Signal(object)  # PaidTierSale

    def __init__(self, screen: SaleScreen, member_id: str, member_name: str, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paidTierDialog")
        self.setWindowTitle(self.tr("Paid membership"))
        self.setModal(True)
        self.ctx, self.actor, self.member_id, self.currency = screen.ctx, screen.actor, member_id, currency
        title = QLabel(self.tr("Paid membership for {name}").format(name=member_name), self)
        title.setFont(scaled_font(self.font(), 130, bold=True))
        title.setWordWrap(True)
        self.offers = QListWidget(self)
        self.offers.setObjectName("paidTierList")
        self.offers.setAccessibleName(self.tr("Paid memberships on sale"))
        # A row names the membership, its fee and its months: in a long name or at 150 % text
        # it wraps rather than hiding the months past the list's edge.
        self.offers.setWordWrap(True)
        self.offers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        label = QLabel(self.tr("&Membership"), self, buddy=self.offers)
        self.register_note = QLabel(self.tr("Take the fee on the shop's register first: this till records the "
                                            "membership and prints its slip, it takes no money."), self)
        self.register_note.setWordWrap(True)
        self.register_note.setObjectName("registerNote")
        self.error = inline_error_label(self)
        cancel = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        self.ok = key_button(self.tr("Enter"), self.tr("Sell"), self, role="primary")
        self.ok.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(label)
        layout.addWidget(self.offers)
        layout.addWidget(self.register_note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.offers.setFocus(Qt.FocusReason.OtherFocusReason)
        ctx = self.ctx
        ctx.ops.run(self, lambda: paid_tier_offer(ctx.make_uow(readonly=True)), on_done=self._show_offers,
                    on_error=self._failed)

    def _show_offers(self, offers: tuple[PaidTier, ...]) -> None:
        self.offers.clear()
        for paid in offers:
            fee = money_text(Money(paid.fee_minor, self.currency))
            text = self.tr("{name} · {fee} for {months} months").format(name=paid.name, fee=fee, months=paid.months)
            item = QListWidgetItem(text, self.offers)
            item.setData(Qt.ItemDataRole.UserRole, paid.id)
        if offers:
            self.offers.setCurrentRow(0)
        else:
            set_inline_error(self.error, self.tr("No paid membership is on sale. A manager adds one in the back "
                                                 "office (Rules, Paid memberships)."))

    def submit(self) -> None:
        item = self.offers.currentItem()
        if item is None or self._busy:
            return
        paid_tier_id = str(item.data(Qt.ItemDataRole.UserRole))
        self._busy = True
        ctx, actor, member_id = self.ctx, self.actor, self.member_id
        assert actor is not None
        ctx.ops.run(self, lambda: sell_paid_tier(ctx.make_uow(), member_id, paid_tier_id, actor=actor, clock=ctx.clock),
                    on_done=self._done, on_error=self._failed)

    def _done(self, sale: PaidTierSale) -> None:
        self._busy = False
        self.sold.emit(sale)
        self.accept()

    def _failed(self, error: LoyaltyError) -> None:
        self._busy = False
        set_inline_error(self.error, error_text(error))


def sell_paid_tier_key(screen: SaleScreen) -> None:
    """Ctrl+M on the sale screen: only between sales, with a member identified."""
    draft = screen.state
    if screen.training:
        # Training saves nothing; a membership sold here would be real.
        screen.messages.show_message(_tr("Training mode sells no paid membership."), Level.WARNING)
        return
    if screen.actor is None or draft.member is None or draft.lines or draft.redemptions or screen.completed:
        screen.messages.show_message(_tr("A paid membership is sold between sales: identify the member with an "
                                         "empty basket, then press Ctrl+M."), Level.WARNING)
        return
    if screen.currency is None:
        return
    dialog = PaidTierDialog(screen, draft.member.member_id, draft.member.name, screen.currency, screen)

    def sold(sale: PaidTierSale) -> None:
        screen.show_receipt(SaleResult(sale.receipt, replayed=False))
        screen._refresh()  # noqa: SLF001 - the sale's one read: the panel shows the new tier and "until"
        screen.messages.show_message(_tr("{name} until {day}: take {fee} on the shop's register.").format(
            name=sale.receipt.paid_tier or "", day=sale.until.isoformat(),
            fee=money_text(Money(sale.receipt.total, sale.receipt.currency))), Level.SUCCESS)

    dialog.sold.connect(sold)
    screen.actions._open(dialog)


def install_paid_tier_key(screen: SaleScreen) -> QShortcut:
    shortcut = QShortcut(QKeySequence("Ctrl+M"), screen)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: sell_paid_tier_key(screen))
    return shortcut
