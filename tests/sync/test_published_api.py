"""``PUT/GET /v1/published`` on the real server: head office only, validated, versioned,
never to a caller without a live token."""

from __future__ import annotations

import base64
from typing import Any

import sqlalchemy as sa

from loyalty_pos.domain.program_codec import program_to_dict
from loyalty_pos.domain.starter_programs import Starter, starter_shop

from tests.sync.conftest import ApiTill

PROGRAM = program_to_dict(starter_shop(Starter.SIMPLE, currency="IDR", prices_include_tax=True).program)
KEY = base64.b64encode(bytes(range(32))).decode()


def document(**changes: Any) -> dict[str, Any]:
    made = {"schema_version": 1, "profile": {"shop_name": "Kopi Kita", "currency": "IDR"}, "key_ring": [KEY],
            "staff": [{"username": "mona", "display_name": "Mona", "role": "manager",
                       "pin_hash": "scrypt$16384$8$1$c2FsdA==$ZGlnZXN0ZGlnZXN0", "active": True}],
            "program": PROGRAM, "catalog": {"categories": [], "products": []}}
    made.update(changes)
    return made


def test_publication_is_head_offices_validated_versioned_and_for_live_terminals_only(
        api: str, engine: sa.engine.Engine) -> None:
    office = ApiTill.enrol(api, engine, "office", head_office=True)
    till = ApiTill.enrol(api, engine, "till")
    try:
        assert till.client.get("/v1/published").json()["error"] == "not_published"
        refused = till.client.put("/v1/published", json={"document": document()})
        assert (refused.status_code, refused.json()["error"]) == (403, "not_head_office")

        for bad in (document(profile={"receipt_printer": "lp0"}),  # a till's own setting does not travel
                    document(key_ring=["not a key"]),
                    document(staff=[{**document()["staff"][0], "pin": "1234"}]),  # a PIN never travels
                    document(schema_version=2),
                    document(program={"currency": "IDR"}),  # not a program the till could run
                    document(staff=[{**document()["staff"][0], "role": "owner"}])):
            answer = office.client.put("/v1/published", json={"document": bad})
            assert answer.status_code == 422, answer.text

        first = office.client.put("/v1/published", json={"document": document()}).json()["version"]
        again = office.client.put("/v1/published", json={"document": document()}).json()["version"]
        later = office.client.put("/v1/published", json={"document": document(profile={"shop_name": "Kopi"})})
        assert (first, again, later.json()["version"]) == (1, 1, 2)
        got = till.client.get("/v1/published").json()
        assert got["version"] == 2 and got["document"]["key_ring"] == [KEY]
        held = till.client.get("/v1/published", params={"known": 2}).json()
        assert held["version"] == 2 and held["document"] is None  # the till has it: not sent again

        anonymous = till.client.get("/v1/published", headers={"Authorization": ""})
        assert anonymous.status_code == 401 and KEY not in anonymous.text
        from loyalty_pos.sync.server import terminals
        terminals.revoke_terminal(engine, "till")
        revoked = till.client.get("/v1/published")
        assert revoked.status_code == 401 and KEY not in revoked.text
    finally:
        office.client.close()
        till.client.close()
