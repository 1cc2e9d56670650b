"""Who is doing something, and at which till."""

from __future__ import annotations

from dataclasses import dataclass

from loyalty_pos.domain.errors import PermissionDenied
from loyalty_pos.domain.roles import Role

__all__ = ["SYSTEM", "Actor", "Role"]  # Role lives in the domain (events name it); callers import it here too


@dataclass(frozen=True, slots=True)
class Actor:
    username: str
    role: Role
    terminal_id: str

    @property
    def is_manager(self) -> bool:
        return self.role is Role.MANAGER

    def require_manager(self, action: str) -> None:
        """Refuses a non-manager ``action`` (a literal gerund phrase, "Blocking a card"). The
        whole sentence is the template, so the catalogue translates it as one: an action's
        words cannot be spliced into another language's sentence
        (tests/unit/test_refusal_catalogue.py checks each literal has its entry)."""
        if not self.is_manager:
            raise PermissionDenied(template=manager_template(action))


def manager_template(action: str) -> str:
    return f"{action} needs the manager role."


SYSTEM = Actor("system", Role.MANAGER, "00")


def system_actor(terminal_id: str) -> Actor:
    """The till's own user, for work nobody signed in for: the daily jobs, cards printed
    from the command line. Signed with this till's id, like everything else it writes."""
    return Actor(SYSTEM.username, Role.MANAGER, terminal_id)
