"""Which language a receipt prints in (its member's, when they chose one, else the till's),
and the receipt as printed in it (the manager's header and footer for that language, the
names of its rewards and campaigns in it, else in the shop's language)."""

from __future__ import annotations

from loyalty_pos.domain.members import MemberStatus
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.receipt_names import receipt_names_in
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.profile import LANGUAGE
from loyalty_pos.services.shop.text_variants import in_language
from loyalty_pos.services.shop.till_preferences import spoken_language


def receipt_language(uow: UnitOfWork, receipt: Receipt) -> str:
    """Read at print time, so a reprint speaks the member's language of today (the stored
    document holds values, not sentences). A sale whose member is gone prints in the till's."""
    if receipt.slip_language:
        return receipt.slip_language
    with uow:
        sale = uow.sales.get(receipt.sale_id)
        member = uow.members.get(sale.member_id) if sale is not None and sale.member_id else None
        if member is not None and member.status is not MemberStatus.ERASED and member.preferred_language:
            return member.preferred_language
        return spoken_language(uow)


def receipt_to_print(uow: UnitOfWork, receipt: Receipt) -> tuple[Receipt, str]:
    """The receipt with the texts of the language it prints in, and that language."""
    language = receipt_language(uow, receipt)
    with uow:
        program = uow.program.published()
        if program is not None:
            receipt = receipt_names_in(receipt, program, language, uow.settings.get(LANGUAGE))
        return in_language(uow, receipt, language), language
