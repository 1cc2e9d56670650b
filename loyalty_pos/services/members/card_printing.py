"""Which cards go on a card sheet: the print queue, chosen members, blank pre-numbered cards.

Read-only use cases: they decide *what* to print. Rendering is the printing
adapter's job, and ``services.cards.mark_printed`` records the result once the
sheet exists, so a failed print never loses a card from the queue.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence

from loyalty_pos.cards.face import CardFace
from loyalty_pos.domain.errors import CardRefused, Conflict, ValidationError
from loyalty_pos.domain.members import CardStatus, MemberStatus, group_card_number, validate_card_number
from loyalty_pos.services.members.membership import free_card_number
from loyalty_pos.services.ports import Page, UnitOfWork

# 1,000 A4 pages: more than a shop's printer (or a person checking the sheets) handles in one go.
MAX_CARDS_PER_RUN = 10_000
MAX_PAGE = 1_000


def cards_awaiting_print(uow: UnitOfWork, *, cursor: str | None = None, limit: int = 500) -> Page[CardFace]:
    """One page of the print queue, oldest card first, with each holder's name.

    Cards that stopped working before they were printed (replaced, blocked) and
    cards of blocked or erased members are left out: printing them would hand
    somebody a card the till refuses. A page may therefore hold fewer than
    ``limit`` faces (even none) while ``next_cursor`` still points further.
    """
    with uow:
        page = uow.cards.unprinted(cursor=cursor, limit=max(1, min(limit, MAX_PAGE)))
        faces = []
        for card in page.rows:
            if card.status is not CardStatus.ACTIVE:
                continue
            member = uow.members.get(card.member_id)
            if member is None or member.status is not MemberStatus.ACTIVE:
                continue
            faces.append(CardFace(card.number, member.name))
    return Page(tuple(faces), page.next_cursor)


def cards_for_members(uow: UnitOfWork, card_numbers: Sequence[str]) -> list[CardFace]:
    """The faces of the given cards, in the order given (a number listed twice prints once).

    Every number must be a working card of an active member; the first one that
    is not is refused with a ``CardRefused`` naming it, and nothing is printed.
    """
    numbers = list(dict.fromkeys(_validated(text) for text in card_numbers))
    if not numbers:
        raise ValidationError(code="no_cards", template="Give at least one card number to print")
    _check_count(len(numbers))
    faces = []
    with uow:
        for number in numbers:
            found = uow.members.by_card(number)
            if found is None:
                raise CardRefused(code="card_unknown", template="Card refused: no member has card {card}.",
                                  card=group_card_number(number))
            member, card = found
            if card.status is CardStatus.BLOCKED:
                raise CardRefused(code="card_blocked", template="Card refused: card {card} is blocked.",
                                  card=group_card_number(number))
            if card.status is CardStatus.REPLACED:
                raise CardRefused(
                    code="card_replaced",
                    template="Card refused: card {card} was replaced by a newer card; print that one.",
                    card=group_card_number(number),
                )
            if member.status is not MemberStatus.ACTIVE:
                raise CardRefused(code=f"member_{member.status.value}", template=_HOLDER_REFUSED[member.status],
                                  card=group_card_number(number))
            faces.append(CardFace(number, member.name))
    return faces


def blank_card_numbers(
    uow: UnitOfWork, count: int, *, randbelow: Callable[[int], int] = secrets.randbelow
) -> list[CardFace]:
    """``count`` distinct fresh card numbers without a holder, for cards handed out at enrolment.

    They are not stored: a number becomes a card when it is scanned at enrolment,
    and its QR code is already valid because the tag only signs the number.
    """
    _check_count(count)
    numbers: dict[str, None] = {}  # insertion-ordered set
    attempts = 0
    with uow:
        while len(numbers) < count:
            attempts += 1
            if attempts > 2 * count + 20:
                # Only a broken random source repeats itself this often.
                raise Conflict(code="card_numbers_exhausted", template="Could not find enough free card numbers")
            numbers[free_card_number(uow, randbelow)] = None
    return [CardFace(number) for number in numbers]


def _validated(text: str) -> str:
    try:
        return validate_card_number(text)
    except CardRefused as refusal:
        # The typed text leads the sentence so a list of numbers shows which one is wrong.
        template = refusal.template.replace("Card refused: ", "Card refused: {text!r}: ", 1)
        raise CardRefused(code=refusal.code, template=template, text=text.strip(), **refusal.params) from None


# A status is a word to translate, so each is its own sentence (catalogue entries
# error.member_<status>.printing).
_HOLDER_REFUSED = {
    MemberStatus.BLOCKED: "Card refused: the member holding card {card} is blocked.",
    MemberStatus.ERASED: "Card refused: the member holding card {card} is erased.",
    MemberStatus.MERGED: "Card refused: the member holding card {card} is merged.",
}


def _check_count(count: int) -> None:
    if not 1 <= count <= MAX_CARDS_PER_RUN:
        raise ValidationError(
            code="bad_card_count",
            template="Print between 1 and {max_cards_per_run:,} cards at a time, not {count:,}",
            max_cards_per_run=MAX_CARDS_PER_RUN, count=count,
        )
