"""Back office: earning rules, tiers and expiry, edited as a draft (Ctrl+S saves).

Three tabs over one working draft. Only the tabs the manager touched are saved,
in one service call, and the service merges them into the draft as it is in the
store at that moment — the reward editor may have saved into it meanwhile.
Nothing here reaches the till until the draft is published (Simulate & publish).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.rules.counting_page import CountingPage
from loyalty_pos.gui.manager.rules.earning_page import EarningPage
from loyalty_pos.gui.manager.rules.expiry_page import ExpiryPage
from loyalty_pos.gui.manager.rules.limits_page import LimitsPage
from loyalty_pos.gui.manager.rules.giving_page import GivingPage
from loyalty_pos.gui.manager.rules.price_rules_page import MemberPricesPage, VolumePage
from loyalty_pos.gui.manager.rules.product_rules import ProductRulesPage
from loyalty_pos.gui.manager.rules.tiers_page import TiersPage
from loyalty_pos.gui.operations import Changes
from loyalty_pos.gui.widgets.fkey_button import FKeyButton
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.reflow_box import ReflowBox
from loyalty_pos.services.program import program_rules
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.program.program_rules import RulesEditor


class RulesSection(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Editing the loyalty program")
        self.ctx, self.actor = ctx, actor
        self.editor: RulesEditor | None = None
        self._dirty: set[str] = set()
        self._saving = False
        heading = QLabel(self.tr("Earning rules & tiers"), self)
        heading.setFont(scaled_font(self.font(), 125, bold=True))
        self.version = QLabel(self)
        self.version.setProperty("muted", True)
        self.version.setWordWrap(True)
        self.messages = MessageBar(self)
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(True)  # six tabs at 150 % text are wider than the section
        self.pages: dict[str, Any] = {}
        self.save_button = FKeyButton("Ctrl+S", self.tr("Save to draft"), self, role="primary")
        self.save_button.clicked.connect(self.save)
        self.revert_button = FKeyButton("F5", self.tr("Undo unsaved edits"), self)
        self.revert_button.clicked.connect(self.revert)

        # The draft's state beside the heading, or under it at a large text size.
        top = ReflowBox()
        top.setSpacing(12)
        top.addWidget(heading)
        top.addWidget(self.version, 1)
        # The buttons beside the message line, or under it at a large text size; they wrap
        # rather than cut their captions.
        draft_buttons = ActionBar(self)
        for button in (self.revert_button, self.save_button):
            button.setMinimumWidth(200)
            draft_buttons.add(button)
        bottom = ReflowBox()
        bottom.addWidget(self.messages, 1)
        bottom.addWidget(draft_buttons)
        bottom.keep_whole(draft_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        ctx.ops.changed.connect(self._store_changed)
        self.reload()

    # -- the shell's hooks ---------------------------------------------------------
    def activated(self) -> None:
        if not self._dirty:
            self.reload()
        self._focus_first_field()

    def _focus_first_field(self) -> None:
        page = self.tabs.currentWidget()
        if page is not None:
            page.first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_unsaved_changes(self) -> bool:
        return bool(self._dirty)

    # -- loading -------------------------------------------------------------------
    def reload(self) -> None:
        ctx = self.ctx
        ctx.ops.run(self, lambda: program_rules.rules_editor(ctx.make_uow(readonly=True)),
                    on_done=self._loaded, on_error=self.messages.show_error, latest="rules-editor")

    def revert(self) -> None:
        """Back to the draft as saved (or the published version when there is no draft)."""
        if self._saving:
            return
        if self._dirty:
            self.messages.show_message(self.tr("Unsaved edits undone."))
        self.reload()

    def _store_changed(self, changes: Changes) -> None:
        """A publish, a discard or a new category elsewhere: show it, unless the manager
        is in the middle of edits (those are never thrown away behind their back)."""
        if changes & (Changes.PROGRAM | Changes.CATALOG) and not self._dirty and not self._saving:
            self.reload()

    def _build_pages(self, currency: str) -> None:
        products = ProductRulesPage(self.ctx, self)
        earning = EarningPage(currency, products, self)
        for slug, page, title in (
            ("earning", earning, self.tr("&Earning")), ("earning", products, self.tr("&Product rules")),
            ("tiers", TiersPage(currency, self), self.tr("T&iers")), ("expiry", ExpiryPage(self), self.tr("E&xpiry")),
            ("limits", LimitsPage(self), self.tr("&Limits")),
            ("giving", GivingPage(currency, self), self.tr("&Gift cards && charity")),
            ("counting", CountingPage(currency, self), self.tr("C&hallenges && badges")),
            *self._price_rule_pages(),
        ):
            self.pages.setdefault(slug, page)
            self.tabs.addTab(page, title)
            # Product rules are part of the earning rules: either tab's edits save them together.
            page.edited.connect(lambda slug=slug: self._edited(slug))
        self.product_rules = products

    def _price_rule_pages(self) -> tuple[tuple[str, QWidget, str], ...]:
        # Member prices and volume steps save together as one part of the draft (price_rules).
        self.volume = VolumePage(self.ctx, self)
        self.member_prices = MemberPricesPage(self.ctx, self.volume, self)
        return (("price_rules", self.member_prices, self.tr("Member pri&ces")),
                ("price_rules", self.volume, self.tr("&Volume")))

    def _loaded(self, editor: RulesEditor) -> None:
        if not self.pages:
            self._build_pages(editor.draft.currency)
            if self.isVisible():  # shown before its pages existed: focus now what activated() could not
                self._focus_first_field()
        self.editor = editor
        draft = editor.draft
        self.pages["earning"].load(editor)
        self.pages["tiers"].load(draft.tiers)
        self.pages["expiry"].load(draft.expiry, draft.negative_balance)
        self.pages["limits"].load(draft.limits)
        self.pages["giving"].load(draft)
        self.pages["counting"].load(draft)
        self.member_prices.load(editor, editor.zone)
        self._dirty.clear()
        self._show_version()

    def _show_version(self) -> None:
        editor = self.editor
        if editor is None:
            return
        if editor.has_draft:
            text = self.tr("Editing draft version {draft} (the till uses version {published}). "
                           "Publish it under Simulate & publish.")
        else:
            text = self.tr("No draft yet: your first save starts draft version {draft} from the published "
                           "version {published}.")
        next_version = editor.draft.version if editor.has_draft else (editor.published_version or 0) + 1
        self.version.setText(text.format(draft=next_version, published=editor.published_version))

    def _edited(self, slug: str) -> None:
        self._dirty.add(slug)

    # -- saving --------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        if not self._dirty:
            self.messages.show_message(self.tr("No changes to save."))
            return
        parts: dict[str, Any] = {}
        bad: list[str] = []
        for slug in ("earning", "tiers", "expiry", "limits", "giving", "counting", "price_rules"):
            if slug not in self._dirty:
                continue
            value = self.pages[slug].collect()
            if value is None:
                bad.append(slug)
            elif slug == "expiry":
                parts["expiry"], parts["negative_balance"] = value
            elif slug == "counting":
                parts["counting"] = value
            else:
                parts[slug] = value
        if bad:
            first = self.pages[bad[0]]
            if bad[0] == "earning" and self.product_rules.error.isVisibleTo(self.product_rules) \
                    and not first.has_errors():
                first = self.product_rules
            if bad[0] == "price_rules" and self.volume.error.isVisibleTo(self.volume):
                first = self.volume
            self.tabs.setCurrentWidget(first)
            self.messages.show_message(self.tr("Nothing saved: fix the fields marked in red."), Level.ERROR)
            return
        ctx, actor = self.ctx, self.actor
        self._saving = True
        self.messages.show_message(self.tr("Saving…"))
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: program_rules.save_rules(make_uow(), **parts, actor=actor, clock=ctx.clock),
                       on_done=self._saved, on_error=self._refused)

    def _saved(self, draft: Any) -> None:
        self._saving = False
        self._dirty.clear()
        self.messages.show_message(self.tr("Saved to draft version {version}. The till still uses the published "
                                           "version until you publish.").format(version=draft.version),
                                   Level.SUCCESS)
        self.reload()

    def _refused(self, error: LoyaltyError) -> None:
        self._saving = False
        if error.code in ("bad_member_price", "bad_volume_rule", "duplicate_price_rule", "no_such_tier",
                          "early_access", "bad_early_access") and self.member_prices.show_error(error):
            self.tabs.setCurrentWidget(self.member_prices)
            self.messages.show_message(self.tr("Nothing saved: fix the fields marked in red."), Level.ERROR)
            return
        for page in (self.pages["earning"], self.product_rules, self.pages["tiers"], self.pages["limits"],
                     self.pages["giving"], self.pages["counting"]):
            if page.show_error(error):
                self.tabs.setCurrentWidget(page)
                self.messages.show_message(self.tr("Nothing saved: fix the fields marked in red."), Level.ERROR)
                return
        self.messages.show_error(error)
