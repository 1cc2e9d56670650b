"""The statements that write the demo population, one chunk of keys at a time.

``plan_sales`` and ``plan_totals`` fill two scratch tables (``demo_sales``: one row
per sale; ``demo_totals``: one per member who bought); every shop table is then an
``INSERT ... SELECT`` over them or over a numbers CTE. Draws that a row uses more
than once are computed once, as columns of a MATERIALIZED CTE: SQLite evaluates an
expression at every place it is written.

A member's sales get disjoint, increasing time slots in their window, so in plan
order (``seq``) a member's sales are also in time order, which is FIFO order too.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.domain.members import CardStatus, MemberStatus
from loyalty_pos.domain.receipt import mask_card_number
from loyalty_pos.domain.receipt_numbers import format_receipt_no
from loyalty_pos.store.bulk import BulkLoader
from loyalty_pos.store.demo.expressions import Salts, card_number, literal, rand, uuid_hashes, uuid_text
from loyalty_pos.store.types import to_micros

if TYPE_CHECKING:
    from loyalty_pos.store.demo.population import PopulationSpec

SECOND = 1_000_000
DAY = 86_400 * SECOND
HISTORY_DAYS = 364  # sales fall in the last 364 days: a 12-month expiry has lapsed none
# The population's shape: how many visits each member made comes from the spec's
# quantile table (demo/visits.py); members with 8 or more are regulars, with bigger
# baskets; 60 % gave an e-mail address, half a birthday, 55 % marketing consent; 35 %
# of those who could afford the reward redeemed it.
_REGULAR_VISITS = 8
KEYS_PER_MEMBER = 64  # sale key = member index * 64 + slot: unique, below 2**31 for 10,000,000 members
# Minor units a basket aims at; with these, about 1 member in 100 spends enough for the
# top tier of the demo program (NOK 15,000 a year) and 7 in 100 for the middle one.
_OCCASIONAL_BASKET, _REGULAR_BASKET = (5_000, 80_000), (60_000, 220_000)
_MAX_QUANTITY = 30
_REDEEM_PERCENT = 35
_EMAIL_PERCENT, _BIRTHDAY_PERCENT, _MARKETING_PERCENT = 60, 50, 55
_ENROLLED_DAYS = (30, 730)  # how long ago members joined
# Norwegian-style mobile numbers: 8 digits from 40000000; index * 7919 permutes them.
_PHONE_BASE, _PHONE_RANGE, _PHONE_STEP = 40_000_000, 59_999_999, 7_919


def smallest_total(unit_price: int) -> int:
    """The least a history sale of this product comes to (the smallest basket aimed at)."""
    return unit_price * max(1, min(_MAX_QUANTITY, _OCCASIONAL_BASKET[0] // unit_price))


class History:
    """One population's SQL building blocks, with its salts and constants bound in."""

    def __init__(self, spec: PopulationSpec) -> None:
        self.spec = spec
        self.salts = Salts(spec.seed)
        self.now = to_micros(spec.now)
        self.sale_keys = spec.members * KEYS_PER_MEMBER
        self.entry_keys = 0  # 2 per sale, known once the sales are planned
        # format_receipt_no pads the sequence to at least 6 digits after its prefix.
        self.receipt_prefix = format_receipt_no(spec.terminal_id, 1).removesuffix("000001")

    def rand(self, key: str, purpose: str) -> str:
        return rand(key, self.salts[purpose])

    def enrolled(self, i: str) -> str:
        low, high = _ENROLLED_DAYS
        seconds = f"{self.rand(i, 'enrolled')} % {(high - low) * 86_400}"
        return f"({self.now - low * DAY} - ({seconds}) * {SECOND} - {self.rand(i, 'enrolled.us')} % {SECOND})"

    def tier(self, spend: str) -> str:
        ordered = sorted(self.spec.tiers, key=lambda tier: tier[1], reverse=True)
        cases = " ".join(f"WHEN {spend} >= {threshold} THEN {literal(code)}" for code, threshold in ordered[:-1])
        return f"(CASE {cases} ELSE {literal(ordered[-1][0])} END)" if cases else literal(ordered[-1][0])

    def receipt_no(self, seq: str) -> str:
        return f"printf('{self.receipt_prefix}%06d', {seq})"


def _numbers(low: int, high: int) -> str:
    return f"WITH RECURSIVE n(i) AS (SELECT {low} UNION ALL SELECT i + 1 FROM n WHERE i < {high - 1})"


def _columns(draws: dict[str, str]) -> str:
    return ", ".join(f"{sql} AS {name}" for name, sql in draws.items())


def plan_sales(loader: BulkLoader, plan: History, low: int, high: int) -> None:
    """The sales of members ``low .. high-1``; sale ``j`` of ``count`` falls in slot ``j``."""
    spec = plan.spec
    products = len(spec.products)
    key = f"(m.i * {KEYS_PER_MEMBER} + slots.j)"
    casual_low, casual_high = _OCCASIONAL_BASKET
    regular_low, regular_high = _REGULAR_BASKET
    target = (f"(CASE WHEN s.regular THEN {regular_low} + s.choice / {products} % {regular_high - regular_low} "
              f"ELSE {casual_low} + s.choice / {products} % {casual_high - casual_low} END)")
    quantity = f"max(1, min({_MAX_QUANTITY}, {target} / p.unit_price))"
    total = f"(p.unit_price * {quantity})"
    points = f"{total} / {spec.step_minor} * {spec.points_per_step}"
    last_hour = plan.now - 3_600 * SECOND  # the newest a history sale can be
    draws = {"choice": plan.rand(key, "choice"),
             **dict(zip(("u0", "u1", "u2"), uuid_hashes(key, plan.salts, "sale"), strict=True))}
    loader.execute(
        "INSERT INTO demo_sales(i, last, sale_id, at, expires, p, quantity, total, points, remaining, redeemed) "
        f"{_numbers(low, high)}, "
        f"m AS MATERIALIZED (SELECT i, cnt >= {_REGULAR_VISITS} AS regular, cnt, start, "
        f"    ({last_hour} - start) / {SECOND} / cnt AS slot "
        "  FROM (SELECT i, v.cnt AS cnt, "
        f"          max(enrolled + {DAY}, {plan.now - HISTORY_DAYS * DAY}) AS start "
        f"        FROM (SELECT i, {plan.rand('i', 'shape')} AS shape, {plan.enrolled('i')} AS enrolled FROM n) "
        f"        CROSS JOIN demo_visits v ON v.q = shape % {len(spec.visits)}) "
        "  WHERE cnt > 0), "
        f"s AS MATERIALIZED (SELECT m.i AS i, m.regular AS regular, slots.j = m.cnt - 1 AS last, {key} AS k, "
        f"  m.start + (slots.j * m.slot + {plan.rand(key, 'at')} % m.slot) * {SECOND} "
        f"    + {plan.rand(key, 'at.us')} % {SECOND} AS at, {_columns(draws)} "
        "  FROM m CROSS JOIN demo_slots slots ON slots.j < m.cnt) "
        f"SELECT s.i, s.last, {uuid_text('s.k', plan.sale_keys, ('s.u0', 's.u1', 's.u2'))}, s.at, s.at + day.life, "
        f"  p.i, {quantity}, {total}, {points}, {points}, 0 "
        f"FROM s CROSS JOIN demo_products p ON p.i = s.choice % {products} "
        f"CROSS JOIN demo_days day ON day.day = s.at / {DAY}"
    )


def plan_totals(loader: BulkLoader, plan: History, members: tuple[int, int], seqs: tuple[int, int]) -> None:
    """Per member who bought: spend (tier), points, and whether they redeemed the reward
    on their last sale, which their earlier sales must cover."""
    cost = plan.spec.reward.points
    loader.execute(
        "INSERT INTO demo_totals(i, first_seq, last_seq, spend, points, redeem, next_expiry, last_at) "
        "SELECT i, first_seq, last_seq, spend, points, "
        f"  points - last_points >= {cost} AND {plan.rand('i', 'redeem')} % 100 < {_REDEEM_PERCENT}, "
        "  next_expiry, last_at "
        "FROM (SELECT i, min(seq) AS first_seq, max(seq) AS last_seq, sum(total) AS spend, sum(points) AS points, "
        "             sum(CASE WHEN last THEN points ELSE 0 END) AS last_points, min(expires) AS next_expiry, "
        "             max(at) AS last_at "
        "      FROM demo_sales WHERE seq BETWEEN ? AND ? GROUP BY i)",
        seqs,
    )
    # The reward consumes the oldest lots first: a lot keeps what is left of it once
    # the points earned up to and including it exceed the reward's cost.
    loader.execute(
        "UPDATE demo_sales SET redeemed = demo_sales.last, remaining = max(0, min(demo_sales.points, "
        f"  (SELECT sum(e.points) FROM demo_sales e WHERE e.seq BETWEEN t.first_seq AND demo_sales.seq) - {cost})) "
        "FROM demo_totals t WHERE t.redeem AND t.i >= ? AND t.i < ? "
        "AND demo_sales.seq BETWEEN t.first_seq AND t.last_seq",
        members,
    )
    loader.execute(
        "UPDATE demo_totals SET next_expiry = (SELECT min(s.expires) FROM demo_sales s "
        "  WHERE s.seq BETWEEN demo_totals.first_seq AND demo_totals.last_seq AND s.remaining > 0) "
        "WHERE redeem AND i >= ? AND i < ?",
        members,
    )


def members(loader: BulkLoader, plan: History, low: int, high: int) -> None:
    spec = plan.spec
    first_names = len(spec.first_names)
    hashes = uuid_hashes("i", plan.salts, "member")
    loader.execute(
        "INSERT INTO members(row_id, id, name, phone, email, birthday, consent_marketing, consent_data_processing, "
        "tier_code, tier_reviewed_at, status, enrolled_at, updated_at) "
        f"{_numbers(low, high)}, "
        f"h AS MATERIALIZED (SELECT i, {plan.rand('i', 'names')} AS names, {plan.rand('i', 'flags')} AS flags, "
        f"  {plan.rand('i', 'birthday')} AS birthday, {plan.enrolled('i')} AS enrolled, "
        + _columns(dict(zip(("u0", "u1", "u2"), hashes, strict=True)))
        + " FROM n) "
        f"SELECT h.i + 1, {uuid_text('h.i', spec.members, ('h.u0', 'h.u1', 'h.u2'))}, f.name || ' ' || l.name, "
        f"  {literal(spec.phone_prefix)} || ({_PHONE_BASE} + h.i * {_PHONE_STEP} % {_PHONE_RANGE}), "
        f"  CASE WHEN h.flags % 100 < {_EMAIL_PERCENT} THEN f.mail || '.' || l.mail || h.i || '@example.com' END, "
        f"  CASE WHEN h.flags / 100 % 100 < {_BIRTHDAY_PERCENT} "
        "       THEN printf('%04d-%02d-%02d', 1945 + h.birthday % 63, 1 + h.birthday / 63 % 12, "
        "                   1 + h.birthday / 756 % 28) END, "
        f"  h.flags / 10000 % 100 < {_MARKETING_PERCENT}, 1, {plan.tier('coalesce(t.spend, 0)')}, NULL, "
        f"  {literal(MemberStatus.ACTIVE.value)}, h.enrolled, h.enrolled "
        f"FROM h CROSS JOIN demo_first f ON f.i = h.names % {first_names} "
        f"CROSS JOIN demo_last l ON l.i = h.names / {first_names} % {len(spec.last_names)} "
        "LEFT JOIN demo_totals t ON t.i = h.i",
    )
    # rowid = row_id, so a sale finds its member's card without the (dropped) index.
    loader.execute(
        "INSERT INTO cards(rowid, number, member_id, status, issued_at, printed) "
        f"SELECT row_id, {card_number('row_id - 1', spec.card_prefix, plan.salts['card'])}, id, "
        f"{literal(CardStatus.ACTIVE.value)}, enrolled_at, 1 FROM members WHERE row_id > ? AND row_id <= ?",
        (low, high),
    )


def receipt_formats(plan: History) -> tuple[str, str]:
    """printf formats of a history sale's stored receipt (``Receipt.to_dict``, loyalty
    part included): without and with the reward's free line."""
    spec, reward = plan.spec, plan.spec.reward

    def text(value: str) -> str:
        return json.dumps(value, ensure_ascii=False).replace("%", "%%")

    head = (
        '{"kind":"sale","receipt_no":"%s","sale_id":"%s","at":"%sT%02d:%02d:%02d.%06d+00:00",'
        f'"terminal_id":{text(spec.terminal_id)},"cashier":{text(spec.cashier)},"shop_name":{text(spec.shop_name)},'
        f'"currency":{text(spec.currency)},"lines":[{{"name":%s,"quantity":%d,"unit_price":%d,"net":%d,"discount":0}}'
    )
    # How a card is masked on paper is the domain's call; SQL fills in the last digits.
    masked = text(mask_card_number("0000")).replace("0000", "%s")
    loyalty = f'"member_name":%s,"card_number_masked":{masked},"points_earned":%d'
    money = '"gross":%d,"discount":{discount},"total":%d,"store_credit":0,"amount_due":%d,' \
            + f'"tender":{text(spec.tender.value)},'
    price = reward.product.unit_price
    free_line = f',{{"name":{text(reward.product.name)},"quantity":1,"unit_price":{price},"net":0,"discount":{price}}}'
    rewards = f'"rewards":[{{"description":{text(reward.description)},"points":{reward.points},"amount":{price}}}],'
    plain = head + "]," + money.format(discount=0) + loyalty + "}"
    redeemed = (head + free_line + "]," + money.format(discount=price) + rewards + loyalty
                + f',"points_redeemed":{reward.points}}}')
    return plain, redeemed


def sales(loader: BulkLoader, plan: History, low: int, high: int) -> None:
    """Sales ``low .. high-1`` (by seq) with their lines."""
    spec, reward = plan.spec, plan.spec.reward
    plain, redeemed = receipt_formats(plan)
    price = reward.product.unit_price
    head = (f"{plan.receipt_no('s.seq')}, s.sale_id, day.iso, s.at / {3_600 * SECOND} % 24, "
            f"s.at / {60 * SECOND} % 60, s.at / {SECOND} % 60, s.at % {SECOND}, p.json, s.quantity, p.unit_price, "
            "s.total")
    tail = "f.json, substr(c.number, -4), s.points"
    loader.execute(
        "INSERT INTO sales(rowid, sale_id, receipt_no, member_id, terminal_id, actor, at, currency, total_minor, "
        "tender, points_earned, points_redeemed, receipt, returned_of, qualifying_spend_minor, qualifying_points) "
        f"SELECT s.seq, s.sale_id, {plan.receipt_no('s.seq')}, m.id, :terminal, :cashier, s.at, :currency, s.total, "
        f"  :tender, s.points, s.redeemed * {reward.points}, "
        f"  CASE WHEN s.redeemed THEN printf(:redeemed, {head}, s.total + {price}, s.total, s.total, {tail}) "
        f"       ELSE printf(:plain, {head}, s.total, s.total, s.total, {tail}) END, NULL, s.total, s.points "
        "FROM demo_sales s CROSS JOIN members m ON m.row_id = s.i + 1 CROSS JOIN cards c ON c.rowid = s.i + 1 "
        f"CROSS JOIN demo_products p ON p.i = s.p CROSS JOIN demo_days day ON day.day = s.at / {DAY} "
        f"CROSS JOIN demo_first f ON f.i = {plan.rand('s.i', 'names')} % {len(spec.first_names)} "
        "WHERE s.seq >= :low AND s.seq < :high",
        {"terminal": spec.terminal_id, "cashier": spec.cashier, "currency": spec.currency, "tender": spec.tender.value,
         "plain": plain, "redeemed": redeemed, "low": low, "high": high},
    )
    free = reward.product
    loader.execute(
        "INSERT INTO sale_lines(sale_id, line_no, product_code, name, category, quantity, unit_price, tax_rate_bp, "
        "gross_minor, discount_minor, points_paid_minor, points_earned, points_spent) "
        "SELECT s.sale_id, 1 + k.k, "
        "  CASE k.k WHEN 0 THEN p.code ELSE :code END, CASE k.k WHEN 0 THEN p.name ELSE :name END, "
        "  CASE k.k WHEN 0 THEN p.category ELSE :category END, CASE k.k WHEN 0 THEN s.quantity ELSE 1 END, "
        "  CASE k.k WHEN 0 THEN p.unit_price ELSE :price END, CASE k.k WHEN 0 THEN p.tax_rate_bp ELSE :tax END, "
        "  CASE k.k WHEN 0 THEN s.total ELSE :price END, CASE k.k WHEN 0 THEN 0 ELSE :price END, 0, "
        "  CASE k.k WHEN 0 THEN s.points ELSE 0 END, CASE k.k WHEN 0 THEN 0 ELSE :cost END "
        "FROM demo_sales s CROSS JOIN demo_kinds k ON k.k <= s.redeemed CROSS JOIN demo_products p ON p.i = s.p "
        "WHERE s.seq >= :low AND s.seq < :high",
        {"code": free.code, "name": free.name, "category": free.category, "price": free.unit_price,
         "tax": free.tax_rate_bp, "cost": reward.points, "low": low, "high": high},
    )


def ledger(loader: BulkLoader, plan: History, low: int, high: int) -> None:
    """The entries of sales ``low .. high-1`` and their lots. Entry ``2*seq`` is a sale's
    REDEEM and ``2*seq + 1`` its EARN, in the order checkout appends them."""
    spec, reward = plan.spec, plan.spec.reward
    key = "2 * s.seq + k.k"
    loader.execute(
        "INSERT INTO ledger(seq, id, member_id, kind, points, at, terminal_id, actor, sale_ref, reason, reward_id, "
        "expires_at) "
        f"WITH e AS MATERIALIZED (SELECT {key} AS seq, k.k AS k, s.i AS i, s.points AS points, s.at AS at, "
        "    s.sale_id AS sale_id, s.expires AS expires, "
        + _columns(dict(zip(("u0", "u1", "u2"), uuid_hashes(key, plan.salts, "entry"), strict=True)))
        + "  FROM demo_sales s CROSS JOIN demo_kinds k ON k.k >= 1 - s.redeemed "
        "  WHERE s.seq >= :low AND s.seq < :high) "
        f"SELECT e.seq, {uuid_text('e.seq', plan.entry_keys, ('e.u0', 'e.u1', 'e.u2'))}, m.id, "
        f"  CASE e.k WHEN 0 THEN {literal(EntryKind.REDEEM.value)} ELSE {literal(EntryKind.EARN.value)} END, "
        f"  CASE e.k WHEN 0 THEN {-reward.points} ELSE e.points END, e.at, :terminal, :cashier, e.sale_id, "
        "  CASE e.k WHEN 0 THEN :reason END, CASE e.k WHEN 0 THEN :reward END, CASE e.k WHEN 1 THEN e.expires END "
        "FROM e CROSS JOIN members m ON m.row_id = e.i + 1",
        {"terminal": spec.terminal_id, "cashier": spec.cashier, "reason": reward.description,
         "reward": reward.reward_id, "low": low, "high": high},
    )
    loader.execute(
        "INSERT INTO lots(entry_id, member_id, opened_at, expires_at, remaining) "
        "SELECT l.id, l.member_id, l.at, l.expires_at, s.remaining "
        "FROM demo_sales s CROSS JOIN ledger l ON l.seq = 2 * s.seq + 1 "
        "WHERE s.seq >= ? AND s.seq < ? AND s.remaining > 0",
        (low, high),
    )


def balances(loader: BulkLoader, plan: History, low: int, high: int) -> None:
    """Members ``low .. high-1`` who have entries (only posting entries writes a balance row)."""
    loader.execute(
        "INSERT INTO balances(member_id, balance, next_expiry_at, last_activity_at) "
        f"SELECT m.id, t.points - t.redeem * {plan.spec.reward.points}, t.next_expiry, t.last_at "
        "FROM demo_totals t CROSS JOIN members m ON m.row_id = t.i + 1 WHERE t.i >= ? AND t.i < ?",
        (low, high),
    )
