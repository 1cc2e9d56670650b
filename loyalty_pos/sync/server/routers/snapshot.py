"""``GET /v1/snapshot``: the chain's merged members for a new till (server/snapshot.py)."""

from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from loyalty_pos.sync.server import snapshot, wire_time
from loyalty_pos.sync.server.routers.deps import Caller, Engine

router = APIRouter()


@router.get("/v1/snapshot")
def snapshot_page(caller: Caller, db: Engine, after: Annotated[str, Query(max_length=64)] = "",
                  limit: Annotated[int, Query(ge=1, le=snapshot.SNAPSHOT_MAX)] = snapshot.SNAPSHOT_DEFAULT,
                  shape: Annotated[Literal["members", "columns"], Query()] = "members") -> Response:
    # ``shape``: a till from before the columnar pages asks without it and gets the members
    # list it reads; a newer one asks for columns (a shape this server does not know is a 422).
    # One REPEATABLE READ transaction: the page's members, cards and entries are one moment's.
    with db.connect() as connection:
        connection = connection.execution_options(isolation_level="REPEATABLE READ") \
            if db.dialect.name == "postgresql" else connection
        with connection.begin():
            as_of = snapshot.as_of(connection)
            if db.dialect.name == "postgresql":
                spell = snapshot.page_columns_json if shape == snapshot.COLUMNS else snapshot.page_json
                members, after_next = spell(connection, after, limit)
            else:
                listed, after_next = snapshot.page(connection, after, limit)
                members = json.dumps(snapshot.columns(listed) if shape == snapshot.COLUMNS else listed,
                                     separators=(",", ":"))
    # Spelled here rather than through a response model: a page is thousands of members,
    # and validating each one again on the way out doubled the page's time.
    tail = json.dumps({"next_after": after_next, "server_time": wire_time.spelled(wire_time.now())},
                      separators=(",", ":"))
    return Response(f'{{"as_of":{as_of},"shape":"{shape}","members":{members},{tail[1:]}', media_type="application/json")
