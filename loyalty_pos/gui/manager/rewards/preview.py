"""The reward as the cashier will see it, for a sample member the manager sets up.

Painted with the till's own pieces: the member panel's reward list (options_html)
and the F4 redeem list's model, from the row the till service builds, so what is
previewed is what the till shows (wording, "from" prices, the reason it is not
available).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.program import Tier
from loyalty_pos.gui.models.rewards_model import RewardColumn, RewardsModel, option_status, options_html
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.program.reward_catalog import SampleMember
from loyalty_pos.services.sale.till import RewardOption

_SAMPLE_POINTS = 150


class RewardPreview(QFrame):
    sample_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rewardPreview")
        self.setProperty("panel", True)
        self.option: RewardOption | None = None
        title = QLabel(self.tr("As the cashier sees it"), self)
        title.setFont(scaled_font(self.font(), 110, bold=True))
        self.tier = QComboBox(self)
        self.tier.setObjectName("previewTier")
        self.tier.currentIndexChanged.connect(lambda _i: self.sample_changed.emit())
        self.points = QSpinBox(self)
        self.points.setObjectName("previewPoints")
        self.points.setRange(0, 9_999_999)
        self.points.setGroupSeparatorShown(True)
        self.points.setSuffix(self.tr(" pts"))
        self.points.setValue(_SAMPLE_POINTS)
        self.points.valueChanged.connect(lambda _v: self.sample_changed.emit())
        sample = QHBoxLayout()
        member = QLabel(self.tr("&Member"), self)
        member.setBuddy(self.tier)
        # The sample's basket always meets the reward's own basket conditions, so what the
        # preview explains is what depends on the member: tier, points, dates, limit, stock.
        for widget in (member, self.tier, self.points):
            widget.setToolTip(self.tr("A sample member with a basket the reward applies to"))
        sample.addWidget(member)
        sample.addWidget(self.tier, 1)
        sample.addWidget(self.points, 1)

        self.panel_caption = panel_caption = QLabel(self.tr("Member panel"), self)
        panel_caption.setProperty("muted", True)
        self.panel = QLabel(self)
        self.panel.setObjectName("previewPanel")
        self.panel.setTextFormat(Qt.TextFormat.RichText)
        self.panel.setWordWrap(True)
        self.panel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Framed like the till's member panel; the padding is the frame's, so the label's
        # height-for-width stays right and a wrapped reason is never cut.
        self.panel_frame = QFrame(self)
        self.panel_frame.setProperty("panel", True)
        framed = QVBoxLayout(self.panel_frame)
        framed.setContentsMargins(10, 8, 10, 4)
        framed.addWidget(self.panel)
        self.list_caption = list_caption = QLabel(self.tr("Redeem list (F4)"), self)
        list_caption.setProperty("muted", True)
        self.model = RewardsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("previewRedeemList")
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)  # two lines a row: the reason is read whole, as in F4
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_height = self.fontMetrics().lineSpacing() * 2 + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        header = self.table.horizontalHeader()
        # Narrower than the F4 dialog: the name and the reason share the width, wrapped.
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RewardColumn.POINTS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RewardColumn.STATUS, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(RewardColumn.NAME, 120)
        self.table.setFixedHeight(row_height + header.sizeHint().height() + 4)
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("muted", True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addLayout(sample)
        layout.addWidget(panel_caption)
        layout.addWidget(self.panel_frame)
        layout.addWidget(list_caption)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def set_tiers(self, tiers: tuple[Tier, ...]) -> None:
        current = self.tier.currentData()
        self.tier.blockSignals(True)
        self.tier.clear()
        for tier in tiers:
            self.tier.addItem(tier.name, tier.code)
        self.tier.setCurrentIndex(max(0, self.tier.findData(current)))
        self.tier.blockSignals(False)

    def sample(self) -> SampleMember | None:
        code = self.tier.currentData()
        return None if code is None else SampleMember(code, self.points.value())

    def show_option(self, option: RewardOption) -> None:
        self.option = option
        self.panel.setText(options_html([option]))
        self.model.set_rows([option])
        for widget in (self.panel_caption, self.panel_frame, self.list_caption, self.table):
            widget.setVisible(True)
        self.message.setText("")

    def show_message(self, text: str) -> None:
        """Nothing to preview yet (an empty or invalid form): say why instead."""
        self.option = None
        for widget in (self.panel_caption, self.panel_frame, self.list_caption, self.table):
            widget.setVisible(False)
        self.message.setText(text)

    def shown_text(self) -> str:
        """What the preview says, as the member panel words it: "name: reason"."""
        if self.option is None:
            return self.message.text()
        return f"{self.option.name}: {'available' if self.option.available else option_status(self.option)}"
