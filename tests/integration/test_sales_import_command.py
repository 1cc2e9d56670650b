"""``loyalty-pos sales import`` as a script runs it: a subprocess, a manager PIN from the environment."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.domain.members import Consents
from loyalty_pos.jobs.shop_setup import create_shop
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.membership import EnrolMember, enrol
from tests.integration.support_shop_setup import MANAGER_PIN, new_shop

ROOT = Path(__file__).resolve().parents[2]


def _shop(tmp_path: Path) -> Path:
    data = tmp_path / "shop"
    create_shop(Config.load(data), new_shop())
    app = open_app(Config.load(data))
    try:
        enrol(app.uow(), EnrolMember("Budi", "+62 812 3456 7890", consents=Consents(False, True)),
              actor=Actor("siti", Role.MANAGER, "01"), clock=app.clock)
    finally:
        app.close()
    return data


def _import(data: Path, csv_file: Path, *extra: str, pin: str | None = MANAGER_PIN) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("LOYALTY_POS_PIN", None)
    if pin is not None:
        env["LOYALTY_POS_PIN"] = pin
    return subprocess.run([sys.executable, "-m", "loyalty_pos", "--data-dir", str(data), "sales", "import",
                           str(csv_file), *extra], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          env=env, timeout=120)


def _imported(data: Path) -> int:
    with sqlite3.connect(data / "loyalty.sqlite") as connection:
        return connection.execute("SELECT count(*) FROM sales WHERE external_ref IS NOT NULL").fetchone()[0]


def test_import_prints_each_row_and_exits_1_when_a_row_is_refused(tmp_path: Path) -> None:
    data = _shop(tmp_path)
    csv_file = tmp_path / "register.csv"
    csv_file.write_bytes("\ufeffphone;amount;date;receipt\n"
                         "+62 812 3456 7890;150000;2026-01-05;A-1\n"
                         "+62 800 0000 0000;20000;2026-01-05;A-2\n".encode())

    dry = _import(data, csv_file, "--dry-run")
    assert dry.returncode == 1, dry.stderr
    assert "would import" in dry.stdout and "refused" in dry.stdout
    assert "1 row(s) would be imported, 1 refused" in dry.stdout
    assert _imported(data) == 0

    done = _import(data, csv_file)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.split()[:2] == ["2", "A-1"] and "imported" in line for line in lines)
    assert any(line.split()[:2] == ["3", "A-2"] and "refused" in line for line in lines)
    assert _imported(data) == 1

    csv_file.write_text("phone,amount,date,receipt\n+62 812 3456 7890,150000,2026-01-05,A-1\n"
                        "+62 812 3456 7890,5000,2026-01-06,A-1\n")
    again = _import(data, csv_file)
    assert again.returncode == 1
    assert "already recorded" in again.stdout
    assert _imported(data) == 2

    clean = tmp_path / "clean.csv"
    clean.write_text("phone,amount,date,receipt\n+62 812 3456 7890,5000,2026-01-07,A-1\n")
    assert _import(data, clean).returncode == 0
    assert _imported(data) == 3


def test_without_a_manager_pin_nothing_is_imported(tmp_path: Path) -> None:
    data = _shop(tmp_path)
    csv_file = tmp_path / "register.csv"
    csv_file.write_text("phone,amount,date,receipt\n+62 812 3456 7890,150000,2026-01-05,A-1\n")
    refused = _import(data, csv_file, pin="0000")
    assert refused.returncode != 0 and refused.stderr.strip().startswith("loyalty-pos:")
    assert _imported(data) == 0
