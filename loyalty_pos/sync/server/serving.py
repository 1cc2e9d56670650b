"""Run the API under uvicorn: one process, or several workers sharing one database.

Workers are separate processes that each build the app from the environment
(``make_app`` as uvicorn's factory); none of them migrates — ``serve`` did that once
before starting them.
"""

from __future__ import annotations

import logging
import os
import sys

from fastapi import FastAPI

from loyalty_pos.sync.server.app import create_app
from loyalty_pos.sync.server.database import make_engine
from loyalty_pos.sync.server.request_log import JsonLines

DB_ENV = "LOYALTY_SYNC_DB_URL"


def json_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines())
    server_log = logging.getLogger("loyalty_pos.sync.server")
    server_log.handlers[:] = [handler]
    server_log.setLevel(logging.INFO)
    server_log.propagate = False


def make_app() -> FastAPI:
    json_logging()
    return create_app(make_engine(os.environ[DB_ENV]))


def run(url: str, host: str, port: int, workers: int = 1) -> None:
    import uvicorn

    json_logging()
    os.environ[DB_ENV] = url
    if workers > 1:
        uvicorn.run("loyalty_pos.sync.server.serving:make_app", factory=True, host=host, port=port,
                    workers=workers, access_log=False, log_level="warning")
    else:
        uvicorn.run(create_app(make_engine(url)), host=host, port=port, access_log=False, log_level="warning")
