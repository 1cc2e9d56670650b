"""Setting a new shop up in a data directory: everything in place, or nothing at all."""

from __future__ import annotations

import base64
import os
import sqlite3
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import FieldsInvalid
from loyalty_pos.domain.members import Consents
from loyalty_pos.domain.program import TaxBasis
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.shop_profile import ShopProfile
from loyalty_pos.domain.starter_programs import NO_STAMP_CATEGORY, Starter
from loyalty_pos.jobs import shop_setup
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.jobs.shop_setup import create_shop, shop_exists
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.membership import EnrolMember, enrol, member_panel
from loyalty_pos.services.ports import AuditFilter
from loyalty_pos.services.program import catalog
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.shop import auth, profile
from loyalty_pos.services.shop.setup import ShopExists
from loyalty_pos.services.shop.shop import shop_name, shop_zone
from loyalty_pos.store.schema import migrate, upgrade
from tests.integration.support_shop_setup import MANAGER_PIN, fixed_random, new_shop


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def test_a_new_shop_with_everything_in_place(tmp_path: Path) -> None:
    config = Config.load(tmp_path / "shop")
    assert not shop_exists(config)
    assert not config.data_dir.exists()  # asking creates nothing
    outcome = create_shop(config, new_shop(), randbelow=fixed_random())
    assert shop_exists(config)
    assert outcome.created.manager == "siti"
    names = sorted(path.name for path in config.data_dir.iterdir())
    # No staging folder left behind; the chain head came with the database.
    assert names == ["backups", "card-signing.key", "loyalty.sqlite", "loyalty.sqlite.head"]
    assert outcome.first_backup.parent == config.backup_dir and outcome.first_backup.is_file()
    assert Path(f"{outcome.first_backup}.key").read_bytes() == config.key_path.read_bytes()
    assert check_file(outcome.first_backup).ok and check_file(config.db_path).ok
    assert check_file(config.db_path).notes == []  # it had a head beside it to compare with
    app = open_app(config)
    try:
        actor = auth.sign_in(app.uow(), username="siti", pin=MANAGER_PIN, terminal_id="01", clock=app.clock)
        assert actor.is_manager
        with app.uow(readonly=True) as uow:
            assert shop_name(uow) == "Kopi Kita"
            assert str(shop_zone(uow)) == "Asia/Jakarta"
            assert uow.settings.get(profile.SHOP_ADDRESS) == "Jl. Sudirman 1\nJakarta"
            assert (uow.settings.get(profile.COUNTRY), uow.settings.get(profile.LANGUAGE)) == ("ID", "id")
            assert profile.prices_include_tax(uow)
            program = uow.program.published()
            assert program is not None and program.currency == "IDR" and program.version == 1
            assert [s.username for s in uow.staff.all()] == ["siti"]
            stored_code = uow.settings.get(profile.RECOVERY_CODE) or ""
            actions = [record.action for record in uow.audit.search(AuditFilter(), cursor=None, limit=50).rows]
        assert "shop_created" in actions
    finally:
        app.close()
    # The code itself is stored nowhere: only its scrypt hash.
    raw = outcome.created.recovery_code.replace("-", "")
    assert stored_code.startswith("scrypt$") and raw not in stored_code
    assert raw.encode() not in config.db_path.read_bytes()


def test_a_directory_that_holds_a_shop_is_refused(tmp_path: Path) -> None:
    config = Config.load(tmp_path / "shop")
    create_shop(config, new_shop())
    before = _rows(config.db_path, "SELECT * FROM settings ORDER BY key")
    with pytest.raises(ShopExists):
        create_shop(config, new_shop(manager_username="other"))
    assert _rows(config.db_path, "SELECT username FROM staff") == [("siti",)]
    assert _rows(config.db_path, "SELECT * FROM settings ORDER BY key") == before


def test_the_demo_is_a_shop_too(tmp_path: Path) -> None:
    from loyalty_pos.demo.seed import seed_demo

    config = Config.load(tmp_path / "demo")
    seed_demo(config, members=0)
    assert shop_exists(config)
    with pytest.raises(ShopExists):
        create_shop(config, new_shop())


def test_every_problem_is_refused_before_a_file_is_touched(tmp_path: Path) -> None:
    config = Config.load(tmp_path / "shop")
    with pytest.raises(FieldsInvalid) as refused:
        create_shop(config, new_shop(pin="1111", pin_again="1111", manager_username="Siti Rahayu"))
    assert set(refused.value.fields) == {"pin", "manager_username"}
    assert not config.data_dir.exists()


def test_a_crash_half_way_leaves_no_shop_and_the_next_setup_works(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    config = Config.load(tmp_path / "shop")
    real_link = shop_setup._link_new

    def power_cut(source: Path, dest: Path, *, where: Path) -> None:
        raise KeyboardInterrupt  # the moment before the database is moved into place

    monkeypatch.setattr(shop_setup, "_link_new", power_cut)
    with pytest.raises(KeyboardInterrupt):
        create_shop(config, new_shop())
    assert not shop_exists(config)
    assert not config.db_path.exists()
    monkeypatch.setattr(shop_setup, "_link_new", real_link)
    key_before = config.key_path.read_bytes()  # placed before the database: kept, it signed nothing yet
    create_shop(config, new_shop())
    assert shop_exists(config)
    assert config.key_path.read_bytes() == key_before
    assert not list(config.data_dir.glob(".setup-*"))


def test_a_staging_folder_left_by_a_killed_setup_is_swept(tmp_path: Path) -> None:
    config = Config.load(tmp_path / "shop")
    left = config.data_dir / ".setup-abc123"
    left.mkdir(parents=True)
    (left / "loyalty.sqlite").write_bytes(b"half a shop")
    create_shop(config, new_shop())
    assert not left.exists()


def test_the_empty_file_an_earlier_release_made_is_set_up_over(tmp_path: Path) -> None:
    """The previous release created an empty database (and a key) on its first start."""
    config = Config.load(tmp_path / "shop")
    # As that release left it: an empty database at its schema, and a key beside it.
    config.data_dir.mkdir()
    migrate(config.db_path, "0009")
    config.key_path.write_bytes(os.urandom(32))
    (config.data_dir / "loyalty.sqlite-wal").write_bytes(b"")  # a side file it may leave
    assert not shop_exists(config)
    key = config.key_path.read_bytes()
    create_shop(config, new_shop())
    assert shop_exists(config)
    assert config.key_path.read_bytes() == key  # a key already here (head office's, say) is the shop's


def test_a_shop_from_the_previous_release_opens_as_a_shop(tmp_path: Path) -> None:
    config = Config.load(tmp_path / "old")
    config.data_dir.mkdir()
    migrate(config.db_path, "0006")
    config.key_path.write_bytes(os.urandom(32))  # that release made the key on its first start
    app = open_app(config)
    try:
        auth.create_staff(app.uow(), username="boss", display_name="Boss", role=Role.MANAGER, pin="1111",
                          actor=Actor("system", Role.MANAGER, "01"), clock=app.clock)
    finally:
        app.close()
    assert shop_exists(config)
    assert upgrade(config.db_path, config.backup_dir) is None


def test_the_logo_is_stored_with_the_shop_and_prints_on_its_cards(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from loyalty_pos.jobs.card_printing import CardShop, print_cards
    from loyalty_pos.services.actor import system_actor
    from loyalty_pos.printing.logo import fit_logo, logo_box_dots, png_bytes
    from loyalty_pos.printing.qt_app import ensure_gui_application

    ensure_gui_application()
    picture = QImage(1200, 600, QImage.Format.Format_RGB32)
    picture.fill(QColor("#c0392b"))
    logo = fit_logo(png_bytes(picture))
    scaled = QImage.fromData(logo)
    assert (scaled.width(), scaled.height()) == (logo_box_dots(), logo_box_dots() // 2)
    config = Config.load(tmp_path / "shop")
    create_shop(config, new_shop(logo_png=logo))
    stored = _rows(config.db_path, f"SELECT value FROM settings WHERE key = '{profile.SHOP_LOGO}'")
    assert base64.b64decode(stored[0][0]) == logo
    app = open_app(config, create=False)
    try:
        shop = CardShop(app.uow, app.key, app.clock, system_actor(config.terminal_id))
        summary = print_cards(shop, out=tmp_path / "cards.pdf", new=1)
    finally:
        app.close()
    assert summary.cards == 1 and (tmp_path / "cards.pdf").stat().st_size > 0


def test_nine_stamps_then_the_tenth_is_free_at_the_till(tmp_path: Path) -> None:
    config = Config.load(tmp_path / "shop")
    create_shop(config, new_shop(Starter.STAMPS))
    app = open_app(config)
    try:
        cashier = Actor("siti", Role.MANAGER, "01")
        with app.uow(readonly=True) as uow:
            program = uow.program.published()
            coffee = uow.products.get("STAMP-1")
        assert program is not None and coffee is not None and coffee.unit_price == 25_000
        member = enrol(app.uow(), EnrolMember("Budi Santoso", consents=Consents(data_processing=True)),
                       actor=cashier, clock=app.clock)

        def sell(*lines: tuple[str, int], redeem: str | None = None):  # noqa: ANN202
            cmd = Checkout(str(uuid.uuid4()), member.id, tuple(SaleLineInput(code, qty) for code, qty in lines),
                           redemptions=(RedemptionRequest(redeem),) if redeem else ())
            return checkout(app.uow(), cmd, actor=cashier, clock=app.clock).receipt

        for visit in range(1, 10):
            assert sell(("STAMP-1", 1)).points_earned == 1
            assert member_panel(app.uow(readonly=True), member.id, clock=app.clock).balance == visit
        tenth = sell(("STAMP-1", 1), redeem=program.rewards[0].id)
        assert tenth.total == 0
        assert tenth.points_redeemed == 9 and tenth.points_earned == 0
        assert member_panel(app.uow(readonly=True), member.id, clock=app.clock).balance == 0
        # Products filed under "no stamps" earn none.
        manager = Actor("siti", Role.MANAGER, "01")
        catalog.save_product(app.uow(), Product("CAKE", "Cake", NO_STAMP_CATEGORY, 30_000, "IDR"),
                             actor=manager, clock=app.clock, new=True)
        assert sell(("CAKE", 2)).points_earned == 0
    finally:
        app.close()
    assert check_file(config.db_path).ok


def test_the_tax_mode_reaches_the_till(tmp_path: Path) -> None:
    """Prices set up as before tax, points later based on the price with tax: the till converts."""
    config = Config.load(tmp_path / "shop")
    us = ShopProfile("Corner Deli", (), "US", "USD", "America/Chicago", "en", prices_include_tax=False)
    create_shop(config, new_shop(profile=us))
    app = open_app(config)
    try:
        manager = Actor("siti", Role.MANAGER, "01")
        with app.uow(readonly=True) as uow:
            program = uow.program.published()
            assert not profile.prices_include_tax(uow)
        assert program is not None and program.earning.tax_basis is TaxBasis.EXCLUSIVE
        catalog.save_product(app.uow(), Product("WINE", "Wine", "drinks", 10_000, "USD", tax_rate_bp=2_500),
                             actor=manager, clock=app.clock, new=True)
        member = enrol(app.uow(), EnrolMember("Ann Lee", consents=Consents(data_processing=True)),
                       actor=manager, clock=app.clock)
        sale = Checkout(str(uuid.uuid4()), member.id, (SaleLineInput("WINE", 1),))
        assert checkout(app.uow(), sale, actor=manager, clock=app.clock).receipt.points_earned == 100  # $100 net
        catalog.save_draft(app.uow(), replace(program, earning=replace(program.earning, tax_basis=TaxBasis.INCLUSIVE)),
                           actor=manager, clock=app.clock)
        catalog.publish(app.uow(), actor=manager, clock=app.clock)
        sale = Checkout(str(uuid.uuid4()), member.id, (SaleLineInput("WINE", 1),))
        # $100 before 25 % tax is $125 with it: 125 points, not 100.
        assert checkout(app.uow(), sale, actor=manager, clock=app.clock).receipt.points_earned == 125
    finally:
        app.close()
