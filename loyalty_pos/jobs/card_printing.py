"""``loyalty-pos cards print``: choose the cards, render the PDF sheet, record them as printed.

Cards are marked printed only after the PDF is complete, so a crash, a full disk
or a refused card leaves the print queue as it was; at worst a card is printed
twice, never silently skipped.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from loyalty_pos.app import App, open_app
from loyalty_pos.cards.face import CardFace
from loyalty_pos.config import Config
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.jobs.maintenance import NoDatabase
from loyalty_pos.printing.card_sheet import render_card_sheet
from loyalty_pos.printing.page_layout import Paper, sheet_layout
from loyalty_pos.resources import resource_path
from loyalty_pos.services.members import card_printing
from loyalty_pos.services.actor import SYSTEM, Actor, Role
from loyalty_pos.services.members.cards import mark_printed
from loyalty_pos.services.shop.profile import shop_logo as stored_logo
from loyalty_pos.services.shop.shop import shop_name as stored_shop_name

ProgressCallback = Callable[[str, int, int], None]  # (stage, done, total)

LOGO = "logo.png"
QUEUE_PAGE = 500
MARK_BATCH = 500  # one short transaction per batch: the till keeps working meanwhile


class CardSheetUnwritable(LoyaltyError):
    code = "card_sheet_unwritable"
    template = "Cannot write the card sheet {path}: {reason}."


@dataclass(frozen=True, slots=True)
class PrintSummary:
    out: Path | None  # None when there was nothing to print
    cards: int
    pages: int
    blank: int  # pre-numbered cards without a holder
    marked_printed: int  # member cards now recorded as printed

    @property
    def nothing_to_print(self) -> bool:
        return self.cards == 0


def print_cards(
    config: Config,
    *,
    out: Path,
    members: Sequence[str] | None = None,
    new: int | None = None,
    paper: Paper = "A4",
    progress: ProgressCallback | None = None,
    shop_name: str | None = None,
) -> PrintSummary:
    """Print ``members``' cards and/or ``new`` blank cards; with neither, the whole print queue.

    ``members`` is a list of card numbers. Member cards come first on the sheet,
    then the blank ones.
    """
    out = out.expanduser()
    per_page = sheet_layout(paper).per_page  # refuses a bad paper before anything else
    _check_destination(out)
    if not config.db_path.is_file():
        # open_app would create an empty shop (and a new signing key) just to print cards.
        raise NoDatabase(path=str(config.db_path))
    logo = resource_path(LOGO)
    app = open_app(config)
    try:
        if members is not None:
            member_faces = card_printing.cards_for_members(app.uow(readonly=True), members)
        elif new is None:
            member_faces = _print_queue(app)
        else:
            member_faces = []
        blank = card_printing.blank_card_numbers(app.uow(readonly=True), new) if new is not None else []
        faces = member_faces + blank
        if not faces:
            return PrintSummary(out=None, cards=0, pages=0, blank=0, marked_printed=0)
        name = shop_name if shop_name is not None else _stored_name(app)
        own_logo = stored_logo(app.uow(readonly=True))

        def on_page(done: int, total: int) -> None:
            if progress is not None:
                progress("card sheet pages", math.ceil(done / per_page), math.ceil(total / per_page))

        try:
            pages = render_card_sheet(faces, out, paper=paper, shop_name=name, logo=own_logo or logo, key=app.key,
                                      progress=on_page)
        except OSError as error:
            raise CardSheetUnwritable(path=str(out), reason=error.strerror or str(error)) from None
        numbers = [face.card_number for face in member_faces]
        actor = Actor(SYSTEM.username, Role.MANAGER, config.terminal_id)
        for start in range(0, len(numbers), MARK_BATCH):
            mark_printed(app.uow(), numbers[start : start + MARK_BATCH], actor=actor, clock=app.clock)
        return PrintSummary(out=out, cards=len(faces), pages=pages, blank=len(blank), marked_printed=len(numbers))
    finally:
        app.close()


def _print_queue(app: App) -> list[CardFace]:
    faces: list[CardFace] = []
    cursor: str | None = None
    while True:
        page = card_printing.cards_awaiting_print(app.uow(readonly=True), cursor=cursor, limit=QUEUE_PAGE)
        faces.extend(page.rows)
        if page.next_cursor is None:
            return faces
        cursor = page.next_cursor


def _stored_name(app: App) -> str:
    uow = app.uow(readonly=True)
    with uow:
        return stored_shop_name(uow)


def _check_destination(out: Path) -> None:
    """Refuse before the database is touched, rather than after rendering hundreds of cards."""
    if out.is_dir():
        raise CardSheetUnwritable(path=str(out), reason="it is a folder; give a file name such as cards.pdf")
    if not out.parent.is_dir():
        raise CardSheetUnwritable(path=str(out), reason=f"the folder {out.parent} does not exist")
