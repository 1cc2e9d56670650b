"""Texts a manager types in the shop's language, with a variant per other language: the
receipt header and footer. Each is a JSON map (language tag → text) stored beside the
default text's own setting, so a shop that never translates changes nothing and a backup,
restore or sync carries the variants with the rest of the settings.
"""

from __future__ import annotations

import json
from dataclasses import replace

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.regions import LANGUAGES
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.profile import SHOP_ADDRESS
from loyalty_pos.services.shop.shop import RECEIPT_FOOTER, RECEIPT_HEADER, receipt_footer, receipt_header

RECEIPT_HEADER_VARIANTS = "receipt_header_variants"
RECEIPT_FOOTER_VARIANTS = "receipt_footer_variants"
VARIANTS_OF = {RECEIPT_HEADER_VARIANTS: RECEIPT_HEADER, RECEIPT_FOOTER_VARIANTS: RECEIPT_FOOTER}


def parse_variants(value: str | None) -> dict[str, str]:
    """The stored map; an empty or damaged one reads as no variants (the default text prints)."""
    if not value:
        return {}
    try:
        found = json.loads(value)
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    known = {language.tag for language in LANGUAGES}
    return {tag: text for tag, text in found.items() if tag in known and isinstance(text, str) and text.strip()}


def check_variants(value: str, clean: object) -> str:
    """A map typed in the Translations… dialog, each text cleaned as its default is
    (``clean(text) -> text``); stored in a stable order so an unchanged save audits nothing."""
    if not value.strip():
        return ""
    try:
        found = json.loads(value)
    except ValueError:
        raise ValidationError(code="bad_text_variants", template="The translations are not a JSON map") from None
    known = {language.tag for language in LANGUAGES}
    if not isinstance(found, dict) or not all(isinstance(text, str) for text in found.values()):
        raise ValidationError(code="bad_text_variants", template="The translations map languages to texts")
    unknown = sorted(set(found) - known)
    if unknown:
        raise ValidationError(code="bad_text_variants", template="{language!r} is not a language the till knows",
                              language=unknown[0])
    cleaned = {tag: clean(text) for tag, text in sorted(found.items())}  # type: ignore[operator]
    cleaned = {tag: text for tag, text in cleaned.items() if text}
    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True) if cleaned else ""


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def in_language(uow: UnitOfWork, receipt: Receipt, language: str) -> Receipt:
    """``receipt`` with the header and footer of ``language`` when the manager wrote them,
    inside the caller's unit of work. Only while the receipt still carries the shop's current
    default texts: an old receipt whose header has changed since prints as it was."""
    header = parse_variants(uow.settings.get(RECEIPT_HEADER_VARIANTS)).get(language)
    footer = parse_variants(uow.settings.get(RECEIPT_FOOTER_VARIANTS)).get(language)
    if header is not None and receipt.header == receipt_header(uow):
        address = _lines(uow.settings.get(SHOP_ADDRESS) or "")
        receipt = replace(receipt, header=address + _lines(header))
    if footer is not None and receipt.footer == receipt_footer(uow):
        receipt = replace(receipt, footer=_lines(footer))
    return receipt
