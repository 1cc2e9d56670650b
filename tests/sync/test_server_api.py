"""The sync server through its HTTP API, on a real PostgreSQL: auth, push, pull, merges."""

from __future__ import annotations

import uuid

import httpx
import sqlalchemy as sa

from loyalty_pos.sync.server import tables as t
from loyalty_pos.sync.server import terminals
from tests.sync.conftest import ApiTill, enrolled, entry


def test_health_answers_without_a_token(api: str) -> None:
    answer = httpx.get(f"{api}/v1/health")
    assert answer.status_code == 200
    body = answer.json()
    assert body["status"] == "ok" and body["server_time"].endswith("Z")


def test_a_code_enrols_once_and_its_token_is_stored_hashed(api: str, engine: sa.engine.Engine) -> None:
    code = terminals.add_terminal(engine, "ApiTill 7", shop_id="s7").code
    body = {"code": code.lower()[:6] + "-" + code.lower()[6:], "terminal_name": "ApiTill 7", "app_version": "1.0"}
    first = httpx.post(f"{api}/v1/terminals/enrol", json=body)
    assert first.status_code == 200, first.text
    assert first.json()["shop_id"] == "s7" and first.json()["terminal_id"] == "T001"
    again = httpx.post(f"{api}/v1/terminals/enrol", json=body)
    assert again.status_code == 403 and again.json()["error"] == "code_invalid"
    token = first.json()["token"]
    with engine.connect() as connection:
        stored = connection.execute(sa.select(t.tokens.c.token_hash)).scalars().all()
        codes = connection.execute(sa.select(t.enrolment_codes.c.code_hash)).scalars().all()
    assert stored == [terminals.digest(token)] and token not in stored
    assert code not in codes


def test_requests_without_or_with_a_wrong_token_are_401(api: str, till: ApiTill) -> None:
    assert httpx.get(f"{api}/v1/pull").json()["error"] == "token_invalid"
    wrong = httpx.get(f"{api}/v1/pull", headers={"Authorization": "Bearer " + "x" * 43})
    assert wrong.status_code == 401 and wrong.json()["error"] == "token_invalid"
    assert till.client.get("/v1/pull").status_code == 200


def test_a_revoked_terminal_is_refused(api: str, engine: sa.engine.Engine, till: ApiTill) -> None:
    assert till.push([till.event("ledger_entry", "e", entry("M1", 10))]).status_code == 200
    terminals.revoke_terminal(engine, "ApiTill 1")
    refused = till.push([till.event("ledger_entry", "e", entry("M1", 10))])
    assert refused.status_code == 401 and refused.json()["error"] == "token_invalid"
    assert till.client.get("/v1/pull").status_code == 401


def test_the_same_batch_twice_stores_each_event_once(till: ApiTill, engine: sa.engine.Engine) -> None:
    events = [till.event("ledger_entry", f"e{i}", entry("M1", 10)) for i in range(5)]
    first = till.push(events)
    assert first.json()["accepted"] == 5 and first.json()["duplicates"] == 0
    second = till.push(list(reversed(events)))
    assert second.status_code == 200 and second.json()["accepted"] == 0 and second.json()["duplicates"] == 5
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(t.events)).scalar_one() == 5
    assert till.balance("M1") == 50


def test_a_same_id_with_another_body_is_409_and_the_batch_stores_nothing(till: ApiTill, engine: sa.engine.Engine) -> None:
    event = till.event("ledger_entry", "e", entry("M1", 10))
    assert till.push([event]).status_code == 200
    fresh = till.event("ledger_entry", "e2", entry("M1", 5))
    forged = {**event, "payload": {**event["payload"], "points": 1000}}
    refused = till.push([fresh, forged])
    assert refused.status_code == 409 and refused.json()["error"] == "event_conflict"
    assert till.balance("M1") == 10  # the fresh event of the refused batch was not kept either


def test_a_batch_with_a_bad_event_stores_none_of_it(till: ApiTill) -> None:
    good = till.event("ledger_entry", "e", entry("M1", 10))
    bad = till.event("ledger_entry", "e", entry("M1", -10, kind="earn"))  # an earn that removes points
    refused = till.push([good, bad])
    assert refused.status_code == 422 and refused.json()["error"] == "event_invalid"
    assert till.balance("M1") == 0


def test_pull_pages_by_seq_and_includes_every_terminal(api: str, engine: sa.engine.Engine, till: ApiTill) -> None:
    other = ApiTill.enrol(api, engine, "ApiTill 2", shop="s2")
    till.push([till.event("ledger_entry", f"a{i}", entry("M1", 1)) for i in range(7)])
    other.push([other.event("ledger_entry", f"b{i}", entry("M2", 1)) for i in range(5)])
    got, cursor = other.pull_all(limit=3)
    assert [e["seq"] for e in got] == sorted(e["seq"] for e in got) and len(got) == 12
    assert {e["origin_terminal"] for e in got} == {till.terminal_id, other.terminal_id}
    assert other.pull_all(since=cursor) == ([], cursor)
    first = got[0]
    assert set(first) == {"event_id", "kind", "key", "at", "hlc", "payload", "seq", "origin_terminal"}


def test_two_tills_offline_earn_and_redeem_reach_one_balance_in_either_order(
        api: str, engine: sa.engine.Engine, till: ApiTill) -> None:
    other = ApiTill.enrol(api, engine, "ApiTill 2", shop="s2")
    a = [till.event("ledger_entry", "x", entry("M9", 100)), till.event("ledger_entry", "x", entry("M9", -80, kind="redeem"))]
    b = [other.event("ledger_entry", "y", entry("M9", 30)), other.event("ledger_entry", "y", entry("M9", -70, kind="redeem"))]
    assert other.push(b).status_code == 200
    assert till.push(a).status_code == 200
    assert till.balance("M9") == other.balance("M9") == -20
    problems = till.client.get("/v1/problems").json()["problems"]
    assert {"kind": "negative_balance", "member_id": "M9", "balance": -20}.items() <= problems[0].items()


def test_an_entry_two_tills_derived_alone_counts_once(api: str, engine: sa.engine.Engine, till: ApiTill) -> None:
    other = ApiTill.enrol(api, engine, "ApiTill 2")
    expiry = entry("M3", -40, kind="expire", entry_id=str(uuid.uuid5(uuid.NAMESPACE_URL, "M3/lot/2026-12-01")))
    till.push([till.event("ledger_entry", "e", entry("M3", 100)), till.event("ledger_entry", "x", expiry)])
    other.push([other.event("ledger_entry", "x", expiry)])
    assert till.balance("M3") == 60


def test_head_office_kinds_are_refused_from_an_ordinary_till(api: str, engine: sa.engine.Engine, till: ApiTill) -> None:
    program = {"version": 2, "program": {"name": "x"}}
    refused = till.push([till.event("program_published", "2", program)])
    assert refused.status_code == 403 and refused.json()["error"] == "not_head_office"
    office = ApiTill.enrol(api, engine, "HQ", shop="hq", head_office=True)
    assert office.push([office.event("program_published", "2", program)]).status_code == 200
    assert till.client.get("/v1/reports/chain").status_code == 403
    report = office.client.get("/v1/reports/chain").json()
    assert report["chain_liability"] == 0


def test_members_merge_field_by_field_and_erasure_wins(api: str, engine: sa.engine.Engine, till: ApiTill) -> None:
    other = ApiTill.enrol(api, engine, "ApiTill 2", shop="s2")
    till.push([till.event("member_enrolled", "M5", enrolled("M5", "Ada"), hlc=till.hlc(100))])
    name_edit = {**enrolled("M5", "Ada Byron"), "changed": ["name"]}
    phone_edit = {**enrolled("M5", "Ada", phone="+447700900999"), "changed": ["phone"]}
    for payload in (name_edit, phone_edit):
        payload.pop("card"), payload.pop("tier")
    # ApiTill 2 edited the phone later than till 1 edited the name; each field keeps its own writer.
    other.push([other.event("member_updated", "M5", phone_edit, hlc=other.hlc(300))])
    till.push([till.event("member_updated", "M5", name_edit, hlc=till.hlc(200))])
    with engine.connect() as connection:
        row = connection.execute(sa.select(t.members).where(t.members.c.member_id == "M5")).one()
    assert row.fields["name"][1] == "Ada Byron" and row.phone == "+447700900999"
    erasure = {"member_id": "M5", "points_forfeited": 0, "cards": [], "receipts": 0, "reason": "request"}
    till.push([till.event("member_erased", "M5", erasure, hlc=till.hlc(250))])
    other.push([other.event("member_updated", "M5", {**phone_edit, "phone": "+447700900111"}, hlc=other.hlc(900))])
    with engine.connect() as connection:
        row = connection.execute(sa.select(t.members).where(t.members.c.member_id == "M5")).one()
    assert row.tombstone == "erased" and row.fields == {} and row.phone is None


def test_one_phone_enrolled_twice_is_listed(api: str, engine: sa.engine.Engine, till: ApiTill) -> None:
    other = ApiTill.enrol(api, engine, "ApiTill 2", shop="s2")
    till.push([till.event("member_enrolled", "MA", enrolled("MA", "Ann"))])
    other.push([other.event("member_enrolled", "MB", enrolled("MB", "Ann B"))])
    listed = [p for p in till.client.get("/v1/problems").json()["problems"] if p["kind"] == "duplicate_phone"]
    assert listed and listed[0]["member_ids"] == ["MA", "MB"]


def test_a_blocked_card_stays_blocked_whatever_the_order(till: ApiTill, engine: sa.engine.Engine) -> None:
    member = enrolled("MC")
    till.push([till.event("card_blocked", member["card"], {"member_id": "MC", "card": member["card"], "reason": "lost"})])
    till.push([till.event("member_enrolled", "MC", member)])
    with engine.connect() as connection:
        assert connection.execute(sa.select(t.cards.c.blocked).where(t.cards.c.card == member["card"])).scalar_one()


def test_a_chain_head_that_goes_back_is_a_problem(till: ApiTill) -> None:
    till.push([], chain_head={"seq": 10, "hash": "ab" * 32})
    till.push([], chain_head={"seq": 12, "hash": "cd" * 32})
    assert till.client.get("/v1/problems").json()["problems"] == []
    till.push([], chain_head={"seq": 8, "hash": "ef" * 32})
    problems = till.client.get("/v1/problems").json()["problems"]
    assert [p["kind"] for p in problems] == ["chain_cut"] and problems[0]["terminal_id"] == till.terminal_id


def test_batches_over_the_caps_are_413(till: ApiTill) -> None:
    events = [till.event("ledger_entry", "e", entry("M1", 1)) for _ in range(1001)]
    answer = till.push(events)
    assert answer.status_code == 413 and answer.json()["error"] == "batch_too_large"
    huge = till.client.post("/v1/push", content=b'{"batch_id": "' + b"x" * (3 * 1024 * 1024) + b'"}',
                            headers={"content-type": "application/json"})
    assert huge.status_code == 413 and huge.json()["error"] == "batch_too_large"

    def chunks():  # no Content-Length: the cap counts what streams in
        for _ in range(40):
            yield b" " * (64 * 1024)

    streamed = till.client.post("/v1/push", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413
