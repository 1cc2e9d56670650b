"""Consent changes as records and audit entries, written with the change itself."""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain.consents import ConsentRecord, ConsentSource, changes_between, records_for
from loyalty_pos.domain.errors import NotFound
from loyalty_pos.domain.events import ConsentChanged
from loyalty_pos.domain.members import Consents
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork


def record_consents(
    uow: UnitOfWork, member_id: str, before: Consents | None, after: Consents, *,
    source: ConsentSource, actor: Actor, at: datetime,
) -> None:
    """Inside the caller's transaction: one record and one audit entry per consent that changed
    (``before`` None: a new member, whose given consents are recorded)."""
    changes = changes_between(before, after)
    uow.consents.add(records_for(member_id, changes, at=at, source=source, actor=actor.username))
    for kind, granted in changes:
        record(uow, actor, ConsentChanged(member_id, kind.value, granted, source.value), at)


def consent_history(uow: UnitOfWork, member_id: str) -> list[ConsentRecord]:
    with uow:
        if uow.members.get(member_id) is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
        return uow.consents.for_member(member_id)
