"""Member name search: an FTS5 index over members.name, kept in step by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2024-05-15

External content (``content=members``): the index stores tokens only, names stay
in ``members``. ``remove_diacritics 2`` lets "Jose" find "José"; the 2- and
3-character prefix indexes answer the till's short type-ahead prefixes without
walking the whole term list.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CREATE_INDEX = (
    "CREATE VIRTUAL TABLE members_fts USING fts5("
    "name, content='members', content_rowid='row_id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
)
TRIGGERS = (
    "CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN "
    "INSERT INTO members_fts(rowid, name) VALUES (new.row_id, new.name); END",
    "CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN "
    "INSERT INTO members_fts(members_fts, rowid, name) VALUES ('delete', old.row_id, old.name); END",
    "CREATE TRIGGER members_fts_update AFTER UPDATE OF name, row_id ON members BEGIN "
    "INSERT INTO members_fts(members_fts, rowid, name) VALUES ('delete', old.row_id, old.name); "
    "INSERT INTO members_fts(rowid, name) VALUES (new.row_id, new.name); END",
)
TRIGGER_NAMES = ("members_fts_insert", "members_fts_delete", "members_fts_update")


def upgrade() -> None:
    op.execute(CREATE_INDEX)
    op.execute("INSERT INTO members_fts(members_fts) VALUES ('rebuild')")  # members enrolled before 0002
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS members_fts")
