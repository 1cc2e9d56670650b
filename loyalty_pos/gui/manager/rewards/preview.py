"""The reward as the cashier will see it, for a sample member the manager sets up.

Painted with the till's own pieces: the member panel's reward list (options_html)
and the F4 redeem list's model, from the row the till service builds, so what is
previewed is what the till shows (wording, "from" prices, the reason it is not
available).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
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
        self.points.setAccessibleName(self.tr("Sample member's points"))
        self.points.setRange(0, 9_999_999)
        self.points.setGroupSeparatorShown(True)
        self.points.setSuffix(self.tr(" pts"))
        self.points.setValue(_SAMPLE_POINTS)
        self.points.valueChanged.connect(lambda _v: self.sample_changed.emit())
        # Room for "150 pts" is enough; a spin box otherwise insists on room for 9,999,999.
        self.points.setSizePolicy(QSizePolicy.Policy.Preferred, self.points.sizePolicy().verticalPolicy())
        # The label above its two fields, not beside them: in the narrow preview beside the
        # form on a 1024-wide till, the three in one row were wider than the panel.
        sample = QHBoxLayout()
        self.member_label = member = QLabel(self.tr("&Member"), self)
        member.setBuddy(self.tier)
        # The sample's basket always meets the reward's own basket conditions, so what the
        # preview explains is what depends on the member: tier, points, dates, limit, stock.
        for widget in (member, self.tier, self.points):
            widget.setToolTip(self.tr("A sample member with a basket the reward applies to"))
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
        self.table.setAccessibleName(self.tr("Redeem list (F4)"))
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)  # the reason is read whole, as in F4
        # Rows grow to their wrapped text, which Qt measures without the style sheet's cell
        # padding: with it, a name wrapped to three lines got a row two lines tall.
        self.table.setStyleSheet("QTableView::item { padding: 0px; } QHeaderView::section { padding: 4px 3px; }")
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        # Narrower than the F4 dialog: the name and the reason share the width, wrapped, and
        # the row (and the table with it) grows to as many lines as they take.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # _fit_table sizes them
        header.setSectionResizeMode(RewardColumn.POINTS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)  # a new width wraps the row anew
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("muted", True)

        # On a short screen the preview scrolls rather than squeezing the panel's lines away.
        body = QWidget(self)
        self.scroll = scroll = QScrollArea(self)
        scroll.setObjectName("rewardPreviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take Tab; it follows the focus
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setObjectName("rewardPreviewViewport")
        scroll.viewport().setStyleSheet("#rewardPreviewViewport { background: transparent; }")
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(1, 1, 1, 1)  # inside the panel's border
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(7, 7, 7, 7)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(member)
        layout.addLayout(sample)
        layout.addWidget(panel_caption)
        layout.addWidget(self.panel_frame)
        layout.addWidget(list_caption)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_table()
        return super().eventFilter(watched, event)

    def _fit_table(self) -> None:
        """Name and status share the width: half each, or the status its one line when it is
        short ("Available"); neither narrower than its longest word (a word wider than its
        column is cut, not wrapped). The row is as tall as the wrapped text and the table as
        tall as the row: the one reward shows whole, never behind a scroll bar."""
        header = self.table.horizontalHeader()
        # From the table's own width: on its resize the viewport has not followed yet.
        # The points column as it will be, not as it was: resized to its contents only later,
        # its old width let "Now" run past the edge.
        points = max(header.sectionSize(RewardColumn.POINTS), self.table.sizeHintForColumn(RewardColumn.POINTS),
                     header.sectionSizeFromContents(RewardColumn.POINTS).width())
        header.resizeSection(RewardColumn.POINTS, points)
        room = self.table.width() - 2 * self.table.frameWidth() - points
        status_line = self._text_width(" ".join(self._words(RewardColumn.STATUS)))
        # Neither column narrower than its heading ("Sekarang" was cut at 150 % in Indonesian).
        name_floor = max(self._longest_word(RewardColumn.NAME),
                         header.sectionSizeFromContents(RewardColumn.NAME).width())
        status_floor = max(self._longest_word(RewardColumn.STATUS),
                           header.sectionSizeFromContents(RewardColumn.STATUS).width())
        name = min(max(room // 2, room - status_line, name_floor), room - status_floor)
        header.resizeSection(RewardColumn.NAME, name)
        header.resizeSection(RewardColumn.STATUS, room - name)
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        self.table.setFixedHeight(header.sizeHint().height() + rows + 2 * self.table.frameWidth())

    def _words(self, column: RewardColumn) -> list[str]:
        return str(self.model.index(0, column).data() or "").split() if self.model.rowCount() else []

    def _longest_word(self, column: RewardColumn) -> int:
        return max((self._text_width(word) for word in self._words(column)), default=0)

    def _text_width(self, text: str) -> int:
        """``text`` on one line in a cell, with the cell's margins."""
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1)
        return self.table.fontMetrics().horizontalAdvance(text) + margin

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
        self._fit_table()
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
