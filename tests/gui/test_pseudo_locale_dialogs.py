"""The pseudo-locale run (tests/gui/test_pseudo_locale.py) over what the screens open:
the till's dialogs, the back office's member and staff dialogs, the customer display and
every page of the first-run setup. Each is opened programmatically, shown, and any
visible text that did not come through a translation is reported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.config import Config
from loyalty_pos.domain.regions import Region
from loyalty_pos.gui.launch import build_setup
from loyalty_pos.system_region import known_zones
from tests.gui.conftest import running_till
from tests.gui.dialog_support import dialog_shop
from tests.gui.test_pseudo_locale import (
    OPEN,
    _texts,
    pseudo_locale,
    pseudo_qm,
    shop_data,
    untranslated,
)

__all__ = ["pseudo_locale", "pseudo_qm"]  # the fixtures, shared with the sale screen's run


def _problems(found: dict[str, list[str]]) -> list[str]:
    return [f"{where}: {text}" for where, texts in found.items() for text in texts]


def _checked(root: QWidget, data: set[str]) -> list[str]:
    """``untranslated(root)``, and a problem too when nothing translated shows: a window
    not shown (or not laid out yet) would otherwise pass for a translated one."""
    shown = [text for widget in [root, *root.findChildren(QWidget)] if widget.isVisible()
             for _, text in _texts(widget)]
    if not any(OPEN in text for text in shown):
        return ["nothing translated is visible"]
    return untranslated(root, data)


def test_the_tills_dialogs_show_only_translated_text(qtbot: QtBot, demo: App, pseudo_locale: None) -> None:
    from loyalty_pos.gui.widgets.approval_dialog import ApprovalDialog

    data = shop_data(demo)
    found: dict[str, list[str]] = {}
    shop = dialog_shop(qtbot, demo)
    ayu_id = next(iter(shop.members_matching("Ayu Lin")))
    receipt = shop.sell(ayu_id, ("COF-CAP", 1))
    data |= {receipt.receipt_no}
    with running_till(qtbot, demo) as till:
        till.signed_in()
        till.scan(till.card_payload(till.member_named("Ayu Lin")))
        till.scan("7040000000028")
        qtbot.waitUntil(lambda: till.sale.offer is not None)
        actions = till.sale.actions

        def look(name: str, opened: QDialog | None) -> None:
            assert opened is not None, name
            qtbot.waitUntil(opened.isVisible)
            till.settle()
            found[name] = _checked(opened, data)
            opened.reject()
            till.settle()

        actions.redeem()
        look("redeem", actions.dialog)
        actions.discount()
        look("discount", actions.dialog)
        actions.enrol()
        look("enrol", actions.dialog)
        actions.reprint()
        look("reprint", actions.dialog)
        actions.open_return(receipt.receipt_no)
        look("returns", actions.dialog)
        approval = ApprovalDialog(till.sale.ctx, actions.actor, till.window,
                                  what=QCoreApplication.translate("MainWindow", "the back office"))
        approval.open()
        look("approval", approval)
    assert _problems(found) == [], "\n".join(_problems(found))


def test_the_back_offices_dialogs_show_only_translated_text(qtbot: QtBot, demo: App, pseudo_locale: None) -> None:
    from loyalty_pos.gui.manager.members.adjust_dialog import AdjustDialog
    from loyalty_pos.gui.manager.members.card_dialogs import (
        BlockCardDialog,
        ReissueCardDialog,
    )
    from loyalty_pos.gui.manager.members.merge_dialog import MergeDialog
    from loyalty_pos.gui.manager.members.privacy_dialogs import (
        CONFIRM_WORD,
        EraseDialog,
        ExportDialog,
    )
    from loyalty_pos.gui.manager.members.retention_dialog import RetentionDialog
    from loyalty_pos.gui.manager.members.transfer_dialog import TransferDialog
    from loyalty_pos.gui.manager.products.import_report_dialog import ImportReportDialog
    from loyalty_pos.gui.manager.products.sales_report_dialog import SalesReportDialog
    from loyalty_pos.gui.manager.staff_dialogs import CreateStaffDialog, ResetPinDialog
    from loyalty_pos.services.members.membership import search_members
    from loyalty_pos.services.program.product_csv import ImportReport, RowError
    from loyalty_pos.services.sale.sales_import import RowOutcome, SalesImportReport
    from loyalty_pos.services.shop.auth import list_staff

    # The word typed to confirm an erasure is the same on every keyboard and in every
    # language (the labels around it are translated): it is typed, not read.
    data = shop_data(demo) | {CONFIRM_WORD}
    shop = dialog_shop(qtbot, demo)
    summary = search_members(demo.uow(readonly=True), "Ayu Lin").rows[0]
    member = shop.member(summary.member_id)
    staff = list_staff(demo.uow(readonly=True), actor=shop.manager, clock=demo.clock)[0]
    ctx, manager = shop.ctx, shop.manager
    dialogs: dict[str, QWidget] = {
        "adjust": AdjustDialog(ctx, manager, summary),
        "transfer": TransferDialog(ctx, manager, summary),
        "merge": MergeDialog(ctx, manager, summary),
        "block card": BlockCardDialog(ctx, manager, member),
        "re-issue card": ReissueCardDialog(ctx, manager, member),
        "export": ExportDialog(ctx, manager, member),
        "erase": EraseDialog(ctx, manager, member, shop.balance(summary.member_id)),
        "retention": RetentionDialog(ctx, manager),
        "new staff": CreateStaffDialog(ctx, manager, None),
        "reset PIN": ResetPinDialog(ctx, manager, staff),
        "products import": ImportReportDialog(Path("products.csv"), ImportReport(
            "all_or_nothing", rows=3, saved=0, errors=(RowError(3, "price", "bad_price", "not a price"),))),
        "sales import": SalesReportDialog(Path("sales.csv"), SalesImportReport(
            (RowOutcome(2, "A-1", True, points_earned=5, amount_minor=10_000),
             RowOutcome(3, "A-2", False, code="unknown_member", message="no such member")), "NOK", committed=False)),
    }
    found: dict[str, list[str]] = {}
    for name, dialog in dialogs.items():
        shop.show(dialog)
        shop.settle()
        found[name] = _checked(dialog, data)
        dialog.close()
    shop.ops.wait_idle()
    assert _problems(found) == [], "\n".join(_problems(found))


def test_the_customer_display_shows_only_translated_text(qtbot: QtBot, demo: App, pseudo_locale: None) -> None:
    from loyalty_pos.gui.customer_display.display import CustomerDisplay

    data = shop_data(demo)
    shop = dialog_shop(qtbot, demo)
    display = CustomerDisplay(shop.ctx, shop.cashier)
    qtbot.addWidget(display)
    display.resize(1024, 768)
    display.show()
    qtbot.waitExposed(display)
    shop.settle()
    found = {"welcome": _checked(display, data)}
    display.show_sale("Ayu Lin", 37, 412, "Free coffee", 120, 45)
    found["a member's sale"] = _checked(display, data | {"Ayu"})
    display.show_sale(None, 12, 0, None, 0, 0)
    found["a sale without a member"] = _checked(display, data)
    shop.ops.wait_idle()
    assert _problems(found) == [], "\n".join(_problems(found))


def test_every_setup_page_shows_only_translated_text(qtbot: QtBot, tmp_path: Path, pseudo_locale: None) -> None:
    config = Config.load(tmp_path / "shop")
    window = build_setup(lambda shop: None, defaults=Region("NO", "NOK", "Europe/Oslo", "nb"),  # type: ignore[arg-type,return-value]
                         known_zones=known_zones(), data_dir=str(config.data_dir))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    typed = {"Fjellkaffe Bryggen", "Ingrid Berg", "ingrid", str(config.data_dir)}
    found: dict[str, list[str]] = {}
    window.shop_page.name.setText("Fjellkaffe Bryggen")
    for name in ("shop", "logo", "region", "tax"):
        found[name] = _checked(window, typed)
        window.next()
    page = window.manager_page
    page.full_name.setText("Ingrid Berg")
    page.username.setText("ingrid")
    page.pin.setText("2580")
    page.pin_again.setText("2580")
    found["manager"] = _checked(window, typed)
    window.next()
    found["program"] = _checked(window, typed)
    window.next()
    assert window.page is window.summary_page
    found["summary"] = _checked(window, typed)
    window.ops.wait_idle()
    assert _problems(found) == [], "\n".join(_problems(found))


def test_the_sync_texts_show_only_translated_text(qtbot: QtBot, pseudo_locale: None) -> None:
    """The status bar's sync word, Settings > Sync's status lines and a joined till's banner."""
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QVBoxLayout

    from loyalty_pos.domain.sync_link import TOKEN_INVALID, SyncLink
    from loyalty_pos.gui.manager.authored_elsewhere import mark_authored_elsewhere
    from loyalty_pos.gui.manager.settings_sync_page import describe
    from loyalty_pos.gui.sync_indicator import SyncIndicator
    from loyalty_pos.jobs.background_sync import SyncOutcome
    from loyalty_pos.services.clock import FixedClock
    from loyalty_pos.services.shop.sync_status import SyncStatus

    now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    url, terminal = "https://chain.example.com", "T02"

    def status(*, error: str = "", skew: int | None = None, synced: timedelta = timedelta(minutes=3),
               offline: bool = False) -> SyncStatus:
        link = SyncLink(True, url, terminal, "joined", now - synced, now, error, skew)
        return SyncStatus(link, 4, offline, timedelta(minutes=15), 30, now)

    indicator = SyncIndicator(FixedClock(now))
    qtbot.addWidget(indicator)
    indicator.show()
    found: dict[str, list[str]] = {}
    for name, shown in {"online": status(), "offline, clock slow": status(error="timeout", skew=180_000, offline=True,
                                                                           synced=timedelta(hours=5)),
                        "disconnected": status(error=TOKEN_INVALID)}.items():
        indicator.show_outcome(SyncOutcome(True, shown.link.last_error, shown))
        found[f"status bar, {name}"] = _checked(indicator, {url, terminal, "timeout", TOKEN_INVALID})
        found[f"status bar tip, {name}"] = [tip for tip in (indicator.state.toolTip(), indicator.clock_warning.toolTip())
                                            if tip and not tip.startswith(OPEN)]
        found[f"Settings > Sync, {name}"] = [line for line in describe(shown).split("\n") if not line.startswith(OPEN)]
    found["Settings > Sync, not in a chain"] = [
        line for line in describe(SyncStatus(SyncLink(False, "", "", "", None, None, "", None), 0, False,
                                             timedelta(minutes=15), 30, now)).split("\n") if not line.startswith(OPEN)]
    section = QWidget()
    QVBoxLayout(section)
    qtbot.addWidget(section)
    section.show()
    banner = mark_authored_elsewhere(section, lock=False)
    found["read-only banner"] = _checked(section, set()) + ([] if banner.toolTip().startswith(OPEN) else [banner.toolTip()])
    assert _problems(found) == [], "\n".join(_problems(found))

