"""The back office's charities and gift-card rules: parts of the program, edited in the draft
and in force once published, like rewards and campaigns."""

from __future__ import annotations

from dataclasses import replace

from loyalty_pos.domain.charity import Charity
from loyalty_pos.domain.events import ProgramDraftSaved
from loyalty_pos.domain.gift_cards import GiftCardSettings
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.program_edits import place_part
from loyalty_pos.domain.slugs import unique_slug
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.authoring import require_authoring
from loyalty_pos.services.program.programs import working_draft


def with_giving(program: Program, charities: tuple[Charity, ...], rules: GiftCardSettings) -> Program:
    """``program`` with the back office's charities (a new one, without an id, gets one from its
    name) and gift-card rules."""
    taken = {charity.id for charity in charities if charity.id}
    named = []
    for charity in charities:
        if not charity.id:
            charity = replace(charity, id=unique_slug(charity.name, taken, fallback="charity"))
            taken.add(charity.id)
        named.append(charity)
    return replace(program, charities=tuple(named), gift_cards=rules)


def _save(uow: UnitOfWork, program: Program, *, actor: Actor, clock: Clock) -> Program:
    now = clock.now()
    uow.program.save_draft(program, actor=actor.username, at=now)
    record(uow, actor, ProgramDraftSaved(), now)
    saved = uow.program.draft()
    assert saved is not None
    uow.commit()
    return saved


def save_charity(uow: UnitOfWork, charity: Charity, *, actor: Actor, clock: Clock) -> Charity:
    """Add ``charity`` to the draft (an empty id makes one from its name) or replace the one with its id.
    A charity is retired (``active`` False), never removed: its past donations keep their name."""
    actor.require_manager("Editing charities")
    with uow:
        require_authoring(uow, "Editing charities")
        draft = working_draft(uow)
        edit = place_part(draft.charities, charity, fallback="charity")
        _save(uow, replace(draft, charities=tuple(edit.parts)), actor=actor, clock=clock)
    return edit.part


def save_gift_card_rules(uow: UnitOfWork, rules: GiftCardSettings, *, actor: Actor, clock: Clock) -> Program:
    actor.require_manager("Editing gift card rules")
    with uow:
        require_authoring(uow, "Editing gift card rules")
        return _save(uow, replace(working_draft(uow), gift_cards=rules), actor=actor, clock=clock)
