"""Referral links: written at enrolment with a friend's code, converted at the first purchase."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, insert, select, update

from loyalty_pos.store.repositories.base import Repository
from loyalty_pos.store.tables import members as members_table
from loyalty_pos.store.tables import referrals as referrals_table

R = referrals_table.c
M = members_table.c


class SqlReferrals(Repository):
    def add(self, referred_id: str, referrer_id: str, code: str, at: datetime) -> None:
        self._db.execute(insert(referrals_table), {"referred_id": referred_id, "referrer_id": referrer_id,
                                                   "code": code, "referred_at": at})

    def pending_referrer(self, referred_id: str) -> str | None:
        return self._db.execute(select(R.referrer_id).where(R.referred_id == referred_id,
                                                            R.converted_at.is_(None))).scalar()

    def convert(self, referred_id: str, sale_id: str, at: datetime) -> bool:
        # Guarded by "not converted yet": a replayed or racing sale converts nothing twice.
        done = self._db.execute(update(referrals_table).where(R.referred_id == referred_id, R.converted_at.is_(None))
                                .values(converted_at=at, sale_id=sale_id))
        return done.rowcount == 1

    def converted_since(self, referrer_id: str, since: datetime) -> int:
        return int(self._db.execute(select(func.count()).select_from(referrals_table).where(
            R.referrer_id == referrer_id, R.converted_at >= since)).scalar_one())

    def members_with_id_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        # A range on the unique id index: ids sharing the prefix sort between it and prefix + "~".
        return list(self._db.execute(select(M.id).where(and_(M.id >= prefix, M.id < prefix + "~"))
                                     .limit(limit)).scalars())

    def made_between(self, start: datetime, end: datetime) -> int:
        return int(self._db.execute(select(func.count()).select_from(referrals_table).where(
            R.referred_at >= start, R.referred_at < end)).scalar_one())

    def converted_between(self, start: datetime, end: datetime) -> int:
        return int(self._db.execute(select(func.count()).select_from(referrals_table).where(
            R.converted_at >= start, R.converted_at < end)).scalar_one())

    def add_pulled(self, referred_id: str, referrer_id: str, code: str, at: datetime) -> bool:
        # A member is referred once (the key): the first link to arrive stays.
        done = self._db.execute(insert(referrals_table).prefix_with("OR IGNORE"),
                                {"referred_id": referred_id, "referrer_id": referrer_id, "code": code,
                                 "referred_at": at})
        return done.rowcount == 1

    def links(self) -> list[tuple[str, str, str, datetime]]:
        """Every link (referred, referrer, code, referred at), oldest first."""
        rows = self._db.execute(select(R.referred_id, R.referrer_id, R.code, R.referred_at).order_by(R.referred_at))
        return [(row.referred_id, row.referrer_id, row.code, row.referred_at) for row in rows]
