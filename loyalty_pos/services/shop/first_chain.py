"""What a till's first chain is sent of the till's past (docs/SYNC_PROTOCOL.md, "Till state").

A shop that sold on its own before registering has all of it in the outbox, never sent.
The demo's seeded year is stored as sent (there was no server), and it enrols most of its
members before the year it simulates, with no enrolment event at all. Registered with a
chain for the first time, the till queues both, so the chain, and every till that joins
it, gets the members and their points.
"""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain.events import MemberEnrolled
from loyalty_pos.services.journal import queue
from loyalty_pos.services.ports import UnitOfWork


def queue_history(uow: UnitOfWork, at: datetime) -> int:
    """In the caller's unit of work; how many events wait for the first push because of it."""
    requeued = uow.outbox.requeue_sent()
    announced = 0
    for member_id in uow.outbox.unannounced_members():
        member = uow.members.get(member_id)
        card = None if member is None else (member.active_card or next(iter(member.cards), None))
        if member is None or card is None:
            continue  # the server keeps a member by their enrolment's card; without one there is nothing to send
        # Queued as the enrolment it was, with the member as they are now: the chain merges
        # later field edits by their stamps, and this till has no older state to tell.
        queue(uow, MemberEnrolled(member.id, member.name, member.phone, member.email, member.birthday,
                                  member.consents.marketing, member.consents.data_processing, card.number,
                                  member.tier_code), at)
        announced += 1
    return requeued + announced
