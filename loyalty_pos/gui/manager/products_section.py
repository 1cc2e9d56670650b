"""Back office: the product catalog and its categories.

Left, every product (inactive ones too, greyed, so they can be sold again), a
page at a time; right, in two tabs, the form for the product picked or a new
one, and the category list. CSV import/export sits under the list. The till sees a change
from its next scan: every save goes through the catalog services.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.products.categories_panel import (
    CategoriesPanel,
)
from loyalty_pos.gui.manager.products.confirm_box import confirm
from loyalty_pos.gui.manager.products.csv_panel import CsvPanel
from loyalty_pos.gui.manager.products.product_cell import ProductCellDelegate
from loyalty_pos.gui.manager.products.product_form import ProductForm
from loyalty_pos.gui.manager.products.sales_import_panel import SalesImportPanel
from loyalty_pos.gui.models.catalog_products_model import (
    CatalogColumn,
    CatalogProductsModel,
)
from loyalty_pos.gui.operations import Changes
from loyalty_pos.gui.widgets.action_bar import ActionBar
from loyalty_pos.gui.widgets.dialog_parts import key_button
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar
from loyalty_pos.gui.widgets.reflow_box import ReflowBox
from loyalty_pos.gui.widgets.search_list import SearchList
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import Page
from loyalty_pos.services.program.catalog import (
    deactivate_product,
    save_product,
    search_products,
)
from loyalty_pos.services.program.categories import CategoryUse, list_categories
from loyalty_pos.services.sale.till import till_info

PAGE_SIZE = 50
_ROOM_FOR_CATEGORY_PX = 900
_LIST_MIN_CHARS = 30  # a product's name (about 16 characters) beside its price


class ProductsSection(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Editing products")
        self.ctx, self.actor = ctx, actor
        self.confirmation: QMessageBox | None = None
        self._saving = False

        heading = QLabel(self.tr("Products and categories"), self)
        heading.setFont(scaled_font(self.font(), 125, bold=True))
        self.messages = MessageBar(self)
        self.model = CatalogProductsModel(self)
        self.search = SearchList(self.model, self.tr("Ctrl+F  Search code, name or barcode"), self,
                                 min_length=0, visible_rows=None)
        self.search.setObjectName("productSearch")
        self.search.table.setWordWrap(False)  # a long name is elided, never pushes the code out of the row
        self.search.status.setWordWrap(True)
        self.search.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.search.table.setObjectName("catalogProducts")
        self.search.table.setItemDelegateForColumn(CatalogColumn.PRODUCT, ProductCellDelegate(self.search.table))
        # A name and a price readable side by side: narrower, the list stacks above the form
        # (ReflowBox) instead of cutting both (at 150 % beside the form it showed "Pr…").
        self.search.table.setMinimumWidth(self.search.table.fontMetrics().averageCharWidth() * _LIST_MIN_CHARS)
        self.csv = CsvPanel(ctx, actor, self.messages, self)
        self.form = ProductForm(self)
        self.form.setObjectName("productForm")
        self.new_button = key_button(self.tr("Ctrl+N"), self.tr("New"), self)
        self.save_button = key_button(self.tr("Ctrl+S"), self.tr("Save"), self, role="primary")
        self.deactivate_button = key_button(self.tr("Ctrl+D"), self.tr("Deactivate"), self, role="danger")
        self.categories = CategoriesPanel(ctx, actor, self.messages, self)
        self.register_sales = SalesImportPanel(ctx, actor, self.messages, self)

        form_page = QWidget(self)
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(12, 10, 12, 10)
        form_layout.addWidget(self.form, 1)
        # A row that wraps: beside the product list at a large text size three do not fit one row.
        buttons = ActionBar(form_page)
        for button in (self.new_button, self.save_button, self.deactivate_button):
            button.setMinimumWidth(0)
            buttons.add(button)
        form_layout.addWidget(buttons)
        categories_page = QWidget(self)
        categories_layout = QVBoxLayout(categories_page)
        categories_layout.setContentsMargins(12, 10, 12, 10)
        categories_layout.addWidget(self.categories)
        # Tabs, not one tall column: the form with its inline errors needs the height.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("productTabs")
        self.tabs.addTab(form_page, self.tr("Product"))
        self.tabs.addTab(categories_page, self.tr("Categories  Ctrl+K"))
        # Amount sales are booked to categories, so the register's file is imported beside them.
        sales_page = QWidget(self)
        sales_layout = QVBoxLayout(sales_page)
        sales_layout.setContentsMargins(12, 10, 12, 10)
        sales_layout.addWidget(self.register_sales)
        self.tabs.addTab(sales_page, self.tr("Register sales"))
        # The tabs were made after the form: Tab reached their bar, at the top, only after
        # the form's last field. The bar comes first, as it is shown.
        form = self.form
        chain = [self.tabs.tabBar(), form.code, form.name, form.barcode, form.category, form.price, form.tax,
                 form.active]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        left = QVBoxLayout()
        left.addWidget(self.search, 1)
        left.addWidget(self.csv)
        # The product's tabs beside the list, or under it when a large text size needs the width.
        body = ReflowBox()
        body.addLayout(left, 11)
        body.addWidget(self.tabs, 9)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.messages)
        layout.addLayout(body, 1)

        self.search.search_requested.connect(self._search)
        self.search.picked.connect(lambda product: self._unless_unsaved(lambda: self._edit(product)))
        self.search.cancelled.connect(lambda: self._search("", False))
        self.model.more_wanted.connect(self._more)
        self.form.submitted.connect(self.save)
        self.new_button.clicked.connect(self.new_product)
        self.save_button.clicked.connect(self.save)
        self.deactivate_button.clicked.connect(self.deactivate)
        ctx.ops.changed.connect(self._changed)
        keys: tuple[tuple[str, Callable[[], None]], ...] = (
            ("Ctrl+N", self.new_product), ("Ctrl+S", self.save), ("Ctrl+D", self.deactivate),
            ("Del", self._delete_key), ("Ctrl+F", self.search.focus), ("Ctrl+I", self.csv.choose_import_file),
            ("Ctrl+E", self.csv.choose_export_file), ("Ctrl+K", self.show_categories),
            ("Ctrl+Shift+D", self._remove_category_key), ("Ctrl+Shift+I", self._import_register_sales),
        )
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._buttons_follow_form()

    def _import_register_sales(self) -> None:
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.register_sales.parentWidget()))
        self.register_sales.choose_file()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # Beside the shell's section list on a 1024-wide till the product names need the
        # room; the category is in the form as soon as a product is picked.
        self.search.table.setColumnHidden(CatalogColumn.CATEGORY, self.width() < _ROOM_FOR_CATEGORY_PX)

    # -- the shell's hooks ---------------------------------------------------------------
    def activated(self) -> None:
        self._reload()
        (self.form.first_field() if self.form.loaded is not None else self.search.box).setFocus()

    def has_unsaved_changes(self) -> bool:
        return self.form.is_dirty()

    def accept_scanned_card(self, text: str) -> bool:
        """A product barcode scanned here fills the barcode field being typed, or finds
        that product; member cards and receipts are for other sections."""
        scanned = classify_scan(text, self.ctx.ring())
        if scanned.kind != "product":
            return False
        if self.form.barcode.hasFocus():
            self.form.barcode.setText(scanned.value)
            return True
        self.search.box.setText(scanned.value)
        self.search.box.setFocus()
        self._search(scanned.value, True)
        return True

    # -- the list --------------------------------------------------------------------------
    def _reload(self) -> None:
        ctx = self.ctx

        def load() -> tuple[str, list[CategoryUse]]:
            return till_info(ctx.make_uow(readonly=True)).currency, list_categories(ctx.make_uow(readonly=True))

        ctx.ops.run(self, load, on_done=self._setup_loaded, on_error=self.messages.show_error, latest="products-setup")
        self._search(" ".join(self.search.box.text().split()), False)

    def _setup_loaded(self, loaded: tuple[str, list[CategoryUse]]) -> None:
        currency, uses = loaded
        self.form.set_currency(currency)
        self.form.set_categories([use.name for use in uses])
        self.categories.set_categories(uses)

    def _search(self, text: str, entered: bool) -> None:
        ctx = self.ctx
        self.ctx.ops.run(
            self, lambda: search_products(ctx.make_uow(readonly=True), text, limit=PAGE_SIZE),
            on_done=lambda page: self._found(text, entered, page), on_error=self.messages.show_error,
            latest="products-search",
        )

    def _found(self, text: str, entered: bool, page: Page[Product]) -> None:
        # A new shop's list is empty before anything was searched: say how to fill it.
        empty_shop = self.tr("No products yet: Ctrl+N adds one, Ctrl+I imports a CSV file.")
        self.search.set_page(text, page, no_matches=None if text.strip() else empty_shop)
        exact = [product for product in page.rows if text in (product.code, product.barcode)]
        if entered and len(exact) == 1:  # a scanned barcode or typed code opens the product at once
            self._unless_unsaved(lambda: self._edit(exact[0]))
        elif self.form.loaded is not None:
            row = self.model.position_of(self.form.loaded.code)
            if row >= 0:
                self.search.table.selectRow(row)

    def _more(self, cursor: str) -> None:
        ctx = self.ctx
        self.search.load_more(
            ctx.ops, cursor,
            lambda text, after: search_products(ctx.make_uow(readonly=True), text, cursor=after, limit=PAGE_SIZE),
            on_error=lambda error: (self.model.page_failed(), self.messages.show_error(error)),
            latest="products-more",
        )

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.CATALOG and self.isVisible():
            self._reload()

    # -- the form --------------------------------------------------------------------------
    def show_categories(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.categories.new_name.setFocus()

    def _remove_category_key(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.categories.request_remove()

    def _show_form(self) -> None:
        self.tabs.setCurrentIndex(0)

    def _edit(self, product: Product) -> None:
        self._show_form()
        self.form.load(product)
        self._buttons_follow_form()
        self.form.first_field().setFocus()

    def new_product(self) -> None:
        def start() -> None:
            self._show_form()
            self.form.start_new()
            self._buttons_follow_form()
            self.form.code.setFocus()
        self._unless_unsaved(start)

    def save(self) -> None:
        if self._saving:
            return
        self._show_form()
        product = self.form.product()
        if product is None:
            return
        ctx, actor, new = self.ctx, self.actor, self.form.loaded is None
        self._saving = True
        self.save_button.setEnabled(False)
        ctx.ops.change(
            self, ctx.make_uow, lambda make_uow: save_product(make_uow(), product, actor=actor, clock=ctx.clock, new=new),
            on_done=self._saved, on_error=self._save_refused,
        )

    def _saved(self, product: Product) -> None:
        self._saving = False
        self._edit(product)
        self.messages.show_message(self.tr("Saved {name} ({code}).").format(name=product.name, code=product.code),
                                   Level.SUCCESS)

    def _save_refused(self, error: LoyaltyError) -> None:
        self._saving = False
        self._buttons_follow_form()
        if not self.form.show_refusal(error):
            self.messages.show_error(error)

    def deactivate(self) -> None:
        product = self.form.loaded
        if product is None or not product.active:
            self.messages.show_message(self.tr("Pick an active product in the list first."), Level.WARNING)
            return
        if self.form.is_dirty():
            self.messages.show_message(
                self.tr("{name} has changes that are not saved: save them (Ctrl+S) or pick it again in the list "
                        "to drop them, then deactivate it.").format(name=product.name), Level.WARNING)
            return
        ctx, actor = self.ctx, self.actor

        def run() -> None:
            ctx.ops.change(self, ctx.make_uow,
                           lambda make_uow: deactivate_product(make_uow(), product.code, actor=actor, clock=ctx.clock),
                           on_done=self._deactivated, on_error=self.messages.show_error)

        self._confirm(
            self.tr("Deactivate {name}?").format(name=product.name),
            self.tr("The till stops selling {name} ({code}). It stays in the list, greyed, and can be sold again "
                    "by ticking Active.").format(name=product.name, code=product.code),
            self.tr("Deactivate"), run,
        )

    def _delete_key(self) -> None:
        """Del acts on what has the focus: the category chosen in its list, else the product."""
        if self.categories.list.hasFocus():
            self.categories.request_remove()
        else:
            self.deactivate()

    def _deactivated(self, product: Product) -> None:
        self._edit(product)
        self.messages.show_message(self.tr("{name} is no longer sold.").format(name=product.name), Level.SUCCESS)

    def _buttons_follow_form(self) -> None:
        loaded = self.form.loaded
        self.save_button.setEnabled(not self._saving)
        self.deactivate_button.setEnabled(loaded is not None and loaded.active)

    # -- asking first ----------------------------------------------------------------------
    def _unless_unsaved(self, then: Callable[[], None]) -> None:
        if not self.form.is_dirty():
            then()
            return
        self._confirm(self.tr("Discard your changes?"),
                      self.tr("The product being edited has changes that are not saved."),
                      self.tr("Discard changes"), then)

    def _confirm(self, title: str, text: str, action: str, then: Callable[[], None]) -> None:
        box = confirm(self, title, text, action, then)
        self.confirmation = box
        box.finished.connect(lambda _result: self._answered(box))

    def _answered(self, box: QMessageBox) -> None:
        if self.confirmation is box:  # ``then`` may already have asked the next question
            self.confirmation = None
