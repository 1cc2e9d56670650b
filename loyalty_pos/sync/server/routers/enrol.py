"""``POST /v1/terminals/enrol``: a one-time code for the terminal's token."""

from __future__ import annotations

from fastapi import APIRouter

from loyalty_pos.sync.server import terminals, wire_time
from loyalty_pos.sync.server.models import EnrolAnswer, EnrolBody
from loyalty_pos.sync.server.routers.deps import Engine

router = APIRouter()


@router.post("/v1/terminals/enrol", response_model=EnrolAnswer)
def enrol(body: EnrolBody, db: Engine) -> EnrolAnswer:
    now = wire_time.now()
    with db.begin() as connection:
        terminal, token = terminals.enrol(connection, body.code, body.app_version, now)
    return EnrolAnswer(terminal_id=terminal.terminal_id, token=token, shop_id=terminal.shop_id,
                       server_time=wire_time.spelled(now), head_office=terminal.head_office)
