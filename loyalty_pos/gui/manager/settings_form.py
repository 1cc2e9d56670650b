"""One page of the Settings section: labelled fields over settings keys, saved together.

Every field reads and writes the setting's stored text, so a page knows what it
would save (``values``) and whether that differs from what was loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.theme import scaled_font

TEXT_ROWS = 4  # the header, footer and address take at most four lines


class SettingsPage(QWidget):
    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._getters: dict[str, Callable[[], str]] = {}
        self._setters: dict[str, Callable[[str], None]] = {}
        self._loaded: dict[str, str] = {}
        heading = QLabel(title, self)
        heading.setFont(scaled_font(self.font(), 120, bold=True))
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("muted", True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error = inline_error_label(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 8, 0)
        self.layout_.setSpacing(8)
        self.layout_.addWidget(heading)
        self.layout_.addWidget(self.hint)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)

    # -- fields -------------------------------------------------------------------------
    def bind(self, key: str, getter: Callable[[], str], setter: Callable[[str], None]) -> None:
        self._getters[key], self._setters[key] = getter, setter

    def line(self, key: str, label: str, *, placeholder: str = "", max_length: int = 200) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label)
        self.form.addRow(label, edit)
        self.bind(key, edit.text, edit.setText)
        return edit

    def text(self, key: str, label: str, *, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * TEXT_ROWS + 14)
        self.form.addRow(label, edit)
        self.bind(key, edit.toPlainText, edit.setPlainText)
        return edit

    def choice(self, key: str, label: str, choices: Sequence[tuple[str, str]], *, default: str = "") -> QComboBox:
        """``choices``: (stored value, what the manager reads)."""
        combo = QComboBox(self)
        combo.setAccessibleName(label)
        for value, shown in choices:
            combo.addItem(shown, value)

        def set_value(value: str) -> None:
            index = combo.findData(value or default)
            combo.setCurrentIndex(max(index, 0))

        self.form.addRow(label, combo)
        self.bind(key, lambda: str(combo.currentData() or ""), set_value)
        return combo

    def number(self, key: str, label: str, low: int, high: int, *, default: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setAccessibleName(label)
        self.form.addRow(label, spin)
        self.bind(key, lambda: str(spin.value()),
                  lambda value: spin.setValue(int(value) if value.isdigit() else default))
        return spin

    def note(self, label: str, text: str = "") -> QLabel:
        shown = QLabel(text, self)
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(label, shown)
        return shown

    # -- values -------------------------------------------------------------------------
    def load(self, values: dict[str, str]) -> None:
        for key, setter in self._setters.items():
            setter(values.get(key, ""))
        self._loaded = self.values()
        self.show_error(None)

    def values(self) -> dict[str, str]:
        return {key: getter() for key, getter in self._getters.items()}

    def loaded(self) -> dict[str, str]:
        return dict(self._loaded)

    def changed(self) -> bool:
        return self.values() != self._loaded

    def show_error(self, text: str | None) -> None:
        set_inline_error(self.error, text)
