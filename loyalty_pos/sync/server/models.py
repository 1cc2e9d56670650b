"""The wire bodies of docs/SYNC_PROTOCOL.md, as pydantic models: anything else is a 422."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from loyalty_pos.sync.publication import Publication

MAX_EVENTS = 1_000
MAX_BODY_BYTES = 2 * 1024 * 1024
PULL_DEFAULT, PULL_MAX = 1_000, 5_000
# Postgres BIGINT: a cursor past it could not be compared in SQL.
MAX_SEQ = 2**63 - 1

_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_HLC = r"^[0-9]{16}-[0-9]{4}-[A-Za-z0-9_.-]{1,16}$"
_KIND = r"^[a-z][a-z0-9_]{0,63}$"


def _utc_instant(text: str) -> str:
    if not text.endswith("Z"):
        raise ValueError("times are UTC with a Z")
    datetime.fromisoformat(text[:-1] + "+00:00")  # raises ValueError with what is wrong
    return text


def _has_schema_version(payload: dict[str, Any]) -> dict[str, Any]:
    version = payload.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("payload needs a whole schema_version >= 1")
    return payload


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=4096)


class WireEvent(_Strict):
    event_id: str = Field(pattern=_UUID)
    kind: str = Field(pattern=_KIND)
    key: str = Field(min_length=1, max_length=200)
    at: Annotated[str, Field(max_length=40), AfterValidator(_utc_instant)]
    hlc: str = Field(pattern=_HLC)
    payload: Annotated[dict[str, Any], AfterValidator(_has_schema_version)]


class ChainHead(_Strict):
    seq: int = Field(ge=0, le=MAX_SEQ)
    hash: str = Field(pattern=r"^[0-9a-f]{16,128}$")


class PushBody(_Strict):
    batch_id: str = Field(pattern=_UUID)
    # The 1,000 cap is checked by hand (413, not 422): see routers/sync.py.
    events: list[WireEvent]
    chain_head: ChainHead | None = None


class PushAnswer(BaseModel):
    accepted: int
    duplicates: int
    server_time: str


class EnrolBody(_Strict):
    code: str = Field(min_length=1, max_length=64)
    terminal_name: str = Field(min_length=1, max_length=64)
    app_version: str = Field(min_length=1, max_length=32)


class EnrolAnswer(BaseModel):
    terminal_id: str
    token: str
    shop_id: str
    server_time: str
    head_office: bool = False  # the till keeps its program and catalog editors


class PulledEvent(BaseModel):
    event_id: str
    kind: str
    key: str
    at: str
    hlc: str
    payload: dict[str, Any]
    seq: int
    origin_terminal: str


class PullAnswer(BaseModel):
    events: list[PulledEvent]
    next_cursor: int
    more: bool
    server_time: str


class BalanceAnswer(BaseModel):
    member_id: str
    balance: int
    entries: int


class Health(BaseModel):
    status: str
    version: str
    server_time: str


class PublishBody(_Strict):
    document: Publication
