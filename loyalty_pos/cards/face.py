"""What goes on one printed card, built by services and read by printing."""

from __future__ import annotations

from dataclasses import dataclass

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.members import validate_card_number


@dataclass(frozen=True, slots=True)
class CardFace:
    card_number: str  # 16 digits, no spaces
    member_name: str | None = None  # optional: cards may be printed blank for walk-in enrolment

    def __post_init__(self) -> None:
        # Printing an unscannable card wastes card stock and a customer's trust.
        if validate_card_number(self.card_number) != self.card_number:
            raise ValidationError(
                code="card_number_not_normalised",
                template="Card number {card_number!r} must be 16 digits without spaces", card_number=self.card_number,
            )
