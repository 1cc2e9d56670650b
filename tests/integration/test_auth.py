"""Staff sign-in and manager approval: scrypt PINs, lock-outs after five wrong PINs."""

from __future__ import annotations

import pytest

from loyalty_pos.services import auth
from loyalty_pos.services.auth import AccountLocked, SignInRefused
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
