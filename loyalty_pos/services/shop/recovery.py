"""Back in with the recovery code when the shop's manager forgot the PIN.

Whoever holds the code (printed once at setup) sets a new PIN for a manager; the
code is then used up and a new one issued, so a code seen by someone else stops
working the moment the owner uses it. Wrong codes are audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from loyalty_pos.domain.errors import Conflict, LoyaltyError, ValidationError
from loyalty_pos.domain.pins import check_new_pin
from loyalty_pos.domain.recovery_codes import normalise_recovery_code
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import Clock
from loyalty_pos.domain import events
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import StaffRecord, UnitOfWork
from loyalty_pos.services.shop import auth, profile
from loyalty_pos.services.shop.setup import recovery_code_and_hash


class RecoveryRefused(LoyaltyError):
    code = "recovery_refused"
    template = "That is not this shop's recovery code; nothing was changed."


@dataclass(frozen=True, slots=True)
class AccessRecovered:
    manager: str  # whose PIN was set
    recovery_code: str  # the next code, shown once


def recover_access(
    uow: UnitOfWork,
    *,
    code: str,
    new_pin: str,
    pin_again: str | None = None,
    username: str | None = None,
    terminal_id: str,
    clock: Clock,
    randbelow: Callable[[int], int],
) -> AccessRecovered:
    """Set ``new_pin`` for the manager ``username`` (default: the shop's only active
    manager) when ``code`` is the shop's recovery code; unlocks the account too."""
    typed = normalise_recovery_code(code)
    check_new_pin(new_pin, pin_again)
    pin_hash = auth.hash_pin(new_pin)
    next_code, next_hash = recovery_code_and_hash(randbelow)
    now = clock.now()
    with uow:
        stored = uow.settings.get(profile.RECOVERY_CODE)
        if not stored:
            raise Conflict(code="no_recovery_code",
                           template="This shop has no recovery code (it was set up before codes existed); another manager can reset the PIN with: loyalty-pos staff reset-pin")
        if not auth.pin_matches(typed, stored):
            record(uow, Actor("unknown", Role.CASHIER, terminal_id), events.RecoveryFailed(username), now)
            uow.commit()
            raise RecoveryRefused()
        manager = _manager(uow, username)
        actor = Actor(manager.username, Role.MANAGER, terminal_id)
        uow.staff.put(replace(manager, pin_hash=pin_hash, failed_attempts=0, locked_until=None))
        uow.settings.set(profile.RECOVERY_CODE, next_hash)
        record(uow, actor, events.AccessRecovered(manager.username), now)
        uow.commit()
    return AccessRecovered(manager=manager.username, recovery_code=next_code)


def only_manager(uow: UnitOfWork) -> str:
    """The user name of the shop's only active manager; asks for a name when there are several."""
    with uow:
        return _manager(uow, None).username


def _manager(uow: UnitOfWork, username: str | None) -> StaffRecord:
    managers = [s for s in uow.staff.all() if s.role is Role.MANAGER and s.active]
    if username is not None:
        wanted = username.strip().lower()
        found = next((s for s in managers if s.username == wanted), None)
        if found is None:
            raise ValidationError(code="not_a_manager", template="{wanted} is not an active manager of this shop.",
                                  wanted=wanted)
        return found
    if len(managers) != 1:
        names = ", ".join(sorted(s.username for s in managers)) or "none"
        raise ValidationError(code="which_manager",
                              template="This shop has several managers ({names}): name one with --manager.",
                              names=names)
    return managers[0]
