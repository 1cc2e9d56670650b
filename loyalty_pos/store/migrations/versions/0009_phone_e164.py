"""Members' phones are stored in one form, E.164, so every spelling finds them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

Until now a phone was stored as typed less spaces and punctuation: "91234567" and
"+4791234567" were two numbers, and a search for one missed the other. Enrolment,
profile edits and search now go through ``services.members.phones`` (E.164 for the
shop's country); this brings the phones stored before it to the same form, read
in the shop's country (the ``country`` setting; shops from before that setting
are the demo's, Norwegian). A number that cannot be parsed there is left as it
was: refusing the migration would lock the shop out of its own till.

Only phones without a leading "+" are read: with one, the old normaliser had
already left digits only after the "+", which is E.164's form.
"""

from __future__ import annotations

import phonenumbers
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_DEFAULT_REGION = "NO"


def _e164(phone: str, region: str) -> str | None:
    try:
        parsed = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def upgrade() -> None:
    connection = op.get_bind()
    country = connection.execute(sa.text("SELECT value FROM settings WHERE key = 'country'")).scalar()
    region = (country or _DEFAULT_REGION).upper()
    rows = connection.execute(sa.text(
        "SELECT row_id, phone FROM members WHERE phone IS NOT NULL AND phone NOT LIKE '+%'"
    )).all()
    changes = [
        {"row_id": row_id, "phone": e164}
        for row_id, phone in rows
        if (e164 := _e164(phone, region)) is not None and e164 != phone
    ]
    if changes:
        connection.execute(sa.text("UPDATE members SET phone = :phone WHERE row_id = :row_id"), changes)


def downgrade() -> None:
    """Nothing to undo: an E.164 phone is one the previous release stores and finds too."""
