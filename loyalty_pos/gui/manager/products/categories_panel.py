"""The category list beside the product form: how many products each holds, add one,
remove one nothing uses (the service refuses, and says who uses it, otherwise)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, key_button, set_inline_error
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar, error_text
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.program.categories import CategoryUse, add_category, remove_category

_NAME_ROLE = Qt.ItemDataRole.UserRole


class CategoriesPanel(QWidget):
    def __init__(self, ctx: TillContext, actor: Actor, messages: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.messages = ctx, actor, messages
        intro = QLabel(self.tr("A category is only a name, so it is not renamed: add the new name, move the "
                               "products, then remove the old one. One still in use is never removed."), self)
        intro.setProperty("muted", True)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("categoryList")
        self.list.setAccessibleName(self.tr("Categories"))
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newCategory")
        self.new_name.setMaxLength(80)
        self.new_name.setPlaceholderText(self.tr("New category name"))
        self.error = inline_error_label(self)
        self.error.setObjectName("categoryError")
        self.add_button = key_button(self.tr("Enter"), self.tr("Add category"), self)
        self.remove_button = key_button(self.tr("Ctrl+Shift+D"), self.tr("Remove the chosen category"), self,
                                        role="danger")
        self.remove_button.setEnabled(False)
        self._wanted: str | None = None

        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(adding)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)

        self.new_name.returnPressed.connect(self.request_add)
        self.new_name.textEdited.connect(lambda _text: set_inline_error(self.error, None))
        self.add_button.clicked.connect(self.request_add)
        self.remove_button.clicked.connect(self.request_remove)
        self.list.currentItemChanged.connect(self._moved)

    def set_categories(self, uses: list[CategoryUse]) -> None:
        current = self._wanted or self.current_name()
        self._wanted = None
        self.list.clear()
        for use in uses:
            text = (self.tr("{name}  (1 product)") if use.products == 1
                    else self.tr("{name}  ({count} products)")).format(name=use.name, count=use.products)
            item = QListWidgetItem(text, self.list)
            item.setData(_NAME_ROLE, use.name)
            if use.name == current:
                self.list.setCurrentItem(item)
        self._moved(self.list.currentItem(), None)

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(_NAME_ROLE)

    def select(self, name: str) -> None:
        """Choose ``name``, now or, when it is not listed yet, once the refreshed list arrives."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_NAME_ROLE) == name:
                self.list.setCurrentRow(row)
                return
        self._wanted = name

    def show_error(self, text: str | None) -> None:
        set_inline_error(self.error, text)

    def request_add(self) -> None:
        name = self.new_name.text()
        if not name.strip():
            self.show_error(self.tr("Type the new category's name first."))
            self.new_name.setFocus()
            return
        ctx, actor = self.ctx, self.actor

        def added(saved: str) -> None:
            self.new_name.clear()
            self.select(saved)
            self.messages.show_message(self.tr("Category {name} added.").format(name=saved), Level.SUCCESS)

        ctx.ops.change(self, ctx.make_uow, lambda make_uow: add_category(make_uow(), name, actor=actor, clock=ctx.clock),
                       on_done=added, on_error=lambda error: self.show_error(error_text(error)))

    def request_remove(self) -> None:
        name = self.current_name()
        if name is None:
            self.show_error(self.tr("Choose the category to remove in the list first."))
            self.list.setFocus()
            return
        ctx, actor = self.ctx, self.actor
        ctx.ops.change(
            self, ctx.make_uow, lambda make_uow: remove_category(make_uow(), name, actor=actor, clock=ctx.clock),
            on_done=lambda _none: self.messages.show_message(
                self.tr("Category {name} removed.").format(name=name), Level.SUCCESS),
            on_error=lambda error: self.show_error(error_text(error)),
        )

    def _moved(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.remove_button.setEnabled(item is not None)
        set_inline_error(self.error, None)
