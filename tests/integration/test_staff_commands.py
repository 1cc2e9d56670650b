"""``loyalty-pos staff ...``: a manager's PIN from a private file, the environment or the terminal."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from loyalty_pos.app import open_app
from loyalty_pos.cli import pin_input
from loyalty_pos.config import Config
from loyalty_pos.jobs.shop_setup import create_shop
from loyalty_pos.services.ports import AuditFilter
from loyalty_pos.services.shop import auth
from tests.cli_runs import run_cli
from tests.integration.support_shop_setup import MANAGER_PIN, new_shop

CODE = re.compile(r"^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})$", re.MULTILINE)


@pytest.fixture(scope="module")
def made_shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The shop set up once for the module (a second or two each); every test copies it."""
    data = tmp_path_factory.mktemp("staff") / "shop"
    return data, create_shop(Config.load(data), new_shop()).created.recovery_code


@pytest.fixture
def shop(made_shop: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A set-up shop (manager siti, PIN 2580) and its recovery code; no PIN in the environment."""
    monkeypatch.delenv(pin_input.PIN_ENV, raising=False)
    template, code = made_shop
    data = tmp_path / "shop"
    shutil.copytree(template, data)
    return data, code


def _secret(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n")
    path.chmod(0o600)
    return path


def _run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--data-dir", str(data), "staff", *argv)


def _signs_in(data: Path, username: str, pin: str) -> bool:
    app = open_app(Config.load(data))
    try:
        auth.sign_in(app.uow(), username=username, pin=pin, terminal_id="01", clock=app.clock)
        return True
    except auth.LoyaltyError:
        return False
    finally:
        app.close()


def _audited(data: Path) -> list[str]:
    app = open_app(Config.load(data))
    try:
        with app.uow(readonly=True) as uow:
            return [r.action for r in uow.audit.search(AuditFilter(), cursor=None, limit=200).rows]
    finally:
        app.close()


def test_add_list_reset_and_disable(shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    data, _code = shop
    mine = _secret(tmp_path, "mine", MANAGER_PIN)
    theirs = _secret(tmp_path, "theirs", "4826")
    code, out, err = _run(capsys, data, "add", "ola", "--name", "Ola Nordmann", "--pin-file", str(mine),
                          "--new-pin-file", str(theirs))
    assert code == 0, err
    assert "added the cashier ola (Ola Nordmann)" in out
    assert _signs_in(data, "ola", "4826")
    code, out, _ = _run(capsys, data, "list", "--pin-file", str(mine))
    assert code == 0
    rows = [line.split() for line in out.strip().splitlines()]
    assert rows[0][:3] == ["USER", "NAME", "ROLE"]
    assert ["ola", "cashier", "active", "Ola", "Nordmann"] in rows
    assert ["siti", "manager", "active", "Siti", "Rahayu"] in rows
    code, out, _ = _run(capsys, data, "reset-pin", "ola", "--pin-file", str(mine),
                        "--new-pin-file", str(_secret(tmp_path, "new", "7531")))
    assert code == 0 and "new PIN set for ola" in out
    assert _signs_in(data, "ola", "7531") and not _signs_in(data, "ola", "4826")
    code, out, _ = _run(capsys, data, "disable", "ola", "--pin-file", str(mine))
    assert code == 0 and "ola can no longer sign in" in out
    assert not _signs_in(data, "ola", "7531")
    assert {"staff_created", "pin_reset", "staff_deactivated"} <= set(_audited(data))


def test_the_pin_from_the_environment(shop, tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    data, _code = shop
    monkeypatch.setenv(pin_input.PIN_ENV, MANAGER_PIN)
    code, out, err = _run(capsys, data, "list")
    assert code == 0, err
    assert "siti" in out


def test_asked_at_the_terminal(shop, capsys, monkeypatch) -> None:  # noqa: ANN001
    data, _code = shop
    answers = iter([MANAGER_PIN, "4826", "4826"])  # the manager's PIN, then the new one twice
    prompts: list[str] = []
    monkeypatch.setattr(pin_input, "can_ask", lambda: True)
    monkeypatch.setattr(pin_input.getpass, "getpass", lambda prompt: prompts.append(prompt) or next(answers))
    code, out, err = _run(capsys, data, "add", "kari", "--name", "Kari", "--role", "manager")
    assert code == 0, err
    assert prompts == ["PIN of the manager siti (not shown): ", "New PIN for kari (4-12 digits, not shown): ",
                       "The same PIN again: "]
    assert _signs_in(data, "kari", "4826")


@pytest.mark.parametrize(("argv", "words"), [
    (("disable", "siti"), "your own account"),
    (("add", "ola", "--name", "Ola"), "in a row"),  # new PIN 1234
    (("add", "Ola Nordmann", "--name", "Ola"), "letters, digits"),
    (("reset-pin", "nobody"), "nobody was not found"),
])
def test_refusals_are_one_clear_line(shop, tmp_path: Path, capsys, argv, words: str) -> None:  # noqa: ANN001
    data, _code = shop
    code, _, err = _run(capsys, data, *argv, "--pin-file", str(_secret(tmp_path, "mine", MANAGER_PIN)),
                        *(("--new-pin-file", str(_secret(tmp_path, "weak", "1234"))) if argv[0] != "disable" else ()))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], err


def test_a_wrong_manager_pin_changes_nothing(shop, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    data, _code = shop
    code, _, err = _run(capsys, data, "add", "ola", "--name", "Ola", "--pin-file", str(_secret(tmp_path, "x", "9631")),
                        "--new-pin-file", str(_secret(tmp_path, "y", "4826")))
    assert code == 2 and "Wrong user name or PIN" in err
    assert not _signs_in(data, "ola", "4826")


def test_no_shop_yet(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    code, _, err = _run(capsys, tmp_path / "empty", "list")
    assert code == 2 and "There is no shop in" in err and "loyalty-pos init" in err


def test_recover_a_forgotten_pin(shop, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    data, recovery = shop
    code, out, err = _run(capsys, data, "recover", "--code-file", str(_secret(tmp_path, "code", recovery)),
                          "--pin-file", str(_secret(tmp_path, "pin", "8520")))
    assert code == 0, err
    assert "new PIN set for siti" in out
    new_codes = CODE.findall(out)
    assert len(new_codes) == 1 and new_codes[0] != recovery
    assert _signs_in(data, "siti", "8520")
    code, _, err = _run(capsys, data, "recover", "--code-file", str(_secret(tmp_path, "code", recovery)),
                        "--pin-file", str(_secret(tmp_path, "pin", "9630")))
    assert code == 2 and "not this shop's recovery code" in err
    assert "access_recovered" in _audited(data) and "recovery_failed" in _audited(data)
