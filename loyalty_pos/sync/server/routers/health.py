"""``GET /v1/health``: no auth, no database; a load balancer's probe."""

from __future__ import annotations

from fastapi import APIRouter

from loyalty_pos.sync.server import wire_time
from loyalty_pos.sync.server.models import Health
from loyalty_pos.version import __version__

router = APIRouter()


@router.get("/v1/health", response_model=Health)
def health() -> Health:
    return Health(status="ok", version=__version__, server_time=wire_time.spelled(wire_time.now()))
