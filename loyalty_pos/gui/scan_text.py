"""What a scan was, or why it was refused, in the till's language.

``classify_scan`` explains itself in English (``ScanResult.message``); a screen says the
same by the refusal's stable code and the values it names, so a translation can reorder them.
A code this table does not know (a newer scanner module) shows the English message.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from loyalty_pos.cards.scan import ScanResult
from loyalty_pos.services.members.cards import ScanOutcome

_C = "ScanText"
# Keyed by code, or "code:cause" where one code has two explanations.
_REFUSALS = {
    "empty": QT_TRANSLATE_NOOP("ScanText", "Nothing was scanned."),
    "too_long": QT_TRANSLATE_NOOP("ScanText", "The scan is too long to be a card, product or receipt code."),
    "control_characters": QT_TRANSLATE_NOOP(
        "ScanText", "The scan contains control characters; check the scanner's settings and scan again."),
    "unrecognised": QT_TRANSLATE_NOOP("ScanText", "This is not a member card, product or receipt code."),
    "unrecognised:keyboard_layout": QT_TRANSLATE_NOOP(
        "ScanText", "The scanner seems to use a different keyboard layout than this computer; "
                    "set the scanner's keyboard language to match."),
    "bad_tag": QT_TRANSLATE_NOOP(
        "ScanText", "This card's QR code is damaged or incomplete; scan the barcode or type the card number."),
    "unknown_version": QT_TRANSLATE_NOOP(
        "ScanText", "This QR code uses an unknown card format ({format}); scan the barcode or type the card number."),
    "card_not_numeric": QT_TRANSLATE_NOOP("ScanText", "A card number has digits only."),
    "card_not_numeric:qr": QT_TRANSLATE_NOOP(
        "ScanText", "The card number in this QR code contains characters other than digits."),
    "forged": QT_TRANSLATE_NOOP(
        "ScanText", "This card's QR code was not issued by this shop (its signature does not match)."),
    "card_bad_length": QT_TRANSLATE_NOOP("ScanText", "A card number has {length} digits; this one has {count}."),
    "card_bad_check_digit": QT_TRANSLATE_NOOP(
        "ScanText", "The card number's check digit is wrong; scan it again or retype it."),
}
# Why the store refused a well-formed scan (services.members.cards.resolve_scan), by code.
_OUTCOMES = {
    "card_unknown": QT_TRANSLATE_NOOP("ScanText", "No member has this card."),
    "receipt_unknown": QT_TRANSLATE_NOOP("ScanText", "No sale has this receipt number."),
    "product_unknown": QT_TRANSLATE_NOOP("ScanText", "No product has the code {value}."),
    "card_blocked": QT_TRANSLATE_NOOP("ScanText", "Card refused: this card is blocked."),
    "card_replaced": QT_TRANSLATE_NOOP("ScanText", "Card refused: this card was replaced by a newer card."),
    "member_blocked": QT_TRANSLATE_NOOP("ScanText", "Card refused: this member is blocked."),
    "member_erased": QT_TRANSLATE_NOOP("ScanText", "Card refused: this member's data was erased."),
    "member_merged": QT_TRANSLATE_NOOP("ScanText", "Card refused: this member was merged into another member."),
}
# What an accepted scan was, to name it in "That was not a member card (…)".
_KINDS = {
    "receipt": QT_TRANSLATE_NOOP("ScanText", "receipt {value}"),
    "product": QT_TRANSLATE_NOOP("ScanText", "product code {value}"),
    "member_card": QT_TRANSLATE_NOOP("ScanText", "member card {value}"),
    "gift_card": QT_TRANSLATE_NOOP("ScanText", "gift card {value}"),
}


def refusal_text(result: ScanResult) -> str:
    cause = result.params.get("cause")
    template = _REFUSALS.get(f"{result.code}:{cause}" if cause else result.code or "")
    if template is None:
        return result.message
    try:
        return QCoreApplication.translate(_C, template).format(**result.params)
    except (KeyError, IndexError, ValueError):
        return result.message


def scanned_what(result: ScanResult) -> str:
    template = _KINDS.get(result.kind)
    if template is None:
        return result.message.rstrip(".")
    return QCoreApplication.translate(_C, template).format(value=result.value)


def outcome_text(outcome: ScanOutcome, fallback: str) -> str:
    """Why a scan was not used: the scanner's refusal, the store's, or ``fallback``."""
    if outcome.scan.kind == "refused":
        return refusal_text(outcome.scan)
    template = _OUTCOMES.get(outcome.refused_code or "")
    if template is not None:
        return QCoreApplication.translate(_C, template).format(value=outcome.scan.value)
    return outcome.refused_message or fallback
