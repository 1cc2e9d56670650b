"""``POST /v1/push`` and ``GET /v1/pull`` (docs/SYNC_PROTOCOL.md)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from loyalty_pos.sync.server import ingest, queries, wire_time
from loyalty_pos.sync.server.models import MAX_SEQ, PULL_DEFAULT, PULL_MAX, PullAnswer, PushAnswer, PushBody
from loyalty_pos.sync.server.routers.deps import Caller, Engine

router = APIRouter()


@router.post("/v1/push", response_model=PushAnswer)
def push(body: PushBody, caller: Caller, db: Engine) -> PushAnswer:
    now = wire_time.now()
    done = ingest.push(db, caller, body, now)
    return PushAnswer(accepted=done.accepted, duplicates=done.duplicates, server_time=wire_time.spelled(now))


@router.get("/v1/pull", response_model=PullAnswer)
def pull(caller: Caller, db: Engine, since: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
         limit: Annotated[int, Query(ge=1, le=PULL_MAX)] = PULL_DEFAULT,
         snapshot: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0) -> PullAnswer:
    with db.connect() as connection:
        events, cursor, more = queries.pull(connection, since, limit, snapshot)
    return PullAnswer.model_validate({"events": events, "next_cursor": cursor, "more": more,
                                      "server_time": wire_time.spelled(wire_time.now())})
