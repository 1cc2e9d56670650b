"""``loyalty-pos check`` (and a restore's trial): is the file sound, is its hash chain
whole, does the head kept beside it agree, and does the mutable state refold?"""

from __future__ import annotations

from pathlib import Path

from loyalty_pos.domain.check_problems import Problem
from loyalty_pos.services.shop.check import (
    Check,
    CheckReport,
    OutsideHead,
    check_ledger,
)
from loyalty_pos.store.backup import integrity_check
from loyalty_pos.store.chain_head_file import HeadFileUnreadable, head_path, read_head
from loyalty_pos.store.files import existing_database
from loyalty_pos.store.shop_database import ShopDatabase


def outside_head(db_path: Path) -> OutsideHead:
    """The head file beside ``db_path`` (a backup's beside the backup), as the check takes it."""
    source = head_path(db_path).name
    try:
        heads = read_head(db_path)
    except HeadFileUnreadable as error:
        return OutsideHead(source=source, missing=str(error))
    if heads is None:
        return OutsideHead(source=source, missing=Problem("no_head_file", source=source))
    return OutsideHead(tuple(heads), source=source)


def check_file(db_path: Path, *, extra: tuple[Check, ...] = ()) -> CheckReport:
    """SQLite's integrity check first: refolding a damaged file would only mislead.

    The file is read as it is, never migrated: checking must not change what it checks.
    ``extra`` are further checks (each yields its problem lines) run with the others.
    """
    problems = integrity_check(existing_database(db_path))
    if problems:
        return CheckReport(problems=[Problem("sqlite", detail=p) for p in problems])
    database = ShopDatabase.open(db_path)
    try:
        return check_ledger(database.uow(readonly=True), outside=outside_head(db_path), extra=extra)
    finally:
        database.dispose()
