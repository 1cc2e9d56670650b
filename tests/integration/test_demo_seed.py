"""``loyalty-pos demo``: a seeded shop passes ``check`` and behaves like one the tills filled."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from loyalty_pos.app import App, open_app
from loyalty_pos.config import Config
from loyalty_pos.demo.seed import HISTORY_TERMINAL, seed_demo
from loyalty_pos.demo.shop import demo_program
from loyalty_pos.demo.year import HISTORY_DAYS
from loyalty_pos.domain import tiers as tier_rules
from loyalty_pos.domain.calendar import add_months
from loyalty_pos.domain.derived_ids import referral_award_id
from loyalty_pos.domain.events import (
    SCHEMA_VERSION_FIELD,
    event_from_stored,
    stored_payload,
)
from loyalty_pos.domain.ledger import fold
from loyalty_pos.domain.members import luhn_valid
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.members.membership import find_by_card, search_members
from loyalty_pos.services.members.projection import cached_state
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.reprint import receipt_for
from loyalty_pos.services.shop.cap_report import cap_report
from loyalty_pos.services.shop.counting_reports import counting_report
from loyalty_pos.services.shop.price_rule_report import price_rule_report
from loyalty_pos.services.shop.prize_report import PrizeRow, prize_report
from loyalty_pos.store.bulk import CHAIN_RUN
from loyalty_pos.store.demo import records
from loyalty_pos.store.types import canonical_json, from_micros, to_micros

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
MEMBERS = 2_000
DAY_US = 86_400 * 1_000_000


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, int, int]]]:
    data_dir = tmp_path_factory.mktemp("demo") / "shop"
    stages: list[tuple[str, int, int]] = []
    seed_demo(Config.load(data_dir), members=MEMBERS, seed=7, clock=FixedClock(NOW),
              progress=lambda stage, done, total: stages.append((stage, done, total)))
    return data_dir, stages


@pytest.fixture(scope="module")
def db(seeded: tuple[Path, list]) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(Config.load(seeded[0]).db_path)
    yield connection
    connection.close()


@pytest.fixture
def app(seeded: tuple[Path, list], tmp_path: Path) -> Iterator[App]:
    """A private copy, for tests that sell."""
    data_dir = tmp_path / "shop"
    shutil.copytree(seeded[0], data_dir)
    app = open_app(Config.load(data_dir), clock=FixedClock(NOW + timedelta(minutes=5)))
    try:
        yield app
    finally:
        app.close()


def _one(db: sqlite3.Connection, sql: str, *params: object) -> tuple:
    return db.execute(sql, params).fetchone()


def test_the_seeded_shop_passes_check(seeded: tuple[Path, list]) -> None:
    report = check_file(Config.load(seeded[0]).db_path)
    assert report.ok, report.problems
    assert report.members_checked > MEMBERS // 2  # most members bought something
    assert report.entries_checked > MEMBERS


def test_progress_reports_every_stage_to_its_end(seeded: tuple[Path, list], db: sqlite3.Connection) -> None:
    stages = seeded[1]
    sales = _one(db, "SELECT count(*) FROM sales")[0]
    finished = {stage: (done, total) for stage, done, total in stages if done == total}
    assert sales > MEMBERS
    assert finished == {"members": (MEMBERS, MEMBERS), "history": (MEMBERS, MEMBERS), "indexing": (3, 3)}


def test_counts_and_mix_are_plausible(db: sqlite3.Connection) -> None:
    members, sales, earns, redeems = _one(db, (
        "SELECT (SELECT count(*) FROM members), (SELECT count(*) FROM sales WHERE returned_of IS NULL), "
        "(SELECT count(*) FROM ledger WHERE kind = 'earn'), (SELECT count(*) FROM ledger WHERE kind = 'redeem')"))
    assert members == MEMBERS
    assert MEMBERS < sales < 5 * MEMBERS  # ~2.3 visits a year each, over 15 months
    # Every sale of a basket worth a step earns; only a basket of points-free goods does not.
    assert 0.95 * sales < earns <= sales
    assert sales // 20 < redeems < sales // 4
    tiers = dict(db.execute("SELECT tier_code, count(*) FROM members GROUP BY tier_code").fetchall())
    assert set(tiers) == {"bronze", "silver", "gold"}
    assert tiers["bronze"] > tiers["silver"] > tiers["gold"] > 0
    # The first three of the 15 months have passed their 12-month expiry: the nightly job
    # booked them, and no open lot lapsed before its last run (03:00 UTC today).
    last_run = NOW.replace(hour=3, minute=0, second=0, microsecond=0)
    assert _one(db, "SELECT count(*) FROM lots WHERE expires_at <= ?", to_micros(last_run))[0] == 0
    assert _one(db, "SELECT count(*) FROM ledger WHERE kind = 'expire'")[0] > MEMBERS // 50


def test_tiers_follow_the_12_month_spend(db: sqlite3.Connection) -> None:
    """Up on the sale whose 12-month qualifying spend crosses a threshold; down only at the
    yearly review; each member's tier is where their audited changes leave them."""
    policy = demo_program(NOW).tiers
    thresholds = {tier.code: tier.threshold for tier in policy.tiers}
    last: dict[str, str] = {}
    for at, details in db.execute("SELECT at, details FROM audit_log WHERE action = 'tier_changed' ORDER BY seq"):
        change = json.loads(details)
        member, when = change["member_id"], from_micros(at)
        since = to_micros(tier_rules.window_start(policy, when))
        spend = _one(db, "SELECT coalesce(sum(qualifying_spend_minor), 0) FROM sales WHERE member_id = ? "
                         "AND at BETWEEN ? AND ?", member, since, at)[0]
        if thresholds[change["to"]] > thresholds[change["from"]]:
            assert spend >= thresholds[change["to"]], change
        else:
            assert spend < thresholds[change["from"]] and change["metric"] == spend, change
        last[member] = change["to"]
    window = to_micros(NOW - timedelta(days=HISTORY_DAYS))
    for member, tier, enrolled in db.execute("SELECT id, tier_code, enrolled_at FROM members"):
        # Unmoved: the first tier, or (joined before the window) the tier last year gave.
        assert tier == last.get(member, tier if enrolled < window else "bronze")


def test_history_sales_store_what_they_add_to_the_tier_metrics(db: sqlite3.Connection) -> None:
    """As checkout stores it: the money paid, and the sale's EARN entries (migration 0007's rule too)."""
    wrong = db.execute(
        "SELECT s.sale_id FROM sales s WHERE s.returned_of IS NULL AND (s.qualifying_spend_minor != s.total_minor "
        "OR s.qualifying_points != coalesce((SELECT sum(l.points) FROM ledger l "
        "  WHERE l.sale_ref = s.sale_id AND l.kind = 'earn'), 0))").fetchall()
    assert wrong == []
    assert _one(db, "SELECT count(*) FROM sales WHERE qualifying_points > 0")[0] > 0


def test_the_seeded_projection_is_what_the_till_would_fold(app: App) -> None:
    """The till reads balances and open lots from the projection instead of folding each
    member's ledger; the seeder writes them by SQL, so every one must equal the fold."""
    with app.uow(readonly=True) as uow:
        differ = [member_id for member_id, entries in uow.ledger.iter_by_member()
                  if cached_state(uow, member_id) != fold(entries)]
    assert differ == []


def test_card_numbers_are_unique_luhn_checked_and_one_per_member(db: sqlite3.Connection) -> None:
    numbers = [row[0] for row in db.execute("SELECT number FROM cards")]
    assert len(numbers) == MEMBERS == len(set(numbers))
    assert all(len(number) == 16 and number.startswith("9400") and luhn_valid(number) for number in numbers)
    assert _one(db, "SELECT count(DISTINCT member_id) FROM cards")[0] == MEMBERS
    # A permutation of the member index, not a counter: members enrolled one after
    # the other hold cards far apart.
    in_member_order = [int(row[0][:-1]) for row in db.execute(
        "SELECT c.number FROM cards c JOIN members m ON m.id = c.member_id ORDER BY m.row_id LIMIT 100")]
    assert all(abs(a - b) > 1_000_000 for a, b in zip(in_member_order, in_member_order[1:]))


def test_ids_are_unique_uuid_shaped(db: sqlite3.Connection) -> None:
    for table, column in (("members", "id"), ("sales", "sale_id"), ("ledger", "id")):
        ids = [row[0] for row in db.execute(f"SELECT {column} FROM {table}")]
        assert len(ids) == len(set(ids))
        # The ledger's visit awards and limited actions carry the ids every till derives
        # alike (version 5, domain/derived_ids.py), as checkout and record_action book them.
        derived = {row[0] for row in db.execute("SELECT id FROM ledger WHERE kind = 'bonus' AND sale_ref IS NULL "
                                                "AND reason IN ('campaign:birthday', 'campaign:win-back', "
                                                "'campaign:review', 'campaign:newsletter', 'campaign:tasting', "
                                                "'campaign:friends')")}
        # A challenge's completion too, paid on its sale (challenge_completion_id).
        derived |= {row[0] for row in db.execute("SELECT id FROM ledger WHERE kind = 'bonus' "
                                                 "AND reason LIKE 'challenge:%'")}
        assert all(str(uuid.UUID(value)) == value and uuid.UUID(value).version == (5 if value in derived else 4)
                   for value in ids)
    phones = [row[0] for row in db.execute("SELECT phone FROM members")]
    assert len(phones) == len(set(phones))


def test_a_members_balance_is_the_sum_of_their_entries_and_lots(db: sqlite3.Connection) -> None:
    """By hand for a member whose lots a redemption, an expiry and a return all moved."""
    member_id = _one(db, "SELECT member_id FROM ledger GROUP BY member_id HAVING sum(kind = 'redeem') > 0 "
                         "AND sum(kind = 'expire') > 0 ORDER BY sum(kind = 'reverse') DESC, count(*) DESC LIMIT 1")[0]
    entries = db.execute("SELECT id, kind, points, at, expires_at FROM ledger WHERE member_id = ? "
                         "ORDER BY at, id", (member_id,)).fetchall()
    balance, next_expiry, last_activity = _one(
        db, "SELECT balance, next_expiry_at, last_activity_at FROM balances WHERE member_id = ?", member_id)
    assert balance == sum(points for _, _, points, _, _ in entries)
    # FIFO: spending and expiry take the soonest-expiring points first; what is left is open.
    lots: dict[str, list[int]] = {}
    for entry_id, _kind, points, _at, expires in entries:
        if points > 0:
            lots[entry_id] = [expires, points]
            continue
        for lot in sorted(lots.values(), key=lambda lot: lot[0]):
            take = min(-points, lot[1])
            lot[1] -= take
            points += take
        assert points == 0  # never more spent or expired than held
    remaining = sorted((entry_id, left) for entry_id, (_, left) in lots.items() if left)
    stored = sorted(db.execute("SELECT entry_id, remaining FROM lots WHERE member_id = ?", (member_id,)).fetchall())
    assert stored == remaining and sum(left for _, left in remaining) == balance
    assert next_expiry == min(lots[entry_id][0] for entry_id, _ in remaining)
    assert last_activity == max(at for _, kind, _, at, _ in entries if kind in ("earn", "redeem", "bonus"))


def test_history_entries_say_what_checkout_would(db: sqlite3.Connection) -> None:
    sales = {row[0]: row[1:] for row in db.execute(
        "SELECT sale_id, at, points_earned, points_redeemed FROM sales WHERE returned_of IS NULL")}
    booked: dict[str, list[int]] = {sale_id: [0, 0] for sale_id in sales}
    rewards = {"free-coffee": (100, "Free: Filter coffee"), "nok50": (120, "NOK 50.00 off")}
    challenges = {f"challenge:{c.id}": c.bonus_points for c in demo_program(NOW).challenges}
    for kind, points, at, expires, reward, reason, terminal, actor, sale_ref in db.execute(
            "SELECT kind, points, at, expires_at, reward_id, reason, terminal_id, actor, sale_ref FROM ledger"):
        assert terminal == HISTORY_TERMINAL
        assert NOW - timedelta(days=HISTORY_DAYS) < from_micros(at) < NOW
        if points > 0 and kind != "reverse":
            # The program's 12 calendar months, as checkout and enrolment set them.
            assert from_micros(expires) == add_months(from_micros(at), 12)
        if kind == "expire":
            assert (actor, reason, sale_ref, expires) == ("system", "lots_expired", None, None)
            continue
        assert actor == "cashier"
        if kind == "bonus" and reason in challenges:
            # A completion rides on its sale (as checkout books it) but is not the sale's points earned.
            assert (points, sales[sale_ref][0]) == (challenges[reason], at)
            continue
        if kind in ("earn", "redeem") or (kind == "bonus" and sale_ref is not None):
            sale_at = sales[sale_ref][0]
            assert at == sale_at
            booked[sale_ref][kind == "redeem"] += points
        if kind == "redeem" and reward == "mystery-treat":  # its reason names the reward it drew
            assert (-points, reason.startswith("Drawn: "), expires) == (130, True, None)
        elif kind == "redeem":
            assert (-points, reason, expires) == (*rewards[reward], None)
        elif kind == "bonus":
            # Off a sale: the welcome bonus, a visit's award or an action keyed at the till.
            assert reason == "campaign" if sale_ref else reason in {
                "campaign:welcome", "campaign:birthday", "campaign:win-back", "campaign:review",
                "campaign:newsletter", "campaign:tasting", "campaign:friends"}
    assert {sale_id: (earned, -redeemed) for sale_id, (earned, redeemed) in booked.items()} == {
        sale_id: (earned, redeemed) for sale_id, (_, earned, redeemed) in sales.items()}


def test_search_by_name_and_phone_and_card_lookup(seeded: tuple[Path, list], db: sqlite3.Connection) -> None:
    name, phone, number, member_id = next(
        row for row in db.execute("SELECT m.name, m.phone, c.number, m.id FROM members m "
                                  "JOIN cards c ON c.member_id = m.id WHERE m.row_id >= 1234 ORDER BY m.row_id")
        if len(row[0].split()[-1]) >= 3 and row[0].isascii())
    app = open_app(Config.load(seeded[0]))
    try:
        by_name = search_members(app.uow(readonly=True), name, limit=200)
        assert member_id in {row.member_id for row in by_name.rows}
        prefix = name.split()[-1][:3]
        assert all(any(word.lower().startswith(prefix.lower()) for word in row.name.split())
                   for row in search_members(app.uow(readonly=True), prefix, limit=20).rows)
        by_phone = search_members(app.uow(readonly=True), phone[:-2], limit=200)
        assert member_id in {row.member_id for row in by_phone.rows}
        assert all(row.phone.startswith(phone[:-2]) for row in by_phone.rows)
        found = find_by_card(app.uow(readonly=True), number)
        assert (found.member_id, found.card_number) == (member_id, number)
    finally:
        app.close()


def test_a_history_receipt_reprints(seeded: tuple[Path, list], db: sqlite3.Connection) -> None:
    app = open_app(Config.load(seeded[0]))
    try:
        for where in ("points_redeemed = 0 AND returned_of IS NULL", "points_redeemed = 100 AND returned_of IS NULL"):
            receipt_no, sale_id, at, total, earned, number, name = _one(
                db, "SELECT s.receipt_no, s.sale_id, s.at, s.total_minor, s.points_earned, c.number, m.name "
                    "FROM sales s JOIN cards c ON c.member_id = s.member_id JOIN members m ON m.id = s.member_id "
                    f"WHERE {where} LIMIT 1")
            receipt = receipt_for(app.uow(readonly=True), receipt_no.lower())
            assert (receipt.receipt_no, receipt.sale_id, receipt.at, receipt.amount_due, receipt.points_earned) == (
                receipt_no, sale_id, from_micros(at), total, earned)
            assert receipt.member_name == name.split(" ")[0]  # first name only on paper
            assert receipt.card_number_masked.endswith(number[-4:])
            lines = db.execute("SELECT name, quantity, unit_price, gross_minor - discount_minor, discount_minor "
                               "FROM sale_lines WHERE sale_id = ? ORDER BY line_no", (sale_id,)).fetchall()
            assert [(line.name, line.quantity, line.unit_price, line.net, line.discount)
                    for line in receipt.lines] == lines
            assert receipt.gross - receipt.discount == receipt.total == total
        assert receipt.points_redeemed == 100 and receipt.rewards[0].description == "Free: Filter coffee"
    finally:
        app.close()


def test_a_seeded_member_checks_out_and_the_shop_still_passes_check(app: App) -> None:
    with sqlite3.connect(app.config.db_path) as connection:
        member_id, balance = connection.execute(
            # A regular (bought in the last 30 days): a lapsed member would also get the demo's
            # welcome-back campaigns, which this sale's arithmetic is not about.
            "SELECT b.member_id, b.balance FROM balances b JOIN members m ON m.id = b.member_id "
            "WHERE b.balance >= 100 AND m.tier_code = 'bronze' AND EXISTS (SELECT 1 FROM sales s "
            "WHERE s.member_id = m.id AND s.at >= ?) ORDER BY b.balance LIMIT 1",
            (to_micros(app.clock.now() - timedelta(days=30)),)).fetchone()
        last_history_receipt = connection.execute(
            "SELECT max(receipt_no) FROM sales WHERE terminal_id = ?", (HISTORY_TERMINAL,)).fetchone()[0]
    cashier = Actor("cashier", Role.CASHIER, "01")
    cmd = Checkout(sale_id=str(uuid.uuid4()), member_id=member_id,
                   lines=(SaleLineInput("COF-FIL", 1), SaleLineInput("PRO-APL", 1)),
                   redemptions=(RedemptionRequest("free-coffee"),), tender="card")
    receipt = checkout(app.uow(), cmd, actor=cashier, clock=app.clock).receipt
    # Apples NOK 34.90 -> 3 points (bronze, no campaign on produce); the coffee is free for 100 points.
    assert (receipt.receipt_no, receipt.points_earned, receipt.points_redeemed) == ("R01-000001", 3, 100)
    # A challenge this sale completes pays on top (its own ledger entry, printed with the receipt's challenges).
    assert receipt.balance == balance - 100 + 3 + sum(c.points for c in receipt.challenges if c.completed)
    # The history's terminal numbers on after its last receipt.
    history_till = Actor("cashier", Role.CASHIER, HISTORY_TERMINAL)
    again = Checkout(sale_id=str(uuid.uuid4()), member_id=member_id, lines=(SaleLineInput("BAK-BUN", 1),))
    next_no = checkout(app.uow(), again, actor=history_till, clock=app.clock).receipt.receipt_no
    assert int(next_no.split("-")[1]) == int(last_history_receipt.split("-")[1]) + 1
    report = check_file(app.config.db_path)
    assert report.ok, report.problems


def test_the_same_seed_gives_the_same_shop(tmp_path: Path) -> None:
    def digest(seed: int, name: str) -> list[tuple]:
        config = Config.load(tmp_path / name)
        seed_demo(config, members=150, seed=seed, clock=FixedClock(NOW))
        with sqlite3.connect(config.db_path) as connection:
            return connection.execute(
                "SELECT m.id, m.name, m.phone, m.email, m.birthday, m.tier_code, m.enrolled_at, c.number, "
                "(SELECT group_concat(s.sale_id || s.at || s.total_minor) FROM sales s WHERE s.member_id = m.id) "
                "FROM members m JOIN cards c ON c.member_id = m.id ORDER BY m.row_id").fetchall()

    first = digest(11, "a")
    assert first == digest(11, "b")
    assert first != digest(12, "c")


def test_seeding_again_leaves_the_shop_alone(seeded: tuple[Path, list]) -> None:
    summary = seed_demo(Config.load(seeded[0]), members=10, clock=FixedClock(NOW))
    assert summary.already_seeded and summary.members == MEMBERS


def test_the_history_is_chained_a_run_per_link(db: sqlite3.Connection) -> None:
    """A link per record made chaining cost three times the load itself; the bulk-loaded
    year is chained in runs, one range link over each run of records."""
    links = dict(db.execute("SELECT kind, count(*) FROM chain GROUP BY kind").fetchall())
    first, last = _one(db, "SELECT min(seq), max(seq) FROM ledger")
    sales = _one(db, "SELECT count(*) FROM sales")[0]
    # One link per CHAIN_RUN records of each kind (the ledger's 2,000 members' year is just over one run).
    assert links["ledger_range"] == -(-(last - first + 1) // CHAIN_RUN)
    assert links["sale_range"] == -(-sales // CHAIN_RUN)
    assert "ledger" not in links and "sale" not in links
    refs = [row[0] for row in db.execute("SELECT ref FROM chain WHERE kind = 'ledger_range' ORDER BY n")]
    assert refs == ["%d..%d" % (start, min(start + CHAIN_RUN - 1, last))
                    for start in range(first, last + 1, CHAIN_RUN)]


@pytest.mark.parametrize(("edit", "kind"), [
    ("UPDATE ledger SET points = points + 1 WHERE seq = 7", "ledger_range"),
    ("DELETE FROM ledger WHERE seq = (SELECT max(seq) FROM ledger)", "ledger_range"),
    ("UPDATE sales SET total_minor = total_minor + 100 WHERE rowid = 3", "sale_range"),
    ("DELETE FROM sale_lines WHERE rowid = (SELECT max(rowid) FROM sale_lines)", "sale_range"),
    ("UPDATE sales SET receipt_no = 'R90-9' || substr(receipt_no, 6) WHERE rowid = 5", "sale_range"),
])
def test_an_edit_inside_a_chained_run_is_found(seeded: tuple[Path, list], tmp_path: Path, edit: str,
                                               kind: str) -> None:
    data_dir = tmp_path / "shop"
    shutil.copytree(seeded[0], data_dir)
    with sqlite3.connect(Config.load(data_dir).db_path) as connection:
        connection.execute(edit)
    report = check_file(Config.load(data_dir).db_path)
    assert any(problem.startswith(f"{kind} ") and "do not match the chain" in problem
               for problem in report.problems), report.problems


def test_a_row_added_by_hand_after_a_run_is_unchained(seeded: tuple[Path, list], tmp_path: Path) -> None:
    data_dir = tmp_path / "shop"
    shutil.copytree(seeded[0], data_dir)
    with sqlite3.connect(Config.load(data_dir).db_path) as connection:
        connection.execute(
            "INSERT INTO ledger(id, member_id, kind, points, at, terminal_id, actor, sale_ref, reason, reward_id, "
            "expires_at) SELECT '00000000-0000-4000-8000-000000000000', member_id, 'adjust', 5, at + 1, terminal_id, "
            "actor, NULL, 'by hand', NULL, NULL FROM ledger ORDER BY seq DESC LIMIT 1")
        seq = connection.execute("SELECT max(seq) FROM ledger").fetchone()[0]
    report = check_file(Config.load(data_dir).db_path)
    assert f"ledger {seq} is not in the chain (inserted by hand?)" in report.problems


# -- the year is shaped like a shop's (each of these found nothing in the old one-line history)


def test_baskets_run_from_1_to_30_lines_most_of_them_small(db: sqlite3.Connection) -> None:
    sizes = [row[0] for row in db.execute(
        "SELECT count(*) FROM sale_lines l JOIN sales s ON s.sale_id = l.sale_id WHERE s.returned_of IS NULL "
        "GROUP BY l.sale_id")]
    assert min(sizes) == 1 and 15 <= max(sizes) <= 30
    assert sum(size <= 4 for size in sizes) > 0.7 * len(sizes)
    assert sum(size > 1 for size in sizes) > 0.4 * len(sizes)
    categories = {row[0] for row in db.execute("SELECT DISTINCT category FROM sale_lines")}
    assert {"coffee", "bakery", "deli", "produce", "tobacco"} <= categories


def test_some_sales_came_back_whole_and_some_in_part(db: sqlite3.Connection) -> None:
    returns = db.execute(
        "SELECT r.sale_id, r.total_minor, r.points_earned, o.total_minor, "
        "  (SELECT sum(quantity) FROM sale_lines WHERE sale_id = r.sale_id), "
        "  (SELECT sum(quantity) FROM sale_lines WHERE sale_id = o.sale_id), r.at > o.at "
        "FROM sales r JOIN sales o ON o.sale_id = r.returned_of").fetchall()
    assert len(returns) > MEMBERS // 50
    # A free coffee alone refunds nothing; anything else paid for comes back.
    assert all(total <= 0 and later for _, total, _, _, _, _, later in returns)
    assert sum(total < 0 for _, total, *_ in returns) > 0.9 * len(returns)
    whole = [r for r in returns if r[4] == r[5]]
    part = [r for r in returns if r[4] < r[5]]
    assert whole and part
    assert all(-total == original for _, total, _, original, _, _, _ in whole if original > 0)
    # Each took back what its sale earned, in REVERSE entries on the original sale.
    reversed_points = dict(db.execute(
        "SELECT r.sale_id, (SELECT coalesce(sum(points), 0) FROM ledger WHERE kind = 'reverse' "
        "  AND sale_ref = r.returned_of) FROM sales r WHERE r.returned_of IS NOT NULL"))
    assert sum(reversed_points.values()) < 0


def test_the_year_has_every_kind_of_points_movement(db: sqlite3.Connection) -> None:
    kinds = dict(db.execute("SELECT kind, count(*) FROM ledger GROUP BY kind").fetchall())
    assert {"earn", "redeem", "bonus", "expire", "reverse"} <= set(kinds)
    rewards = {row[0] for row in db.execute("SELECT DISTINCT reward_id FROM ledger WHERE kind = 'redeem'")}
    assert rewards == {"free-coffee", "nok50", "mystery-treat"}
    bonus = dict(db.execute("SELECT reason, count(*) FROM ledger WHERE kind = 'bonus' GROUP BY reason").fetchall())
    assert bonus.get("campaign:welcome", 0) > MEMBERS // 10 and bonus.get("campaign", 0) > 0
    # Campaign sales: the campaigns in force in the last weeks gave points on their sales.
    campaigns = dict(db.execute("SELECT campaign_id, count(*) FROM sale_campaigns GROUP BY campaign_id").fetchall())
    assert {"bakery-x2", "big-basket"} <= set(campaigns)
    bakery_x2 = next(c for c in demo_program(NOW).campaigns if c.id == "bakery-x2")
    assert _one(db, "SELECT min(at) FROM sale_campaigns WHERE campaign_id = 'bakery-x2'")[0] >= to_micros(
        bakery_x2.starts_at)


def test_tier_changes_are_audited_up_at_the_till_and_down_at_the_review(db: sqlite3.Connection) -> None:
    moves = [json.loads(details) for (details,) in db.execute(
        "SELECT details FROM audit_log WHERE action = 'tier_changed'")]
    up = [m for m in moves if m["metric"] is None]
    down = [m for m in moves if m["metric"] is not None]
    assert len(up) > MEMBERS // 100 and down
    assert {m["to"] for m in up} == {"silver", "gold"}


def test_the_history_has_the_audit_and_outbox_rows_the_services_write(db: sqlite3.Connection) -> None:
    audit = dict(db.execute("SELECT action, count(*) FROM audit_log GROUP BY action").fetchall())
    outbox = dict(db.execute("SELECT kind, count(*) FROM outbox GROUP BY kind").fetchall())
    sales, returns = _one(db, "SELECT sum(returned_of IS NULL), sum(returned_of IS NOT NULL) FROM sales")
    enrolled = _one(db, "SELECT count(*) FROM members WHERE enrolled_at > ?",
                    to_micros(NOW - timedelta(days=HISTORY_DAYS)))[0]
    assert audit["sale_committed"] == outbox["sale_committed"] == sales
    assert audit["return_processed"] == outbox["return_processed"] == returns
    assert audit["member_enrolled"] == outbox["member_enrolled"] == enrolled > 0
    assert audit["tier_changed"] == outbox["tier_changed"]
    assert audit["points_expired"] > 0 and "points_expired" not in outbox  # a summary: only audited
    assert outbox["ledger_entry"] == _one(db, "SELECT count(*) FROM ledger")[0]
    # A year-old history was sent long ago: the sync job does not start with millions of rows.
    assert _one(db, "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND at < ?", to_micros(NOW))[0] == 0


def test_history_events_are_stored_as_journal_record_stores_them(db: sqlite3.Connection) -> None:
    """The seeder spells payloads and audit details itself, for speed: each must read back as
    its event and be what ``stored_payload`` and ``audit_details`` make of that event."""
    for kind, payload in db.execute("SELECT kind, payload FROM outbox WHERE rowid IN "
                                    "(SELECT max(rowid) FROM outbox GROUP BY kind)").fetchall():
        document = json.loads(payload)
        assert stored_payload(event_from_stored(kind, document)) == document, kind
    for action, details in db.execute("SELECT action, details FROM audit_log WHERE seq IN "
                                      "(SELECT max(seq) FROM audit_log GROUP BY action)").fetchall():
        stored = json.loads(details)
        # The latest of its kind and key: a member earns several badges under one key.
        outbox = _one(db, "SELECT payload FROM outbox WHERE kind = ? AND key = ? ORDER BY rowid DESC LIMIT 1",
                      action, stored["key"])
        if outbox is not None:
            event = event_from_stored(action, json.loads(outbox[0]))
            assert {k: v for k, v in stored.items() if k != "terminal"} == json.loads(canonical_json(
                {"key": event.key, SCHEMA_VERSION_FIELD: event.schema_version, **event.audit_details()})), action


def test_runs_chained_as_the_history_is_made_pass_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seeder spells and chains each run as it makes the records; with small runs the
    year takes many links of each kind, and check, reading every run back through
    ``quote()``, agrees with each."""
    monkeypatch.setattr(records, "CHAIN_RUN", 250)
    config = Config.load(tmp_path / "shop")
    seed_demo(config, members=150, seed=5, clock=FixedClock(NOW))
    with sqlite3.connect(config.db_path) as connection:
        links = dict(connection.execute("SELECT kind, count(*) FROM chain GROUP BY kind").fetchall())
        entries = connection.execute("SELECT count(*) FROM ledger").fetchone()[0]
    assert links["ledger_range"] == -(-entries // 250) > 1 and links["audit_range"] > 1 and links["sale_range"] > 1
    report = check_file(config.db_path)
    assert report.ok, report.problems


def test_the_years_member_actions_pay_as_the_till_would(db: sqlite3.Connection) -> None:
    """Referred members' first sales pay both friends once, under the till's derived ids; a
    birthday treat comes at most once a year; every award names a campaign of the demo."""
    referrals = db.execute("SELECT referred_id, referrer_id, converted_at, sale_id FROM referrals").fetchall()
    converted = [row for row in referrals if row[2] is not None]
    assert converted and len(referrals) < MEMBERS // 5
    entries = {row[0]: row[1:] for row in db.execute(
        "SELECT id, member_id, at FROM ledger WHERE reason = 'campaign:friends'")}
    paid_friend = 0
    for referred, referrer, at, sale_id in converted:
        first_sale = db.execute("SELECT min(at) FROM sales WHERE member_id = ?", (referred,)).fetchone()[0]
        assert at == first_sale and db.execute("SELECT at FROM sales WHERE sale_id = ?", (sale_id,)).fetchone() == (at,)
        assert entries.get(referral_award_id(referred, "friends", "referred"), (referred, at)) == (referred, at)
        paid_friend += entries.get(referral_award_id(referred, "friends", "referrer")) == (referrer, at)
    assert paid_friend > 0
    assert len(entries) <= 2 * len(converted)  # nothing paid for a referral that did not convert
    birthdays = db.execute("SELECT member_id, strftime('%Y', at / 1000000, 'unixepoch'), count(*) FROM ledger "
                           "WHERE reason = 'campaign:birthday' GROUP BY 1, 2 HAVING count(*) > 1").fetchall()
    assert birthdays == []
    awarded = {row[0] for row in db.execute("SELECT DISTINCT reason FROM ledger WHERE kind = 'bonus'")}
    assert {"campaign:birthday", "campaign:win-back", "campaign:review", "campaign:friends"} <= awarded


def test_the_history_awards_badges_and_sells_a_few_paid_gold_years_that_the_review_respects(app: App) -> None:
    """Badges as checkout awards them (each once, on its sale); the paid Gold years keep their
    holders Gold; the report reads both, and where members stand in the demo's challenges."""
    with app.uow(readonly=True) as uow:
        report = counting_report(uow, start=NOW - timedelta(days=HISTORY_DAYS), end=NOW, now=NOW)
    badges = {row.badge_id: (row.holders, row.awarded) for row in report.badges}
    assert badges["first"][0] > badges["regular"][0] > 0 and badges["explorer"][0] > 0
    assert all(holders == awarded for holders, awarded in badges.values())
    [gold] = report.paid_tiers
    assert gold.sold > 0 and gold.revenue_minor == gold.sold * 499_00 and gold.active > 0
    with app.uow(readonly=True) as uow:
        tiers = {row.member_id: uow.members.get(row.member_id).tier_code for row in uow.counting.paid_memberships()
                 if row.until > NOW.date()}
    assert set(tiers.values()) == {"gold"}
    assert {row.challenge.id for row in report.challenges} == {"coffee5", "weeks3"}
    assert sum(report.challenges[0].progress) > 0  # members part-way through this month's coffees



def test_todays_gift_card_work_shows_in_the_end_of_day_and_the_lost_card_is_refused(app: App) -> None:
    from loyalty_pos.demo.giving_history import LOST_CARD_REASON, TODAY_TOP_UP_MINOR
    from loyalty_pos.domain.gift_cards import GiftCardVoided
    from loyalty_pos.services.sale.gift_cards import gift_card_balance
    from loyalty_pos.services.shop.end_of_day import day_report

    total = day_report(app.uow(readonly=True), now=NOW).total()
    assert total.keyed_in is not None and (total.keyed_in.top_ups, total.keyed_in.loaded_minor) == (1, TODAY_TOP_UP_MINOR)
    with app.uow(readonly=True) as uow:
        voided = [row.number for row in uow.gift_cards.cards(limit=50).rows
                  if any(e.reason == LOST_CARD_REASON for e in uow.gift_cards.for_card(row.number))]
    assert len(voided) == 1
    with pytest.raises(GiftCardVoided, match=LOST_CARD_REASON):
        gift_card_balance(app.uow(readonly=True), voided[0])


def test_the_years_prizes_volume_orders_challenges_and_caps_fill_their_reports_as_the_ledger_says(
        app: App, db: sqlite3.Connection) -> None:
    """Instant wins, mystery draws, volume (catering) orders, challenge completions and the
    daily cap's trims: each report has rows in the seeded demo, and they agree with the
    ledger and the receipts the history wrote, as checkout writes them."""
    start, end = NOW - timedelta(days=HISTORY_DAYS), NOW
    with app.uow(readonly=True) as uow:
        prizes = prize_report(uow, start=start, end=end)
        rules = price_rule_report(uow, start=start, end=end)
        counting = counting_report(uow, start=start, end=end, now=NOW)
        caps = cap_report(uow, start=start, end=end)
    receipts = {sale_id: json.loads(receipt) for sale_id, receipt in db.execute(
        "SELECT sale_id, receipt FROM sales WHERE returned_of IS NULL")}
    numbers = dict(db.execute("SELECT sale_id, receipt_no FROM sales"))

    # Instant wins: every 25th receipt of NOK 300 or more in the campaign's days wins NOK 50 off, on its receipt.
    wins = db.execute("SELECT sale_id, subject_id, outcome FROM prize_outcomes WHERE kind = 'instant_win'").fetchall()
    assert wins and sum(line.count for line in prizes if line.row is PrizeRow.INSTANT_WIN) == len(wins)
    for sale_id, campaign, reward in wins:
        assert (campaign, reward) == ("every-25th", "nok50") and int(numbers[sale_id].split("-")[1]) % 25 == 0
        assert [(r["reward_id"], r["points"]) for r in receipts[sale_id]["rewards"] if r.get("won_by")] == [
            ("nok50", 0)]
    # Mystery draws: one outcome per mystery redemption on the ledger (130 points), naming what it drew.
    draws = dict(db.execute("SELECT sale_id, outcome FROM prize_outcomes WHERE kind = 'mystery'").fetchall())
    redeemed = {sale_ref: -points for sale_ref, points in db.execute(
        "SELECT sale_ref, points FROM ledger WHERE kind = 'redeem' AND reward_id = 'mystery-treat'")}
    assert draws and draws.keys() == redeemed.keys() and set(redeemed.values()) == {130}
    assert sum(line.count for line in prizes if line.row is PrizeRow.MYSTERY) == len(draws)
    assert set(draws.values()) <= {"free-coffee", "bakery20", "nok50"}

    # Volume: the catering orders' croissant discount and bakery bonus, and the bonus on the ledger.
    volume = {row.rule_id: row.total for row in rules.rows if row.kind == "volume"}
    assert volume["croissants-6"].sales > 0 and volume["croissants-6"].discount_minor > 0
    ordered = [sale_id for sale_id, receipt in receipts.items()
               if any(p["rule"] == "volume:bakery-order" for p in receipt["points_lines"])]
    assert volume["bakery-order"].sales == len(ordered) > 0 and volume["bakery-order"].points == 100 * len(ordered)
    for sale_id in ordered:
        bonus = _one(db, "SELECT sum(points) FROM ledger WHERE sale_ref = ? AND kind = 'bonus' AND reason = "
                         "'campaign'", sale_id)[0]
        assert bonus >= 100  # the bakery order's 100 among the sale's bonuses, never capped

    # Challenges: completions paid on the ledger, once per member and period, printed on their receipts.
    paid = db.execute("SELECT reason, sale_ref, points FROM ledger WHERE reason LIKE 'challenge:%'").fetchall()
    rows = {row.challenge.id: row for row in counting.challenges}
    for challenge in ("coffee5", "weeks3"):
        mine = [(sale_ref, points) for reason, sale_ref, points in paid if reason == f"challenge:{challenge}"]
        assert rows[challenge].completions == len(mine) > 0
        assert rows[challenge].points == sum(points for _, points in mine)
        name = rows[challenge].challenge.name
        assert all([c["points"] for c in receipts[sale_ref]["challenges"] if c["name"] == name and c["completed"]]
                   == [points] for sale_ref, points in mine)

    # Caps: the orders' purchase points over the member's daily cap, trimmed; given = the sales' ledger points.
    assert caps.rows and {row.rule for row in caps.rows} == {"daily_cap"}
    trimmed = [sale_id for sale_id, receipt in receipts.items()
               if any(p["rule"] == "daily_cap" and p["points"] < 0 for p in receipt["points_lines"])]
    assert caps.sales == len(trimmed)
    marks = ",".join("?" * len(trimmed))
    given = _one(db, f"SELECT sum(points) FROM ledger WHERE sale_ref IN ({marks}) AND kind IN ('earn', 'bonus') "
                     "AND (reason IS NULL OR reason = 'campaign')", *trimmed)[0]
    assert sum(row.given for row in caps.rows) == given
    assert all(row.held_back > 0 for row in caps.rows)
