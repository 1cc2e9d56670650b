"""``POST /v1/partner-codes/lease``: top up the calling till's partner codes from the chain's pool."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from loyalty_pos.sync.server import partner_pool, wire_time
from loyalty_pos.sync.server.ingest import INGEST_LOCK
from loyalty_pos.sync.server.routers.deps import Caller, Engine

router = APIRouter()

RewardId = Annotated[str, StringConstraints(min_length=1, max_length=80)]


class LeaseBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # Reward id -> the block the till holds of it (the reward's ``codes_per_till``, published by head office).
    rewards: dict[RewardId, Annotated[int, Field(ge=1, le=10_000)]] = Field(max_length=100)


@router.post("/v1/partner-codes/lease")
def lease(body: LeaseBody, caller: Caller, db: Engine) -> dict[str, Any]:
    now = wire_time.now()
    made = partner_pool.lease(db, caller, dict(body.rewards), now, INGEST_LOCK)
    return {"codes": made.codes, "pool": made.pool, "server_time": wire_time.spelled(now)}
