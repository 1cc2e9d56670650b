"""Every endpoint fed hostile bodies, paths and headers: a 4xx, never a 5xx."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.conftest import ApiTill, entry

_json = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
_kinds = st.sampled_from(["ledger_entry", "member_enrolled", "member_updated", "member_erased", "members_merged",
                          "card_blocked", "card_issued", "tier_changed", "consent_changed", "sale_committed",
                          "program_published", "Bad-Kind", ""])


@st.composite
def _events(draw: st.DrawFn, till: ApiTill) -> dict[str, Any]:
    good = till.event(draw(_kinds), "k", entry("MF", draw(st.integers(-5, 5))))
    # Each field either kept or replaced by anything JSON can say.
    for name in ("event_id", "kind", "key", "at", "hlc", "payload"):
        if draw(st.booleans()):
            good[name] = draw(_json)
    if draw(st.booleans()):
        good["payload"] = {"schema_version": 1, **draw(st.dictionaries(st.sampled_from(
            ["id", "member_id", "kind", "points", "at", "terminal_id", "actor", "card", "name", "phone", "cards",
             "reason", "keep_id", "duplicate_id", "changed", "expires_at"]), _json, max_size=6))}
    return good


def _no_5xx(answer: httpx.Response) -> None:
    assert answer.status_code < 500, answer.text
    if answer.status_code >= 400:
        assert set(answer.json()) == {"error", "detail"}


_FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_FUZZ
@given(data=st.data())
def test_push_bodies(till: ApiTill, data: st.DataObject) -> None:
    events = data.draw(st.lists(_events(till), max_size=4))
    body: Any = {"batch_id": data.draw(st.sampled_from(["3f1c6c2a-9b7e-4d2a-8f00-0123456789ab", "x"])),
                 "events": events, "chain_head": data.draw(st.none() | st.fixed_dictionaries(
                     {"seq": st.integers(-1, 2**64), "hash": st.sampled_from(["ab" * 32, "zz", ""])}))}
    if data.draw(st.booleans()):
        body = data.draw(_json)
    _no_5xx(till.client.post("/v1/push", json=body))


@_FUZZ
@given(raw=st.binary(max_size=200))
def test_raw_bytes_to_every_post(till: ApiTill, raw: bytes) -> None:
    for path in ("/v1/push", "/v1/terminals/enrol"):
        _no_5xx(till.client.post(path, content=raw, headers={"content-type": "application/json"}))


@_FUZZ
@given(query=st.dictionaries(st.sampled_from(["since", "limit", "other"]),
                             st.text(max_size=25) | st.integers(-(2**70), 2**70).map(str), max_size=3),
       member=st.text(min_size=1, max_size=80).filter(lambda s: "/" not in s and s not in (".", "..")))
def test_queries_and_paths(till: ApiTill, query: dict[str, str], member: str) -> None:
    _no_5xx(till.client.get("/v1/pull", params=query))
    _no_5xx(till.client.get(f"/v1/members/{quote(member, safe='')}/balance"))


@_FUZZ
# What a client can put in a header at all: printable ASCII (h11 refuses CR, LF, NUL).
@given(body=_json, auth=st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=60))
def test_enrol_bodies_and_auth_headers(api: str, till: ApiTill, body: Any, auth: str) -> None:
    anonymous = httpx.Client(base_url=api)
    _no_5xx(anonymous.post("/v1/terminals/enrol", json=body))
    headers = {"Authorization": auth.strip() or "-"}  # h11 refuses a value with outer spaces
    for path in ("/v1/pull", "/v1/problems", "/v1/reports/chain"):
        _no_5xx(anonymous.get(path, headers=headers))
    anonymous.close()


@pytest.mark.parametrize("method,path", [("GET", "/v1/nothing"), ("DELETE", "/v1/push"), ("PUT", "/v1/pull")])
def test_unknown_routes_get_the_contract_body(till: ApiTill, method: str, path: str) -> None:
    answer = till.client.request(method, path)
    assert 400 <= answer.status_code < 500 and set(answer.json()) == {"error", "detail"}
    json.dumps(answer.json())


_PUBLICATION_PARTS = ("schema_version", "profile", "key_ring", "staff", "program", "catalog")


@pytest.fixture
def office(api: str, engine: Any) -> Any:
    made = ApiTill.enrol(api, engine, "office", head_office=True)
    yield made
    made.client.close()


@_FUZZ
@given(data=st.data())
def test_publication_bodies(office: ApiTill, data: st.DataObject) -> None:
    from tests.sync.test_published_api import document

    body: Any = document()
    for name in _PUBLICATION_PARTS:
        if data.draw(st.booleans()):
            body[name] = data.draw(_json)
    if data.draw(st.booleans()):
        body["catalog"] = {"categories": [], "products": [data.draw(st.dictionaries(st.sampled_from(
            ["code", "name", "category", "unit_price", "currency", "tax_rate_bp", "barcode", "active"]), _json))]}
    wrapped = {"document": body} if data.draw(st.booleans()) else data.draw(_json)
    _no_5xx(office.client.put("/v1/published", json=wrapped))
    _no_5xx(office.client.get("/v1/published"))
