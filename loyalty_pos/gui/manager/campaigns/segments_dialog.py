"""Segments (Ctrl+G in Campaigns): the groups of members campaigns can be aimed at.

Each is listed with the members it holds today, counted by the rule the till applies;
a new or changed segment goes into the draft and reaches the till when it is published.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.errors import FieldsInvalid, LoyaltyError, ValidationError
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.segments import MAX_SEGMENT_DAYS, Segment, SegmentKind
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.fkey_button import FKeyButton
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.widgets.message_bar import (
    Level,
    MessageBar,
    error_text,
    field_problem_text,
)
from loyalty_pos.gui.widgets.money_edit import MoneyEdit
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.program.segment_catalog import (
    SegmentCatalog,
    make_segment,
    remove_segment,
    save_segment,
    segment_catalog,
)

# Which inputs each kind uses (besides the name and kind).
_KIND_FIELDS = {
    SegmentKind.TIER: ("tier",),
    SegmentKind.FREQUENT: ("days", "visits"),
    SegmentKind.SPEND: ("days", "spend_minor"),
    SegmentKind.LAPSED: ("days",),
}


class SegmentsDialog(QDialog):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.catalog: SegmentCatalog | None = None
        self.loaded: Segment | None = None
        self.setWindowTitle(self.tr("Segments"))
        intro = QLabel(self.tr("Groups of members a campaign can be aimed at (For segment). Members are counted "
                               "today, by the rule the till applies; changes reach the till when the draft is "
                               "published."), self)
        intro.setWordWrap(True)
        intro.setProperty("muted", True)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Segments"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Segment"), self.tr("Who"), self.tr("Members"), self.tr("Campaigns")])
        header = self.list.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.list.setMinimumHeight(130)

        self.name = QLineEdit(self)
        self.name.setMaxLength(80)
        self.kind = QComboBox(self)
        for kind, label in ((SegmentKind.LAPSED, self.tr("Lapsed: no visit in the last N days")),
                            (SegmentKind.FREQUENT, self.tr("Frequent: at least N visits in the last days")),
                            (SegmentKind.SPEND, self.tr("Spend: at least an amount in the last days")),
                            (SegmentKind.TIER, self.tr("Tier: members in one tier"))):
            self.kind.addItem(label, kind)
        self.tier = QComboBox(self)
        self.days = QSpinBox(self)
        self.days.setRange(1, MAX_SEGMENT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.visits = QSpinBox(self)
        self.visits.setRange(1, 1000)
        self.visits.setSuffix(self.tr(" visits"))
        self.spend_minor = MoneyEdit("NOK", self)
        self.fields: dict[str, QWidget] = {"name": self.name, "kind": self.kind, "tier": self.tier, "days": self.days,
                                           "visits": self.visits, "spend_minor": self.spend_minor}
        labels = {"name": self.tr("&Name"), "kind": self.tr("&Kind"), "tier": self.tr("&Tier"),
                  "days": self.tr("&Look back"), "visits": self.tr("&Visits"), "spend_minor": self.tr("&Spend")}
        self.errors = {key: inline_error_label(self) for key in self.fields}
        self._rows: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for row, (key, field) in enumerate(self.fields.items()):
            label = QLabel(labels[key], self, buddy=field)
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(field, 2 * row, 1)
            grid.addWidget(self.errors[key], 2 * row + 1, 1)
            self._rows[key] = (label, field, self.errors[key])
        grid.setColumnStretch(1, 1)

        self.messages = MessageBar(self)
        self.new_button = FKeyButton("Ctrl+N", self.tr("New segment"), self)
        self.remove_button = FKeyButton("Del", self.tr("Remove segment"), self, role="danger")
        self.save_button = FKeyButton("Ctrl+S", self.tr("Save to draft"), self, role="primary")
        self.close_button = FKeyButton("Esc", self.tr("Close"), self)
        buttons = ActionBar(self)
        for button in (self.new_button, self.remove_button, self.save_button, self.close_button):
            button.setMinimumWidth(150)
            buttons.add(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._show_kind_fields)
        self.list.currentItemChanged.connect(self._picked)
        self.new_button.clicked.connect(self.start_new)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.resize(760, 560)
        self.start_new()
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        ctx = self.ctx
        ctx.ops.run(self, lambda: segment_catalog(ctx.make_uow(readonly=True), clock=ctx.clock),
                    on_done=self._loaded, on_error=self.messages.show_error, latest="segment-catalog")

    def _loaded(self, catalog: SegmentCatalog) -> None:
        self.catalog = catalog
        self.spend_minor.currency = catalog.currency
        chosen = self.tier.currentData()
        self.tier.clear()
        for tier in catalog.tiers:
            self.tier.addItem(tier.name, tier.code)
        self.tier.setCurrentIndex(max(0, self.tier.findData(chosen)))
        self.list.blockSignals(True)
        self.list.clear()
        for row in catalog.rows:
            item = QTreeWidgetItem(self.list, [row.segment.name, self.rule_text(row.segment), f"{row.members:,}",
                                               ", ".join(row.campaigns) or "–"])
            item.setData(0, Qt.ItemDataRole.UserRole, row.segment.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if self.loaded is not None and row.segment.id == self.loaded.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def rule_text(self, segment: Segment) -> str:
        """Who is in it, as a manager reads it in the list."""
        if segment.kind is SegmentKind.TIER:
            names = {t.code: t.name for t in self.catalog.tiers} if self.catalog else {}
            return self.tr("{tier} tier").format(tier=names.get(segment.tier or "", segment.tier))
        if segment.kind is SegmentKind.FREQUENT:
            return self.tr("{visits} or more visits in {days} days").format(visits=segment.visits, days=segment.days)
        if segment.kind is SegmentKind.SPEND:
            currency = self.catalog.currency if self.catalog else "NOK"
            return self.tr("{amount} or more in {days} days").format(
                amount=money_text(Money(segment.spend_minor, currency)), days=segment.days)
        return self.tr("No visit in {days} days").format(days=segment.days)

    # -- the form ------------------------------------------------------------------------
    def _show_kind_fields(self) -> None:
        used = _KIND_FIELDS[self.kind.currentData()]
        for key in ("tier", "days", "visits", "spend_minor"):
            label, field, error = self._rows[key]
            label.setVisible(key in used)
            field.setVisible(key in used)
            if key not in used:
                set_inline_error(error, None)

    def start_new(self) -> None:
        self.loaded = None
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.name.clear()
        self.kind.setCurrentIndex(0)
        self.days.setValue(60)
        self.visits.setValue(4)
        self.spend_minor.set_minor(0)
        self.remove_button.setEnabled(False)
        self._show_kind_fields()
        self.show_problems({})
        self.name.setFocus()

    def _picked(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None or self.catalog is None:
            return
        segment = next((r.segment for r in self.catalog.rows
                        if r.segment.id == item.data(0, Qt.ItemDataRole.UserRole)), None)
        if segment is None:
            return
        self.loaded = segment
        self.name.setText(segment.name)
        self.kind.setCurrentIndex(self.kind.findData(segment.kind))
        self.tier.setCurrentIndex(max(0, self.tier.findData(segment.tier)))
        self.days.setValue(max(1, segment.days))
        self.visits.setValue(max(1, segment.visits))
        self.spend_minor.set_minor(segment.spend_minor)
        self.remove_button.setEnabled(True)
        self._show_kind_fields()
        self.show_problems({})

    def values(self) -> dict[str, Any] | None:
        kind: SegmentKind = self.kind.currentData()
        used = _KIND_FIELDS[kind]
        try:
            spend = self.spend_minor.minor() if "spend_minor" in used else 0
        except ValidationError as error:
            self.show_problems({"spend_minor": error_text(error)})
            return None
        return {"id": self.loaded.id if self.loaded else "", "name": self.name.text(), "kind": kind,
                "tier": self.tier.currentData() if "tier" in used else None,
                "days": self.days.value() if "days" in used else 0,
                "visits": self.visits.value() if "visits" in used else 0, "spend_minor": spend,
                "names": self.loaded.names if self.loaded else {}}

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            text = problems.get(key)
            set_inline_error(label, field_problem_text(text) if text else None)
        first = next((key for key in self.fields if key in problems), None)
        if first is not None:
            self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions -------------------------------------------------------------------------
    def save(self) -> None:
        values = self.values()
        if values is None:
            return
        ctx, actor = self.ctx, self.actor
        self.save_button.setEnabled(False)
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: save_segment(make_uow(), make_segment(**values), actor=actor, clock=ctx.clock),
                       on_done=self._saved, on_error=self._refused)

    def _saved(self, segment: Segment) -> None:
        self.save_button.setEnabled(True)
        self.loaded = segment
        self.remove_button.setEnabled(True)
        self.messages.show_message(self.tr("{name} saved to the draft.").format(name=segment.name), Level.SUCCESS,
                                   5_000)
        self.reload()

    def _refused(self, error: LoyaltyError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, FieldsInvalid):
            self.show_problems(error.fields)
            self.messages.show_message(self.tr("Not saved: fix the fields marked in red."), Level.ERROR)
        else:
            self.messages.show_error(error)

    def remove_selected(self) -> None:
        segment = self.loaded
        if segment is None:
            return
        ctx, actor = self.ctx, self.actor
        ctx.ops.change(self, ctx.make_uow,
                       lambda make_uow: remove_segment(make_uow(), segment.id, actor=actor, clock=ctx.clock),
                       on_done=self._removed, on_error=self.messages.show_error)

    def _removed(self, segment: Segment) -> None:
        self.messages.show_message(self.tr("{name} taken out of the draft.").format(name=segment.name),
                                   Level.SUCCESS, 5_000)
        self.start_new()
        self.reload()
