"""Where the program and catalog are authored: here, unless the till joined a chain.

A joined till applies what head office publishes (docs/SYNC_PROTOCOL.md); an edit made
here would fork its program from the chain's, so the services refuse it whatever screen
or command asks. A till enrolled as head office keeps authoring.
"""

from __future__ import annotations

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.sync_status import sync_link

# The one line the editors show, and the refusal's first sentence.
AUTHORED_AT_HEAD_OFFICE = "Authored at head office"


class AuthoredAtHeadOffice(LoyaltyError):
    code = "authored_at_head_office"
    template = (AUTHORED_AT_HEAD_OFFICE + ": {action} is done on the head office till (Back office > Program), "
                "and reaches this till with the next sync.")


def authored_elsewhere(uow: UnitOfWork) -> bool:
    with uow:
        return sync_link(uow).authoring_elsewhere


def require_authoring(uow: UnitOfWork, action: str) -> None:
    """Inside the caller's unit of work, so the check and the write see one state."""
    if sync_link(uow).authoring_elsewhere:
        raise AuthoredAtHeadOffice(template=authored_template(action))


def authored_template(action: str) -> str:
    """The refusal of ``action`` (a literal gerund phrase) as one sentence: the catalogue
    translates the whole sentence, an action's words cannot be spliced into another
    language's grammar (tests/unit/test_refusal_catalogue.py checks each has its entry)."""
    return (AUTHORED_AT_HEAD_OFFICE + f": {action.lower()} is done on the head office till (Back office > Program), "
            "and reaches this till with the next sync.")
