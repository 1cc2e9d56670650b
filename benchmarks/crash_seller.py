"""The process ``bench --crash`` kills: sells and takes back its own sales until SIGKILL.

``python -m loyalty_pos.bench.crash_seller DATA_DIR SEED MEMBER_ID...``. Each line on
stdout is printed only after its commit returned: ``sale <id>`` or ``return <id>``.
What was printed is what a cashier saw acknowledged, so it must survive the kill.
"""

from __future__ import annotations

import random
import sys
import uuid
from pathlib import Path

from loyalty_pos.app import App, open_app
from loyalty_pos.config import Config
from loyalty_pos.demo.shop import CASHIER_USER
from loyalty_pos.domain.errors import InsufficientPoints, RewardUnavailable
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.returns import ProcessReturn, process_return, quote_return

# Its own terminal, so the verifier can tell this run's rows from a reused shop's own.
TERMINAL = "CR"
# Kept under the shop's return-approval threshold (NOK 500): a return never stops for a manager.
_PRODUCTS = ("DEL-SAL", "COF-CAP", "BAK-BUN", "DAI-MILK")
_RETURN_SHARE = 0.25
_REDEEM_SHARE = 0.3
_ANONYMOUS_SHARE = 0.1


def _acknowledge(line: str) -> None:
    # One write of the whole line: the reader trusts only lines that end in a newline.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _basket(rng: random.Random) -> tuple[SaleLineInput, ...]:
    codes = rng.sample(_PRODUCTS, rng.randint(1, 3))
    return tuple(SaleLineInput(code, rng.randint(1, 2)) for code in codes)


def _sell(app: App, actor: Actor, rng: random.Random, member_ids: list[str]) -> str:
    """The acknowledged sale's receipt number."""
    member_id = None if rng.random() < _ANONYMOUS_SHARE else rng.choice(member_ids)
    lines = _basket(rng)
    redeem = (RedemptionRequest("pay-points", points=20),) if member_id and rng.random() < _REDEEM_SHARE else ()
    sale_id = str(uuid.uuid4())
    try:
        result = checkout(app.uow(), Checkout(sale_id, member_id, lines, redeem), actor=actor, clock=app.clock)
    except (InsufficientPoints, RewardUnavailable):  # a member short of points pays in money
        sale_id = str(uuid.uuid4())
        result = checkout(app.uow(), Checkout(sale_id, member_id, lines), actor=actor, clock=app.clock)
    _acknowledge(f"sale {sale_id}")
    return result.receipt.receipt_no


def _take_back(app: App, actor: Actor, rng: random.Random, receipt_no: str) -> bool:
    """Whole (every line still held) or partial (part of one line); False once all is back."""
    held = {no: qty for no, qty in quote_return(app.uow(readonly=True), receipt_no).remaining.items() if qty > 0}
    if not held:
        return False
    if rng.random() < 0.5:
        lines = tuple(ReturnLine(no, qty) for no, qty in held.items())
    else:
        no = rng.choice(sorted(held))
        lines = (ReturnLine(no, rng.randint(1, held[no])),)
    return_id = str(uuid.uuid4())
    process_return(app.uow(), ProcessReturn(return_id, receipt_no, lines), actor=actor, clock=app.clock)
    _acknowledge(f"return {return_id}")
    return True


def sell_until_killed(data_dir: Path, seed: int, member_ids: list[str]) -> None:
    app = open_app(Config.load(data_dir), create=False)
    actor = Actor(CASHIER_USER, Role.CASHIER, TERMINAL)
    rng = random.Random(seed)
    sold: list[str] = []  # receipt numbers with something left to return
    print("ready", flush=True)
    while True:
        if sold and rng.random() < _RETURN_SHARE:
            receipt_no = rng.choice(sold)
            if not _take_back(app, actor, rng, receipt_no):
                sold.remove(receipt_no)
        else:
            sold.append(_sell(app, actor, rng, member_ids))


if __name__ == "__main__":
    sell_until_killed(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:])
