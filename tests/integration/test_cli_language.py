"""The CLI speaks the computer's language end to end (issue #23): ``--help`` (argparse's own
words too) and what ``check`` finds in a damaged shop, under LANG=nb_NO.UTF-8, in a fresh
interpreter as a manager's terminal would start it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from loyalty_pos.i18n.catalogue import text
from tests.integration.conftest import Shop


def _loyalty_pos(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items() if name not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env["LANG"] = "nb_NO.UTF-8"
    return subprocess.run([sys.executable, "-m", "loyalty_pos", *argv], capture_output=True, text=True,
                          timeout=120, check=False, env=env)


def test_help_reads_norwegian_under_a_norwegian_locale() -> None:
    done = _loyalty_pos("--help")
    assert done.returncode == 0, done.stderr
    flat = " ".join(done.stdout.split())
    assert done.stdout.startswith("bruk: loyalty-pos")
    assert "valgfrie argumenter:" in done.stdout or "alternativer:" in done.stdout
    assert " ".join(text("cli.help.check", "nb").split()) in flat
    assert "verify the database" not in flat and "show this help" not in flat


def test_a_usage_error_reads_norwegian() -> None:
    done = _loyalty_pos("points", "adjust")
    assert done.returncode == 2
    assert "følgende argumenter mangler" in done.stderr and "the following" not in done.stderr


def test_check_on_a_damaged_shop_lists_its_problems_in_norwegian(shop: Shop) -> None:
    member = shop.enrol()
    connection = sqlite3.connect(shop.app.config.db_path)
    try:
        connection.execute("INSERT INTO balances (member_id, balance) VALUES (?, 1234) "
                           "ON CONFLICT (member_id) DO UPDATE SET balance = 1234", (member.id,))
        connection.commit()
    finally:
        connection.close()
    done = _loyalty_pos("--data-dir", str(Path(shop.app.config.data_dir)), "check")
    assert done.returncode == 1, done.stderr
    problems = [line for line in done.stdout.splitlines() if line.startswith("PROBLEM: ")]
    assert problems, done.stdout
    assert any(f"medlem {member.id}: lagret saldo 1\u00a0234" in line for line in problems), done.stdout
    assert "cached balance" not in done.stdout and "problem(s)" not in done.stdout


def test_init_refuses_a_bad_field_in_norwegian(tmp_path: Path) -> None:
    # Refused before any PIN is asked for, so no PIN file is needed.
    done = _loyalty_pos("--data-dir", str(tmp_path / "shop"), "init", "--shop-name", " ", "--manager", "kari",
                        "--country", "NO", "--timezone", "Mars/Base")
    assert done.returncode != 0
    said = " ".join(done.stderr.split())
    assert f"--shop-name: {text('field.shop_name_empty', 'nb')}" in said, done.stderr
    assert "--timezone: " + text("field.timezone_unknown", "nb", timezone="Mars/Base") in said, done.stderr
    assert "Type the shop's name" not in said and "is not a time zone" not in said
    assert not (tmp_path / "shop" / "loyalty.sqlite").exists()
