"""Back office: what the draft changes, its effect on real sales, then publish or discard.

The simulator replays the last 30 or 90 days of member sales on a worker, page
by page, reporting progress; Esc cancels it between pages. Publishing and
discarding each ask once, naming the version, because both change what every
till does from its next sale.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.money import Money
from loyalty_pos.domain import program_diff
from loyalty_pos.domain.program import Program
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.publish.comparison_table import ComparisonModel, comparison_rows
from loyalty_pos.gui.manager.publish.confirm import ask
from loyalty_pos.gui.operations import Changes
from loyalty_pos.gui.widgets.fkey_button import FKeyButton
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.reflow_box import ReflowBox
from loyalty_pos.services.program import catalog
from loyalty_pos.services.program import program_rules
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.program.program_rules import DraftStatus
from loyalty_pos.services.program.simulator import Comparison, SimulationCancelled, compare_draft

WINDOWS = (30, 90)
# The draft's changes name their area in English (program_diff); the list shows it in the till's.
_AREAS = {
    program_diff.EARNING: QT_TRANSLATE_NOOP("PublishSection", "Earning"),
    program_diff.TIERS: QT_TRANSLATE_NOOP("PublishSection", "Tiers"),
    program_diff.EXPIRY: QT_TRANSLATE_NOOP("PublishSection", "Expiry"),
    program_diff.REWARDS: QT_TRANSLATE_NOOP("PublishSection", "Rewards"),
    program_diff.CAMPAIGNS: QT_TRANSLATE_NOOP("PublishSection", "Campaigns"),
}


class _ProgressRelay(QObject):
    """Carries the worker's progress calls onto the GUI thread (queued signal)."""

    moved = Signal(int, int)  # sales replayed, percent of the window


class PublishSection(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Publishing the loyalty program")
        self.ctx, self.actor = ctx, actor
        self.status: DraftStatus | None = None
        self.comparison: Comparison | None = None
        self.confirm: QMessageBox | None = None  # the question on screen, if any
        self._cancel = threading.Event()
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._progressed)

        heading = QLabel(self.tr("Simulate & publish"), self)
        heading.setFont(scaled_font(self.font(), 125, bold=True))
        self.version = QLabel(self)
        self.version.setWordWrap(True)
        self.changes = QListWidget(self)
        self.changes.setObjectName("draftChanges")
        self.changes.setWordWrap(True)
        self.changes.setAlternatingRowColors(True)
        changes_label = QLabel(self.tr("What &changes when the draft is published"), self, buddy=self.changes)

        self.simulate_buttons = {
            days: FKeyButton(key, self.tr("Simulate last {days} days").format(days=days), self)
            for days, key in zip(WINDOWS, ("F5", "F6"), strict=True)
        }
        for days, button in self.simulate_buttons.items():
            button.clicked.connect(lambda _checked=False, d=days: self.simulate(d))
        self.cancel_button = FKeyButton("Esc", self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_simulation)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self._intro = self.tr("Replays real member sales under the published and the draft rules, side by "
                              "side. Nothing is saved.")
        self.sim_status = QLabel(self._intro, self)
        self.sim_status.setWordWrap(True)
        self.sim_status.setProperty("muted", True)
        self.model = ComparisonModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("comparison")
        self.table.setAccessibleName(self.tr("Comparison"))
        self.table.setTabKeyNavigation(False)  # read-only: Tab leaves the table
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.modelReset.connect(
            lambda: header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch) if self.model.columnCount() else None)

        self.messages = MessageBar(self)
        self.discard_button = FKeyButton("Ctrl+Shift+Del", self.tr("Discard draft"), self, role="danger")
        self.publish_button = FKeyButton("Ctrl+Shift+Return", self.tr("Publish"), self, role="primary")
        # People call the key Enter, and the keypad's Enter must work as well as the main one.
        self.publish_button.setText(self.tr("Ctrl+Shift+Enter\nPublish"))
        keypad = QShortcut(QKeySequence("Ctrl+Shift+Enter"), self.publish_button)
        keypad.setContext(Qt.ShortcutContext.WindowShortcut)
        keypad.activated.connect(self.publish_button.shortcut.activated)
        for button in (self.discard_button, self.publish_button):
            button.setMinimumWidth(230)
        self.discard_button.clicked.connect(self.ask_discard)
        self.publish_button.clicked.connect(self.ask_publish)

        # Changes above the comparison: a draft changes a few things, while the comparison's
        # measure names need the full width to be read without eliding.
        self.changes.setMaximumHeight(self.changes.fontMetrics().lineSpacing() * 5 + 16)
        # The question above its two buttons, not beside them: in Indonesian or Norwegian the
        # three side by side do not fit the section's width at 1024x768.
        what_if = QLabel(self.tr("What-if on real sales:"), self)
        sim_row = ActionBar(self)  # wraps into more rows at a large text size
        for button in (*self.simulate_buttons.values(), self.cancel_button):
            sim_row.add(button)
        body = QVBoxLayout()
        body.addWidget(changes_label)
        body.addWidget(self.changes)
        body.addSpacing(6)
        body.addWidget(what_if)
        body.addWidget(sim_row)
        body.addWidget(self.progress)
        body.addWidget(self.sim_status)
        body.addWidget(self.table, 1)
        # The draft's state beside the heading, or under it at a large text size.
        top = ReflowBox()
        top.setSpacing(12)
        top.addWidget(heading)
        top.addWidget(self.version, 1)
        # The buttons beside the message line, or under it at a large text size; they wrap
        # rather than cut their captions.
        draft_buttons = ActionBar(self)
        draft_buttons.add(self.discard_button)
        draft_buttons.add(self.publish_button)
        bottom = ReflowBox()
        bottom.addWidget(self.messages, 1)
        bottom.addWidget(draft_buttons)
        bottom.keep_whole(draft_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        ctx.ops.changed.connect(self._store_changed)
        self._running = False
        self._show_status()
        self.refresh()

    # -- the shell's hooks ---------------------------------------------------------
    def activated(self) -> None:
        self.refresh()
        self.changes.setFocus(Qt.FocusReason.OtherFocusReason)

    def _store_changed(self, changes: Changes) -> None:
        if changes & Changes.PROGRAM:
            self.refresh()

    # -- the draft and its changes -------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx
        ctx.ops.run(self, lambda: program_rules.draft_status(ctx.make_uow(readonly=True)),
                    on_done=self._status_loaded, on_error=self.messages.show_error, latest="draft-status")

    def _status_loaded(self, status: DraftStatus) -> None:
        # A re-saved draft keeps its version number: its changes tell that it moved on.
        if self.status is not None and (status.draft_version, status.changes) != (
                self.status.draft_version, self.status.changes):
            self._forget_simulation(status.draft_version is not None)
        self.status = status
        self._show_status()

    def _show_status(self) -> None:
        status = self.status
        self.changes.clear()
        has_draft = status is not None and status.draft_version is not None
        if status is None:
            self.version.setText(self.tr("Loading…"))
        elif not has_draft:
            self.version.setText(self.tr("There is no draft: the till uses version {published}. Edit rules, tiers "
                                         "or rewards to start one.").format(published=status.published_version))
        else:
            self.version.setText(self.tr("Draft version {draft} is not published yet; the till uses version "
                                         "{published}.").format(draft=status.draft_version,
                                                                published=status.published_version))
            for change in status.changes:
                area = _AREAS.get(change.area)
                self.changes.addItem(f"{self.tr(area) if area else change.area}: {change.text}")
            if not status.changes:
                self.changes.addItem(self.tr("The draft is the same as the published version."))
        for button in (self.publish_button, self.discard_button, *self.simulate_buttons.values()):
            button.setEnabled(has_draft and not self._running)

    # -- simulator -----------------------------------------------------------------
    def simulate(self, days: int) -> None:
        if self._running or self.status is None or self.status.draft_version is None:
            return
        ctx, relay, cancel = self.ctx, self._relay, self._cancel
        cancel.clear()
        self._set_running(True)
        self.sim_status.setText(self.tr("Replaying the last {days} days…").format(days=days))
        ctx.ops.run(
            self,
            lambda: compare_draft(ctx.make_uow(readonly=True), days=days, clock=ctx.clock,
                                  progress=relay.moved.emit, cancelled=cancel.is_set),
            on_done=self._simulated, on_error=self._simulation_failed, latest="simulate",
        )

    def cancel_simulation(self) -> None:
        if self._running:
            self._cancel.set()
            self.sim_status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setValue(0)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self._show_status()

    def _progressed(self, sales: int, percent: int) -> None:
        if self._running and not self._cancel.is_set():
            self.progress.setValue(percent)
            self.sim_status.setText(self.tr("Replayed {sales} sales…").format(sales=f"{sales:,}"))

    def _simulated(self, result: Comparison) -> None:
        self._set_running(False)
        self.comparison = result
        headers, rows = comparison_rows(result)
        self.model.set_rows(headers, rows)
        zone = self.status.zone if self.status else None
        start, end = (moment.astimezone(zone) for moment in (result.start, result.end))
        self.sim_status.setText(self.tr(
            "{sales} member sales of {members} members, {start} to {end}. A point is valued at {value} "
            "point(s).").format(sales=f"{result.sales:,}", members=f"{result.members:,}",
                                start=_short(start), end=_short(end), value=_point_value(result)))

    def _simulation_failed(self, error: LoyaltyError) -> None:
        self._set_running(False)
        if isinstance(error, SimulationCancelled):
            self.sim_status.setText(self.tr("Simulation cancelled; nothing was changed."))
            return
        self.sim_status.setText("")
        self.messages.show_error(error)

    def _forget_simulation(self, has_draft: bool) -> None:
        self.comparison = None
        self.model.set_rows([], [])
        self.sim_status.setText(self.tr("The draft changed: simulate again to see its effect.") if has_draft
                                else self._intro)

    # -- publish and discard -------------------------------------------------------
    def _ask(self, title: str, text: str, action: str, on_yes: Callable[[], None]) -> None:
        self.confirm = ask(self, title, text, action, on_yes)
        self.confirm.finished.connect(lambda _result: setattr(self, "confirm", None))

    def ask_publish(self) -> None:
        status = self.status
        if status is None or status.draft_version is None or self._running:
            return
        count = len(status.changes)
        self._ask(self.tr("Publish version {version}").format(version=status.draft_version),
                  self.tr("Publish draft version {version} ({count} change(s))?\n\nThe till prices with it from its "
                          "next sale; version {published} is retired.")
                  .format(version=status.draft_version, count=count, published=status.published_version),
                  self.tr("Enter  Publish version {version}").format(version=status.draft_version), self._publish)

    def _publish(self) -> None:
        ctx, actor = self.ctx, self.actor
        self.messages.show_message(self.tr("Publishing…"))
        ctx.ops.change(self, ctx.make_uow, lambda make_uow: catalog.publish(make_uow(), actor=actor, clock=ctx.clock),
                       on_done=self._published, on_error=self.messages.show_error)

    def _published(self, program: Program) -> None:
        zone = self.status.zone if self.status else None
        at = self.ctx.clock.now().astimezone(zone)
        self.messages.show_message(self.tr("Version {version} published by {who} at {time}. The till uses it "
                                           "from its next sale.").format(version=program.version,
                                                                         who=self.actor.username,
                                                                         time=at.strftime("%H:%M")),
                                   Level.SUCCESS)

    def ask_discard(self) -> None:
        status = self.status
        if status is None or status.draft_version is None or self._running:
            return
        self._ask(self.tr("Discard draft version {version}").format(version=status.draft_version),
                  self.tr("Throw away draft version {version}? Every unpublished edit of rules, tiers and rewards "
                          "is lost; the till keeps version {published}.")
                  .format(version=status.draft_version, published=status.published_version),
                  self.tr("Enter  Discard the draft"), self._discard)

    def _discard(self) -> None:
        ctx, actor = self.ctx, self.actor
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: program_rules.discard_draft(make_uow(), actor=actor, clock=ctx.clock),
                       on_done=self._discarded, on_error=self.messages.show_error)

    def _discarded(self, dropped: Program) -> None:
        self.messages.show_message(self.tr("Draft version {version} discarded; the till is unchanged.")
                                   .format(version=dropped.version), Level.SUCCESS)


def _short(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _point_value(result: Comparison) -> str:
    """What a point is worth, per side when the draft changes it (the cost rows use these)."""
    texts = [f"{money_text(Money(value, result.currency))} / {per:,}"
             for value, per in (result.published.point_value, result.draft.point_value)]
    return texts[0] if texts[0] == texts[1] else " → ".join(texts)
