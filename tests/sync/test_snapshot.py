"""A new till starts from the chain's snapshot (docs/SYNC_PROTOCOL.md, "Snapshot"), on the
real server: balances equal the server's fold, a load cut off half-way is loaded again
whole, what follows comes by the ordinary pull, and the till's check passes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from loyalty_pos.services.members.cards import block_card
from loyalty_pos.services.members.erasure import erase_member
from loyalty_pos.sync import snapshot as till_snapshot
from loyalty_pos.sync.client import SyncClient
from loyalty_pos.sync.errors import ServerUnreachable
from tests.sync.conftest import ApiTill, Till, enrolled, entry, make_till
from tests.sync.real_server import RealServer


@pytest.fixture
def server(api: str, engine: sa.engine.Engine) -> Iterator[RealServer]:
    made = RealServer(api, engine)
    yield made
    made.close()


def _chain(a: Till) -> list[str]:
    """Members with points, an edit, a blocked card and an erasure, all pushed."""
    ada, bob, cy = a.enrol("Ada Lovelace", phone="+4791234567"), a.enrol("Bob"), a.enrol("Cy")
    a.give(ada.id, 250)
    a.buy_coffee_with_points(ada.id)
    a.give(bob.id, 40)
    a.edit(bob, name="Robert", email="bob@example.com")
    block_card(a.app.uow(), card_number=bob.cards[0].number, reason="lost", actor=a.manager, clock=a.app.clock)
    erase_member(a.app.uow(), cy.id, actor=a.manager, clock=a.app.clock)
    assert a.sync().error is None
    return [ada.id, bob.id, cy.id]


def _counts(till: Till) -> tuple[int, int, int]:
    uow = till.app.uow()
    with uow:
        db = uow.connection  # type: ignore[attr-defined]
        return tuple(db.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()  # type: ignore[return-value]
                     for table in ("members", "cards", "ledger"))


def _uses_snapshot(server: RealServer, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    real = SyncClient.snapshot

    def spy(self: SyncClient, after: str, limit: int) -> dict[str, object]:
        asked.append(after)
        return real(self, after, limit)

    monkeypatch.setattr(SyncClient, "snapshot", spy)
    return asked


def test_a_new_till_starts_from_the_snapshot_with_the_servers_balances(
        server: RealServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _uses_snapshot(server, monkeypatch)
    with ExitStack() as stack:
        a = make_till(stack, server, tmp_path / "a", "till-a")
        ada, bob, cy = _chain(a)
        asked.clear()
        b = make_till(stack, server, tmp_path / "b", "till-b")

        first = b.sync()

        assert first.error is None and asked == [""]
        for member_id in (ada, bob, cy):
            assert b.balance(member_id) == server.balance(member_id) == a.balance(member_id)
        robert = b.member(bob)
        assert robert is not None and robert.name == "Robert" and robert.email == "bob@example.com"
        assert robert.cards[0].status.value == "blocked"
        gone = b.member(cy)
        assert gone is not None and gone.status.value == "erased" and gone.phone is None
        assert b.check_problems() == []
        # The events the snapshot held are not pulled again; what follows arrives as ever.
        before = _counts(b)
        assert b.sync().pulled == 0 and _counts(b) == before
        a.give(ada, 7)
        a.edit(a.member(ada), name="Ada King")  # type: ignore[arg-type]
        assert a.sync().error is None
        assert b.sync().error is None
        assert b.balance(ada) == a.balance(ada) == server.balance(ada)
        assert b.member(ada).name == "Ada King"  # type: ignore[union-attr]
        assert b.check_problems() == []
        # B's own sale for a snapshot member reaches A.
        b.give(ada, 3)
        assert b.sync().error is None and a.sync().error is None
        assert a.balance(ada) == b.balance(ada) == server.balance(ada)


def test_a_snapshot_cut_off_half_way_is_loaded_again_whole(
        server: RealServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(till_snapshot, "SNAPSHOT_PAGE", 1)
    asked = _uses_snapshot(server, monkeypatch)
    with ExitStack() as stack:
        a = make_till(stack, server, tmp_path / "a", "till-a")
        ids = _chain(a)
        b = make_till(stack, server, tmp_path / "b", "till-b")
        calls = {"n": 0}
        spy = SyncClient.snapshot

        def cut(self: SyncClient, after: str, limit: int) -> dict[str, object]:
            calls["n"] += 1
            if calls["n"] == 3:
                raise ServerUnreachable("cut off")
            return spy(self, after, limit)

        monkeypatch.setattr(SyncClient, "snapshot", cut)
        assert b.sync().error is not None
        assert _counts(b)[0] == 0  # nothing of the half load stayed
        asked.clear()

        assert b.sync().error is None

        assert asked[0] == "" and len(asked) >= 3  # from the start again, a page a member
        assert _counts(b) == _counts(a)
        for member_id in ids:
            assert b.balance(member_id) == server.balance(member_id)
        assert b.check_problems() == []


def test_pull_after_a_snapshot_leaves_out_only_what_it_carried(till: ApiTill, engine: sa.engine.Engine) -> None:
    assert till.push([till.event("member_enrolled", "m1", enrolled("m1")),
                      till.event("ledger_entry", "e1", entry("m1", 10))]).status_code == 200
    first = till.client.get("/v1/snapshot").json()
    assert first["as_of"] == 2 and [m["member_id"] for m in first["members"]] == ["m1"]
    assert [e["points"] for e in first["members"][0]["entries"]] == [10]
    later = till.event("ledger_entry", "e2", entry("m1", 5))
    assert till.push([later]).status_code == 200

    page = till.client.get("/v1/pull", params={"since": 0, "snapshot": first["as_of"]}).json()

    assert [e["event_id"] for e in page["events"]] == [later["event_id"]]
    assert page["next_cursor"] == 3 and page["more"] is False
    empty = till.client.get("/v1/pull", params={"since": 0, "snapshot": 2, "limit": 1}).json()
    assert empty["events"][0]["seq"] == 3


def test_the_kinds_pull_leaves_out_are_all_in_the_snapshot() -> None:
    """Each kind left out of pull up to the snapshot's seq is one ingest merges into the
    members, cards or ledger the snapshot pages (else it would be lost to a new till)."""
    from loyalty_pos.domain.events import EventType
    from loyalty_pos.sync.server.effects import covered_kinds
    from loyalty_pos.sync.server.snapshot import SNAPSHOT_KINDS

    assert SNAPSHOT_KINDS <= covered_kinds() | {EventType.LEDGER_ENTRY.value}
    assert EventType.SALE_COMMITTED.value not in SNAPSHOT_KINDS


def test_the_columnar_page_says_what_the_members_page_says(till: ApiTill) -> None:
    """PostgreSQL spells the columns itself; they must hold what the members list holds
    (the till reads either), for an edited member, one with entries and a blocked card,
    and an erased one."""
    from loyalty_pos.sync.server.snapshot import columns

    ada, bob, cy = enrolled("S1", "Ada"), enrolled("S2", "Bob", phone=None), enrolled("S3", "Cy", phone=None)
    edit = {**enrolled("S2", "Robert", phone=None), "changed": ["name"]}
    edit.pop("card"), edit.pop("tier")
    erasure = {"member_id": "S3", "points_forfeited": 0, "cards": [], "receipts": 0, "reason": "request"}
    assert till.push([till.event("member_enrolled", "S1", ada), till.event("member_enrolled", "S2", bob),
                      till.event("member_enrolled", "S3", cy),
                      till.event("ledger_entry", "e1", entry("S1", 10, at="2026-12-06T09:00:00+00:00")),
                      till.event("ledger_entry", "e2", entry("S1", -4, kind="redeem", at="2026-12-06T10:00:00+00:00")),
                      till.event("member_updated", "S2", edit),
                      till.event("card_blocked", bob["card"], {"member_id": "S2", "card": bob["card"], "reason": "lost"}),
                      till.event("member_erased", "S3", erasure)]).status_code == 200

    listed = till.client.get("/v1/snapshot", params={"limit": 2}).json()
    spelled = till.client.get("/v1/snapshot", params={"limit": 2, "shape": "columns"}).json()

    assert spelled["shape"] == "columns" and spelled["next_after"] == listed["next_after"] == "S2"
    assert spelled["as_of"] == listed["as_of"]
    assert spelled["members"] == columns(listed["members"])
    assert spelled["members"]["stamps"]["name"][1] != spelled["members"]["stamps"]["phone"][1]  # the edit's own hlc
    assert spelled["members"]["entries"]["points"] == [10, -4]
    assert spelled["members"]["cards"]["blocked"] == [False, True]
    last = till.client.get("/v1/snapshot", params={"after": "S2", "shape": "columns"}).json()
    assert last["next_after"] is None and last["members"] == columns(
        till.client.get("/v1/snapshot", params={"after": "S2"}).json()["members"])
    assert last["members"]["tombstone"] == ["erased"] and last["members"]["stamps"]["name"] == [None]
    empty = till.client.get("/v1/snapshot", params={"after": "S3", "shape": "columns"}).json()
    assert empty["members"]["member_id"] == [] and empty["members"]["cards"]["card"] == []


def test_a_till_from_before_columns_still_gets_its_members_list_and_loads_it(
        server: RealServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The old shape stays served to a till that does not ask for columns, and this till
    still loads it (a server from before columns ignores ``shape``)."""
    def old_till(self: SyncClient, after: str, limit: int) -> dict[str, object]:
        answer = self._request("GET", "/v1/snapshot", params={"after": after, "limit": limit})
        assert isinstance(answer["members"], list)
        return answer

    monkeypatch.setattr(SyncClient, "snapshot", old_till)
    with ExitStack() as stack:
        a = make_till(stack, server, tmp_path / "a", "till-a")
        ids = _chain(a)
        b = make_till(stack, server, tmp_path / "b", "till-b")

        assert b.sync().error is None

        assert _counts(b) == _counts(a)
        for member_id in ids:
            assert b.balance(member_id) == server.balance(member_id)
        assert b.check_problems() == []


def _snapshot_member(member_id: str) -> dict[str, object]:
    hlc = "0001765000000000-0000-T009"
    return {"member_id": member_id, "home_shop": "main", "tombstone": None, "tombstone_hlc": None,
            "merged_into": None, "cards": [], "entries": [],
            "fields": {name: [hlc, value] for name, value in (
                ("name", "Ada"), ("phone", None), ("email", None), ("birthday", None),
                ("consent_marketing", False), ("consent_data_processing", True), ("tier", "bronze"))}}


def _columns_page(**changes: object) -> dict[str, object]:
    """A columnar page of m1 (fit to load) and m2, with ``changes`` breaking it: each
    key is a column (``part.name`` for stamps, values, cards and entries)."""
    hlc = "0001765000000000-0000-T009"
    values = {"name": ["Ada", "Bob"], "phone": [None, None], "email": [None, None], "birthday": [None, None],
              "consent_marketing": [False, False], "consent_data_processing": [True, True], "tier": ["bronze"] * 2}
    page: dict[str, object] = {
        "member_id": ["m1", "m2"], "home_shop": ["main"] * 2, "tombstone": [None, None],
        "tombstone_hlc": [None, None], "merged_into": [None, None],
        "stamps": {name: [hlc, hlc] for name in values}, "values": values,
        "cards": {"member_id": ["m1", "m2"], "card": ["9400000000000001", "9400000000000002"],
                  "blocked": [False, False], "blocked_reason": [None, None]},
        "entries": {"entry_id": ["e1"], "member_id": ["m2"], "kind": ["earn"], "points": [5],
                    "at": ["2026-12-06T09:00:00+00:00"], "terminal_id": ["T009"], "actor": ["cashier"],
                    "sale_ref": [None], "reason": [None], "reward_id": [None], "expires_at": [None]}}
    for key, value in changes.items():
        part, _, name = key.partition(".")
        if name:
            page[part] = {**page[part], name: value}  # type: ignore[dict-item]
        else:
            page[part] = value
    return {"as_of": 5, "shape": "columns", "members": page, "next_after": None}


def test_the_columnar_page_the_hostile_cases_break_loads_whole(
        tmp_path: Path, till_shops: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """So each case below is refused for what it changes, not for the page it starts from."""
    from tests.sync.contract_server import ContractServer

    monkeypatch.setattr(SyncClient, "snapshot", lambda self, after, limit: _columns_page())
    with ExitStack() as stack:
        b = make_till(stack, ContractServer(), tmp_path / "b", "till-b", template=till_shops[1])

        assert b.sync().error is None

        assert b.member("m1").name == "Ada" and b.member("m2").cards[0].number == "9400000000000002"  # type: ignore[union-attr]
        assert b.balance("m2") == 5 and b.check_problems() == []


@pytest.mark.parametrize("pages", [
    # a server going round in circles: the same page, the same next_after, for ever
    [{"as_of": 5, "members": [_snapshot_member("m1")], "next_after": "m1"}] * 50,
    # one member on two pages
    [{"as_of": 5, "members": [_snapshot_member("m1")], "next_after": "m1"},
     {"as_of": 5, "members": [_snapshot_member("m1")], "next_after": None}],
])
def test_a_snapshot_that_breaks_the_protocol_is_refused_and_leaves_nothing(
        tills: tuple[Till, Till], monkeypatch: pytest.MonkeyPatch, pages: list[dict[str, object]]) -> None:
    _, b = tills
    served = iter(pages)
    monkeypatch.setattr(SyncClient, "snapshot", lambda self, after, limit: next(served))

    result = b.sync()

    assert result.error is not None and result.error_code in ("protocol", "snapshot_duplicate")
    assert b.member("m1") is None
    if len(pages) > 2:
        assert next(served, None) is not None  # stopped, not run to the end


def test_the_snapshot_endpoint_refuses_bad_queries_with_4xx(till: ApiTill) -> None:
    assert till.client.get("/v1/snapshot", params={"shape": "rows"}).status_code == 422
    assert till.client.get("/v1/snapshot", params={"limit": 0}).status_code == 422
    assert till.client.get("/v1/snapshot", params={"limit": 20_001}).status_code == 422
    assert till.client.get("/v1/snapshot", params={"after": "x" * 65}).status_code == 422
    assert 400 <= till.client.get("/v1/snapshot", params={"after": "a\x00b"}).status_code < 500
    assert 400 <= till.client.get("/v1/pull", params={"snapshot": -1}).status_code < 500
    anonymous = httpx.get(f"{till.base}/v1/snapshot")
    assert anonymous.status_code == 401


@pytest.fixture(scope="module")
def one_till(tmp_path_factory: pytest.TempPathFactory, till_shops: tuple[Path, Path]) -> Iterator[Till]:
    """One till for every refused page: a refused load keeps nothing, so the next case
    starts from the same empty till (each asserts that it does)."""
    from tests.sync.contract_server import ContractServer

    with ExitStack() as stack:
        yield make_till(stack, ContractServer(), tmp_path_factory.mktemp("refusing") / "till", "till-r",
                        template=till_shops[1])


@pytest.mark.parametrize("page", [
    # columnar pages a till cannot trust: the whole page is refused, m1 with it
    _columns_page(**{"stamps.name": ["0001765000000000-0000-T009"]}),  # a column shorter than the page
    _columns_page(**{"cards.member_id": ["m1", "m9"]}),  # a card of a member not on the page
    _columns_page(**{"stamps.email": ["0001765000000000-0000-T009", "yesterday"]}),  # not an hlc
    _columns_page(**{"stamps.phone": ["0001765000000000-0000-T009", 1765000000000]}),  # not text
    _columns_page(member_id=["m1", ""]),  # a member with no id
    _columns_page(tombstone=[None, "vanished"], tombstone_hlc=[None, "0001765000000000-0000-T009"]),
    _columns_page(**{"entries.points": ["5"]}),  # int() would have taken it
    _columns_page(**{"entries.points": [5.9]}),  # and quietly made it 5
    _columns_page(**{"entries.member_id": ["m9"]}),  # an entry of a member not on the page
    _columns_page(**{"entries.entry_id": [None]}),
    _columns_page(stamps=[]),  # a part that is not an object of columns
    _columns_page(**{"values.phone": [None, ["+4791234567"]]}),  # SQLite would refuse it past the checks
    _columns_page(**{"values.consent_marketing": [False, "yes"]}),
    _columns_page(**{"cards.card": ["9400000000000001", 9400000000000002]}),
    {"as_of": 5, "shape": "columns", "members": "m1,m2", "next_after": None},
])
def test_a_columnar_page_a_till_cannot_trust_is_refused_whole(
        one_till: Till, monkeypatch: pytest.MonkeyPatch, page: dict[str, object]) -> None:
    monkeypatch.setattr(SyncClient, "snapshot", lambda self, after, limit: page)

    result = one_till.sync()

    assert result.error is not None and result.error_code == "protocol"
    assert one_till.member("m1") is None and _counts(one_till)[0] == 0
