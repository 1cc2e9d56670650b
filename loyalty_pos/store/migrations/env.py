"""Alembic environment, driven from code (``loyalty_pos.store.schema``), never from an ini file.

The caller hands over an open connection in ``config.attributes["connection"]``
so the whole upgrade runs in the one ``BEGIN IMMEDIATE`` transaction it opened:
an upgrade interrupted by a power cut leaves the file at the old revision.
"""

from __future__ import annotations

from alembic import context

from loyalty_pos.store.tables import MEMBERS_FTS, metadata


def _include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    # The FTS5 index and its shadow tables are managed by hand in migration 0002.
    return not (type_ == "table" and name is not None and name.startswith(MEMBERS_FTS))


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through loyalty_pos.store.schema, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    include_object=_include_object,
)
with context.begin_transaction():
    context.run_migrations()
