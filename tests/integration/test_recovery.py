"""The recovery code sets a forgotten manager PIN once, then a new code takes its place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from loyalty_pos.app import App, open_app
from loyalty_pos.config import Config
from loyalty_pos.domain.errors import Conflict, ValidationError
from loyalty_pos.jobs.shop_setup import create_shop
from loyalty_pos.services.actor import Role
from loyalty_pos.services.ports import AuditFilter
from loyalty_pos.services.shop import auth, profile
from loyalty_pos.services.shop.recovery import RecoveryRefused, recover_access
from tests.integration.support_shop_setup import MANAGER_PIN, fixed_random, new_shop


@pytest.fixture(scope="module")
def made_shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The shop set up once for the module (a second or two each); every test copies it."""
    data = tmp_path_factory.mktemp("recovery") / "shop"
    return data, create_shop(Config.load(data), new_shop()).created.recovery_code


@pytest.fixture
def shop(made_shop: tuple[Path, str], tmp_path: Path):  # noqa: ANN201 - (App, recovery code)
    template, code = made_shop
    config = Config.load(tmp_path / "shop")
    shutil.copytree(template, config.data_dir)
    app = open_app(config)
    try:
        yield app, code
    finally:
        app.close()


def _recover(app: App, code: str, pin: str = "8520", **extra: object):  # noqa: ANN202
    return recover_access(app.uow(), code=code, new_pin=pin, pin_again=extra.pop("pin_again", pin),
                          terminal_id="01", clock=app.clock, randbelow=fixed_random(9), **extra)


def _actions(app: App) -> list[str]:
    with app.uow(readonly=True) as uow:
        return [record.action for record in uow.audit.search(AuditFilter(), cursor=None, limit=100).rows]


def test_the_code_sets_a_new_pin_and_is_then_used_up(shop) -> None:  # noqa: ANN001
    app, code = shop
    for _ in range(5):  # the manager tried and locked themselves out
        with pytest.raises(auth.LoyaltyError):
            auth.sign_in(app.uow(), username="siti", pin="0000", terminal_id="01", clock=app.clock)
    done = _recover(app, code.lower().replace("-", " "))
    assert done.manager == "siti" and done.recovery_code != code
    assert auth.sign_in(app.uow(), username="siti", pin="8520", terminal_id="01", clock=app.clock).is_manager
    with pytest.raises(auth.SignInRefused):
        auth.sign_in(app.uow(), username="siti", pin=MANAGER_PIN, terminal_id="01", clock=app.clock)
    with pytest.raises(RecoveryRefused):
        _recover(app, code, "9630")  # the old code no longer works
    _recover(app, done.recovery_code, "9630")  # the new one does
    assert "access_recovered" in _actions(app)


def test_a_wrong_code_changes_nothing_and_is_audited(shop) -> None:  # noqa: ANN001
    app, code = shop
    wrong = "34679-ACDEF-HJKMN-PQRTW" if code != "34679-ACDEF-HJKMN-PQRTW" else "44679-ACDEF-HJKMN-PQRTW"
    with pytest.raises(RecoveryRefused):
        _recover(app, wrong)
    assert auth.sign_in(app.uow(), username="siti", pin=MANAGER_PIN, terminal_id="01", clock=app.clock)
    assert "recovery_failed" in _actions(app)


@pytest.mark.parametrize(("pin", "again", "code"), [("1111", "1111", "weak_pin"), ("8520", "8521", "pins_differ")])
def test_the_new_pin_must_be_a_good_one(shop, pin: str, again: str, code: str) -> None:  # noqa: ANN001
    app, recovery = shop
    with pytest.raises(ValidationError) as refused:
        _recover(app, recovery, pin, pin_again=again)
    assert refused.value.code == code


def test_with_several_managers_one_is_named(shop) -> None:  # noqa: ANN001
    app, code = shop
    siti = auth.sign_in(app.uow(), username="siti", pin=MANAGER_PIN, terminal_id="01", clock=app.clock)
    auth.create_staff(app.uow(), username="budi", display_name="Budi", role=Role.MANAGER, pin="4826",
                      actor=siti, clock=app.clock)
    with pytest.raises(ValidationError) as refused:
        _recover(app, code)
    assert refused.value.code == "which_manager" and "budi, siti" in refused.value.message
    assert _recover(app, code, username="budi").manager == "budi"


def test_a_shop_without_a_code(shop) -> None:  # noqa: ANN001
    app, code = shop
    with app.uow() as uow:
        uow.settings.set(profile.RECOVERY_CODE, "")  # a shop set up before recovery codes existed
        uow.commit()
    with pytest.raises(Conflict) as refused:
        _recover(app, code)
    assert "staff reset-pin" in refused.value.message
