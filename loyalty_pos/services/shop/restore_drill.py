"""The restore drill's last result: when, which backup, and what ``check`` found.

A backup nobody has restored is a hope, not a backup: once a week the till restores
the latest one into a scratch folder and checks it (``jobs.restore_drill``); the
back office shows the outcome so a manager learns of a useless backup before it is
needed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from loyalty_pos.domain.check_problems import Problem, from_record, to_record
from loyalty_pos.services.ports import UnitOfWork

DRILL_SETTING = "restore_drill_last"
DRILL_EVERY = timedelta(days=7)
MAX_PROBLEMS_KEPT = 10


@dataclass(frozen=True, slots=True)
class DrillResult:
    at: datetime
    backup: str  # the file restored; "" when there was none
    problems: tuple[str, ...]  # what check found, one line each; empty: OK

    @property
    def ok(self) -> bool:
        return not self.problems


def last_drill(uow: UnitOfWork) -> DrillResult | None:
    with uow:
        text = uow.settings.get(DRILL_SETTING)
    if not text:
        return None
    try:
        data = json.loads(text)
        lines = [str(problem) for problem in data["problems"]]
        # "coded" came later (an older release's record has none): the lines stay the record.
        coded = data.get("coded")
        if isinstance(coded, list) and len(coded) == len(lines):
            lines = [from_record(record, line) for record, line in zip(coded, lines, strict=True)]
        return DrillResult(datetime.fromisoformat(data["at"]), str(data["backup"]), tuple(lines))
    except (ValueError, KeyError, TypeError):
        return None  # an unreadable record is as good as no drill: the next one runs


def drill_due(uow: UnitOfWork, now: datetime) -> bool:
    last = last_drill(uow)
    return last is None or now - last.at >= DRILL_EVERY


def record_drill(uow: UnitOfWork, result: DrillResult) -> None:
    kept = result.problems[:MAX_PROBLEMS_KEPT]
    if len(result.problems) > MAX_PROBLEMS_KEPT:
        kept += (Problem("and_more", count=len(result.problems) - MAX_PROBLEMS_KEPT),)
    # The English lines for any release that reads the record, and each line's code and
    # values so the back office shows it in the language it speaks when it reads it.
    record = {"at": result.at.isoformat(), "backup": result.backup, "problems": list(kept),
              "coded": [to_record(problem) for problem in kept]}
    with uow:
        uow.settings.set(DRILL_SETTING, json.dumps(record, default=str))
        uow.commit()
