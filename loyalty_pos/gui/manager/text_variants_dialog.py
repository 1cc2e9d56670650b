"""Translations… : a text the manager typed in the shop's language, written again for the
till's other languages (the receipt header and footer). An empty box prints the default text."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.regions import LANGUAGES

TEXT_ROWS = 4  # a receipt text has at most 4 lines (services.shop.settings.MAX_TEXT_LINES)


class TextVariantsDialog(QDialog):
    def __init__(self, title: str, default: str, stored: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textVariants")
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(640)
        try:
            current = json.loads(stored) if stored else {}
        except ValueError:
            current = {}
        intro = QLabel(self.tr("Printed on the receipts of members and tills that speak the language; "
                               "an empty box prints the text as typed in the settings:"), self)
        intro.setWordWrap(True)
        shown = QLabel(default or self.tr("(empty)"), self)
        shown.setProperty("muted", True)
        shown.setWordWrap(True)
        form = QFormLayout()
        # Labels above their boxes: a box as wide as the dialog shows a 64-character line whole.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.edits: dict[str, QPlainTextEdit] = {}
        for language in LANGUAGES:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(language.name)
            edit.setPlainText(str(current.get(language.tag, "")) if isinstance(current, dict) else "")
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * TEXT_ROWS + 14)
            form.addRow(language.name, edit)
            self.edits[language.tag] = edit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(shown)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def variants(self) -> str:
        """The map to store; the settings service checks and cleans each text."""
        texts = {tag: edit.toPlainText().strip() for tag, edit in self.edits.items()}
        texts = {tag: text for tag, text in texts.items() if text}
        return json.dumps(texts, ensure_ascii=False, sort_keys=True) if texts else ""
