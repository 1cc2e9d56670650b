"""Where CR80 cards and their crop marks go on a sheet, in printer dots.

Pure geometry (no Qt), so it can be checked by hand: A4 portrait holds 2 x 5
cards, Letter portrait 2 x 4. Everything is in whole dots at ``DPI`` so card
edges, crop marks and barcode modules land on the printer's grid.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from loyalty_pos.domain.errors import ValidationError

Paper = Literal["A4", "Letter"]

DPI = 600
CARD_WIDTH_MM = 85.60  # ISO/IEC 7810 ID-1 (CR80)
CARD_HEIGHT_MM = 53.98
PAPER_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}

# Office printers cannot print the outer ~4.2 mm; crop marks (MARK_OFFSET +
# MARK_LENGTH) must fit inside what they can print.
MIN_OUTER_MARGIN_MM = 8.5
MIN_GUTTER_MM = 2.0  # room for a crop mark between neighbouring cards
PREFERRED_GUTTER_MM = 5.0
MARK_OFFSET_MM = 1.0  # gap between a card corner and its mark, so a slightly off cut leaves no line on the card
GUTTER_MARK_OFFSET_MM = 0.5
MARK_LENGTH_MM = 3.0
MARK_WIDTH_MM = 0.15


def mm(value: float) -> int:
    """Millimetres to whole dots at ``DPI``."""
    return round(value * DPI / 25.4)


@dataclass(frozen=True, slots=True)
class Box:
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height


@dataclass(frozen=True, slots=True)
class Segment:
    x1: int
    y1: int
    x2: int
    y2: int


@dataclass(frozen=True, slots=True)
class SheetLayout:
    paper: Paper
    page_width: int
    page_height: int
    columns: int
    rows: int
    cards: tuple[Box, ...]  # row by row, left to right
    crop_marks: tuple[Segment, ...]
    footer: Box  # under the first column: "print at 100 %" and the page number

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def page_count(self, card_count: int) -> int:
        return max(1, math.ceil(card_count / self.per_page))


def sheet_layout(paper: Paper) -> SheetLayout:
    if paper not in PAPER_MM:
        raise ValidationError(code="bad_paper", template="Paper must be A4 or Letter, not {paper!r}", paper=paper)
    paper_w, paper_h = PAPER_MM[paper]
    columns, gutter_x, left = _axis(paper_w, CARD_WIDTH_MM)
    rows, gutter_y, top = _axis(paper_h, CARD_HEIGHT_MM)
    card_w, card_h = mm(CARD_WIDTH_MM), mm(CARD_HEIGHT_MM)
    cards = tuple(
        Box(mm(left) + c * (card_w + mm(gutter_x)), mm(top) + r * (card_h + mm(gutter_y)), card_w, card_h)
        for r in range(rows)
        for c in range(columns)
    )
    bottom = max(card.bottom for card in cards)
    first = cards[0]
    footer = Box(
        first.x + mm(MARK_OFFSET_MM + 1.0),
        bottom + mm(MARK_OFFSET_MM + 0.5),
        first.width - 2 * mm(MARK_OFFSET_MM + 1.0),
        mm(3.0),
    )
    return SheetLayout(
        paper=paper,
        page_width=mm(paper_w),
        page_height=mm(paper_h),
        columns=columns,
        rows=rows,
        cards=cards,
        crop_marks=_crop_marks(cards, mm(gutter_x), mm(gutter_y)),
        footer=footer,
    )


def _axis(paper: float, card: float) -> tuple[int, float, float]:
    """(count, gutter, first offset) in mm for one direction, centred on the paper."""
    usable = paper - 2 * MIN_OUTER_MARGIN_MM
    count = int((usable + MIN_GUTTER_MM) // (card + MIN_GUTTER_MM))
    gutter = 0.0 if count == 1 else min(PREFERRED_GUTTER_MM, (usable - count * card) / (count - 1))
    total = count * card + (count - 1) * gutter
    return count, gutter, (paper - total) / 2


def _crop_marks(cards: tuple[Box, ...], gutter_x: int, gutter_y: int) -> tuple[Segment, ...]:
    """Two marks per card corner, on the extensions of the card's edges, outside every card.

    Towards a neighbouring card the mark stays inside the gutter; two neighbours'
    marks on the same cut line coincide and are kept once.
    """
    lefts = {card.x for card in cards}
    rights = {card.right for card in cards}
    tops = {card.y for card in cards}
    bottoms = {card.bottom for card in cards}
    marks: set[Segment] = set()
    for card in cards:
        for cx, cy in ((card.x, card.y), (card.right, card.y), (card.x, card.bottom), (card.right, card.bottom)):
            up = cy == card.y
            left = cx == card.x
            # vertical mark, away from the card above/below the corner
            towards_neighbour = (cy - gutter_y in bottoms) if up else (cy + gutter_y in tops)
            start, end = _extent(towards_neighbour, gutter_y)
            sign = -1 if up else 1
            marks.add(_ordered(cx, cy + sign * start, cx, cy + sign * end))
            # horizontal mark, away from the card left/right of the corner
            towards_neighbour = (cx - gutter_x in rights) if left else (cx + gutter_x in lefts)
            start, end = _extent(towards_neighbour, gutter_x)
            sign = -1 if left else 1
            marks.add(_ordered(cx + sign * start, cy, cx + sign * end, cy))
    return tuple(sorted(marks, key=lambda s: (s.y1, s.x1, s.y2, s.x2)))


def _extent(towards_neighbour: bool, gutter: int) -> tuple[int, int]:
    if towards_neighbour:
        return mm(GUTTER_MARK_OFFSET_MM), gutter - mm(GUTTER_MARK_OFFSET_MM)
    return mm(MARK_OFFSET_MM), mm(MARK_OFFSET_MM + MARK_LENGTH_MM)


def _ordered(x1: int, y1: int, x2: int, y2: int) -> Segment:
    return Segment(min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
