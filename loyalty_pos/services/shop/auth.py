"""Staff accounts and PIN sign-in: scrypt hashes, lock-out after repeated failures."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from loyalty_pos.domain.approvals import Approval, ApprovalAction, ApprovalRefused, check_approval
from loyalty_pos.domain.errors import Conflict, LoyaltyError, NotFound, PermissionDenied, ValidationError
from loyalty_pos.domain.events import (
    ApprovalFailed,
    ApprovalGiven,
    ApprovalIssued,
    PinReset,
    SignInFailed,
    SignedIn,
    StaffActivated,
    StaffCreated,
    StaffDeactivated,
    StaffUnlocked,
)
from loyalty_pos.domain.limits import MAX_SALE_MINOR, check_amount
from loyalty_pos.domain.usernames import clean_username
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import StaffRecord, UnitOfWork
from loyalty_pos.services.shop.shop import shop_zone

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)
_MAX_DISPLAY_NAME = 120  # the staff table's column width
# scrypt cost: ~50 ms per check on a till CPU: cheap at sign-in, costly for brute force.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


@dataclass(frozen=True, slots=True)
class StaffView:
    """A staff account as a manager sees it: never the PIN hash."""

    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None  # in the shop's time zone; None unless locked now
    phone: str | None = None  # the holder's phone: their own member card is the member with it
    member_id: str | None = None  # the holder's own member record, when a manager linked it


class SignInRefused(LoyaltyError):
    code = "sign_in_refused"
    template = "Wrong user name or PIN."


class AccountLocked(LoyaltyError):
    code = "account_locked"
    template = "Too many wrong PINs: {username} is locked until {until}."


def _validate_pin(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
        raise ValidationError(code="bad_pin", template="A PIN is 4 to 12 digits.")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    _validate_pin(pin)
    return hash_secret(pin, salt=salt)


def hash_secret(secret: str, *, salt: bytes | None = None) -> str:
    """A PIN's or the recovery code's stored form; :func:`pin_matches` checks either."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def create_staff(
    uow: UnitOfWork, *, username: str, display_name: str, role: Role, pin: str, actor: Actor, clock: Clock
) -> StaffRecord:
    username = clean_username(username)
    if len(display_name.strip()) > _MAX_DISPLAY_NAME:
        raise ValidationError(code="bad_display_name",
                              template="A display name is at most {limit} characters.", limit=_MAX_DISPLAY_NAME)
    pin_hash = hash_pin(pin)  # before the transaction: scrypt is slow on purpose
    with uow:
        if uow.staff.all() and not actor.is_manager:
            actor.require_manager("Creating staff")
        if uow.staff.get(username) is not None:
            raise Conflict(code="staff_exists", template="The user name {username} is taken.", username=username)
        staff = StaffRecord(username, display_name.strip() or username, role, pin_hash, True, 0, None)
        uow.staff.put(staff)
        record(uow, actor, StaffCreated(username, role), clock.now())
        uow.commit()
    return staff


def sign_in(uow: UnitOfWork, *, username: str, pin: str, terminal_id: str, clock: Clock) -> Actor:
    """The signed-in :class:`Actor`, or a refusal that never says which half was wrong."""
    username = username.strip().lower()
    now = clock.now()
    with uow:
        staff = uow.staff.get(username)
        if staff is None or not staff.active:
            raise SignInRefused()
        if staff.locked_until is not None and staff.locked_until > now:
            raise AccountLocked(username=username, until=staff.locked_until.strftime("%H:%M"))
        if not pin_matches(pin, staff.pin_hash):
            failed = staff.failed_attempts + 1
            locked = now + LOCKOUT if failed >= MAX_FAILED_ATTEMPTS else None
            uow.staff.put(replace(staff, failed_attempts=0 if locked else failed, locked_until=locked))
            actor = Actor(username, staff.role, terminal_id)
            record(uow, actor, SignInFailed(username, failed, locked is not None), now)
            uow.commit()
            if locked:
                raise AccountLocked(username=username, until=locked.strftime("%H:%M"))
            raise SignInRefused()
        actor = Actor(username, staff.role, terminal_id)
        uow.staff.put(replace(staff, failed_attempts=0, locked_until=None))
        record(uow, actor, SignedIn(username), now)
        uow.commit()
    return actor


def use_approval(uow: UnitOfWork, actor: Actor, approval_id: str | None, *, action: ApprovalAction,
                 amount_minor: int, subject_id: str, now: datetime, code: str, template: str) -> Approval | None:
    """A cashier's action that needs a manager, inside the action's own transaction: the
    approval must be one :func:`issue_approval` stored for exactly this action, amount and
    subject, unexpired and unused; it is used up here, so it commits or rolls back with
    the action. A manager acting needs none (None). ``template`` is the whole refusal
    sentence without an approval (a catalogue entry under ``code``)."""
    if actor.is_manager:
        return None
    if not approval_id:
        raise PermissionDenied(code=code, template=template)
    return spend_approval(uow, approval_id, action=action, amount_minor=amount_minor, subject_id=subject_id,
                          now=now)


def spend_approval(uow: UnitOfWork, approval_id: str, *, action: ApprovalAction, amount_minor: int,
                   subject_id: str, now: datetime) -> Approval:
    """The approval ``approval_id`` for exactly this action, amount and subject, given by a
    manager who is still an active manager, used up in the caller's transaction."""
    approval = check_approval(uow.approvals.get(approval_id), action=action, amount_minor=amount_minor,
                              subject_id=subject_id, now=now)
    approver = uow.staff.get(approval.approver)
    if approver is None or approver.role is not Role.MANAGER or not approver.active:
        raise ApprovalRefused(code="approval_invalid", approver=approval.approver,
                              template="The manager's approval does not hold: {approver} is no longer an active "
                                       "manager. Ask a manager to approve again.")
    if not uow.approvals.use(approval.approval_id, now):
        raise ApprovalRefused(code="approval_invalid", template="The manager's approval does not hold: it was already "
                                                                "used. Ask a manager to approve again.")
    return approval


def _approval_key(terminal_id: str) -> str:
    return f"approval_failures:{terminal_id}"


def verify_manager_pin(uow: UnitOfWork, *, pin: str, terminal_id: str, clock: Clock) -> Actor:
    """A manager approving a cashier's action types their PIN; any active manager's PIN works.

    Nobody names the manager, so failures count per till: after five wrong PINs,
    approvals at that till pause for a while (the same brake as sign-in has).
    """
    now = clock.now()
    with uow:
        actor = _manager_by_pin(uow, pin=pin, terminal_id=terminal_id, now=now)
        record(uow, actor, ApprovalGiven(terminal_id), now)
        uow.commit()
    return actor


def issue_approval(uow: UnitOfWork, *, pin: str, action: ApprovalAction, amount_minor: int, subject_id: str,
                   terminal_id: str, clock: Clock) -> Approval:
    """A manager's PIN approves one action: the stored approval the cashier's action then
    hands to its service, which checks it and uses it up."""
    check_amount(amount_minor, what="An approval's amount", maximum=MAX_SALE_MINOR)
    if not subject_id.strip():
        raise ValidationError(code="bad_approval_subject", template="An approval names the sale, return or member.")
    now = clock.now()
    with uow:
        manager = _manager_by_pin(uow, pin=pin, terminal_id=terminal_id, now=now)
        approval = Approval.issue(str(uuid.uuid4()), action=action, amount_minor=amount_minor,
                                  subject_id=subject_id, approver=manager.username, terminal_id=terminal_id, now=now)
        uow.approvals.add(approval)
        record(uow, manager, ApprovalIssued(approval.approval_id, action.value, amount_minor, subject_id,
                                            manager.username, terminal_id, approval.expires_at), now)
        uow.commit()
    return approval


def _manager_by_pin(uow: UnitOfWork, *, pin: str, terminal_id: str, now: datetime) -> Actor:
    """The active manager whose PIN this is, inside the caller's transaction; a wrong PIN
    is counted (committed) and refused."""
    failures, first_at = _approval_failures(uow, terminal_id)
    if failures >= MAX_FAILED_ATTEMPTS and first_at + LOCKOUT > now:
        raise AccountLocked(code="approvals_locked",
                            template="Too many wrong manager PINs at this till: approvals resume at {until}.",
                            username=terminal_id, until=(first_at + LOCKOUT).strftime("%H:%M"))
    managers = [s for s in uow.staff.all() if s.role is Role.MANAGER and s.active]
    for staff in managers:
        if staff.locked_until is not None and staff.locked_until > now:
            continue
        if pin_matches(pin, staff.pin_hash):
            uow.settings.set(_approval_key(terminal_id), "")
            return Actor(staff.username, Role.MANAGER, terminal_id)
    if failures == 0 or first_at + LOCKOUT <= now:
        failures, first_at = 0, now
    uow.settings.set(_approval_key(terminal_id), f"{failures + 1}|{first_at.isoformat()}")
    record(uow, Actor("unknown", Role.CASHIER, terminal_id), ApprovalFailed(terminal_id, failures + 1), now)
    uow.commit()
    raise SignInRefused(code="approval_refused", template="That is not a manager's PIN.")


def _approval_failures(uow: UnitOfWork, terminal_id: str) -> tuple[int, datetime]:
    value = uow.settings.get(_approval_key(terminal_id)) or ""
    count, _, since = value.partition("|")
    try:
        return int(count), datetime.fromisoformat(since)
    except ValueError:
        return 0, datetime.min.replace(tzinfo=UTC)


def reset_pin(uow: UnitOfWork, *, username: str, pin: str, actor: Actor, clock: Clock) -> None:
    actor.require_manager("Resetting a PIN")
    pin_hash = hash_pin(pin)
    with uow:
        staff = uow.staff.get(username)
        if staff is None:
            raise NotFound(code="not_found", template="Staff {key} was not found.", key=username)
        uow.staff.put(replace(staff, pin_hash=pin_hash, failed_attempts=0, locked_until=None))
        record(uow, actor, PinReset(username), clock.now())
        uow.commit()


def set_active(uow: UnitOfWork, *, username: str, active: bool, actor: Actor, clock: Clock) -> None:
    actor.require_manager("Changing staff accounts")
    if username == actor.username and not active:
        raise ValidationError(code="cannot_deactivate_self", template="You cannot deactivate your own account.")
    with uow:
        staff = uow.staff.get(username)
        if staff is None:
            raise NotFound(code="not_found", template="Staff {key} was not found.", key=username)
        if staff.active == active:
            return  # nothing changes, so nothing to audit
        if not active and staff.role is Role.MANAGER and _active_managers(uow) <= 1:
            raise ValidationError(code="last_manager",
                                  template="{username} is the last active manager; nobody could manage the shop.",
                                  username=username)
        uow.staff.put(replace(staff, active=active))
        record(uow, actor, StaffActivated(username) if active else StaffDeactivated(username), clock.now())
        uow.commit()


def unlock(uow: UnitOfWork, *, username: str, actor: Actor, clock: Clock) -> None:
    """Lift a lock-out before it runs out (the person is standing at the till)."""
    actor.require_manager("Unlocking a staff account")
    now = clock.now()
    with uow:
        staff = uow.staff.get(username)
        if staff is None:
            raise NotFound(code="not_found", template="Staff {key} was not found.", key=username)
        if staff.locked_until is None or staff.locked_until <= now:
            raise Conflict(code="not_locked", template="{username} is not locked.", username=username)
        uow.staff.put(replace(staff, failed_attempts=0, locked_until=None))
        record(uow, actor, StaffUnlocked(username), now)
        uow.commit()


def list_staff(uow: UnitOfWork, *, actor: Actor, clock: Clock) -> list[StaffView]:
    """Every account, without its PIN hash; a lock shows only while it holds."""
    actor.require_manager("Reading staff accounts")
    now = clock.now()
    with uow:
        zone = shop_zone(uow)
        return [
            StaffView(s.username, s.display_name, s.role, s.active,
                      s.locked_until.astimezone(zone) if s.locked_until and s.locked_until > now else None,
                      s.phone, s.member_id)
            for s in uow.staff.all()
        ]


def _active_managers(uow: UnitOfWork) -> int:
    return sum(1 for s in uow.staff.all() if s.role is Role.MANAGER and s.active)
