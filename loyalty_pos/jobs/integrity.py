"""``loyalty-pos check`` (and a restore's trial): is the file sound, and does every
balance refold from its ledger?"""

from __future__ import annotations

from pathlib import Path

from loyalty_pos.services.shop.check import CheckReport, check_ledger
from loyalty_pos.store.backup import integrity_check
from loyalty_pos.store.files import existing_database
from loyalty_pos.store.shop_database import ShopDatabase


def check_file(db_path: Path) -> CheckReport:
    """SQLite's integrity check first: refolding a damaged file would only mislead.

    The file is read as it is, never migrated: checking must not change what it checks.
    """
    problems = integrity_check(existing_database(db_path))
    if problems:
        return CheckReport(problems=[f"sqlite: {p}" for p in problems])
    database = ShopDatabase.open(db_path)
    try:
        return check_ledger(database.uow(readonly=True))
    finally:
        database.dispose()
