"""``PUT /v1/published`` (head office) and ``GET /v1/published`` (every terminal of the chain)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from loyalty_pos.sync.server import publishing, wire_time
from loyalty_pos.sync.server.errors import NotHeadOffice, SyncRefused
from loyalty_pos.sync.server.models import PublishBody
from loyalty_pos.sync.server.routers.deps import Caller, Engine

router = APIRouter()


class NotPublished(SyncRefused):
    status, code = 404, "not_published"


@router.put("/v1/published")
def publish(body: PublishBody, caller: Caller, db: Engine) -> dict[str, Any]:
    if not caller.head_office:
        raise NotHeadOffice("the profile, card keys, staff, program and catalog are published by head office only")
    now = wire_time.now()
    version = publishing.publish(db, caller, body.document.model_dump(), now)
    return {"version": version, "server_time": wire_time.spelled(now)}


@router.get("/v1/published")
def published(caller: Caller, db: Engine, known: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0) -> dict[str, Any]:
    """``known``: the version the till has; the document comes only when it is newer (a till
    asks every round, and a catalog with a logo is not small)."""
    with db.connect() as connection:
        found = publishing.latest(connection)
    if found is None:
        raise NotPublished("head office has not published the shop yet")
    return {"version": found.version, "published_at": wire_time.spelled(found.published_at),
            "document": found.document if found.version > known else None,
            "server_time": wire_time.spelled(wire_time.now())}
