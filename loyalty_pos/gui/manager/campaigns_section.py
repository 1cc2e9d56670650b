"""Back office: the draft program's campaigns (Ctrl+N new, Ctrl+S save, Del end).

Saved campaigns go into the working draft and reach the till when the draft is
published (Simulate & publish), like every other program change.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.errors import FieldsInvalid, LoyaltyError
from loyalty_pos.domain.program import Campaign
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.campaigns.campaign_form import CampaignForm, shop_days
from loyalty_pos.gui.manager.campaigns.segments_dialog import SegmentsDialog
from loyalty_pos.gui.operations import Changes
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.fkey_button import FKeyButton
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar
from loyalty_pos.gui.widgets.theme import colours, scaled_font
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.program.campaign_catalog import (
    CampaignCatalog,
    campaign_catalog,
    end_campaign,
    make_campaign,
    save_campaign,
)


class CampaignsSection(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Editing campaigns")
        self.ctx, self.actor = ctx, actor
        self.catalog: CampaignCatalog | None = None
        self._select_after_load: str | None = None
        heading = QLabel(self.tr("Campaigns"), self)
        heading.setFont(scaled_font(self.font(), 125, bold=True))
        banner = QLabel(self.tr("Changes are saved to the draft; the till uses them once the draft is published "
                                "(Simulate & publish)."), self)
        banner.setWordWrap(True)
        banner.setProperty("muted", True)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Campaigns"))
        self.list.setHeaderLabels([self.tr("Campaign"), self.tr("Days"), self.tr("Status")])
        self.list.setRootIsDecorated(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(False)
        self.list.setMinimumHeight(140)
        self.list.setMaximumHeight(190)  # a shop runs a handful of campaigns; the form needs the height
        self.form = CampaignForm(self)
        # On a 1024x768 till the form with its red lines can be taller than what is left.
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields; it follows the focus
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.messages = MessageBar(self)
        self.new_button = FKeyButton("Ctrl+N", self.tr("New campaign"), self)
        self.end_button = FKeyButton("Del", self.tr("End campaign"), self, role="danger")
        self.save_button = FKeyButton("Ctrl+S", self.tr("Save to draft"), self, role="primary")
        self.segments_button = FKeyButton("Ctrl+G", self.tr("Segments…"), self)
        for button in (self.new_button, self.end_button, self.save_button, self.segments_button):
            button.setMinimumWidth(170)

        # A row that wraps, so a large text size gives it two rows instead of cut captions.
        buttons = ActionBar(self)
        for button in (self.new_button, self.end_button, self.save_button, self.segments_button):
            buttons.add(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(banner)
        layout.addWidget(self.list)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)

        self.list.currentItemChanged.connect(self._picked)
        self.new_button.clicked.connect(self.new_campaign)
        self.end_button.clicked.connect(self.end_selected)
        self.save_button.clicked.connect(self.save)
        self.segments_button.clicked.connect(self.edit_segments)
        self.form.submitted.connect(self.save)
        ctx.ops.changed.connect(self._store_changed)
        self.reload()

    # -- the shell's hooks ---------------------------------------------------------------
    def activated(self) -> None:
        if not self.form.is_dirty():
            self.reload()
        self.list.setFocus()

    def has_unsaved_changes(self) -> bool:
        return self.form.is_dirty()

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        ctx = self.ctx
        ctx.ops.run(self, lambda: campaign_catalog(ctx.make_uow(readonly=True), clock=ctx.clock),
                    on_done=self._loaded, on_error=self.messages.show_error, latest="campaign-catalog")

    def _store_changed(self, changes: Changes) -> None:
        if changes & (Changes.PROGRAM | Changes.CATALOG) and not self.form.is_dirty():
            self.reload()

    def _loaded(self, catalog: CampaignCatalog) -> None:
        self.catalog = catalog
        current = self._select_after_load or (self.form.loaded.id if self.form.loaded else None)
        self._select_after_load = None
        self.form.set_choices(currency=catalog.currency, zone=catalog.zone, tiers=catalog.tiers,
                              categories=catalog.categories, prizes=catalog.prizes, segments=catalog.segments)
        self.list.blockSignals(True)
        self.list.clear()
        for campaign in catalog.campaigns:
            days = shop_days(campaign, catalog.zone)
            item = QTreeWidgetItem(self.list, [campaign.name, f"{days.first:%Y-%m-%d} – {days.last:%Y-%m-%d}",
                                               self._status(campaign, catalog.now, catalog.changes.get(campaign.id))])
            item.setData(0, Qt.ItemDataRole.UserRole, campaign.id)
            if campaign.ends_at <= catalog.now:
                for column in range(3):
                    item.setForeground(column, QColor(colours().muted))
        self.list.blockSignals(False)
        chosen = next((self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount())
                       if self.list.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole) == current), None)
        if chosen is not None:
            self.list.blockSignals(True)
            self.list.setCurrentItem(chosen)
            self.list.blockSignals(False)
            campaign = self._campaign(current or "")
            if campaign is not None and not self.form.is_dirty():
                self.form.load(campaign)
        elif self.form.loaded is None:
            self.form.start_new(catalog.now.astimezone(catalog.zone).date())
        self.end_button.setEnabled(self.form.loaded is not None)

    def _status(self, campaign: Campaign, now: datetime, change: str | None) -> str:
        status = (self.tr("running") if campaign.running(now)
                  else self.tr("ended") if campaign.ends_at <= now else self.tr("scheduled"))
        if change == "new":
            return self.tr("{status} · new in draft").format(status=status)
        if change == "changed":
            return self.tr("{status} · changed in draft").format(status=status)
        return status

    def _campaign(self, campaign_id: str) -> Campaign | None:
        catalog = self.catalog
        return next((c for c in catalog.campaigns if c.id == campaign_id), None) if catalog else None

    def _picked(self, item: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        if self.form.is_dirty() and not self._may_discard():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        campaign = self._campaign(item.data(0, Qt.ItemDataRole.UserRole))
        if campaign is not None:
            self.form.load(campaign)
            self.end_button.setEnabled(True)
            self.messages.clear()

    def _may_discard(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                      self.tr("The campaign you are editing has unsaved changes. Discard them?"),
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # -- actions -------------------------------------------------------------------------
    def new_campaign(self) -> None:
        if self.catalog is None or (self.form.is_dirty() and not self._may_discard()):
            return
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.form.start_new(self.catalog.now.astimezone(self.catalog.zone).date())
        self.end_button.setEnabled(False)
        self.form.name.setFocus()

    def save(self) -> None:
        values = self.form.values()
        if values is None:
            return
        ctx, actor = self.ctx, self.actor
        self.save_button.setEnabled(False)
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: save_campaign(make_uow(), make_campaign(**values), actor=actor, clock=ctx.clock),
                       on_done=self._saved, on_error=self._refused)

    def _saved(self, campaign: Campaign) -> None:
        self.save_button.setEnabled(True)
        self.form.mark_saved()
        self._select_after_load = campaign.id
        self.messages.show_message(self.tr("{name} saved to the draft.").format(name=campaign.name), Level.SUCCESS,
                                   5_000)
        self.reload()

    def _refused(self, error: LoyaltyError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, FieldsInvalid):
            self.form.show_problems(error.fields)
            self.messages.show_message(self.tr("Not saved: fix the fields marked in red."), Level.ERROR)
        else:
            self.messages.show_error(error)

    def end_selected(self) -> None:
        campaign = self.form.loaded
        if campaign is None or self.catalog is None:
            return
        starts_later = campaign.starts_at > self.catalog.now
        question = (self.tr("{name} has not started: take it out of the draft?") if starts_later
                    else self.tr("End {name} now? Sales from now on no longer get it, once the draft is published."))
        answer = QMessageBox.question(self, self.tr("End campaign"), question.format(name=campaign.name),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, actor = self.ctx, self.actor
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: end_campaign(make_uow(), campaign.id, actor=actor, clock=ctx.clock),
                       on_done=lambda ended: self._ended(campaign, ended), on_error=self.messages.show_error)

    def _ended(self, campaign: Campaign, ended: Campaign | None) -> None:
        if ended is None:
            self.form.loaded = None
            self.messages.show_message(self.tr("{name} taken out of the draft.").format(name=campaign.name),
                                       Level.SUCCESS, 5_000)
        else:
            self._select_after_load = ended.id
            self.messages.show_message(self.tr("{name} ends now (in the draft).").format(name=campaign.name),
                                       Level.SUCCESS, 5_000)
        self.form.mark_saved()
        self.reload()

    def edit_segments(self) -> None:
        """The segments a campaign can aim at; the form's list follows what was saved there."""
        dialog = SegmentsDialog(self.ctx, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()  # window-modal without a nested event loop, like the till's dialogs
