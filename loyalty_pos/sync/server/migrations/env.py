"""Alembic environment of the sync server, driven from code (``sync.server.schema``).

The server's revisions live in their own version table, so a server schema and a
till's schema can never be mistaken for one another, even in one database.
"""

from __future__ import annotations

from alembic import context

from loyalty_pos.sync.server.migrations.env_names import VERSION_TABLE
from loyalty_pos.sync.server.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through loyalty_pos.sync.server.schema, which passes a connection")

context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
