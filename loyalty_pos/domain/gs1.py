"""The GS1 mod-10 check digit, shared by product barcodes (EAN-8, UPC-A, EAN-13, GTIN-14)
and the shop's own gift-card numbers."""

from __future__ import annotations


def gs1_check_digit(body: str) -> int:
    """The digit that completes ``body``'s digits: weights 3,1,3,... from the right."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10
