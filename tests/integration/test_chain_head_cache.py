"""The chain head carried through a transaction (store/chain_links.py) must never outlive
the links it counted: a rollback to a savepoint takes links away, and the next link made
in the same transaction must follow what is really stored."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from loyalty_pos.domain.events import EventType
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.store.repositories.savepoint import all_or_nothing
from loyalty_pos.store.unit_of_work import SqlUnitOfWork
from tests.integration.conftest import Shop

AT = datetime(2026, 1, 5, 12, tzinfo=UTC)


class Refused(Exception):
    pass


def test_a_link_after_a_rolled_back_savepoint_follows_the_stored_chain(shop: Shop) -> None:
    uow = shop.uow()
    assert isinstance(uow, SqlUnitOfWork)
    with uow:
        uow.audit.append(at=AT, actor="test", action=EventType.SALE_COMMITTED, details={"key": "kept"})
        # Linked inside a savepoint that is then rolled back: its link goes with it.
        with pytest.raises(Refused), all_or_nothing(uow.connection):
            uow.audit.append(at=AT, actor="test", action=EventType.SALE_COMMITTED, details={"key": "gone"})
            raise Refused
        uow.audit.append(at=AT, actor="test", action=EventType.SALE_COMMITTED, details={"key": "after"})
        uow.commit()
    assert check_file(shop.app.config.db_path).problems == []
