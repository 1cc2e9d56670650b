"""Adding or replacing one part (a reward, a campaign, a charity, a segment) of a program by its id.

The editors save one part at a time into the draft; all need the same rule: an
empty id is a new part, named from its title; an existing id replaces that part
in place, so the program keeps the order the manager sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from loyalty_pos.domain.charity import Charity
from loyalty_pos.domain.program import Campaign, Reward
from loyalty_pos.domain.segments import Segment
from loyalty_pos.domain.slugs import unique_slug

P = TypeVar("P", Reward, Campaign, Charity, Segment)


@dataclass(frozen=True, slots=True)
class PartEdit(Generic[P]):
    part: P  # as saved: a new part has its id by now
    before: P | None  # the part it replaces, None for a new one
    parts: tuple[P, ...]  # every part, this one added or replaced


def place_part(parts: Sequence[P], part: P, *, fallback: str) -> PartEdit[P]:
    if not part.id:
        part = replace(part, id=unique_slug(part.name, {p.id for p in parts}, fallback=fallback))
    index = next((i for i, p in enumerate(parts) if p.id == part.id), None)
    if index is None:
        return PartEdit(part, None, (*parts, part))
    return PartEdit(part, parts[index], (*parts[:index], part, *parts[index + 1:]))
