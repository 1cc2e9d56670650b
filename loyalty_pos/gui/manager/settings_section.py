"""Back office: the shop's settings, a page per group, each saved with Ctrl+S.

Every save goes through ``change_settings`` (validated and audited in one unit of
work); its refusal is shown under the page's fields. What the till reads at each
use (receipt texts and printer, time zone, tax mode, backup folder) and the
scanner's thresholds (``gui.scanner_settings``) and the till group's auto-lock and
customer display (``gui.till_preferences_follower``) apply at once; the language is
stored for the translations to come, and a restore needs the till restarted. The
country and currency are edited until the first sale, then shown read-only with why.
The full list is in docs/ARCHITECTURE.md ("Which settings need a restart").
"""

from __future__ import annotations

import base64
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.config import Config
from loyalty_pos.domain.changes import Changes
from loyalty_pos.domain.currency_change import currencies_it_may_take
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.receipt_output import PAPERS, parse_output
from loyalty_pos.domain.regions import COUNTRIES, LANGUAGES
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.language import spoken_language
from loyalty_pos.gui.manager.products.confirm_box import confirm
from loyalty_pos.gui.manager.settings_form import SettingsPage
from loyalty_pos.gui.manager.settings_sync_page import SyncPage
from loyalty_pos.gui.manager.settings_till_page import TillPage
from loyalty_pos.gui.manager.text_variants_dialog import TextVariantsDialog
from loyalty_pos.gui.widgets.dialog_parts import key_button
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar, error_text
from loyalty_pos.gui.widgets.reflow_box import ReflowBox
from loyalty_pos.gui.widgets.section_heading import section_heading, section_intro
from loyalty_pos.gui.widgets.theme import set_tone
from loyalty_pos.i18n.catalogue import country_name
from loyalty_pos.i18n.check_texts import problem_text
from loyalty_pos.jobs.backups import (
    Restored,
    RestoreNeedsConsent,
    back_up_into,
    restore,
)
from loyalty_pos.jobs.daily_backup import BackupPlace, till_passphrase
from loyalty_pos.jobs.restore_drill import run_drill
from loyalty_pos.printing.logo import read_logo
from loyalty_pos.printing.receipt_output import pdf_output, print_to
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.sale.receipts import test_receipt
from loyalty_pos.services.shop import settings as shop_settings
from loyalty_pos.services.shop.profile import TILL_MODE
from loyalty_pos.services.shop.restore_drill import DrillResult, last_drill
from loyalty_pos.services.shop.settings import SettingsView, read_settings
from loyalty_pos.services.shop.shop import DEFAULT_BACKUP_KEEP_DAYS, shop_zone

_PAGE_LIST_WIDTH = 170
_LOGO_PREVIEW_PX = 96
# The receipt printer's kinds as a manager reads them; the setting's grammar is the domain's.
_OUTPUT_KINDS = (
    ("pdf", QT_TRANSLATE_NOOP("SettingsSection", "PDF files in a folder")),
    ("system", QT_TRANSLATE_NOOP("SettingsSection", "A printer installed on this computer")),
    ("escpos-file", QT_TRANSLATE_NOOP("SettingsSection", "Receipt printer (ESC/POS) on a device")),
    ("escpos-network", QT_TRANSLATE_NOOP("SettingsSection", "Receipt printer (ESC/POS) on the network")),
    ("escpos-usb", QT_TRANSLATE_NOOP("SettingsSection", "Receipt printer (ESC/POS) on USB (vendor:product)")),
)


class SettingsSection(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.view: SettingsView | None = None
        self._saving = False
        self.confirm_box: QMessageBox | None = None  # the question open now, if any

        heading = section_heading(self.tr("Settings"), self)
        intro = section_intro(self.tr("↑↓ choose a group, Tab to its fields; Ctrl+S saves the group on screen. "
                                      "Every change is checked and written to the audit log."), self)
        self.messages = MessageBar(self)

        # Made before the groups so that Qt's Tab chain runs list, fields, then on out of
        # the section (made after them, Tab from the last field went back to the list for ever).
        self.page_list = QListWidget(self)
        self.page_list.setAccessibleName(self.tr("Settings groups"))
        self.page_list.setFixedWidth(_PAGE_LIST_WIDTH)
        self.profile = self._profile_page()
        self.money = self._money_page()
        self.region = self._region_page()
        self.till = self._till_page()
        self.printers = self._printers_page()
        self.backups = self._backups_page()
        self.sync = SyncPage(ctx, self)
        self.pages: tuple[SettingsPage, ...] = (self.profile, self.money, self.region, self.till, self.printers,
                                                self.backups, self.sync)

        self.stack = QStackedWidget(self)
        self.page_list.setSpacing(4)
        for page in self.pages:
            page.layout_.addStretch(1)  # fields at the top, however tall the screen
            self.page_list.addItem(page.title)
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            # Tab goes from the group list straight to the first field; the area scrolls to
            # the focused field by itself (ensureWidgetVisible on focus), so it needs no focus.
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
        self._fit_page_list()
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.installEventFilter(self)  # Tab: into the group on screen

        self.save_button = key_button(self.tr("Ctrl+S"), self.tr("Save this group"), self, role="primary")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.messages)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        for key, slot in (("Ctrl+S", self.save), ("Ctrl+PgDown", lambda: self._step(1)),
                          ("Ctrl+PgUp", lambda: self._step(-1))):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.ops.changed.connect(self._changed)
        self.page_list.setCurrentRow(0)

    # -- pages --------------------------------------------------------------------------
    def _profile_page(self) -> SettingsPage:
        page = SettingsPage(self.tr("Shop profile"), self.tr(
            "The name, address and texts printed on every new receipt (receipts already printed keep theirs). "
            "At most 4 lines of 64 characters each."), self)
        page.line(shop_settings.SHOP_NAME, self.tr("Shop name"), max_length=80)
        page.text(shop_settings.SHOP_ADDRESS, self.tr("Address"), placeholder=self.tr("Street, post code and town"))
        header = page.text(shop_settings.RECEIPT_HEADER, self.tr("Receipt header"),
                           placeholder=self.tr("Printed under the address, e.g. the company number"))
        footer = page.text(shop_settings.RECEIPT_FOOTER, self.tr("Receipt footer"),
                           placeholder=self.tr("Empty: \"Thank you for shopping with us!\""))
        # One row under both texts: each its own per-language versions.
        translations = QHBoxLayout()
        translations.addWidget(self._variants_button(page, shop_settings.RECEIPT_HEADER_VARIANTS,
                                                     self.tr("Receipt header"), self.tr("Header…"), header))
        translations.addWidget(self._variants_button(page, shop_settings.RECEIPT_FOOTER_VARIANTS,
                                                     self.tr("Receipt footer"), self.tr("Footer…"), footer))
        translations.addStretch(1)
        page.form.addRow(self.tr("Translations"), translations)
        self.logo_preview = QLabel(page)
        # Room for "no logo" in two lines at a large text size, too.
        side = max(_LOGO_PREVIEW_PX, 4 * self.logo_preview.fontMetrics().lineSpacing())
        self.logo_preview.setFixedSize(side, side)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setWordWrap(True)
        self.logo_preview.setProperty("panel", True)  # the theme's border: high contrast outlines it
        self.logo_choose = QPushButton(self.tr("Choose PNG…"), page)
        self.logo_choose.clicked.connect(self._choose_logo)
        self.logo_remove = QPushButton(self.tr("Use the program's logo"), page)
        self.logo_remove.clicked.connect(lambda: self._set_logo(""))
        # The buttons one over the other beside the preview, or under it when a large text
        # size leaves the page too narrow (side by side all three were wider than the page).
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_choose)
        logo_buttons.addWidget(self.logo_remove)
        logo_buttons.addStretch(1)
        row = ReflowBox()
        row.addWidget(self.logo_preview)
        row.addLayout(logo_buttons, 1)
        page.form.addRow(self.tr("Logo (on cards)"), row)
        self._logo = ""
        page.bind(shop_settings.SHOP_LOGO, lambda: self._logo, self._set_logo)
        return page

    def _variants_button(self, page: SettingsPage, key: str, title: str, shown: str,
                         default: QPlainTextEdit) -> QPushButton:
        """A "<text> translations…" button: the variants are kept as the page's value of ``key``
        and saved with the group."""
        stored = {"value": ""}
        button = QPushButton(shown, page)
        button.setObjectName(f"translations-{key}")
        button.setAccessibleName(self.tr("{text}: translations").format(text=title))

        def open_dialog() -> None:
            dialog = TextVariantsDialog(self.tr("{text}: translations").format(text=title),
                                        default.toPlainText(), stored["value"], self)
            self.variants_dialog = dialog
            dialog.accepted.connect(lambda: stored.__setitem__("value", dialog.variants()))
            dialog.open()

        button.clicked.connect(open_dialog)
        page.bind(key, lambda: stored["value"], lambda value: stored.__setitem__("value", value))
        return button

    def _money_page(self) -> SettingsPage:
        page = SettingsPage(self.tr("Money and tax"), self.tr(
            "The currency is the loyalty program's and every product's: until the first sale it can change to "
            "one with the same decimals (prices and thresholds keep their numbers); after that it is fixed, as "
            "every amount stored is in it."), self)
        self.currency = page.choice(shop_settings.CURRENCY, self.tr("Currency"), [])  # filled in _show
        self.currency_note = page.note("", "")
        page.choice(shop_settings.PRICES_INCLUDE_TAX, self.tr("Prices"),
                    [("yes", self.tr("include tax (VAT)")), ("no", self.tr("are before tax"))], default="yes")
        return page

    def _region_page(self) -> SettingsPage:
        page = SettingsPage(self.tr("Region"), self.tr(
            "Times on screen and on receipts are shown in the shop's time zone; a change asks first. "
            "Numbers, amounts and dates are written as the shop's language writes them, on every till; "
            "each till may speak its own language, and a member's receipt speaks theirs."), self)
        self.timezone = page.choice(shop_settings.TIMEZONE, self.tr("Time zone"),
                                    [(zone, zone) for zone in sorted(available_timezones())], default="UTC")
        page.choice(shop_settings.LANGUAGE, self.tr("Shop language"),
                    [(language.tag, language.name) for language in LANGUAGES], default="en")
        self.till_language = page.choice(
            shop_settings.TILL_LANGUAGE, self.tr("This till speaks"),
            [("", self.tr("The shop's language")), *((language.tag, language.name) for language in LANGUAGES)])
        self.till_language.setObjectName("till_language")
        # The screens are built once, in the language installed at start: an honest note
        # rather than a half-translated till after a save.
        self.language_note = page.note("", self.tr("A new language shows the next time the till starts."))
        self.country = page.choice(shop_settings.COUNTRY, self.tr("Country"),
                                   [(country.code, country_name(country, spoken_language())) for country in COUNTRIES],
                                   default="NO")
        self.country_note = page.note("", "")
        return page

    def _till_page(self) -> SettingsPage:
        page = TillPage(self.ctx, self)
        self.scanner_gap, self.scanner_length = page.scanner_gap, page.scanner_length
        return page

    def _printers_page(self) -> SettingsPage:
        page = SettingsPage(self.tr("Printers"), self.tr(
            "Where receipts print (used from the next receipt) and the paper cards print on. Ctrl+T prints a "
            "short test receipt to the output chosen here, saved or not."), self)
        self.output_kind = QComboBox(page)
        self.output_kind.setAccessibleName(self.tr("Receipt output"))
        for kind, shown in _OUTPUT_KINDS:
            self.output_kind.addItem(self.tr(shown), kind)
        self.output_target = QLineEdit(page)
        self.output_target.setAccessibleName(self.tr("Folder, printer, device or address"))
        self.output_paper = QComboBox(page)
        self.output_paper.setAccessibleName(self.tr("Receipt paper width"))
        for paper in PAPERS:
            self.output_paper.addItem(paper, paper)
        self.output_kind.currentIndexChanged.connect(lambda _i: self._output_kind_changed())
        page.form.addRow(self.tr("Receipts go to"), self.output_kind)
        page.form.addRow(self.tr("Folder / printer / device"), self.output_target)
        page.form.addRow(self.tr("Receipt paper"), self.output_paper)
        page.bind(shop_settings.RECEIPT_PRINTER, self._output_spec, self._set_output)
        page.choice(shop_settings.CARD_PAPER, self.tr("Card sheets"), [("A4", "A4"), ("Letter", "Letter")],
                    default="A4")
        self.test_button = key_button(self.tr("Ctrl+T"), self.tr("Test print"), page)
        self.test_button.clicked.connect(self.test_print)
        page.layout_.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        shortcut = QShortcut(QKeySequence("Ctrl+T"), page, self.test_print)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return page

    def _backups_page(self) -> SettingsPage:
        page = SettingsPage(self.tr("Backups"), self.tr(
            "The till backs the shop's data and card key up into this folder once a day (when it starts, then "
            "daily) and deletes its own daily backups once older than the days kept. Back up now makes one "
            "at once. Restore replaces the shop's data with a backup (the data and card key it replaces are "
            "kept) and needs the till restarted. Backups off this computer are sealed with the passphrase in "
            "the data folder's backup-passphrase file; keep a copy of it away from the till."), self)
        self.backup_dir = page.line(shop_settings.BACKUP_DIR, self.tr("Backup folder"), max_length=500,
                                    placeholder=str(self._config().backup_dir) if self.ctx.data_dir else "")
        page.number(shop_settings.BACKUP_KEEP_DAYS, self.tr("Keep daily backups"), 1, 3650,
                    default=DEFAULT_BACKUP_KEEP_DAYS, suffix=self.tr(" days"))
        # Another disk is sealed whatever this says; "yes" is for a share or synced folder on this disk.
        self.off_site = page.choice(shop_settings.BACKUP_OFF_SITE, self.tr("Folder is off-site"), (
            ("no", self.tr("No")),
            ("yes", self.tr("Yes: seal backups")),
        ), default="no")
        self.drill_note = page.note(self.tr("Restore drill"), self.tr("Not run yet: the till runs it weekly."))
        self.drill_note.setObjectName("restore_drill")
        self.backup_button = key_button(self.tr("Ctrl+B"), self.tr("Back up now"), page)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = key_button(self.tr("Ctrl+R"), self.tr("Restore…"), page, role="danger")
        self.restore_button.clicked.connect(self.choose_restore)
        self.drill_button = key_button(self.tr("Ctrl+D"), self.tr("Run the drill now"), page)
        self.drill_button.clicked.connect(self.drill_now)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.drill_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        page.layout_.addLayout(row)
        for key, slot in (("Ctrl+B", self.back_up_now), ("Ctrl+R", self.choose_restore), ("Ctrl+D", self.drill_now)):
            shortcut = QShortcut(QKeySequence(key), page, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return page

    # -- the shell's hooks ----------------------------------------------------------
    def activated(self) -> None:
        self.refresh()
        self.page_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_unsaved_changes(self) -> bool:
        return self.view is not None and any(page.changed() for page in self.pages)

    def refresh(self) -> None:
        ctx, actor = self.ctx, self.actor
        ctx.ops.run(self, lambda: read_settings(ctx.make_uow(readonly=True), actor=actor), on_done=self._show,
                    on_error=self.messages.show_error, latest=f"settings-{id(self)}")
        ctx.ops.run(self, lambda: last_drill(ctx.make_uow(readonly=True)), on_done=self._show_drill,
                    on_error=self.messages.show_error, latest=f"drill-{id(self)}")
        self.sync.refresh_status()

    def _show(self, view: SettingsView) -> None:
        self.view = view
        # Offered only where the service would go: the same decimals as now.
        self.currency.blockSignals(True)
        self.currency.clear()
        for code in currencies_it_may_take(view.currency):
            self.currency.addItem(code, code)
        self.currency.blockSignals(False)
        for page in self.pages:
            page.load(view.values)
        self.country.setEnabled(not view.has_sales)
        self.country_note.setText(self.tr("Fixed: the shop has made sales in this country.")
                                  if view.has_sales else self.tr("Can change until the first sale."))
        self.currency.setEnabled(not view.has_sales)
        self.currency_note.setText(self.tr("Fixed: the shop has made sales in {currency}.").format(
            currency=view.currency) if view.has_sales else self.tr("Can change until the first sale."))

    def _changed(self, changes: Changes) -> None:
        if Changes.SETTINGS in changes and not self.has_unsaved_changes():
            self.refresh()

    def _fit_page_list(self) -> None:
        """As wide as the longest group's name: at 150 % text "Uang dan pajak" and
        "Sinkronisasi" were cut at the list's old fixed width."""
        needed = self.page_list.sizeHintForColumn(0) + 2 * self.page_list.frameWidth() + 2 * self.page_list.spacing()
        self.page_list.setFixedWidth(max(_PAGE_LIST_WIDTH, needed))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_page_list()  # the text size the till was set to since is in the font now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The groups were built before the list, so Qt's tab chain would go from the list
        # to whatever follows it on the window: Tab means "into this group's fields".
        if (watched is self.page_list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Tab
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            first = _first_field(self.current_page())
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def current_page(self) -> SettingsPage:
        return self.pages[self.stack.currentIndex()]

    def _step(self, delta: int) -> None:
        self.page_list.setCurrentRow((self.page_list.currentRow() + delta) % len(self.pages))

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        page = self.current_page()
        if self._saving or self.view is None:
            return
        # Only what the manager changed: a default shown for an unset key is not a change,
        # and the audit log says exactly what moved.
        loaded = page.loaded()
        values = {key: value for key, value in page.values().items() if value != loaded.get(key)}
        if not values:
            self.messages.show_message(self.tr("Nothing changed in {group}.").format(group=page.title))
            return
        currency = values.get(shop_settings.CURRENCY)
        if currency is not None:
            question = self.tr("Every price, threshold and reward value keeps its number, now in {currency}: the "
                               "program and the products are rewritten, and the change is audited.").format(
                currency=currency)
            self.confirm_box = confirm(self, self.tr("Change the currency to {currency}?").format(currency=currency),
                                       question, self.tr("Change"), lambda: self._save(page, values))
            return
        zone = values.get(shop_settings.TIMEZONE)
        if zone is not None:
            question = self.tr("From now on the till shows times, and counts days, in {zone}. Times already "
                               "printed stay as printed.").format(zone=zone)
            self.confirm_box = confirm(self, self.tr("Change the time zone?"), question, self.tr("Change"),
                                       lambda: self._save(page, values))
            return
        self._save(page, values)

    def _save(self, page: SettingsPage, values: dict[str, str]) -> None:
        self._saving = True
        page.show_error(None)
        ctx, actor = self.ctx, self.actor
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: shop_settings.change_settings(make_uow(), values, actor=actor,
                                                                      clock=ctx.clock),
                       on_done=lambda _r: self._saved(page, values), on_error=lambda error: self._refused(page, error))

    def _saved(self, page: SettingsPage, values: dict[str, str]) -> None:
        self._saving = False
        page.load(page.values())
        if TILL_MODE in values:
            text = self.tr("{group} saved; the way of selling changes at the next sign-in.")
        elif shop_settings.TILL_LANGUAGE in values or shop_settings.LANGUAGE in values:
            # Values holds only what changed: a saved time zone alone applies at once.
            text = self.tr("{group} saved; a new language and number format show the next time the till starts.")
        else:
            text = self.tr("{group} saved; the till uses it from now on.")
        self.messages.show_message(text.format(group=page.title), Level.SUCCESS)
        self.refresh()

    def _refused(self, page: SettingsPage, error: LoyaltyError) -> None:
        self._saving = False
        page.show_error(error_text(error))

    # -- the logo -----------------------------------------------------------------------
    def _choose_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the shop's logo"), str(Path.home()),
                                                      self.tr("PNG pictures (*.png)"))
        if chosen:
            self.use_logo_file(Path(chosen))

    def use_logo_file(self, path: Path) -> None:
        """Scaled as setup scales it; saved with the page."""
        try:
            self._set_logo(base64.b64encode(read_logo(path)).decode("ascii"))
        except LoyaltyError as error:
            self.profile.show_error(error_text(error))

    def _set_logo(self, encoded: str) -> None:
        self._logo = encoded
        pixmap = QPixmap()
        if encoded and pixmap.loadFromData(base64.b64decode(encoded), "PNG"):
            self.logo_preview.setPixmap(pixmap.scaled(_LOGO_PREVIEW_PX, _LOGO_PREVIEW_PX,
                                                      Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("The program's logo"))

    # -- printers -----------------------------------------------------------------------
    def _output_spec(self) -> str:
        kind, target = str(self.output_kind.currentData()), self.output_target.text().strip()
        if not target:
            return ""  # the default: PDF files in the till's receipts folder
        paper = f"@{self.output_paper.currentData()}" if kind.startswith("escpos-") else ""
        return f"{kind}:{target}{paper}"

    def _set_output(self, spec: str) -> None:
        kind, target, paper = "pdf", "", "80mm"
        if spec:
            try:
                output = parse_output(spec)
            except LoyaltyError:
                output = None
            if output is not None:
                kind, paper = output.kind, output.paper
                target = spec.partition(":")[2].rsplit("@", 1)[0] if output.is_escpos else output.target
        self.output_kind.setCurrentIndex(max(self.output_kind.findData(kind), 0))
        self.output_target.setText(target)
        self.output_paper.setCurrentIndex(max(self.output_paper.findData(paper), 0))
        self._output_kind_changed()

    def _output_kind_changed(self) -> None:
        kind = str(self.output_kind.currentData())
        self.output_paper.setEnabled(kind.startswith("escpos-"))
        receipts = str(self.ctx.receipts_dir) if self.ctx.receipts_dir else ""
        self.output_target.setPlaceholderText({
            "pdf": self.tr("Empty: {folder}").format(folder=receipts),
            "system": self.tr("The printer's name, as the system lists it"),
            "escpos-file": "/dev/usb/lp0",
            "escpos-network": "192.168.1.50:9100",
            "escpos-usb": "04b8:0e15",
        }[kind])

    def test_print(self) -> None:
        spec = self._output_spec()
        ctx, actor, language = self.ctx, self.actor, spoken_language()
        try:
            output = parse_output(spec) if spec else pdf_output(str(ctx.receipts_dir or ""))
        except LoyaltyError as error:
            self.printers.show_error(error_text(error))
            return
        self.printers.show_error(None)

        def work() -> str:
            uow = ctx.make_uow(readonly=True)
            receipt = test_receipt(uow, actor=actor, now=ctx.clock.now())
            with uow:
                zone = shop_zone(uow)
            return print_to(output, receipt, tz=zone, language=language)

        self.test_button.setEnabled(False)
        ctx.ops.run(self, work, on_done=self._printed, on_error=self._print_failed)

    def _printed(self, where: str) -> None:
        self.test_button.setEnabled(True)
        self.messages.show_message(self.tr("Test receipt printed to {where}.").format(where=where), Level.SUCCESS)

    def _print_failed(self, error: LoyaltyError) -> None:
        self.test_button.setEnabled(True)
        self.printers.show_error(error_text(error))

    # -- backups ------------------------------------------------------------------------
    def _config(self) -> Config:
        return Config(data_dir=self.ctx.data_dir or Path("."))

    def _backup_folder(self) -> Path:
        typed = self.backup_dir.text().strip()
        return Path(typed) if typed else self._config().backup_dir

    def _place(self) -> BackupPlace:
        config = self._config()
        return BackupPlace(config.db_path, config.key_path, config.backup_dir)

    def back_up_now(self) -> None:
        config, folder, place = self._config(), self._backup_folder(), self._place()
        off_site = self.off_site.currentData() == "yes"
        self.backup_button.setEnabled(False)
        self.ctx.ops.run(self, lambda: back_up_into(config.db_path, config.key_path, folder, off_site=off_site,
                                                    passphrase=lambda: till_passphrase(place, folder)),
                         on_done=self._backed_up, on_error=self._backup_failed)

    def drill_now(self) -> None:
        ctx, place, folder = self.ctx, self._place(), self._backup_folder()  # widgets read here, not on the worker
        self.drill_button.setEnabled(False)
        self.drill_note.setText(self.tr("Restoring the latest backup aside and checking it…"))

        def drill() -> DrillResult:
            return run_drill(ctx.make_uow, place, clock=ctx.clock, passphrase=lambda: till_passphrase(place, folder))

        ctx.ops.run(self, drill, on_done=self._drilled, on_error=self._drill_failed)

    def _drilled(self, result: DrillResult) -> None:
        self.drill_button.setEnabled(True)
        self._show_drill(result)
        if not result.ok:  # at the top too: the note may be scrolled out of sight
            self.messages.show_message(self.tr("Restore drill FAILED: {problem}").format(
                problem=problem_text(result.problems[0], spoken_language())), Level.ERROR)

    def _drill_failed(self, error: LoyaltyError) -> None:
        self.drill_button.setEnabled(True)
        self.drill_note.setText(self.tr("Not run: {error}").format(error=error_text(error)))

    def _show_drill(self, result: DrillResult | None) -> None:
        if result is None:
            self.drill_note.setText(self.tr("Not run yet: the till runs it weekly, or press Ctrl+D."))
            return
        when = result.at.astimezone(self.ctx.clock.now().tzinfo).strftime("%Y-%m-%d %H:%M")
        days = (self.ctx.clock.now() - result.at).days
        age = self.tr(" — {days} days ago, overdue").format(days=days) if days > 7 else ""
        name = Path(result.backup).name or self.tr("(no backup)")
        if result.ok:
            self.drill_note.setText(self.tr("OK: {name} restored and checked on {when}{age}.").format(
                name=name, when=when, age=age))
            self.drill_note.setProperty("level", "ok")
        else:
            shown = "\n".join(f"• {problem_text(problem, spoken_language())}" for problem in result.problems[:3])
            self.drill_note.setText(self.tr("FAILED on {when}{age}: {name}\n{problems}").format(
                when=when, age=age, name=name, problems=shown))
            self.drill_note.setProperty("level", "error")
        set_tone(self.drill_note, "" if result.ok else "danger")
        bold = self.drill_note.font()
        bold.setBold(not result.ok)
        self.drill_note.setFont(bold)

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.messages.show_message(self.tr("Backed up to {path}.").format(path=path), Level.SUCCESS)

    def _backup_failed(self, error: LoyaltyError) -> None:
        self.backup_button.setEnabled(True)
        self.backups.show_error(error_text(error))

    def choose_restore(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore which backup?"),
                                                      str(self._backup_folder()),
                                                      self.tr("Backups (*.sqlite);;All files (*)"))
        if chosen:
            self.ask_restore(Path(chosen))

    def ask_restore(self, source: Path) -> None:
        question = self.tr("The shop's data is replaced with the backup {path}. Sales made since that backup "
                           "are no longer in the till (the data replaced is kept beside the backups). The till "
                           "must be restarted afterwards.").format(path=source)
        self.confirm_box = confirm(self, self.tr("Restore {name}?").format(name=source.name), question,
                                   self.tr("Restore"), lambda: self._restore(source))

    def _restore(self, source: Path, **consents: bool) -> None:
        config = self._config()
        self.restore_button.setEnabled(False)
        place, folder = self._place(), source.parent
        self.ctx.ops.run(self, lambda: restore(config.db_path, config.key_path, config.backup_dir, source,
                                               passphrase=lambda: till_passphrase(place, folder), **consents),
                         on_done=lambda done: self._restored(source, done),
                         on_error=lambda error: self._restore_failed(error, source, consents))

    def _restored(self, source: Path, done: Restored) -> None:
        self.restore_button.setEnabled(True)
        key = self.tr(" The card key file replaced is kept as {key}.").format(key=done.kept_key) if done.kept_key else ""
        self.messages.show_message(
            self.tr("Restored from {source}. Close the till and start it again now: until then it still shows "
                    "the data it had. The data replaced is kept in {kept}.{key}").format(
                        source=source, kept=done.kept_db, key=key),
            Level.WARNING)

    def _restore_failed(self, error: LoyaltyError, source: Path | None = None,
                        consents: dict[str, bool] | None = None) -> None:
        self.restore_button.setEnabled(True)
        if isinstance(error, RestoreNeedsConsent) and source is not None:
            # Asked, not refused: the manager at the back office has no command line flag to pass.
            given = {**(consents or {}), error.consent: True}
            title = (self.tr("Replace this shop with another shop's backup?") if error.consent == "other_shop"
                     else self.tr("Restore a backup with other card keys?"))
            why = error.why_text(spoken_language())
            self.confirm_box = confirm(self, title, self.tr(
                "{why}. The data and card key file it replaces are kept.").format(why=why[:1].upper() + why[1:]),
                self.tr("Restore anyway"), lambda: self._restore(source, **given))
            return
        self.backups.show_error(error_text(error))


def _first_field(page: QWidget) -> QWidget | None:
    """The first widget of ``page`` that Tab would stop at, in its focus chain."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None
