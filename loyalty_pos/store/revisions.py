"""The schema revisions this version knows, oldest first (checked against Alembic by a test).

Kept apart from Alembic's script directory so opening the till does not have to
load every migration script to tell a newer file from ours.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013", "0014", "0016", "0018", "0019", "0020", "0021", "0022", "0023", "0024", "0025", "0026", "0027")
HEAD = KNOWN_REVISIONS[-1]
