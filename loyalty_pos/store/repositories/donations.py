"""Charity donations: the money each one gave, kept as given."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, func, insert, select

from loyalty_pos.services.ports import CharityTotal, DonationRecord
from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.tables import donations as table

D = table.c
_EXISTS = select(D.entry_id).where(D.entry_id == bindparam("entry_id"))


class SqlDonations(Repository):
    def add(self, donation: DonationRecord) -> None:
        self._db.execute(insert(table), {
            "entry_id": donation.entry_id, "member_id": donation.member_id, "charity_id": donation.charity_id,
            "charity_name": donation.charity_name, "points": donation.points,
            "amount_minor": donation.amount_minor, "currency": donation.currency, "at": donation.at,
        })

    def exists(self, entry_id: str) -> bool:
        return self._db.execute(_EXISTS, {"entry_id": entry_id}).first() is not None

    def per_charity(self, start: datetime, end: datetime) -> list[CharityTotal]:
        query = (
            select(D.charity_id, D.currency, func.count(), func.sum(D.points), func.sum(D.amount_minor),
                   func.max(D.at))
            .where(D.at >= start, D.at < end).group_by(D.charity_id, D.currency).order_by(D.charity_id)
        )
        rows = self._db.execute(query).all()
        names = {
            (row.charity_id, row.currency): name
            for row in rows
            for name in self._db.execute(select(D.charity_name).where(
                D.charity_id == row.charity_id, D.at == row[5]).limit(1)).scalars()
        }
        return [CharityTotal(row.charity_id, names.get((row.charity_id, row.currency), row.charity_id), int(row[2]),
                             int(row[3]), int(row[4]), row.currency) for row in rows]
