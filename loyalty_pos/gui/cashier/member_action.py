"""The till's Ctrl+E: read the member's actions, let the cashier pick one, book its points."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from loyalty_pos.gui.widgets.locale_text import points_text
from loyalty_pos.gui.widgets.message_bar import Level
from loyalty_pos.services.members.member_actions import ActionChoices, ActionRecorded, action_choices, record_action
from loyalty_pos.services.sale.checkout import SaleResult

if TYPE_CHECKING:
    from loyalty_pos.gui.cashier.sale_actions import SaleActions


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def member_action(actions: SaleActions) -> None:
    screen = actions.screen
    if screen.training:
        screen.messages.show_message(_tr("Points for an action would be saved: not in training mode "
                                         "(Ctrl+Shift+T leaves it)."), Level.WARNING)
        return
    member = screen.state.member
    if member is None:  # after a sale or a slip the member is still there, as for Ctrl+D
        screen.messages.show_message(_tr("Identify the member first: scan the card or press F2."), Level.WARNING)
        return
    ctx = screen.ctx
    ctx.ops.run(screen, lambda: action_choices(ctx.make_uow(readonly=True), member.member_id, clock=ctx.clock),
                on_done=lambda choices: _open(actions, choices), on_error=screen.messages.show_error)


def _open(actions: SaleActions, choices: ActionChoices) -> None:
    from loyalty_pos.gui.cashier.member_action_dialog import MemberActionDialog

    screen = actions.screen
    if screen.state.member is None or screen.state.member.member_id != choices.member_id:
        return  # the member changed while the list was read
    dialog = MemberActionDialog(choices, screen)
    dialog.chosen.connect(lambda campaign_id: _record(actions, choices.member_id, campaign_id))
    actions._open(dialog)


def _record(actions: SaleActions, member_id: str, campaign_id: str) -> None:
    screen, ctx, actor = actions.screen, actions.screen.ctx, actions.actor
    ctx.ops.change(screen, ctx.make_uow,
                   lambda make_uow: record_action(make_uow(), member_id, campaign_id, actor=actor, clock=ctx.clock),
                   on_done=lambda done: _recorded(actions, done), on_error=screen.messages.show_error)


def _recorded(actions: SaleActions, done: ActionRecorded) -> None:
    screen = actions.screen
    said = _tr("{action}: +{points} points. New balance {balance}.").format(
        action=done.campaign_name, points=points_text(done.points), balance=points_text(done.balance))
    on_till = screen.state.member is not None and screen.state.member.member_id == done.member_id
    during_sale = bool(screen.state.lines or screen.state.redemptions) and not screen.completed
    if done.receipt is not None and not during_sale:
        screen.show_receipt(SaleResult(done.receipt, replayed=False))  # the slip, as a donation's
    if on_till:
        screen.set_state(screen.state)  # the one read of the member: the panel shows the new balance
    if done.receipt is not None and during_sale:
        _print_slip(actions, done, said)  # the sale on screen stays; the slip goes straight to the printer
    else:
        screen.messages.show_message(said, Level.SUCCESS)


def _print_slip(actions: SaleActions, done: ActionRecorded, said: str) -> None:
    from loyalty_pos.gui.cashier.receipt_printing import print_receipt_now

    screen, ctx, receipt = actions.screen, actions.screen.ctx, done.receipt
    assert receipt is not None
    screen.messages.show_message(said, Level.SUCCESS)
    ctx.ops.run(screen, lambda: print_receipt_now(ctx, receipt),
                on_done=lambda where: screen.messages.show_message(
                    _tr("{said} Slip {number} printed to {where}.").format(said=said, number=receipt.receipt_no,
                                                                          where=where), Level.SUCCESS),
                on_error=screen.messages.show_error)
