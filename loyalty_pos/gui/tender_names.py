"""How a tender reads on the till's screens, in the till's language.

Sales store the tender as its code (``Tender``, "cash"); a tender a newer till wrote
and this one does not know shows as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from loyalty_pos.domain.tender import Tender

_C = "TenderNames"
# Inside a sentence ("paid 12.00 by cash").
_NAMES = {
    Tender.CASH: QT_TRANSLATE_NOOP("TenderNames", "cash"),
    Tender.CARD: QT_TRANSLATE_NOOP("TenderNames", "card"),
    Tender.MOBILE: QT_TRANSLATE_NOOP("TenderNames", "mobile payment"),
    Tender.VOUCHER: QT_TRANSLATE_NOOP("TenderNames", "voucher"),
    Tender.OTHER: QT_TRANSLATE_NOOP("TenderNames", "other tender"),
}
# On its own: a column header, a receipt's headline.
_HEADINGS = {
    Tender.CASH: QT_TRANSLATE_NOOP("TenderNames", "Cash"),
    Tender.CARD: QT_TRANSLATE_NOOP("TenderNames", "Card"),
    Tender.MOBILE: QT_TRANSLATE_NOOP("TenderNames", "Mobile payment"),
    Tender.VOUCHER: QT_TRANSLATE_NOOP("TenderNames", "Voucher"),
    Tender.OTHER: QT_TRANSLATE_NOOP("TenderNames", "Other"),
}


def _known(tender: str) -> Tender | None:
    try:
        return Tender(tender)
    except ValueError:
        return None


def tender_name(tender: str) -> str:
    known = _known(tender)
    return tender if known is None else QCoreApplication.translate(_C, _NAMES[known])


def tender_heading(tender: str) -> str:
    known = _known(tender)
    return tender.capitalize() if known is None else QCoreApplication.translate(_C, _HEADINGS[known])
