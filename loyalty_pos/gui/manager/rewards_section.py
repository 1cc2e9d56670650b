"""Back office: the reward catalog of the draft program (list, form, till preview).

Every save goes to the draft; the till keeps the published rewards until a
manager publishes the draft in the "Simulate & publish" section. Rewards are
retired, never deleted (receipts and the ledger name them).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.program import Reward
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.rewards.form import RewardForm
from loyalty_pos.gui.manager.rewards.list_model import RewardListModel, RewardTable
from loyalty_pos.gui.manager.rewards.preview import RewardPreview
from loyalty_pos.gui.manager.rewards.prizes_dialog import PrizesDialog
from loyalty_pos.gui.manager.sections import SECTIONS
from loyalty_pos.gui.operations import Changes
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.dialog_parts import ENTER_KEYS, key_button
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar, error_text, field_problem_text
from loyalty_pos.gui.widgets.reflow_box import ReflowBox
from loyalty_pos.gui.widgets.theme import set_banner
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.program.reward_catalog import (
    RewardCatalog,
    RewardInvalid,
    preview_reward,
    retire_reward,
    reward_catalog,
    save_reward,
)

_PREVIEW_PAUSE_MS = 250  # repaint the preview once the manager pauses typing
_PREVIEW_WIDTH = 380
_NARROW_PREVIEW_WIDTH = 305  # 1024-wide till: the F4 row's words whole, and the form's fields beside it
_NARROW_SECTION = 850
_LIST_ROWS = 5


def _publish_key() -> str:
    number = next(index for index, spec in enumerate(SECTIONS, start=1) if spec.slug == "publish")
    return f"Ctrl+{number}"


class RewardsSection(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Editing the reward catalog")
        self.ctx, self.actor = ctx, actor
        self.catalog: RewardCatalog | None = None
        self._selected_id: str | None = None  # the reward the form shows once saved; None: a new one
        self._discard_armed = False  # a second New / other row in a row discards unsaved edits
        self._focus_on_load = False

        self.banner = QLabel(self.tr(
            "Saves go to the draft: the till keeps the published rewards until the draft is published "
            "({key})."
        ).format(key=_publish_key()), self)
        self.banner.setObjectName("rewardsDraftBanner")
        self.banner.setWordWrap(True)
        set_banner(self.banner, "info")
        self.new_button = key_button(self.tr("Ctrl+N"), self.tr("New reward"), self)
        self.new_button.clicked.connect(self.new_reward)
        self.save_button = key_button(self.tr("Ctrl+S"), self.tr("Save to draft"), self, role="primary")
        self.save_button.clicked.connect(self.save)
        self.retire_button = key_button(self.tr("Del"), self.tr("Retire"), self, role="danger")
        self.retire_button.clicked.connect(self.retire)
        self.prizes_button = key_button(self.tr("Ctrl+G"), self.tr("Codes and draws"), self)
        self.prizes_button.clicked.connect(self.open_prizes)
        self.messages = MessageBar(self)

        self.model = RewardListModel(self)
        self.table = RewardTable(self.model, self, rows=_LIST_ROWS)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.form = RewardForm(ctx, self)
        self.form.edited.connect(self._form_edited)
        self.form.failed.connect(self.messages.show_error)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("rewardFormScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes from the list straight to the form's fields; the area follows the focus.
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll.setWidget(self.form)
        # Re-fit on the viewport's resizes and on the form's own re-layouts (a kind shows
        # other rows, a product search opens its results).
        self.form_scroll.viewport().installEventFilter(self)
        self.form.installEventFilter(self)
        self.form_title = QLabel(self)
        self.form_title.setObjectName("rewardFormTitle")
        self.preview = RewardPreview(self)
        self.preview.setFixedWidth(_PREVIEW_WIDTH)
        self.preview.sample_changed.connect(self._schedule_preview)
        self._preview_pause = QTimer(self)
        self._preview_pause.setSingleShot(True)
        self._preview_pause.setInterval(_PREVIEW_PAUSE_MS)
        self._preview_pause.timeout.connect(self._refresh_preview)

        for keys, slot in (("Ctrl+N", self.new_reward), ("Ctrl+S", self.save),
                           ("Ctrl+I", self.form.image.choose), ("Ctrl+Shift+I", self.form.image.clear),
                           ("Ctrl+G", self.open_prizes)):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Del only on the list (an event filter: the view takes Del before a shortcut sees it);
        # Del in a text field deletes a character, never a reward.
        self.table.installEventFilter(self)

        # Beside the banner; at a large text size the buttons wrap into more rows rather
        # than cut their captions.
        buttons = ActionBar(self)
        for button in (self.new_button, self.save_button, self.retire_button, self.prizes_button):
            button.setMinimumWidth(0)
            buttons.add(button)
        self._top = top = ReflowBox()
        top.addWidget(self.banner, 1)
        top.addWidget(buttons)
        top.keep_whole(buttons)
        editor = QVBoxLayout()
        editor.setSpacing(4)
        editor.addWidget(self.form_title)
        editor.addWidget(self.form_scroll, 1)
        self._bottom = bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        bottom.addLayout(editor, 1)
        bottom.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.messages)
        layout.addWidget(self.table)
        layout.addLayout(bottom, 1)

        ctx.ops.changed.connect(self._something_changed)
        self._show_title()
        self.reload()

    def open_prizes(self) -> None:
        """Partner codes and giveaway draws: operational data of the published rewards."""
        self.prizes_dialog = PrizesDialog(self.ctx, self.actor, self)
        self.prizes_dialog.open()

    # -- the shell's hooks -------------------------------------------------------------
    def activated(self) -> None:
        self._focus_on_load = True
        self.reload()

    def has_unsaved_changes(self) -> bool:
        return self.form.dirty

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        ctx = self.ctx
        ctx.ops.run(self, lambda: reward_catalog(ctx.make_uow(readonly=True)), on_done=self._loaded,
                    on_error=self.messages.show_error, latest="reward-catalog")

    def _something_changed(self, changes: Changes) -> None:
        if changes & (Changes.PROGRAM | Changes.CATALOG):
            self.reload()

    def _loaded(self, catalog: RewardCatalog) -> None:
        self.catalog = catalog
        self.form.set_catalog(catalog)
        self.preview.set_tiers(catalog.tiers)
        self.model.set_catalog(catalog)
        row = self.model.row_of(self._selected_id) if self._selected_id else -1
        if self._selected_id is None and not self.form.dirty and self.form.loaded is None and self.model.rowCount():
            row = 0  # first visit: show the first reward rather than an empty form
        self._select_row(row)
        if not self.form.dirty:
            self.form.load(self.model.reward(row) if row >= 0 else None)
            self._selected_id = self.form.loaded.id if self.form.loaded else None
        self._show_title()
        self._schedule_preview()
        if self._focus_on_load:
            self._focus_on_load = False
            # The list when there is one to choose from; an empty catalog starts with a new reward.
            (self.table if self.model.rowCount() else self.form.kind).setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
            selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.Clear)
        selection.blockSignals(False)

    # -- choosing ----------------------------------------------------------------------
    def _may_discard(self) -> bool:
        """Unsaved edits are dropped only when the manager asks twice in a row."""
        if not self.form.dirty or self._discard_armed:
            self._discard_armed = False
            return True
        self._discard_armed = True
        self.messages.show_message(self.tr("This reward has unsaved changes: Ctrl+S saves them to the draft; "
                                           "do the same again to drop them."), Level.WARNING)
        return False

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        reward = self.model.reward(current.row())
        if reward.id == self._selected_id and self.form.loaded is not None:
            return
        if not self._may_discard():
            self._select_row(self.model.row_of(self._selected_id) if self._selected_id else -1)
            return
        self._show(reward)

    def _show(self, reward: Reward | None) -> None:
        self._selected_id = reward.id if reward else None
        self.form.load(reward)
        self.messages.clear()
        self._show_title()
        self._schedule_preview()

    def new_reward(self) -> None:
        if not self._may_discard():
            return
        self._select_row(-1)
        self._show(None)
        self.form.kind.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        try:
            reward = self.form.build()
        except RewardInvalid as error:
            self.form.show_errors(error.fields)
            self.messages.show_message(self.tr("Not saved: fix the fields marked in red."), Level.ERROR)
            return
        self.form.show_errors({})
        ctx, actor = self.ctx, self.actor
        self.save_button.setEnabled(False)
        ctx.ops.change(self, ctx.make_uow, lambda make_uow: save_reward(make_uow(), reward, actor=actor, clock=ctx.clock),
                       on_done=self._saved, on_error=self._save_failed)

    def _saved(self, reward: Reward) -> None:
        self.save_button.setEnabled(True)
        self._selected_id = reward.id
        self.form.loaded = reward
        self.form.dirty = False
        self._discard_armed = False
        self.messages.show_message(self.tr("“{name}” saved to the draft. Publish the draft ({key}) to offer it "
                                           "at the till.").format(name=reward.name, key=_publish_key()), Level.SUCCESS)
        self.reload()

    def _save_failed(self, error: LoyaltyError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, RewardInvalid):
            self.form.show_errors(error.fields)
            self.messages.show_message(self.tr("Not saved: fix the fields marked in red."), Level.ERROR)
            return
        self.messages.show_error(error)

    def retire(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.messages.show_message(self.tr("Choose the reward to retire in the list first."), Level.WARNING)
            return
        reward = self.model.reward(rows[0].row())
        if not reward.active:
            self.messages.show_message(self.tr("“{name}” is already retired; tick “Offered at the till” and save "
                                               "to offer it again.").format(name=reward.name), Level.INFO)
            return
        ctx, actor = self.ctx, self.actor
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: retire_reward(make_uow(), reward.id, actor=actor, clock=ctx.clock),
                       on_done=self._retired, on_error=self.messages.show_error)

    def _retired(self, reward: Reward) -> None:
        if self._selected_id == reward.id and not self.form.dirty:
            self.form.load(reward)
        self.messages.show_message(self.tr("“{name}” retired in the draft; the till stops offering it once the "
                                           "draft is published.").format(name=reward.name), Level.SUCCESS)
        self.reload()

    # -- keys --------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_preview()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the preview under the form: the layout's own minimum holds the
        preview's fixed width beside the form, so the section could never be given the
        width that stacks them."""
        hint = super().minimumSizeHint()
        if self._bottom.direction() == QBoxLayout.Direction.TopToBottom:
            return hint
        margins = self.layout().contentsMargins()
        form = self.form.minimumSizeHint().width() + self.form_scroll.verticalScrollBar().sizeHint().width()
        stacked = max(self._top.minimumSize().width(), self.table.minimumSizeHint().width(), form,
                      self.form_title.minimumSizeHint().width(), self.messages.minimumSizeHint().width())
        return QSize(stacked + margins.left() + margins.right(), hint.height())

    def _place_preview(self) -> None:
        """The preview beside the form while the form's fields fit beside it; else (a large
        text size) under the form at the section's width, the form then as tall as its
        fields and the section scrolling, not a small window scrolling inside another."""
        preview_width = _NARROW_PREVIEW_WIDTH if self.width() < _NARROW_SECTION else _PREVIEW_WIDTH
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right() - self._bottom.spacing() - preview_width
        stacked = room < self.form.minimumSizeHint().width() + self.form_scroll.verticalScrollBar().sizeHint().width()
        if stacked:
            self.preview.setMinimumWidth(0)
            self.preview.setMaximumWidth(16_777_215)  # QWIDGETSIZE_MAX: the section's width
            self.form_scroll.setMinimumHeight(self.form.sizeHint().height())
            self.preview.setMinimumHeight(self.preview.scroll.widget().sizeHint().height() + 2)
        else:
            self.preview.setFixedWidth(preview_width)
            self.form_scroll.setMinimumHeight(0)
            self.preview.setMinimumHeight(0)
        direction = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        if self._bottom.direction() != direction:
            self._bottom.setDirection(direction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.form_scroll.viewport() and event.type() == QEvent.Type.Resize) or (
                watched is self.form and event.type() == QEvent.Type.LayoutRequest):
            self.form.fit_width(self.form_scroll.viewport().width())
            if self._bottom.direction() == QBoxLayout.Direction.TopToBottom:  # a kind shows other rows
                self.form_scroll.setMinimumHeight(self.form.sizeHint().height())
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.retire()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in ENTER_KEYS:
            event.accept()
            if self.table.hasFocus():
                self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.save()
            return
        super().keyPressEvent(event)

    # -- form and preview --------------------------------------------------------------
    def _form_edited(self) -> None:
        self._discard_armed = False
        self._show_title()
        self._schedule_preview()

    def _show_title(self) -> None:
        loaded = self.form.loaded
        if loaded is None:
            text = self.tr("New reward")
        else:
            mark = self.model.draft_mark(loaded)
            text = self.tr("Editing “{name}”").format(name=loaded.name) + (f" · {mark}" if mark else "")
        if self.form.dirty:
            text += self.tr(" · unsaved changes")
        self.form_title.setText(f"<b>{text}</b>")

    def _schedule_preview(self) -> None:
        self._preview_pause.start()

    def _refresh_preview(self) -> None:
        sample = self.preview.sample()
        if sample is None:
            return
        try:
            reward = self.form.build()
        except RewardInvalid as error:
            first = next(iter(error.fields.values()), "")
            self.preview.show_message(self.tr("The preview appears once the form is complete: {problem}")
                                      .format(problem=field_problem_text(first)))
            return
        ctx = self.ctx
        ctx.ops.run(self, lambda: preview_reward(ctx.make_uow(readonly=True), reward, sample, clock=ctx.clock),
                    on_done=self.preview.show_option,
                    on_error=lambda error: self.preview.show_message(error_text(error)), latest="reward-preview")
