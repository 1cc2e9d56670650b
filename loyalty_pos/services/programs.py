"""The program in force at the till: the published version, or a refusal to sell blind."""

from __future__ import annotations

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
