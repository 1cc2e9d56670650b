"""What the Members section's dialogs share: a title, a body of fields, a line for
errors that belong to no field, Esc/Enter buttons, and one service call at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.dialog_parts import (
    WorkingDialog,
    fit_height,
    inline_error_label,
    key_button,
    set_inline_error,
)
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import UnitOfWork


class ActionDialog(WorkingDialog):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None, *, title: str, hint: str,
                 confirm: str) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.result_value: Any = None
        self.setModal(True)
        self.setWindowTitle(title)
        heading = QLabel(title, self)
        heading.setFont(scaled_font(self.font(), 130, bold=True))
        heading.setWordWrap(True)
        self.hint = QLabel(hint, self)
        self.hint.setProperty("muted", True)
        self.hint.setWordWrap(True)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        self.error = inline_error_label(self)
        self.cancel_button = key_button(self.tr("Esc"), self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button = key_button(self.tr("Enter"), confirm, self, role="primary")
        self.confirm_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addLayout(self.body)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)

    def field(self, label: str, widget: QWidget) -> QLabel:
        """A labelled field with its own error line under it; returns that line."""
        caption = QLabel(label, self, buddy=widget)
        self.body.addWidget(caption)
        self.body.addWidget(widget)
        error = inline_error_label(self)
        self.body.addWidget(error)
        return error

    def say(self, label: QLabel, text: str | None) -> None:
        set_inline_error(label, text)
        self.refit()

    def refit(self) -> None:
        """As tall as the contents need now, shrinking too: search results that were
        on show and are gone must not leave a hole above the buttons."""
        self.setMinimumHeight(0)
        fit_height(self)
        self.resize(self.width(), self.minimumHeight())

    def call(self, work: Callable[[Callable[..., UnitOfWork]], Any]) -> None:
        """Run ``work(make_uow)`` on a worker; the dialog accepts with its result or shows why not."""
        if self._busy:
            return
        self._set_busy(True)
        self.say(self.error, None)
        self.ctx.ops.change(self, self.ctx.make_uow, work, on_done=self._done, on_error=self._refused)

    def error_label_for(self, error: LoyaltyError) -> QLabel:
        """Where a refusal is shown; dialogs point field errors at their field."""
        return self.error

    def _done(self, value: Any) -> None:
        self._set_busy(False)
        self.result_value = value
        self.accept()

    def _refused(self, error: LoyaltyError) -> None:
        self._set_busy(False)
        self.say(self.error_label_for(error), error_text(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.confirm_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
