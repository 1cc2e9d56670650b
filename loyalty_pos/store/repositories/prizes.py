"""Partner voucher codes, prize outcomes and giveaway draws (migration 0022)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import and_, bindparam, case, delete, exists, func, insert, or_, select, update

from loyalty_pos.domain.prizes import Entry, GiveawayDraw
from loyalty_pos.domain.sync_link import CHAIN_ROLE
from loyalty_pos.store.repositories.base import DbRow, Repository
from loyalty_pos.store.tables import giveaway_draws, partner_codes, prize_outcomes, receipt_counters, sync_state

C = partner_codes.c
O = prize_outcomes.c
D = giveaway_draws.c
# A till in a chain hands out only codes leased to it: codes it imported before it joined
# may be in another till's hands too (docs/ARCHITECTURE.md "Prizes in a chain"). Read in the
# same statement, so the member panel's stock stays one read a reward.
_IN_CHAIN = exists().where(sync_state.c.name == CHAIN_ROLE)
_MINE = and_(C.reward_id == bindparam("reward_id"), C.sale_id.is_(None), or_(C.leased, ~_IN_CHAIN))
_LEFT = select(func.count()).where(_MINE)
_NEXT_FREE = select(C.seq, C.code).where(_MINE).order_by(C.seq).limit(1)
# Guarded by "still free": a code goes to one sale only, whatever else runs.
_HAND_OUT = (update(partner_codes).where(C.seq == bindparam("b_seq"), C.sale_id.is_(None))
             .values(sale_id=bindparam("b_sale_id"), handed_out_at=bindparam("b_at")))
_KNOWN = select(C.code).where(C.reward_id == bindparam("reward_id"))
# Handed out, and handed out plus what this till may still hand out (not codes it holds
# from before it joined a chain).
_USABLE = case((and_(C.sale_id.is_(None), or_(C.leased, ~_IN_CHAIN)), 1), else_=0)
_CODE_COUNTS = (select(C.reward_id, func.count(C.sale_id), func.count(C.sale_id) + func.sum(_USABLE))
                .group_by(C.reward_id).order_by(C.reward_id))
# By entry id, not by arrival: a chain's tills hold the same union in different row orders,
# and the list anyone recomputes a draw from reads alike at each of them.
_ENTRIES = (select(O.outcome, O.member_id).where(O.kind == "entry", O.subject_id == bindparam("reward_id"))
            .order_by(O.outcome))
_SALE_ENTRY = select(O.seq).where(O.kind == "entry", O.subject_id == bindparam("reward_id"),
                                  O.sale_id == bindparam("sale_id")).limit(1)
_CODE = select(C.seq, C.sale_id, C.leased).where(C.reward_id == bindparam("reward_id"), C.code == bindparam("code"))
_DRAW = select(D.reward_id, D.seed, D.seed_digest, D.committed_at, D.committed_by, D.drawn_at, D.winners).where(
    D.reward_id == bindparam("reward_id"))


_LAST_SEQ = select(receipt_counters.c.last_seq).where(receipt_counters.c.terminal_id == bindparam("terminal_id"))


def _draw_from(row: DbRow) -> GiveawayDraw:
    winners = tuple(json.loads(row.winners)) if row.winners else ()
    return GiveawayDraw(row.reward_id, row.seed, row.seed_digest, row.committed_at, row.committed_by,
                        row.drawn_at, winners)


class SqlPrizes(Repository):
    def next_sale_number(self, terminal_id: str) -> int:
        """The sequence number this till's next receipt will get (sales.next_receipt_no)."""
        last = self._db.execute(_LAST_SEQ, {"terminal_id": terminal_id.strip().upper()}).scalar_one_or_none()
        return int(last or 0) + 1

    def add_codes(self, reward_id: str, codes: Iterable[str], at: datetime) -> tuple[int, int]:
        """(added, already there): a code imported twice is kept once."""
        known = set(self._db.execute(_KNOWN, {"reward_id": reward_id}).scalars())
        new = [code for code in dict.fromkeys(codes) if code not in known]
        if new:
            self._db.execute(insert(partner_codes), [
                {"reward_id": reward_id, "code": code, "imported_at": at, "sale_id": None, "handed_out_at": None}
                for code in new])
        return len(new), len(set(codes)) - len(new)

    def codes_left(self, reward_id: str) -> int:
        return int(self._db.execute(_LEFT, {"reward_id": reward_id}).scalar_one())

    def hand_out_code(self, reward_id: str, sale_id: str, at: datetime) -> str | None:
        row = self._db.execute(_NEXT_FREE, {"reward_id": reward_id}).first()
        if row is None:
            return None
        taken = self._db.execute(_HAND_OUT, {"b_seq": row.seq, "b_sale_id": sale_id, "b_at": at}).rowcount
        return row.code if taken == 1 else None

    def code_counts(self) -> list[tuple[str, int, int]]:
        """(reward id, handed out, handed out + still to hand out here) per reward with codes."""
        return [(row[0], int(row[1]), int(row[2])) for row in self._db.execute(_CODE_COUNTS)]

    def add_outcome(self, *, sale_id: str, kind: str, subject_id: str, outcome: str, member_id: str | None,
                    terminal_id: str, at: datetime) -> None:
        self._db.execute(insert(prize_outcomes), {
            "sale_id": sale_id, "kind": kind, "subject_id": subject_id, "outcome": outcome,
            "member_id": member_id, "terminal_id": terminal_id, "at": at})

    def outcome_counts(self, kind: str, since: datetime, until: datetime) -> list[tuple[str, str, int]]:
        """(subject, outcome, how many) of ``kind`` in [since, until)."""
        query = (select(O.subject_id, O.outcome, func.count())
                 .where(and_(O.kind == kind, O.at >= since, O.at < until))
                 .group_by(O.subject_id, O.outcome).order_by(O.subject_id, O.outcome))
        return [(row[0], row[1], int(row[2])) for row in self._db.execute(query)]

    def last_outcome_at(self, kind: str, member_id: str) -> datetime | None:
        """When ``member_id`` last had an outcome of ``kind`` here (a welcome back's reward)."""
        return self._db.execute(select(func.max(O.at)).where(O.kind == kind, O.member_id == member_id)).scalar()

    def entries(self, reward_id: str) -> list[Entry]:
        return [Entry(row.outcome, row.member_id or "") for row in self._db.execute(_ENTRIES, {"reward_id": reward_id})]

    def draw(self, reward_id: str) -> GiveawayDraw | None:
        row = self._db.execute(_DRAW, {"reward_id": reward_id}).first()
        return None if row is None else _draw_from(row)

    def add_draw(self, draw: GiveawayDraw) -> None:
        self._db.execute(insert(giveaway_draws), {
            "reward_id": draw.reward_id, "seed": draw.seed, "seed_digest": draw.seed_digest,
            "committed_at": draw.committed_at, "committed_by": draw.committed_by, "drawn_at": None,
            "winners": None})

    def set_winners(self, reward_id: str, winners: tuple[str, ...], at: datetime) -> None:
        self._db.execute(update(giveaway_draws).where(D.reward_id == reward_id)
                         .values(drawn_at=at, winners=json.dumps(list(winners))))

    def add_leased_codes(self, reward_id: str, codes: Iterable[str], at: datetime) -> int:
        """The chain's lease: codes this till holds already (the answer to a lease whose
        first answer was lost, or one handed out since) are left as they are."""
        known = set(self._db.execute(_KNOWN, {"reward_id": reward_id}).scalars())
        wanted = list(dict.fromkeys(codes))
        new = [code for code in wanted if code not in known]
        if new:
            self._db.execute(insert(partner_codes), [
                {"reward_id": reward_id, "code": code, "imported_at": at, "sale_id": None, "handed_out_at": None,
                 "leased": True} for code in new])
        # Head office's own codes from before its chain went to the pool; leased back, they are its again.
        mine = [code for code in wanted if code in known]
        taken = self._db.execute(update(partner_codes).where(
            C.reward_id == reward_id, C.code.in_(mine), C.sale_id.is_(None), ~C.leased).values(leased=True)
        ).rowcount if mine else 0
        return len(new) + taken

    def own_free_codes(self, reward_id: str) -> list[str]:
        """Codes imported here (not leased) and not handed out, in import order."""
        return list(self._db.execute(select(C.code).where(C.reward_id == reward_id, C.sale_id.is_(None), ~C.leased)
                                     .order_by(C.seq)).scalars())

    def code_is_leased(self, reward_id: str, code: str) -> bool:
        row = self._db.execute(_CODE, {"reward_id": reward_id, "code": code}).first()
        return bool(row is not None and row.leased)

    def take_handed_out(self, reward_id: str, code: str, sale_id: str, at: datetime) -> bool:
        """Another till handed ``code`` out: stored as handed out, so the chain's count holds it."""
        row = self._db.execute(_CODE, {"reward_id": reward_id, "code": code}).first()
        if row is None:
            self._db.execute(insert(partner_codes), {"reward_id": reward_id, "code": code, "imported_at": at,
                                                     "sale_id": sale_id, "handed_out_at": at, "leased": True})
            return True
        if row.sale_id is not None:
            return False
        return self._db.execute(_HAND_OUT, {"b_seq": row.seq, "b_sale_id": sale_id, "b_at": at}).rowcount == 1

    def has_entries(self, reward_id: str, sale_id: str) -> bool:
        return self._db.execute(_SALE_ENTRY, {"reward_id": reward_id, "sale_id": sale_id}).first() is not None

    def put_draw(self, draw: GiveawayDraw) -> None:
        """``draw`` in place of this till's undrawn one (head office's commitment at a joined till)."""
        self._db.execute(delete(giveaway_draws).where(D.reward_id == draw.reward_id))
        self.add_draw(draw)

    def reveal(self, reward_id: str, seed: str, winners: tuple[str, ...], at: datetime) -> None:
        self._db.execute(update(giveaway_draws).where(D.reward_id == reward_id)
                         .values(seed=seed, drawn_at=at, winners=json.dumps(list(winners))))
