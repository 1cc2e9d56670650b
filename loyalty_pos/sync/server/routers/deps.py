"""What every endpoint needs: the engine, and the terminal the bearer token names."""

from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
from fastapi import Depends, Header, Request

from loyalty_pos.sync.server.request_log import LOG_SLOT
from loyalty_pos.sync.server.terminals import Terminal, authenticate


def engine(request: Request) -> sa.engine.Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


Engine = Annotated[sa.engine.Engine, Depends(engine)]


def terminal(request: Request, db: Engine, authorization: Annotated[str | None, Header()] = None) -> Terminal:
    with db.connect() as connection:
        found = authenticate(connection, authorization)
    request.scope.get(LOG_SLOT, {})["terminal"] = found.terminal_id
    return found


Caller = Annotated[Terminal, Depends(terminal)]
