"""Print member cards: choose them, render the PDF sheet, then record them as printed.

The one workflow behind ``loyalty-pos cards print`` and the back office's Print
cards section. Cards are marked printed only once the sheet is complete at its
destination, so a crash, a full disk, a refused card or a cancelled preview
leaves the print queue as it was; at worst a card is printed twice, never
silently skipped.

The job is handed what the till and the command line both have (a unit-of-work
factory, the card key, the clock, who prints); it never opens the shop itself,
so the till runs it on its worker thread.
"""

from __future__ import annotations

import math
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from loyalty_pos.cards.face import CardFace
from loyalty_pos.cards.key_ring import KeyRing
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.output_files import OutputRefused, check_output, write_output
from loyalty_pos.printing.card_sheet import render_card_sheet
from loyalty_pos.printing.page_layout import Paper, sheet_layout
from loyalty_pos.resources import resource_path
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.members import card_printing
from loyalty_pos.services.members.cards import mark_printed
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.profile import shop_logo as stored_logo
from loyalty_pos.services.shop.shop import shop_name as stored_shop_name
from loyalty_pos.services.shop.till_preferences import till_preferences

ProgressCallback = Callable[[str, int, int], None]  # (stage, done, total)
Cancelled = Callable[[], bool]

LOGO = "logo.png"
QUEUE_PAGE = 500
MARK_BATCH = 500  # one short transaction per batch: the till keeps working meanwhile
SHEET_STAGE = "card sheet pages"


class CardSheetUnwritable(LoyaltyError):
    code = "card_sheet_unwritable"
    template = "Cannot write the card sheet {path}: {reason}."


class CardPrintingCancelled(LoyaltyError):
    code = "card_printing_cancelled"
    template = "Card printing was cancelled; no card was marked printed."


@dataclass(frozen=True, slots=True)
class CardShop:
    """What the job needs from whoever opened the shop (the till's context, the CLI's app)."""

    make_uow: Callable[..., UnitOfWork]
    key: bytes | KeyRing  # new cards are signed with the ring's current key
    clock: Clock
    actor: Actor  # who the cards are recorded as printed by
    data_dir: Path | None = None  # the shop's folder: no sheet is ever written over its files


@dataclass(frozen=True, slots=True)
class CardSheet:
    """A complete sheet whose member cards are not recorded as printed yet."""

    pdf: Path
    pages: int
    member_cards: tuple[str, ...]
    blank: int  # pre-numbered cards without a holder

    @property
    def cards(self) -> int:
        return len(self.member_cards) + self.blank


@dataclass(frozen=True, slots=True)
class PrintSummary:
    out: Path | None  # None when there was nothing to print
    cards: int
    pages: int
    blank: int
    marked_printed: int  # member cards now recorded as printed

    @property
    def nothing_to_print(self) -> bool:
        return self.cards == 0


def print_cards(
    shop: CardShop,
    *,
    out: Path,
    members: Sequence[str] | None = None,
    new: int | None = None,
    paper: Paper = "A4",
    shop_name: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Cancelled | None = None,
) -> PrintSummary:
    """The whole workflow at once: :func:`prepare_sheet` into a scratch file, then
    :func:`hand_over`. ``members``, ``new``: as :func:`prepare_sheet`."""
    out = check_destination(out, shop.data_dir)
    with tempfile.TemporaryDirectory(prefix="loyalty-cards-") as scratch:
        sheet = prepare_sheet(shop, Path(scratch) / "sheet.pdf", members=members, new=new, paper=paper,
                              shop_name=shop_name, progress=progress, cancelled=cancelled)
        if sheet is None:
            return PrintSummary(out=None, cards=0, pages=0, blank=0, marked_printed=0)
        marked = hand_over(shop, sheet, out)
    return PrintSummary(out=out, cards=sheet.cards, pages=sheet.pages, blank=sheet.blank, marked_printed=marked)


def prepare_sheet(
    shop: CardShop,
    pdf: Path,
    *,
    members: Sequence[str] | None = None,
    new: int | None = None,
    paper: Paper = "A4",
    shop_name: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Cancelled | None = None,
) -> CardSheet | None:
    """Choose the cards and render them into ``pdf``; None when there is nothing to print.

    ``members`` (card numbers) prints those cards; ``new`` adds that many blank
    pre-numbered cards after them; with neither, the whole print queue. Nothing is
    recorded: the sheet is a preview until :func:`hand_over`.
    """
    per_page = sheet_layout(paper).per_page  # refuses a bad paper before anything else
    if members is not None:
        member_faces = card_printing.cards_for_members(shop.make_uow(readonly=True), members)
    elif new is None:
        member_faces = _print_queue(shop, cancelled)
    else:
        member_faces = []
    blank = card_printing.blank_card_numbers(shop.make_uow(readonly=True), new) if new is not None else []
    faces = member_faces + blank
    if not faces:
        return None
    if shop_name is None:
        uow = shop.make_uow(readonly=True)
        with uow:
            shop_name = stored_shop_name(uow)

    def on_card(done: int, total: int) -> None:
        _stop_if(cancelled)
        if progress is not None:
            progress(SHEET_STAGE, math.ceil(done / per_page), math.ceil(total / per_page))

    _stop_if(cancelled)
    try:
        # The shop's own logo when setup stored one, else the program's.
        logo = stored_logo(shop.make_uow(readonly=True)) or resource_path(LOGO)
        pages = render_card_sheet(faces, pdf, paper=paper, shop_name=shop_name, logo=logo,
                                  key=shop.key, progress=on_card,
                                  language=till_preferences(shop.make_uow(readonly=True)).shop_language)
    except OSError as error:
        raise CardSheetUnwritable(path=str(pdf), reason=error.strerror or str(error)) from None
    return CardSheet(pdf, pages, tuple(face.card_number for face in member_faces), len(blank))


def hand_over(shop: CardShop, sheet: CardSheet, out: Path) -> int:
    """Put the sheet at ``out`` (complete or not at all), then record its member cards as
    printed, a batch per transaction; returns how many were recorded."""
    _copy_whole(sheet.pdf, out, shop.data_dir)
    numbers = sheet.member_cards
    for start in range(0, len(numbers), MARK_BATCH):
        mark_printed(shop.make_uow(), list(numbers[start : start + MARK_BATCH]), actor=shop.actor, clock=shop.clock)
    return len(numbers)


def check_destination(out: Path, data_dir: Path | None = None) -> Path:
    """Refuse before the database is touched, rather than after rendering hundreds of cards;
    returns ``out`` made absolute."""
    out = out.expanduser()
    if out.is_dir():
        raise CardSheetUnwritable(path=str(out), template=(
            "Cannot write the card sheet {path}: it is a folder; give a file name such as cards.pdf."))
    if not out.parent.is_dir():
        raise CardSheetUnwritable(path=str(out), folder=str(out.parent),
                                  template="Cannot write the card sheet {path}: the folder {folder} does not exist.")
    try:
        return check_output(out, data_dir)
    except OutputRefused as refused:
        raise CardSheetUnwritable(path=str(out), reason=refused.params["reason"]) from None


def _print_queue(shop: CardShop, cancelled: Cancelled | None) -> list[CardFace]:
    faces: list[CardFace] = []
    cursor: str | None = None
    while True:
        _stop_if(cancelled)
        page = card_printing.cards_awaiting_print(shop.make_uow(readonly=True), cursor=cursor, limit=QUEUE_PAGE)
        faces.extend(page.rows)
        if page.next_cursor is None:
            return faces
        cursor = page.next_cursor


def _copy_whole(source: Path, out: Path, data_dir: Path | None) -> None:
    """Like the sheet itself: a half-copied PDF would print blank cards and still be recorded."""
    try:
        write_output(out.expanduser(), data_dir, lambda partial: shutil.copyfile(source, partial))
    except OutputRefused as refused:
        raise CardSheetUnwritable(path=str(out), reason=refused.params["reason"]) from None


def _stop_if(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise CardPrintingCancelled()
