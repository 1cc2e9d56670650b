"""kill -9 in the middle of selling: every acknowledged sale is there, nothing is half-saved."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.demo.catalog import install_demo_shop
from loyalty_pos.domain.members import Consents
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import SystemClock
from loyalty_pos.services.members.membership import EnrolMember, enrol

_SELLER = textwrap.dedent("""
    import sys, uuid
    from pathlib import Path
    from loyalty_pos.app import open_app
    from loyalty_pos.config import Config
    from loyalty_pos.services.actor import Actor, Role
    from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
    app = open_app(Config.load(Path(sys.argv[1])))
    actor = Actor("cashier", Role.CASHIER, "01")
    while True:
        sale_id = str(uuid.uuid4())
        cmd = Checkout(sale_id, sys.argv[2], (SaleLineInput("DEL-SAL", 1), SaleLineInput("COF-CAP", 2)))
        checkout(app.uow(), cmd, actor=actor, clock=app.clock)
        print(sale_id, flush=True)  # acknowledged: the commit returned
""")


def _shop(data_dir: Path) -> str:
    clock = SystemClock()
    app = open_app(Config.load(data_dir), clock=clock, new_shop=True)
    try:
        install_demo_shop(app.uow, clock)
        member = enrol(app.uow(), EnrolMember("Crash Test", consents=Consents(data_processing=True)),
                       actor=Actor("cashier", Role.CASHIER, "01"), clock=clock)
    finally:
        app.close()
    return member.id


def test_kill_9_during_checkouts_loses_no_acknowledged_sale(tmp_path: Path) -> None:
    data_dir = tmp_path / "shop"
    member_id = _shop(data_dir)
    for round_ in range(3):
        child = subprocess.Popen([sys.executable, "-c", _SELLER, str(data_dir), member_id],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        acknowledged = []
        deadline = time.monotonic() + 1.0 + 0.3 * round_
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            acknowledged.append(line.strip())
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert acknowledged, "the seller never got going"
        connection = sqlite3.connect(data_dir / "loyalty.sqlite")
        try:
            stored = {row[0] for row in connection.execute("SELECT sale_id FROM sales")}
        finally:
            connection.close()
        assert set(acknowledged) <= stored, f"round {round_}: {len(set(acknowledged) - stored)} sales lost"
        report = check_file(data_dir / "loyalty.sqlite")
        assert report.ok, report.problems
