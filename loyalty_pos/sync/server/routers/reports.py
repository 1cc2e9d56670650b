"""``GET /v1/problems`` (a manager's list) and ``GET /v1/reports/chain`` (head office)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from loyalty_pos.sync.server import queries, wire_time
from loyalty_pos.sync.server.errors import NotHeadOffice
from loyalty_pos.sync.server.routers.deps import Caller, Engine

router = APIRouter()


@router.get("/v1/problems")
def problems(caller: Caller, db: Engine) -> dict[str, Any]:
    with db.connect() as connection:
        found = queries.problems(connection, caller)
    return {"problems": found, "server_time": wire_time.spelled(wire_time.now())}


@router.get("/v1/reports/chain")
def chain(caller: Caller, db: Engine) -> dict[str, Any]:
    if not caller.head_office:
        raise NotHeadOffice("the chain report is for head-office terminals")
    with db.connect() as connection:
        report = queries.chain_report(connection)
    return {**report, "server_time": wire_time.spelled(wire_time.now())}
