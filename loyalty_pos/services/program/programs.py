"""The program in force at the till: the published version, or a refusal to sell blind."""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.program import Program
from loyalty_pos.services.ports import UnitOfWork


class NoProgram(LoyaltyError):
    code = "no_program"
    template = "No loyalty program is published yet; a manager must publish one first."


def published_program(uow: UnitOfWork) -> Program:
    program = uow.program.published()
    if program is None:
        raise NoProgram()
    return program


def program_in_force(uow: UnitOfWork, at: datetime) -> Program:
    """The version a sale made at ``at`` earns under (a sale imported from another register)."""
    program = uow.program.in_force_at(at)
    if program is None:
        raise NoProgram()
    return program


def working_draft(uow: UnitOfWork) -> Program:
    """What a manager edits: the saved draft, or — when none is open — a copy of the
    published version (the first saved edit turns it into the draft)."""
    draft = uow.program.draft()
    return draft if draft is not None else published_program(uow)
