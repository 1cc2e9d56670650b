"""``GET /v1/members/{member_id}/balance``: the fold of the chain's union of entries."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from loyalty_pos.sync.server import queries
from loyalty_pos.sync.server.models import BalanceAnswer
from loyalty_pos.sync.server.routers.deps import Caller, Engine

router = APIRouter()


@router.get("/v1/members/{member_id}/balance", response_model=BalanceAnswer)
def balance(member_id: Annotated[str, Path(min_length=1, max_length=64)], caller: Caller, db: Engine
            ) -> BalanceAnswer:
    with db.connect() as connection:
        points, entries = queries.balance(connection, member_id)
    return BalanceAnswer(member_id=member_id, balance=points, entries=entries)
