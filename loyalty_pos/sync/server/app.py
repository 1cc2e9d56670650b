"""The FastAPI application: routers, the contract's error bodies, request logs, the body cap.

Every refusal is ``{"error", "detail"}`` with a 4xx; a database that cannot be reached
is a 503 the till retries; anything else is a bug, logged with its traceback.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from loyalty_pos.sync.server.errors import SyncRefused
from loyalty_pos.sync.server.request_log import BodyLimit, RequestLog
from loyalty_pos.sync.server.routers import (
    enrol,
    health,
    members,
    partner_codes,
    published,
    reports,
    snapshot,
    sync,
)
from loyalty_pos.version import __version__

log = logging.getLogger("loyalty_pos.sync.server")

_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "batch_too_large"}


def _refusal(status: int, code: str, detail: str) -> JSONResponse:
    return JSONResponse({"error": code, "detail": detail}, status_code=status)


def create_app(engine: sa.engine.Engine) -> FastAPI:
    app = FastAPI(title="loyalty-pos sync server", version=__version__, docs_url=None, redoc_url=None)
    app.state.engine = engine
    for router in (health.router, enrol.router, sync.router, snapshot.router, members.router, reports.router,
                   published.router, partner_codes.router):
        app.include_router(router)

    @app.exception_handler(SyncRefused)
    async def refused(request: Request, error: SyncRefused) -> JSONResponse:
        return _refusal(error.status, error.code, error.detail)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()))
        return _refusal(422, "invalid_request", f"{where}: {first.get('msg', 'not valid')}"[:300])

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        return _refusal(error.status_code, _HTTP_CODES.get(error.status_code, "bad_request"), str(error.detail))

    @app.exception_handler(sa.exc.DataError)
    async def unstorable(request: Request, error: sa.exc.DataError) -> JSONResponse:
        # What the schema's types cannot hold (a NUL in a text, points beyond 64 bits):
        # the transaction was rolled back, so the batch left nothing behind.
        return _refusal(422, "value_invalid", "a value cannot be stored: a text with a NUL character or a "
                                              "number out of range")

    @app.exception_handler(sa.exc.OperationalError)
    @app.exception_handler(sa.exc.InterfaceError)
    async def unavailable(request: Request, error: Exception) -> JSONResponse:
        log.warning("database unavailable: %s", type(error).__name__)
        return _refusal(503, "database_unavailable", "the server's database cannot be reached: retry later")

    # Outermost first: the log sees the 413 the body cap answers.
    app.add_middleware(BodyLimit)
    app.add_middleware(RequestLog)
    return app
