"""WCAG 2 contrast between two colours, so a theme can be checked (and a desktop palette
mended) by the rule a reader's eyes follow rather than by eye."""

from __future__ import annotations

TEXT_CONTRAST = 4.5  # WCAG 2 AA for body text
MARK_CONTRAST = 3.0  # WCAG 2 AA for non-text marks (a chart's bars, a control's outline)


def _channel(value: int) -> float:
    # sRGB is gamma-encoded: the eye's brightness is the linear value, not the byte.
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """``"#rrggbb"`` -> 0.0 (black) .. 1.0 (white)."""
    digits = hex_colour.lstrip("#")
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {hex_colour!r}")
    red, green, blue = (_channel(int(digits[i:i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """1.0 (the same) .. 21.0 (black on white), whichever of the two is lighter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
