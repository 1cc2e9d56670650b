"""Which card keys this shop signs with: their fingerprints, recorded in the database.

The key file beside the database can go missing (a copied data directory, a restore
that skipped it) or be swapped; without this record the till would not know and every
printed card's QR code would read as forged. The key itself never enters the database,
the log or the sync outbox: only fingerprints do.
"""

from __future__ import annotations

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.events import CardKeyImported, CardKeyRingReceived, CardKeyRingRefused, CardKeyRotated
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.head_office import HEAD_OFFICE_ACTOR

RING_SETTING = "card_key_ring"  # fingerprints, oldest first, comma-separated (as migration 0013 writes it)
FIX = ("Put the right key file back: restore it from a backup (the .key file beside the backup file), "
       "or run 'loyalty-pos cards key import FILE' with the key file of this shop.")


class CardKeyProblem(LoyaltyError):
    code = "card_key_mismatch"
    template = "The card signing key {path} cannot be used: {problem}. {fix}"


# Refusals with no file to name: whole sentences (catalogue error.card_key_mismatch.<variant>).
_NEW_SHOP_HAS_KEY = "The new shop's card signing key cannot be used: this shop already has a card key on record. " + FIX
_CHANGED_IN_ROTATION = "The card signing key cannot be rotated: the ring changed while it was being rotated. " + FIX
_CHANGED_IN_TAKING = ("Head office's card signing key ring cannot be used: the ring changed while it was being "
                      "taken. " + FIX)


def recorded_ring(uow: UnitOfWork) -> tuple[str, ...]:
    with uow:
        return _read(uow)


def _read(uow: UnitOfWork) -> tuple[str, ...]:
    text = uow.settings.get(RING_SETTING) or ""
    return tuple(part for part in text.split(",") if part)


def ring_problem(recorded: tuple[str, ...], present: tuple[str, ...] | None) -> str | None:
    """What is wrong with the key file whose fingerprints are ``present`` (None: no file),
    in one clause; None when it is this shop's ring."""
    found = _ring_clause(recorded, present)
    return None if found is None else found[0].format(**found[1])


# Each clause whole, with only fingerprints as values, so the refusal's sentence is a
# catalogue entry (error.card_key_mismatch.<variant>) and translates as one.
_MISSING_NONE_RECORDED = "the file is missing and the shop has no card key on record"
_UNTRUSTED = ("the shop has no card key on record (there was no key file when it was upgraded), so this "
              "file's key {present} cannot be trusted")
_MISSING = "the file is missing; this shop's key is {recorded}"
_OTHER_KEY = "the file holds the key {present}, but this shop's key is {recorded}"


def _ring_clause(recorded: tuple[str, ...], present: tuple[str, ...] | None) -> tuple[str, dict[str, str]] | None:
    if not recorded:
        if present is None:
            return _MISSING_NONE_RECORDED, {}
        return _UNTRUSTED, {"present": ", ".join(present)}
    if present is None:
        return _MISSING, {"recorded": _listed(recorded)}
    if present == recorded:
        return None
    return _OTHER_KEY, {"present": _listed(present), "recorded": _listed(recorded)}


def _listed(fingerprints: tuple[str, ...]) -> str:
    if len(fingerprints) == 1:
        return fingerprints[0]
    # "ring"/"current" stay English here: fingerprints are read by whoever mends the file.
    return f"ring {', '.join(fingerprints)} (current {fingerprints[-1]})"


def problem_template(clause: str) -> str:
    return "The card signing key {path} cannot be used: " + clause + ". " + FIX


def require_ring(uow: UnitOfWork, present: tuple[str, ...] | None, *, path: str) -> None:
    """Refuse to run on a key file that is not this shop's: cards signed with it would
    not scan elsewhere, and this shop's printed cards would not scan here."""
    found = _ring_clause(recorded_ring(uow), present)
    if found is not None:
        clause, values = found
        raise CardKeyProblem(template=problem_template(clause), path=path, **values)


def record_first_ring(uow: UnitOfWork, fingerprints: tuple[str, ...]) -> None:
    """Setup and the demo: the new shop's key. Never over a recorded ring."""
    with uow:
        recorded = _read(uow)
        if recorded == fingerprints:
            return  # migration 0013 recorded the key file setup found there (head office's, say)
        if recorded:
            raise CardKeyProblem(template=_NEW_SHOP_HAS_KEY)
        uow.settings.set(RING_SETTING, ",".join(fingerprints))
        uow.commit()


def record_rotation(uow: UnitOfWork, fingerprints: tuple[str, ...], *, actor: Actor, clock: Clock) -> None:
    """``fingerprints``: the grown ring, the new key last."""
    actor.require_manager("Rotating the card signing key")
    with uow:
        before = _read(uow)
        if fingerprints[:-1] != before:
            raise CardKeyProblem(template=_CHANGED_IN_ROTATION)
        uow.settings.set(RING_SETTING, ",".join(fingerprints))
        record(uow, actor, CardKeyRotated(before[-1], fingerprints[-1], len(fingerprints)), clock.now())
        uow.commit()


def record_import(uow: UnitOfWork, fingerprints: tuple[str, ...], *, actor: Actor, clock: Clock) -> None:
    """``fingerprints``: the ring after the import; what is new in it is audited as added."""
    actor.require_manager("Importing a card signing key")
    with uow:
        before = _read(uow)
        added = tuple(fp for fp in fingerprints if fp not in before)
        uow.settings.set(RING_SETTING, ",".join(fingerprints))
        record(uow, actor, CardKeyImported(added, fingerprints[-1], len(fingerprints)), clock.now())
        uow.commit()



def _head_office(uow: UnitOfWork) -> Actor:
    return Actor(HEAD_OFFICE_ACTOR, Role.MANAGER, uow.sync_state.get("terminal_id") or "")


def record_head_office_ring(uow: UnitOfWork, fingerprints: tuple[str, ...], *, clock: Clock) -> None:
    """``fingerprints``: head office's ring, which starts with this till's recorded one."""
    with uow:
        before = _read(uow)
        if fingerprints[:len(before)] != before:
            raise CardKeyProblem(template=_CHANGED_IN_TAKING)
        uow.settings.set(RING_SETTING, ",".join(fingerprints))
        record(uow, _head_office(uow),
               CardKeyRingReceived(fingerprints[len(before):], fingerprints[-1], len(fingerprints)), clock.now())
        uow.commit()


def record_refused_ring(uow: UnitOfWork, offered: tuple[str, ...], *, clock: Clock) -> None:
    """Head office's ring would have dropped or reordered this till's keys: listed in the
    audit log for the manager, the till's ring untouched."""
    with uow:
        record(uow, _head_office(uow), CardKeyRingRefused(_read(uow), offered), clock.now())
        uow.commit()
