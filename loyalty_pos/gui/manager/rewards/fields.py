"""The reward form's inputs: built once, shown per kind, with a red line under each.

``RewardForm`` (form.py) fills them from a reward and reads a reward back; this
module only lays them out and tracks edits. Two columns side by side when the
back office is wide enough, one under the other when it is not.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.program import RewardKind
from loyalty_pos.gui.cashier.product_entry import ProductEntry
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.local_names_field import LocalNamesField
from loyalty_pos.gui.manager.rewards.image_field import ImageField
from loyalty_pos.gui.manager.rewards.kinds import PERIODS, kind_label, period_label
from loyalty_pos.gui.manager.rewards.prize_fields import build_prize_fields
from loyalty_pos.gui.widgets.day_edit import DayEdit
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.money_edit import MoneyEdit

# Which kinds show which of the kind-specific fields.
KIND_FIELDS = {
    "amount_minor": {RewardKind.AMOUNT_OFF, RewardKind.STORE_CREDIT},
    "percent": {RewardKind.PERCENT_OFF},
    "category": {RewardKind.PERCENT_OFF},
    "product_code": {RewardKind.FREE_PRODUCT, RewardKind.BUY_X_GET_Y},
    "quantities": {RewardKind.BUY_X_GET_Y},
    "point_value": {RewardKind.PAY_WITH_POINTS},
    "partner": {RewardKind.PARTNER_CODE},
    "codes_per_till": {RewardKind.PARTNER_CODE},
    "winners": {RewardKind.GIVEAWAY},
    "pool": {RewardKind.MYSTERY},
}
NO_STOCK_LIMIT = -1
NO_DAY = QDate(2000, 1, 1)  # an unticked validity day: shown as "no limit"


class RewardFields(QWidget):
    edited = Signal()
    failed = Signal(object)  # LoyaltyError from a product search

    def __init__(self, ctx: TillContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = False
        self._filling = False  # set while the form fills itself: not an edit
        self.zone: ZoneInfo | None = None  # the shop's, once the catalog is in
        self._product: tuple[str, str] | None = None  # (code, name)
        self.errors: dict[str, QLabel] = {}
        self._containers: dict[str, QWidget] = {}
        self._focus_of: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self.what = QFormLayout()
        self.when = QFormLayout()
        for form in (self.what, self.when):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.setVerticalSpacing(6)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_what()
        self._build_when()
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.columns.setContentsMargins(4, 4, 4, 4)
        self.columns.setSpacing(12)
        for form in (self.what, self.when):
            # A column made taller by the other (the unfolded names) must not stretch its rows apart.
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            self.columns.addLayout(column, 1)

    def fit_width(self, width: int) -> None:
        """Two columns side by side when they fit in ``width``, else one under the other
        (the form scrolls down rather than sideways in a narrow back office)."""
        margins = self.columns.contentsMargins()
        needed = (self.what.minimumSize().width() + self.when.minimumSize().width() + self.columns.spacing()
                  + margins.left() + margins.right())
        direction = QBoxLayout.Direction.LeftToRight if needed <= width else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def _row(self, form: QFormLayout, key: str, label: str, field: QWidget | QHBoxLayout,
             focus: QWidget | None = None) -> None:
        container = QWidget(self)
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(field, QWidget):
            box.addWidget(field)
        else:
            box.addLayout(field)
        error = inline_error_label(container)
        error.setObjectName(f"error-{key}")
        box.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(focus or (field if isinstance(field, QWidget) else None))
        named = caption.buddy()
        if named is not None and label and not named.accessibleName():
            # The caption and its field have different parents (the field sits in its
            # container), so Qt's own buddy lookup never names the field for a screen reader.
            named.setAccessibleName(label.replace("&", ""))
        form.addRow(caption, container)
        self.errors[key] = error
        self._containers[key] = container
        self._labels[key] = caption
        self._focus_of[key] = focus or (field if isinstance(field, QWidget) else container)

    def _spin(self, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setGroupSeparatorShown(True)
        # Free to narrow to what a real price shows: room for the range's top (9,999,999
        # points) made the form wider than its column beside the preview at 1024 px.
        spin.setSizePolicy(QSizePolicy.Policy.Preferred, spin.sizePolicy().verticalPolicy())
        spin.valueChanged.connect(self._changed)
        return spin

    def _money(self, name: str) -> MoneyEdit:
        edit = MoneyEdit("NOK", self)
        edit.setObjectName(name)
        edit.textEdited.connect(self._changed)
        return edit

    def _build_what(self) -> None:
        self.kind = QComboBox(self)
        self.kind.setObjectName("rewardKind")
        for kind in RewardKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._row(self.what, "kind", self.tr("&Kind"), self.kind)
        self.name = QLineEdit(self)
        self.name.setObjectName("rewardName")
        self.name.textEdited.connect(self._changed)
        self._row(self.what, "name", self.tr("&Name"), self.name)
        self.description = QLineEdit(self)
        self.description.setObjectName("rewardDescription")
        self.description.setPlaceholderText(self.tr("Optional, shown to the cashier"))
        self.description.textEdited.connect(self._changed)
        self._row(self.what, "description", self.tr("Description"), self.description)
        self.local_names = LocalNamesField(self, descriptions=True)
        self.local_names.edited.connect(self._changed)
        self._row(self.what, "names", "", self.local_names, self.local_names.toggle)
        self.points = self._spin(0, 9_999_999, "rewardPoints")
        self.points.setSuffix(self.tr(" points"))
        self._row(self.what, "points_cost", self.tr("&Price"), self.points)

        self.amount = self._money("rewardAmount")
        self._row(self.what, "amount_minor", self.tr("Amount"), self.amount)
        self.percent = self._spin(0, 100, "rewardPercent")
        self.percent.setSuffix(" %")
        self._row(self.what, "percent", self.tr("Percent off"), self.percent)
        self.category = QComboBox(self)
        self.category.setObjectName("rewardCategory")
        self.category.currentIndexChanged.connect(self._changed)
        self._row(self.what, "category", self.tr("Applies to"), self.category)
        self.product_label = QLabel(self)
        self.product_label.setObjectName("rewardProduct")
        self.product_label.setWordWrap(True)
        self.product_search = ProductEntry(self.ctx, None, self, placeholder=self.tr("Search name, code or barcode"),
                                           name="rewardProduct", visible_rows=4)
        self.product_search.chosen.connect(self._product_picked)
        self.product_search.failed.connect(self.failed)
        product = QVBoxLayout()
        product.setSpacing(2)
        product.addWidget(self.product_label)
        product.addWidget(self.product_search)
        self._row(self.what, "product_code", self.tr("Product"), product, self.product_search.box)
        self.buy = self._spin(0, 99, "rewardBuy")
        self.free = self._spin(0, 99, "rewardFree")
        for spin in (self.buy, self.free):
            spin.setMaximumWidth(80)
        self.free.setAccessibleName(self.tr("Free items"))
        quantities = QHBoxLayout()
        quantities.addWidget(QLabel(self.tr("Buy"), self))
        quantities.addWidget(self.buy)
        quantities.addWidget(QLabel(self.tr("get"), self))
        quantities.addWidget(self.free)
        quantities.addWidget(QLabel(self.tr("free"), self))
        quantities.addStretch(1)
        self._row(self.what, "quantities", self.tr("Deal"), quantities, self.buy)
        self.value_points = self._spin(0, 99_999, "rewardValuePoints")
        self.value_points.setSuffix(self.tr(" pts"))
        self.value_money = self._money("rewardValueMoney")
        self.value_currency = QLabel(self)
        value = QHBoxLayout()
        value.addWidget(self.value_points)
        value.addWidget(QLabel("=", self))
        value.addWidget(self.value_currency)
        value.addWidget(self.value_money, 1)
        self._row(self.what, "point_value", self.tr("Worth"), value, self.value_points)
        build_prize_fields(self)
        self.image = ImageField(self)
        self.image.changed.connect(self._changed)
        self._row(self.what, "image", self.tr("Picture"), self.image, self.image.choose_button)
        self.errors["image"] = self.image.error
        self.active = QCheckBox(self.tr("Offered at the till"), self)
        self.active.setToolTip(self.tr("Untick to retire the reward; tick to offer a retired one again"))
        self.active.setObjectName("rewardActive")
        self.active.toggled.connect(self._changed)
        self._row(self.what, "active", "", self.active)

    def _build_when(self) -> None:
        self.from_on, self.from_date = self._date_pair("rewardFrom", self.tr("first day"))
        self.until_on, self.until_date = self._date_pair("rewardUntil", self.tr("last day"))
        for key, check, edit in (("valid_from", self.from_on, self.from_date),
                                 ("valid_until", self.until_on, self.until_date)):
            pair = QHBoxLayout()
            pair.addWidget(check)
            pair.addWidget(edit, 1)
            self._row(self.when, key, self.tr("Valid from") if key == "valid_from" else self.tr("Valid until"),
                      pair, check)
        self.min_tier = QComboBox(self)
        self.min_tier.setObjectName("rewardTier")
        self.min_tier.currentIndexChanged.connect(self._changed)
        self._row(self.when, "min_tier", self.tr("&Tier"), self.min_tier)
        self.limit = self._spin(0, 999, "rewardLimit")
        self.limit.setSpecialValueText(self.tr("No limit"))
        self.period = QComboBox(self)
        self.period.setObjectName("rewardPeriod")
        for period in PERIODS:
            self.period.addItem(period_label(period), period)
        self.period.currentIndexChanged.connect(self._changed)
        self._row(self.when, "per_member_limit", self.tr("&Limit"), self.limit)
        self._row(self.when, "limit_period", self.tr("Counted"), self.period)
        self.stock = self._spin(NO_STOCK_LIMIT, 9_999_999, "rewardStock")
        self.stock.setSpecialValueText(self.tr("Unlimited"))
        self._row(self.when, "stock", self.tr("Stock"), self.stock)
        self.min_basket = self._money("rewardMinBasket")
        self.min_basket.setPlaceholderText("0.00")
        self._row(self.when, "min_basket_minor", self.tr("Min. basket"), self.min_basket)
        self.excluded = QListWidget(self)
        self.excluded.setObjectName("rewardExcluded")
        self.excluded.setAccessibleName(self.tr("Excluded"))
        self.excluded.setMaximumHeight(self.fontMetrics().height() * 3 + 16)
        self.excluded.setToolTip(self.tr("Del removes the selected product"))
        self.excluded.installEventFilter(self)  # Del removes the selected product
        self.exclude_search = ProductEntry(self.ctx, None, self,
                                           placeholder=self.tr("Add a product it never applies to"),
                                           name="rewardExclude", visible_rows=4)
        self.exclude_search.chosen.connect(self._exclude)
        self.exclude_search.failed.connect(self.failed)
        excluded = QVBoxLayout()
        excluded.setSpacing(2)
        excluded.addWidget(self.exclude_search)
        excluded.addWidget(self.excluded)
        QWidget.setTabOrder(self.exclude_search.box, self.excluded)  # the search above its list, as shown
        self._row(self.when, "excluded_products", self.tr("Excluded"), excluded, self.exclude_search.box)

    def _date_pair(self, name: str, text: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(self)
        check.setAccessibleName(text)
        check.setToolTip(self.tr("Tick to set the {day}; unticked: no limit").format(day=text))
        check.setObjectName(f"{name}On")
        edit = DayEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd MMM yyyy")
        # Unticked, the field reads "no limit" rather than a greyed-out date that looks set.
        edit.setMinimumDate(NO_DAY)
        edit.setSpecialValueText(self.tr("no limit"))
        edit.setDate(NO_DAY)
        edit.setEnabled(False)
        check.toggled.connect(lambda on: self._date_toggled(edit, on))
        edit.dateChanged.connect(self._changed)
        return check, edit

    def _date_toggled(self, edit: QDateEdit, on: bool) -> None:
        edit.setEnabled(on)
        if not self._filling:
            today = self.ctx.clock.now().astimezone(self.zone).date()
            edit.setDate(QDate(today.year, today.month, today.day) if on else NO_DAY)
        self._changed()

    def _changed(self, *_args: object) -> None:
        if self._filling:
            return
        self.dirty = True
        self.edited.emit()

    def _kind_changed(self, _index: int) -> None:
        self._show_kind_fields()
        self._changed()

    def _show_kind_fields(self) -> None:
        kind: RewardKind = self.kind.currentData()
        for key, kinds in KIND_FIELDS.items():
            self.what.setRowVisible(self._containers[key], kind in kinds)
        self._labels["amount_minor"].setText(
            self.tr("Credit") if kind is RewardKind.STORE_CREDIT else self.tr("Amount off"))
        self._labels["points_cost"].setText(
            self.tr("Min. points") if kind is RewardKind.PAY_WITH_POINTS else self.tr("&Price"))

    def _product_picked(self, product: Product) -> None:
        self._product = (product.code, product.name)
        set_inline_error(self.errors["product_code"], None)
        self._show_product()
        self._changed()

    def _show_product(self) -> None:
        if self._product is None:
            self.product_label.setText(self.tr("No product chosen yet"))
            return
        code, name = self._product
        self.product_label.setText(self.tr("<b>{name}</b> ({code})").format(name=name, code=code))

    def _exclude(self, product: Product) -> None:
        if product.code not in self._excluded_codes():
            self._add_excluded(product.code, product.name)
            self._changed()

    def _add_excluded(self, code: str, name: str) -> None:
        item = QListWidgetItem(f"{name} ({code})", self.excluded)
        item.setData(Qt.ItemDataRole.UserRole, code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.excluded and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._remove_excluded()
                return True
        return super().eventFilter(watched, event)

    def _remove_excluded(self) -> None:
        row = self.excluded.currentRow()
        if row >= 0:
            self.excluded.takeItem(row)
            self._changed()

    def _excluded_codes(self) -> list[str]:
        return [self.excluded.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.excluded.count())]
