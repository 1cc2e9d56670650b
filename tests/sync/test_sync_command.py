"""``loyalty-pos sync register`` and ``loyalty-pos sync`` from a shell, against the contract server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runs import run_cli
from tests.integration.conftest import demo_shop_at
from tests.store_digest import store_digest
from tests.sync.contract_server import ContractServer


@pytest.fixture
def data(tmp_path: Path, server: ContractServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    with demo_shop_at(tmp_path / "till"):
        pass
    monkeypatch.setattr("loyalty_pos.sync.client.default_transport", server.transport())
    return tmp_path / "till"


def test_register_then_a_round_prints_what_moved(capsys: pytest.CaptureFixture[str], data: Path,
                                                server: ContractServer) -> None:
    code = server.add_terminal("front")
    assert run_cli(capsys, "--data-dir", str(data), "sync") [0] == 1  # not registered yet

    registered, out, _ = run_cli(capsys, "--data-dir", str(data), "sync", "register", "https://chain.example",
                                 code, "--name", "front")
    assert registered == 0 and "registered as terminal T001" in out

    moved, out, err = run_cli(capsys, "--data-dir", str(data), "sync")
    assert moved == 0 and err == ""
    assert "pulled" in out and ", 0 waiting" in out


def test_a_used_code_and_plain_http_are_refused(capsys: pytest.CaptureFixture[str], data: Path,
                                               server: ContractServer) -> None:
    code = server.add_terminal("front")
    assert run_cli(capsys, "--data-dir", str(data), "sync", "register", "http://chain.example", code)[0] == 1
    assert run_cli(capsys, "--data-dir", str(data), "sync", "register", "https://chain.example", code)[0] == 0
    again, _, err = run_cli(capsys, "--data-dir", str(data), "sync", "register", "https://chain.example", code)
    assert again == 1 and "unknown, used or expired" in err


def test_offline_exits_3_and_the_events_wait(capsys: pytest.CaptureFixture[str], data: Path,
                                            server: ContractServer) -> None:
    code = server.add_terminal("front")
    run_cli(capsys, "--data-dir", str(data), "sync", "register", "https://chain.example", code)
    server.down = True
    offline, out, err = run_cli(capsys, "--data-dir", str(data), "sync")
    assert offline == 3 and "cannot be reached" in err
    assert "waiting" in out and ", 0 waiting" not in out


def test_a_round_on_an_unregistered_till_changes_nothing(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    before = store_digest(data / "loyalty.sqlite", None)
    assert run_cli(capsys, "--data-dir", str(data), "sync")[0] == 1
    assert store_digest(data / "loyalty.sqlite", None) == before


def test_join_makes_an_empty_folder_a_till_of_the_chain_or_leaves_it_empty(
        capsys: pytest.CaptureFixture[str], data: Path, server: ContractServer, tmp_path: Path) -> None:
    from loyalty_pos.config import Config
    from loyalty_pos.jobs.shop_setup import shop_exists

    office = server.add_terminal("office", head_office=True)
    run_cli(capsys, "--data-dir", str(data), "sync", "register", "https://chain.example", office)
    assert run_cli(capsys, "--data-dir", str(data), "sync")[0] == 0  # head office publishes the shop
    assert len(server.publications) == 1 and len(server.publications[0]["key_ring"]) == 1
    assert run_cli(capsys, "--data-dir", str(data), "sync")[0] == 0
    assert len(server.publications) == 1  # nothing changed: nothing new published

    joining = tmp_path / "new-till"
    refused, _, err = run_cli(capsys, "--data-dir", str(joining), "join", "https://chain.example", "NOT-A-CODE")
    assert refused == 1 and "unknown, used or expired" in err
    server.down = True
    offline, _, err = run_cli(capsys, "--data-dir", str(joining), "join", "https://chain.example",
                              server.add_terminal("new"))
    assert offline == 3 and "cannot be reached" in err
    assert not shop_exists(Config.load(joining))
    server.down = False
    joined, out, _ = run_cli(capsys, "--data-dir", str(joining), "join", "https://chain.example",
                             server.add_terminal("new-2"), "--name", "new-2")
    assert joined == 0 and "joined the chain as terminal" in out
    assert shop_exists(Config.load(joining))
