"""``loyalty-pos init`` as a scripted install runs it: a subprocess, no terminal, a PIN file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.services.shop import auth
from loyalty_pos.services.shop.shop import shop_name

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})$", re.MULTILINE)


def _init(data: Path, *extra: str, pin_file: Path | None = None) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, "-m", "loyalty_pos", "--data-dir", str(data), "init", "--shop-name", "Fjellkaffe",
            "--country", "NO", "--timezone", "Europe/Oslo", "--language", "nb", "--tax-mode", "included",
            "--manager", "ingrid", "--manager-name", "Ingrid Berg", *extra]
    if pin_file is not None:
        args += ["--pin-file", str(pin_file)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=120)


def _pin_file(tmp_path: Path, pin: str, mode: int = 0o600) -> Path:
    path = tmp_path / "pin.txt"
    path.write_text(pin + "\n")
    path.chmod(mode)
    return path


def _one_line(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    for word in words:
        assert word in lines[0], lines[0]


def test_init_sets_the_shop_up_and_prints_the_recovery_code_once(tmp_path: Path) -> None:
    data = tmp_path / "shop"
    done = _init(data, "--program", "stamps", "--stamp-item", "Kaffe", "--stamp-price", "39.00",
                 "--address", "Bryggen 12", "--address", "5003 Bergen", pin_file=_pin_file(tmp_path, "2580"))
    assert done.returncode == 0, done.stderr
    codes = CODE.findall(done.stdout)
    assert len(codes) == 1, done.stdout
    assert "shown only this once" in done.stdout and "staff recover" in done.stdout
    app = open_app(Config.load(data))
    try:
        assert auth.sign_in(app.uow(), username="ingrid", pin="2580", terminal_id="01", clock=app.clock).is_manager
        with app.uow(readonly=True) as uow:
            assert shop_name(uow) == "Fjellkaffe"
            program = uow.program.published()
            assert program is not None and program.currency == "NOK"  # the country's
            assert program.rewards[0].points_cost == 9
            product = uow.products.get("STAMP-1")
            assert product is not None and product.unit_price == 3_900
    finally:
        app.close()


def test_init_chooses_the_till_mode_and_a_basket_till_by_default(tmp_path: Path) -> None:
    from loyalty_pos.domain.till_mode import TillMode
    from loyalty_pos.services.shop.profile import till_mode

    assert _init(tmp_path / "amount", "--till-mode", "amount", pin_file=_pin_file(tmp_path, "2580")).returncode == 0
    assert _init(tmp_path / "basket", pin_file=_pin_file(tmp_path, "2580")).returncode == 0
    for folder, mode in (("amount", TillMode.AMOUNT), ("basket", TillMode.BASKET)):
        app = open_app(Config.load(tmp_path / folder))
        try:
            assert till_mode(app.uow(readonly=True)) is mode
        finally:
            app.close()
    refused = _init(tmp_path / "other", "--till-mode", "cash", pin_file=_pin_file(tmp_path, "2580"))
    assert refused.returncode == 2 and not (tmp_path / "other" / "loyalty.sqlite").exists()


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_a_pin_file_others_can_read_is_refused(tmp_path: Path) -> None:
    pin_file = _pin_file(tmp_path, "2580", 0o644)
    done = _init(tmp_path / "shop", pin_file=pin_file)
    assert done.returncode == 2
    _one_line(done.stderr, str(pin_file), "0644", "chmod 600")
    assert not (tmp_path / "shop" / "loyalty.sqlite").exists()


@pytest.mark.parametrize(("pin", "words"), [("1234", "in a row"), ("0000", "repeated"), ("12", "at least 4")])
def test_a_weak_pin_is_refused(tmp_path: Path, pin: str, words: str) -> None:
    done = _init(tmp_path / "shop", pin_file=_pin_file(tmp_path, pin))
    assert done.returncode == 2
    _one_line(done.stderr, "PIN", words)
    assert not (tmp_path / "shop" / "loyalty.sqlite").exists()


def test_a_folder_that_holds_a_shop_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "shop"
    assert _init(data, pin_file=_pin_file(tmp_path, "2580")).returncode == 0
    again = _init(data, "--manager", "someone", pin_file=_pin_file(tmp_path, "3691"))
    assert again.returncode == 2
    _one_line(again.stderr, "already holds a shop")


def test_without_a_terminal_the_pin_needs_a_file(tmp_path: Path) -> None:
    done = _init(tmp_path / "shop")
    assert done.returncode == 2
    _one_line(done.stderr, "--pin-file")


def test_every_bad_option_at_once_before_the_pin_is_asked(tmp_path: Path) -> None:
    done = _init(tmp_path / "shop", "--currency", "XYZ", "--timezone", "Mars/Base", "--program", "stamps")
    assert done.returncode == 2
    _one_line(done.stderr, "--currency", "--timezone", "--stamp-item", "--stamp-price")
