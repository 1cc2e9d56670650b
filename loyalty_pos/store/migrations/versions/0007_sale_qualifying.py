"""Each sale stores what it adds to the tier metrics; the tier window sums them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

Until now three places decided what a sale adds to a points-based tier: pricing
(every point earned, campaign bonuses too), checkout (the EARN entry only) and the
store (EARN plus the sale's BONUS entries) — so the till could show a tier reached
that checkout then did not grant. ``domain.tiers.qualifying_metric`` is now the
rule, checkout and returns store its figures for both bases (a later change of
basis still counts the past), and the window query only sums them.

Existing rows get what the rule gives them: a sale's spend is its total (what the
customer paid in money, store credit already taken off); its points are its EARN
entries. A return's spend is its (negative) refund; its points are its share of
the original sale's, worked out by ``domain.returns.plan_return`` in the order the
returns were made, exactly as a return made today works it out. Members, the
ledger and the balances are not touched: a tier held is kept until the yearly
review, which reads the new figures.

Plain ADD COLUMNs (no batch rebuild of ``sales``): SQLite takes a NOT NULL column
only with a default, so the columns have one; every writer sets both.
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.program import NegativeBalancePolicy
from loyalty_pos.domain.returns import ReturnLine, plan_return
from loyalty_pos.domain.tiers import Qualifying

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_LINE_FIELDS = (
    "line_no", "product_code", "name", "category", "quantity", "unit_price", "tax_rate_bp", "gross_minor",
    "discount_minor", "points_paid_minor", "points_earned", "points_spent",
)

_SALES = """
UPDATE sales SET
  qualifying_spend_minor = total_minor,
  qualifying_points = CASE WHEN returned_of IS NULL THEN coalesce(
    (SELECT sum(points) FROM ledger WHERE ledger.sale_ref = sales.sale_id AND ledger.kind = 'earn'), 0) ELSE 0 END
"""

def _lines(connection: sa.Connection, sale_id: str) -> list[PricedLine]:
    rows = connection.execute(
        sa.text(f"SELECT {', '.join(_LINE_FIELDS)} FROM sale_lines WHERE sale_id = :sale_id ORDER BY line_no"),
        {"sale_id": sale_id},
    )
    return [PricedLine(**row._mapping) for row in rows]


def _returns(connection: sa.Connection) -> None:
    """Each return's share of its sale's qualifying points, returns in the order they were made."""
    originals = connection.execute(sa.text(
        "SELECT s.sale_id, s.qualifying_spend_minor, s.qualifying_points FROM sales s "
        "WHERE s.sale_id IN (SELECT returned_of FROM sales WHERE returned_of IS NOT NULL)"
    )).all()
    for sale_id, spend, points in originals:
        lines = _lines(connection, sale_id)
        returned: dict[int, int] = defaultdict(int)
        returns = connection.execute(sa.text(
            "SELECT sale_id, total_minor FROM sales WHERE returned_of = :sale_id ORDER BY at, rowid"
        ), {"sale_id": sale_id}).all()
        for return_id, refund_total in returns:
            taken = [(line.line_no, line.quantity) for line in _lines(connection, return_id)]
            # The balance does not matter here: only the qualifying share is kept.
            plan = plan_return(
                lines, already_returned=dict(returned), request=[ReturnLine(*item) for item in taken],
                balance=0, policy=NegativeBalancePolicy.ALLOW_DEBT, qualifying=Qualifying(spend, points),
            )
            connection.execute(sa.text(
                "UPDATE sales SET qualifying_spend_minor = :spend, qualifying_points = :points WHERE sale_id = :id"
            ), {"spend": refund_total, "points": plan.qualifying.points, "id": return_id})
            for line_no, quantity in taken:
                returned[line_no] += quantity


def upgrade() -> None:
    op.add_column("sales", sa.Column("qualifying_spend_minor", sa.BigInteger(), nullable=False,
                                     server_default=sa.text("0")))
    op.add_column("sales", sa.Column("qualifying_points", sa.BigInteger(), nullable=False,
                                     server_default=sa.text("0")))
    op.execute(_SALES)
    _returns(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("sales") as batch:
        batch.drop_column("qualifying_points")
        batch.drop_column("qualifying_spend_minor")
