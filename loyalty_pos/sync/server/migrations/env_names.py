"""Names env.py and the code that drives it share (env.py itself runs only under Alembic)."""

VERSION_TABLE = "sync_server_version"
