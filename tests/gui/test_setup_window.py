"""First-run setup, driven from the keyboard only, to a signed-in till; each refusal inline.

Every page is saved to tests/artifacts/setup_*.png at 1024x768, as a shop owner sees
it on their first day.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.domain.regions import Region
from loyalty_pos.gui.launch import APPLICATION_DISPLAY_NAME, build_setup
from loyalty_pos.gui.setup.window import SetupWindow
from loyalty_pos.jobs.shop_setup import create_shop, shop_exists
from loyalty_pos.services.shop import profile
from loyalty_pos.services.shop.shop import shop_name
from loyalty_pos.system_region import known_zones
from tests.gui.conftest import clipped_widgets, show_till
from tests.gui.keyboard import FORM_GAP_MS, focused, press, save_png

NORWAY = Region("NO", "NOK", "Europe/Oslo", "nb")
ENTER, ESC, TAB = Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab
ALT = Qt.KeyboardModifier.AltModifier


@dataclass
class Setup:
    qtbot: QtBot
    window: SetupWindow
    config: Config

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(focused(), text, delay=1)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        press(self.qtbot, key, modifier=modifier, gap_ms=5)

    def on(self, page) -> None:  # noqa: ANN001 - a SetupPage
        assert self.window.page is page, f"on {self.window.page.title!r}, not {page.title!r}"

    def error(self, page, key: str) -> str:  # noqa: ANN001
        return page.error_text(key)

    def snap(self, name: str) -> None:
        self.qtbot.wait(20)  # pending layout requests (a button's new text) are served first
        assert not clipped_widgets(self.window), clipped_widgets(self.window)
        save_png(self.window, name)

    def wait_created(self) -> None:
        self.qtbot.waitUntil(lambda: self.window.created is not None or self.window.summary_page.failure.isVisible(),
                             timeout=30_000)


@pytest.fixture
def setup(qtbot: QtBot, tmp_path: Path) -> Iterator[Setup]:
    config = Config.load(tmp_path / "shop")
    window = build_setup(lambda shop: create_shop(config, shop).created, defaults=NORWAY,
                         known_zones=known_zones(), data_dir=str(config.data_dir))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield Setup(qtbot, window, config)
    window.ops.wait_idle()


def _logo(tmp_path: Path) -> Path:
    from loyalty_pos.printing.qt_app import ensure_gui_application

    ensure_gui_application()
    picture = QImage(800, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor("#2e7d32"))
    path = tmp_path / "logo.png"
    assert picture.save(str(path), "PNG")
    return path


def _fill_shop_page(s: Setup) -> None:
    w = s.window
    w.shop_page.name.setText("Fjellkaffe Bryggen")
    w.next()


def _to_manager_page(s: Setup) -> None:
    _fill_shop_page(s)
    for _ in range(3):  # logo, region, tax: their defaults are fine
        s.window.next()
    s.on(s.window.manager_page)


def _fill_manager(s: Setup, pin: str = "2580") -> None:
    page = s.window.manager_page
    page.full_name.setText("Ingrid Berg")
    page.username.setText("ingrid")
    page.pin.setText(pin)
    page.pin_again.setText(pin)


def test_keyboard_only_from_an_empty_folder_to_a_signed_in_till(setup: Setup, tmp_path: Path, qtbot: QtBot) -> None:
    s, w = setup, setup.window
    assert not shop_exists(s.config)
    # 1 The shop
    s.on(w.shop_page)
    assert w.shop_page.name.hasFocus()
    s.snap("setup_1_shop")
    s.type("Fjellkaffe Bryggen")
    s.key(TAB)
    s.type("Bryggen 12")
    s.key(TAB)
    s.type("5003 Bergen")
    s.key(ENTER)
    # 2 Logo and receipts
    s.on(w.logo_page)
    assert w.logo_page.path.hasFocus()
    s.type(str(_logo(tmp_path)))
    s.key(TAB)  # leaving the field reads the logo and shows it
    assert w.logo_page.preview.pixmap() is not None and not w.logo_page.preview.pixmap().isNull()
    s.key(Qt.Key.Key_R, ALT)  # Alt+R: the receipt printer field
    assert w.logo_page.printer.hasFocus()
    s.snap("setup_2_logo_and_receipts")
    s.key(ENTER)
    # 3 Country, currency, time zone, language (this computer says Norway)
    s.on(w.region_page)
    assert w.region_page.country.hasFocus()
    assert (w.region_page.currency.currentData(), w.region_page.timezone.currentText()) == ("NOK", "Europe/Oslo")
    s.snap("setup_3_region")
    s.key(ENTER)
    # 4 Tax
    s.on(w.tax_page)
    assert w.tax_page.included.isChecked() and w.tax_page.included.hasFocus()
    s.snap("setup_4_tax")
    s.key(ENTER)
    # 5 The first manager
    s.on(w.manager_page)
    s.type("Ingrid Berg")
    assert w.manager_page.username.text() == "ingrid"  # suggested from the name
    s.key(Qt.Key.Key_P, ALT)
    assert w.manager_page.pin.hasFocus()
    s.type("2580")
    s.key(TAB)
    s.type("2580")
    s.snap("setup_5_manager")
    s.key(ENTER)
    # 6 Program: the stamp card, two arrows down
    s.on(w.program_page)
    s.key(Qt.Key.Key_Down)
    s.key(Qt.Key.Key_Down)
    assert w.program_page.choices[w.program_page.chosen()].hasFocus()
    assert w.program_page.chosen().value == "stamps"
    s.key(TAB)
    s.type("Kaffe")
    s.key(TAB)
    s.type("39,00")
    s.snap("setup_6_program")
    s.key(ENTER)
    # 7 Summary: still nothing stored
    s.on(w.summary_page)
    assert not shop_exists(s.config)
    summary = w.summary_page.summary.text()
    for shown in ("Fjellkaffe Bryggen", "5003 Bergen", "Norway", "NOK", "Europe/Oslo", "Norsk bokmål",
                  "include tax", "ingrid", "Stamp card", "Kaffe, NOK 39.00", str(s.config.data_dir)):
        assert shown in summary, shown
    s.snap("setup_7_summary")
    s.key(ENTER)
    s.wait_created()
    # The recovery code, once
    s.on(w.done_page)
    code = w.done_page.code.text()
    assert len(code) == 23 and code.count("-") == 3
    s.snap("setup_8_recovery_code")
    finished: list[object] = []
    w.completed.connect(finished.append)
    s.key(ENTER)  # not before the box is ticked
    assert not finished and w.done_page.error_text("written")
    s.key(Qt.Key.Key_W, ALT)  # Alt+W ticks it (as a click Qt animates for a moment)
    s.qtbot.waitUntil(w.done_page.written.isChecked)
    s.key(ENTER)
    assert finished and finished[0] is w.created
    w.close()

    # The shop is there, and its till signs the new manager in with the chosen PIN.
    assert shop_exists(s.config)
    app = open_app(s.config)
    try:
        with app.uow(readonly=True) as uow:
            assert shop_name(uow) == "Fjellkaffe Bryggen"
            assert profile.shop_logo(app.uow(readonly=True)) is not None
        till, scanner, ops = show_till(qtbot, app)
        ops.wait_idle()
        qtbot.wait(50)
        assert till.stack.currentWidget() is till.sign_in
        assert not till.sign_in.demo_banner.isVisible()  # a real shop announces no demo PINs
        assert till.sign_in.username.hasFocus()
        qtbot.keyClicks(till.sign_in.username, "ingrid", delay=FORM_GAP_MS)
        press(qtbot, ENTER)
        qtbot.keyClicks(till.sign_in.pin, "2580", delay=FORM_GAP_MS)
        press(qtbot, ENTER)
        qtbot.waitUntil(lambda: till.stack.currentWidget() is till.sale, timeout=10_000)
        assert till.actor is not None and till.actor.username == "ingrid" and till.actor.is_manager
        save_png(till, "setup_9_signed_in")
        ops.wait_idle()
        QApplication.instance().removeEventFilter(scanner)
    finally:
        app.close()


def test_each_field_refuses_inline(setup: Setup, tmp_path: Path) -> None:
    s, w = setup, setup.window
    # The shop's name
    s.key(ENTER)
    assert s.error(w.shop_page, "name") == "Type the shop's name as customers know it."
    assert w.shop_page.name.hasFocus()
    s.snap("setup_refused_shop_name")
    s.type("x" * 81)
    assert s.error(w.shop_page, "name") == ""  # an edit clears the message until the next check
    s.key(ENTER)
    assert "At most 80 characters" in s.error(w.shop_page, "name")
    w.shop_page.name.setText("Fjellkaffe")
    s.key(ENTER)
    # The logo: not a PNG
    s.on(w.logo_page)
    not_png = tmp_path / "logo.jpg"
    not_png.write_bytes(b"\xff\xd8\xff\xe0 not a png")
    s.type(str(not_png))
    s.key(ENTER)
    s.on(w.logo_page)
    assert "not a PNG file" in s.error(w.logo_page, "logo")
    # The receipt printer
    w.logo_page.path.clear()
    w.logo_page.printer.setFocus()
    s.type("lpt1")
    s.key(ENTER)
    s.on(w.logo_page)
    assert s.error(w.logo_page, "logo") == ""
    assert "must start with one of" in s.error(w.logo_page, "receipt_printer")
    s.snap("setup_refused_receipt_printer")
    w.logo_page.printer.clear()
    s.key(ENTER)
    # A time zone that is none
    s.on(w.region_page)
    w.region_page.timezone.lineEdit().setFocus()
    w.region_page.timezone.lineEdit().selectAll()
    s.type("Mars/Olympus")
    s.key(ENTER)
    s.on(w.region_page)
    assert "is not a time zone" in s.error(w.region_page, "timezone")
    s.snap("setup_refused_timezone")
    w.region_page.timezone.setCurrentText("Europe/Oslo")
    s.key(ENTER)
    s.key(ENTER)
    # The manager: a user name with a space, a weak PIN, one digit repeated, two PINs that differ
    s.on(w.manager_page)
    page = w.manager_page
    s.type("Ingrid Berg")
    page.username.setFocus()
    page.username.selectAll()
    s.type("Ingrid Berg")
    s.key(ENTER)
    assert "letters, digits, dots or underscores" in s.error(page, "manager_username")
    assert "Type a PIN" in s.error(page, "pin")
    assert page.username.hasFocus()
    page.username.setText("ingrid")
    for weak, words in (("1234", "in a row"), ("0000", "one digit repeated"), ("98765", "in a row"),
                        ("12", "at least 4")):
        page.pin.setFocus()
        page.pin.selectAll()
        s.type(weak)
        s.key(TAB)  # refused as soon as the field is left
        assert words in s.error(page, "pin"), weak
    page.pin.setText("2580")
    page.pin_again.setFocus()
    s.type("2581")
    s.key(ENTER)
    s.on(page)
    assert s.error(page, "pin") == ""
    assert s.error(page, "pin_again") == "The two PINs differ; type the same PIN twice."
    s.snap("setup_refused_pins_differ")
    page.pin_again.setText("2580")
    s.key(ENTER)
    # The stamp card without its item, then with a price that is none
    s.on(w.program_page)
    w.program_page.choices[w.program_page.chosen()].setFocus()
    s.key(Qt.Key.Key_C, ALT)
    s.qtbot.waitUntil(lambda: w.program_page.chosen().value == "stamps")
    s.key(ENTER)
    s.on(w.program_page)
    assert "Name the item" in s.error(w.program_page, "stamp_item")
    assert "above 0" in s.error(w.program_page, "stamp_price")
    assert w.program_page.stamp_item.hasFocus()
    s.type("Kaffe")
    s.key(TAB)
    s.type("tretti")
    s.key(ENTER)
    assert "is not an amount" in s.error(w.program_page, "stamp_price")
    s.snap("setup_refused_stamp_price")
    assert not shop_exists(s.config) and not s.config.data_dir.exists()  # nothing stored by any of it


def test_esc_goes_back_and_keeps_what_was_typed(setup: Setup) -> None:
    s, w = setup, setup.window
    _to_manager_page(s)
    s.type("Ingrid Berg")
    s.key(ESC)
    s.on(w.tax_page)
    s.key(ESC)
    s.key(ESC)
    s.key(ESC)
    s.on(w.shop_page)
    s.key(ESC)  # nothing before the first page
    s.on(w.shop_page)
    assert w.shop_page.name.text() == "Fjellkaffe Bryggen"
    for _ in range(4):
        s.key(ENTER)
    s.on(w.manager_page)
    assert w.manager_page.full_name.text() == "Ingrid Berg"


def test_a_country_brings_its_currency_zone_and_language_unless_changed_by_hand(setup: Setup) -> None:
    s, w = setup, setup.window
    _fill_shop_page(s)
    w.next()
    page = w.region_page
    s.on(page)
    assert page.country.hasFocus()
    s.type("Indo")  # the closed list jumps to Indonesia as letters are typed
    assert page.country.currentData() == "ID"
    assert (page.currency.currentData(), page.timezone.currentText(), page.language.currentData()) == (
        "IDR", "Asia/Jakarta", "id")
    page.currency.setFocus()
    s.type("USD")
    assert page.currency.currentData() == "USD"
    page.country.setFocus()
    s.qtbot.wait(1_100)  # a new search, not "IndoT..."
    s.type("Taiwan")
    assert page.country.currentData() == "TW"
    assert (page.currency.currentData(), page.timezone.currentText(), page.language.currentData()) == (
        "USD", "Asia/Taipei", "zh-Hant")  # the currency chosen by hand stays


def test_closing_before_the_end_stores_nothing(setup: Setup) -> None:
    s, w = setup, setup.window
    _to_manager_page(s)
    _fill_manager(s)
    w.next()
    w.next()
    s.on(w.summary_page)
    w.close()
    assert not s.config.data_dir.exists()


def test_a_shop_that_appeared_meanwhile_is_said_on_the_summary(setup: Setup) -> None:
    s, w = setup, setup.window
    _to_manager_page(s)
    _fill_manager(s)
    w.next()
    w.next()
    from tests.integration.support_shop_setup import new_shop

    create_shop(s.config, new_shop())  # another till finished its setup first
    s.key(ENTER)
    s.wait_created()
    s.on(w.summary_page)
    assert "already holds a shop" in w.summary_page.failure.text()
    assert w.created is None


def test_loyalty_pos_opens_setup_on_an_empty_folder_and_the_till_after(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """app.run_till: setup first when there is no shop; closed early, no till and nothing stored."""
    from loyalty_pos import app as app_module
    from loyalty_pos.gui import launch as launch_module
    from tests.integration.support_shop_setup import new_shop

    config = Config.load(tmp_path / "shop")
    calls: list[str] = []

    def setup_closed_early(create, **_kwargs):  # noqa: ANN001, ANN202
        calls.append("setup")
        return None

    monkeypatch.setattr(launch_module, "run_setup", setup_closed_early)
    monkeypatch.setattr(launch_module, "launch", lambda *_a, **_k: calls.append("till") or 0)
    assert app_module.run_till(config) == 0
    assert calls == ["setup"] and not config.db_path.exists()

    def setup_finished(create, **kwargs):  # noqa: ANN001, ANN202
        calls.append("setup")
        assert kwargs["data_dir"] == str(config.data_dir)
        return create(new_shop())

    calls.clear()
    monkeypatch.setattr(launch_module, "run_setup", setup_finished)
    assert app_module.run_till(config) == 0
    assert calls == ["setup", "till"]
    calls.clear()
    assert app_module.run_till(config) == 0
    assert calls == ["till"]  # a shop now: straight to the till



def test_setup_then_the_till_in_one_application(tmp_path: Path, qtbot: QtBot) -> None:
    """run_setup's own event loop, then launch's: the path `loyalty-pos` takes on a new computer."""
    from PySide6.QtCore import QTimer

    from loyalty_pos.gui.launch import launch, run_setup
    from loyalty_pos.gui.main_window import MainWindow

    config = Config.load(tmp_path / "shop")

    def walk(window: SetupWindow) -> None:
        window.shop_page.name.setText("Fjellkaffe")
        for _ in range(4):
            window.next()
        _fill_manager(Setup(qtbot, window, config))
        window.next()
        window.next()
        window.next()  # create

        def when_created() -> None:
            if window.created is None:
                QTimer.singleShot(20, when_created)
                return
            window.done_page.written.setChecked(True)
            window.next()

        when_created()

    created = run_setup(lambda shop: create_shop(config, shop).created, defaults=NORWAY,
                        known_zones=known_zones(), data_dir=str(config.data_dir), on_shown=walk)
    assert created is not None and created.manager == "ingrid"
    seen: dict[str, bool] = {}

    def on_shown(till: MainWindow) -> None:
        seen["sign_in"] = till.isVisible() and till.stack.currentWidget() is till.sign_in
        QTimer.singleShot(50, till.close)

    app = open_app(config)
    try:
        assert launch(app.uow, clock=app.clock, key=app.key, config=config, on_shown=on_shown) == 0
    finally:
        app.close()
    assert seen == {"sign_in": True}


def test_loyalty_pos_on_an_empty_folder_waits_in_setup_and_stores_nothing(tmp_path: Path) -> None:
    """The real command: the setup window stays up, and being closed (terminated) leaves no shop."""
    import os
    import subprocess
    import sys
    import time

    data = tmp_path / "shop"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    process = subprocess.Popen([sys.executable, "-m", "loyalty_pos", "--data-dir", str(data)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    try:
        time.sleep(4)  # the window is built and its loop runs
        still_running = process.poll() is None
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert still_running, f"exited early:\n{out}\n{err}"
    assert "Traceback" not in err, err
    assert not (data / "loyalty.sqlite").exists()


def test_a_shop_with_its_own_register_chooses_the_amount_till_by_keyboard(setup: Setup) -> None:
    from loyalty_pos.domain.till_mode import TillMode

    s, w = setup, setup.window
    _fill_shop_page(s)
    for _ in range(2):  # logo, region
        w.next()
    s.on(w.tax_page)
    assert w.tax_page.basket.isChecked()  # what every shop did before the choice existed
    s.key(Qt.Key.Key_R, ALT)  # Alt+R: keep my own cash register
    s.qtbot.waitUntil(w.tax_page.amount.isChecked)
    s.snap("setup_4_tax_amount_till")
    s.key(ENTER)
    _fill_manager(s)
    w.next()
    s.on(w.program_page)
    w.next()
    s.on(w.summary_page)
    assert "records amounts from your own cash register" in w.summary_page.summary.text()
    s.key(ENTER)
    s.wait_created()
    s.on(w.done_page)
    app = open_app(s.config)
    try:
        assert profile.till_mode(app.uow(readonly=True)) is TillMode.AMOUNT
    finally:
        app.close()


def test_the_title_leaves_the_application_name_to_qt(setup: Setup) -> None:
    # Qt appends the display name ("… — loyalty-pos") on X11 and Windows; a title
    # naming it too read "loyalty-pos — set up your shop — loyalty-pos".
    assert setup.window.windowTitle()
    assert APPLICATION_DISPLAY_NAME not in setup.window.windowTitle()


def test_a_norwegian_setup_says_each_fields_problem_in_norwegian(qtbot: QtBot, tmp_path: Path) -> None:
    from loyalty_pos.gui.language import install_language, remove_language
    from loyalty_pos.i18n.catalogue import text

    install_language("nb", "nb")
    try:
        config = Config.load(tmp_path / "shop")
        window = build_setup(lambda shop: create_shop(config, shop).created, defaults=NORWAY,
                             known_zones=known_zones(), data_dir=str(config.data_dir))
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        s = Setup(qtbot, window, config)
        window.next()
        assert s.error(window.shop_page, "name") == text("field.shop_name_empty", "nb")
        window.shop_page.name.setText("x" * 81)
        window.next()
        assert s.error(window.shop_page, "name") == text("field.shop_name_too_long", "nb", limit=80)
        s.snap("setup_refused_shop_name_nb")
        window.shop_page.name.setText("Fjellkaffe")
        window.next()
        for _ in range(3):  # logo, region, tax
            window.next()
        window.manager_page.full_name.setText("Ingrid Berg")
        window.manager_page.username.setText("ingrid")
        window.manager_page.pin.setText("1111")
        window.manager_page.pin_again.setText("1111")
        window.next()
        assert s.error(window.manager_page, "pin") == text("field.pin_repeated", "nb")
        s.snap("setup_refused_pin_nb")
        window.ops.wait_idle()
    finally:
        remove_language()
