"""``loyalty-pos check``: every cached balance equals the fold of its ledger; the audit
chain is intact. (SQLite's own integrity check is run by the caller, on the file.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from loyalty_pos.domain.ledger import fold
from loyalty_pos.services.ports import UnitOfWork


@dataclass(slots=True)
class CheckReport:
    members_checked: int = 0
    entries_checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_ledger(uow: UnitOfWork, *, progress: Callable[[int], None] | None = None, limit: int = 50) -> CheckReport:
    """Refold every member's ledger and compare; report at most ``limit`` problems by name."""
    report = CheckReport()
    with uow:
        cached = {row.member_id: row.balance for row in uow.balances.iter_all()}
        seen: set[str] = set()
        for member_id, entries in uow.ledger.iter_by_member():
            seen.add(member_id)
            report.members_checked += 1
            report.entries_checked += len(entries)
            folded = fold(entries).balance
            if cached.get(member_id, 0) != folded:
                report.problems.append(
                    f"member {member_id}: cached balance {cached.get(member_id)} but ledger folds to {folded}"
                )
            if progress is not None and report.members_checked % 50_000 == 0:
                progress(report.members_checked)
        for member_id, balance in cached.items():
            if member_id not in seen and balance != 0:
                report.problems.append(f"member {member_id}: cached balance {balance} but no ledger entries")
        report.problems.extend(f"audit log: {problem}" for problem in uow.audit.verify())
    if len(report.problems) > limit:
        extra = len(report.problems) - limit
        report.problems = report.problems[:limit] + [f"... and {extra} more"]
    return report
