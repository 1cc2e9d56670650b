"""What the till checks when it starts: only what is cheap, so start stays within its target.

The file's header and schema were read when the shop was opened; here the chain's head
is compared with the head kept beside the database (two indexed reads and a small file).
The full check (every link, every balance) runs afterwards in the background.
"""

from __future__ import annotations

from pathlib import Path

from loyalty_pos.jobs.integrity import outside_head
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.check import CheckReport, check_outside_head


def quick_check(db_path: Path, uow: UnitOfWork) -> CheckReport:
    return check_outside_head(uow, outside_head(db_path))
