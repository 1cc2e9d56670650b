"""Staff sign-in and manager approval: scrypt PINs, lock-outs after five wrong PINs."""

from __future__ import annotations

import pytest

from loyalty_pos.demo.shop import SECOND_MANAGER_USER
from loyalty_pos.domain.errors import Conflict, PermissionDenied, ValidationError
from loyalty_pos.services.shop import auth
from loyalty_pos.services.actor import SYSTEM, Actor, Role
from loyalty_pos.services.shop.auth import AccountLocked, SignInRefused
from loyalty_pos.services.ports import AuditFilter
from tests.integration.conftest import Shop


def test_sign_in_and_lock_after_five_wrong_pins(shop: Shop) -> None:
    actor = auth.sign_in(shop.uow(), username="Cashier", pin="1111", terminal_id="01", clock=shop.clock)
    assert actor.username == "cashier" and not actor.is_manager
    for _ in range(4):
        with pytest.raises(SignInRefused):
            auth.sign_in(shop.uow(), username="cashier", pin="0000", terminal_id="01", clock=shop.clock)
    with pytest.raises(AccountLocked):
        auth.sign_in(shop.uow(), username="cashier", pin="0000", terminal_id="01", clock=shop.clock)
    with pytest.raises(AccountLocked):  # even the right PIN waits
        auth.sign_in(shop.uow(), username="cashier", pin="1111", terminal_id="01", clock=shop.clock)
    shop.clock.advance(minutes=6)
    assert auth.sign_in(shop.uow(), username="cashier", pin="1111", terminal_id="01", clock=shop.clock)


def test_pins_are_stored_as_scrypt_hashes(shop: Shop) -> None:
    with shop.uow(readonly=True) as uow:
        staff = uow.staff.get("manager")
    assert staff is not None and staff.pin_hash.startswith("scrypt$") and "9999" not in staff.pin_hash


def test_manager_approval_pauses_after_five_wrong_pins_at_a_till(shop: Shop) -> None:
    approver = auth.verify_manager_pin(shop.uow(), pin="9999", terminal_id="01", clock=shop.clock)
    assert approver.username == "manager" and approver.is_manager
    with pytest.raises(SignInRefused):
        auth.verify_manager_pin(shop.uow(), pin="1111", terminal_id="01", clock=shop.clock)  # a cashier's PIN
    for _ in range(4):
        with pytest.raises(SignInRefused):
            auth.verify_manager_pin(shop.uow(), pin="0000", terminal_id="01", clock=shop.clock)
    with pytest.raises(AccountLocked):
        auth.verify_manager_pin(shop.uow(), pin="9999", terminal_id="01", clock=shop.clock)
    # another till is not affected
    assert auth.verify_manager_pin(shop.uow(), pin="9999", terminal_id="02", clock=shop.clock)
    shop.clock.advance(minutes=6)
    assert auth.verify_manager_pin(shop.uow(), pin="9999", terminal_id="01", clock=shop.clock)


def test_a_manager_creates_staff_who_can_sign_in(shop: Shop) -> None:
    created = auth.create_staff(shop.uow(), username=" Ola.B ", display_name="Ola Berg", role=Role.CASHIER,
                                pin="2468", actor=shop.manager, clock=shop.clock)
    assert created.username == "ola.b" and created.active
    assert auth.sign_in(shop.uow(), username="ola.b", pin="2468", terminal_id="01", clock=shop.clock)
    with pytest.raises(Conflict, match="ola.b is taken"):
        auth.create_staff(shop.uow(), username="ola.b", display_name="Other", role=Role.CASHIER,
                          pin="1357", actor=shop.manager, clock=shop.clock)
    with pytest.raises(ValidationError, match="4 to 12 digits"):
        auth.create_staff(shop.uow(), username="per", display_name="Per", role=Role.CASHIER,
                          pin="12", actor=shop.manager, clock=shop.clock)
    with pytest.raises(ValidationError, match="letters, digits"):
        auth.create_staff(shop.uow(), username="per hansen", display_name="Per", role=Role.CASHIER,
                          pin="1234", actor=shop.manager, clock=shop.clock)
    with pytest.raises(PermissionDenied):
        auth.create_staff(shop.uow(), username="per", display_name="Per", role=Role.MANAGER,
                          pin="1234", actor=shop.cashier, clock=shop.clock)
    with shop.uow(readonly=True) as uow:
        assert uow.staff.get("per") is None


def test_reset_pin_replaces_the_old_pin_and_lifts_a_lock(shop: Shop) -> None:
    for _ in range(5):
        with pytest.raises((SignInRefused, AccountLocked)):
            auth.sign_in(shop.uow(), username="cashier", pin="0000", terminal_id="01", clock=shop.clock)
    auth.reset_pin(shop.uow(), username="cashier", pin="5555", actor=shop.manager, clock=shop.clock)
    with pytest.raises(SignInRefused):
        auth.sign_in(shop.uow(), username="cashier", pin="1111", terminal_id="01", clock=shop.clock)
    assert auth.sign_in(shop.uow(), username="cashier", pin="5555", terminal_id="01", clock=shop.clock)
    with pytest.raises(PermissionDenied):
        auth.reset_pin(shop.uow(), username="manager", pin="5555", actor=shop.cashier, clock=shop.clock)


def test_unlock_lets_a_locked_cashier_sign_in_at_once(shop: Shop) -> None:
    with pytest.raises(Conflict, match="not locked"):
        auth.unlock(shop.uow(), username="cashier", actor=shop.manager, clock=shop.clock)
    for _ in range(5):
        with pytest.raises((SignInRefused, AccountLocked)):
            auth.sign_in(shop.uow(), username="cashier", pin="0000", terminal_id="01", clock=shop.clock)
    listed = {s.username: s for s in auth.list_staff(shop.uow(readonly=True), actor=shop.manager, clock=shop.clock)}
    assert listed["cashier"].locked_until is not None and listed["manager"].locked_until is None
    auth.unlock(shop.uow(), username="cashier", actor=shop.manager, clock=shop.clock)
    assert auth.sign_in(shop.uow(), username="cashier", pin="1111", terminal_id="01", clock=shop.clock)
    listed = {s.username: s for s in auth.list_staff(shop.uow(readonly=True), actor=shop.manager, clock=shop.clock)}
    assert listed["cashier"].locked_until is None
    assert _actions(shop)[-2:] == ["staff_unlocked", "signed_in"]


def test_deactivated_staff_cannot_sign_in_until_reactivated(shop: Shop) -> None:
    auth.set_active(shop.uow(), username="cashier", active=False, actor=shop.manager, clock=shop.clock)
    with pytest.raises(SignInRefused):
        auth.sign_in(shop.uow(), username="cashier", pin="1111", terminal_id="01", clock=shop.clock)
    auth.set_active(shop.uow(), username="cashier", active=True, actor=shop.manager, clock=shop.clock)
    assert auth.sign_in(shop.uow(), username="cashier", pin="1111", terminal_id="01", clock=shop.clock)
    assert _actions(shop).count("staff_deactivated") == 1 and _actions(shop).count("staff_activated") == 1


def test_a_manager_cannot_deactivate_themself_or_the_last_active_manager(shop: Shop) -> None:
    # The demo's second manager stands down first: the shop starts from one active manager.
    auth.set_active(shop.uow(), username=SECOND_MANAGER_USER, active=False, actor=shop.manager, clock=shop.clock)
    with pytest.raises(ValidationError, match="your own account"):
        auth.set_active(shop.uow(), username="manager", active=False, actor=shop.manager, clock=shop.clock)
    before = _actions(shop)
    with pytest.raises(ValidationError, match="last active manager"):  # e.g. from the admin command line
        auth.set_active(shop.uow(), username="manager", active=False, actor=SYSTEM, clock=shop.clock)
    assert _actions(shop) == before  # nothing saved, nothing audited
    auth.create_staff(shop.uow(), username="boss", display_name="Second Manager", role=Role.MANAGER,
                      pin="4321", actor=shop.manager, clock=shop.clock)
    boss = Actor("boss", Role.MANAGER, "01")
    auth.set_active(shop.uow(), username="manager", active=False, actor=boss, clock=shop.clock)
    with pytest.raises(ValidationError, match="last active manager"):
        auth.set_active(shop.uow(), username="boss", active=False, actor=SYSTEM, clock=shop.clock)
    with shop.uow(readonly=True) as uow:
        assert [s.username for s in uow.staff.all() if s.role == "manager" and s.active] == ["boss"]


def _actions(shop: Shop) -> list[str]:
    with shop.uow(readonly=True) as uow:
        return [row.action for row in reversed(uow.audit.search(AuditFilter(), cursor=None, limit=10_000).rows)]
