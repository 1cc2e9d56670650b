"""Product categories: the list a manager picks from, adding one, removing an unused one.

A category is only a name (products and the program's rules refer to it by
name), so there is no renaming: a new name is a new category. Removing one
that products or the loyalty program still name is refused, saying who uses
it — otherwise a multiplier or exclusion would silently stop applying.
"""

from __future__ import annotations

from dataclasses import dataclass

from loyalty_pos.domain.errors import Conflict, NotFound, ValidationError
from loyalty_pos.domain.events import CategoryAdded, CategoryRemoved
from loyalty_pos.domain.program import Program
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.authoring import require_authoring

MAX_NAME_LENGTH = 80  # the categories table's column


@dataclass(frozen=True, slots=True)
class CategoryUse:
    name: str
    products: int  # active or not: an inactive product still names its category


def list_categories(uow: UnitOfWork) -> list[CategoryUse]:
    with uow:
        return [CategoryUse(name, count) for name, count in uow.products.category_counts()]


def clean_category_name(text: str) -> str:
    """The name as stored: inner runs of spaces collapsed, at most 80 characters."""
    name = " ".join(text.split())
    if not name:
        raise ValidationError(code="category_name_required", template="A category needs a name")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(code="category_name_too_long",
                              template="A category name has at most {max_name_length} characters",
                              max_name_length=MAX_NAME_LENGTH)
    return name


def add_category(uow: UnitOfWork, text: str, *, actor: Actor, clock: Clock) -> str:
    actor.require_manager("Adding product categories")
    name = clean_category_name(text)
    with uow:
        require_authoring(uow, "Adding product categories")
        if not uow.products.add_category(name):
            raise Conflict(code="category_exists", template="Category {name} already exists", name=name)
        record(uow, actor, CategoryAdded(name), clock.now())
        uow.commit()
    return name


def _program_uses(program: Program | None, name: str) -> list[str]:
    if program is None:
        return []
    uses = []
    if name in program.earning.excluded_categories:
        uses.append("the earning exclusions")
    if name in program.earning.category_multipliers:
        uses.append("a category multiplier")
    uses += [f"reward {reward.name}" for reward in program.rewards if reward.category == name]
    uses += [f"campaign {campaign.name}" for campaign in program.campaigns if name in campaign.categories]
    return uses


def remove_category(uow: UnitOfWork, name: str, *, actor: Actor, clock: Clock) -> None:
    actor.require_manager("Removing product categories")
    with uow:
        require_authoring(uow, "Removing product categories")
        counts = dict(uow.products.category_counts())
        if name not in counts:
            raise NotFound(code="category_unknown", template="Category {key} was not found.", key=name)
        if counts[name]:
            raise Conflict(code="category_in_use",
                           template="Category {name} still has {count} products; move them to another first",
                           name=name, count=counts[name])
        uses = _program_uses(uow.program.published(), name) + _program_uses(uow.program.draft(), name)
        uses = list(dict.fromkeys(uses))  # a draft copied from the published version names the same
        if uses:
            raise Conflict(code="category_in_program",
                           template="Category {name} is named by {uses} in the loyalty program",
                           name=name, uses=', '.join(uses))
        uow.products.remove_category(name)
        record(uow, actor, CategoryRemoved(name), clock.now())
        uow.commit()
