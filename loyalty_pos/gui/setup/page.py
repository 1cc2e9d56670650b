"""One page of the setup: a title, a sentence on why it is asked, and its fields.

Every field is a row of label (with its Alt+letter), input, a muted hint and a red
line that says what to fix, right under the input. A page reads its inputs into
the draft; the window asks the draft what is wrong and the page shows its part.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error
from loyalty_pos.gui.widgets.message_bar import field_problem_text
from loyalty_pos.gui.widgets.theme import scaled_font


class SetupPage(QWidget):
    edited = Signal()  # the person changed something on this page
    field_left = Signal(str)  # a field's key, when the person moves on from it

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        """``title`` and ``intro`` arrive translated (``QCoreApplication.translate("setup", ...)``):
        a page cannot use its own ``tr`` before it exists."""
        super().__init__(parent)
        self.title = title
        heading = QLabel(title, self)
        heading.setObjectName("setupPageTitle")
        heading.setFont(scaled_font(self.font(), 140, bold=True))
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("muted", True)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        self.layout_.addWidget(heading)
        self.layout_.addWidget(self.intro)
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self._tab_chain: list[QWidget] = []

    # -- building ------------------------------------------------------------------
    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "", *, focusable: bool = True) -> QLabel:
        """A row for the draft field ``key``; ``label`` carries its mnemonic ("&Shop name")."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            note = QLabel(hint, holder)
            note.setWordWrap(True)
            note.setProperty("muted", True)
            column.addWidget(note)
        error = inline_error_label(holder)
        error.setObjectName(f"error_{key}")
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        # Qt reads a buddy label as the name only beside its field; this one sits a level up.
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        if hint and not widget.accessibleDescription():
            widget.setAccessibleDescription(hint)
        self.form.addRow(caption, holder)
        self.errors[key] = error
        self.inputs[key] = widget
        if focusable:
            self.chain(widget)
        return error

    def add_error(self, key: str, under: QWidget) -> QLabel:
        """A red line for ``key`` below a widget that is not a form row (a group of choices)."""
        error = inline_error_label(self)
        error.setObjectName(f"error_{key}")
        index = self.layout_.indexOf(under)
        self.layout_.insertWidget(index + 1, error)
        self.errors[key] = error
        self.inputs[key] = under
        return error

    def chain(self, widget: QWidget) -> None:
        """Tab goes through the page's inputs in the order they were added, as read."""
        if self._tab_chain:
            QWidget.setTabOrder(self._tab_chain[-1], widget)
        self._tab_chain.append(widget)

    # -- the page's part of the draft ------------------------------------------------
    def first_field(self) -> QWidget:
        return self._tab_chain[0] if self._tab_chain else self

    def entered(self, draft: SetupDraft) -> None:
        """The page is shown (again): bring what it shows up to date with the draft."""

    def read_into(self, draft: SetupDraft) -> None:
        raise NotImplementedError

    # -- problems --------------------------------------------------------------------
    def show_problems(self, problems: dict[str, str], *, only: str | None = None) -> bool:
        """Show this page's problems (or only ``only``'s); focus the first. True when any."""
        shown: list[str] = []
        for key, label in self.errors.items():
            if only is not None and key != only:
                continue
            text = problems.get(key)
            set_inline_error(label, field_problem_text(text) if text else None)
            if text:
                shown.append(key)
        if shown and only is None:
            self.inputs[shown[0]].setFocus(Qt.FocusReason.OtherFocusReason)
        return bool(shown)

    def error_text(self, key: str) -> str:
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""
