"""The audit log's verdict, prominent above the log: intact, broken (where), or still checking.

Re-hashing a long chain takes a while, so it runs on a worker while the log is
already readable; the worker reports how far it got through a relay object that
lives on the GUI thread, so the progress bar moves without the GUI waiting.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.dialog_parts import key_button
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.theme import LEVEL_COLOURS, scaled_font
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.shop.audit_log import ChainCheck, verify_chain

_SHOWN_PROBLEMS = 3  # the first broken entries; the rest is a count, the banner must stay short


class _ProgressRelay(QObject):
    progressed = Signal(int, int)  # checked, total

    def report(self, checked: int, total: int) -> None:
        """Called on the worker; the signal is queued to the GUI thread."""
        if isValid(self):
            self.progressed.emit(checked, total)


class ChainBanner(QFrame):
    verified = Signal(object)  # ChainCheck

    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.check: ChainCheck | None = None
        self.verifying = False
        self.setObjectName("chainBanner")
        self.headline = QLabel(self)
        self.headline.setFont(scaled_font(self.font(), 115, bold=True))
        self.headline.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.again_button: QPushButton = key_button(self.tr("Ctrl+R"), self.tr("Verify again"), self)
        self.again_button.clicked.connect(self.verify)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.headline)
        text.addWidget(self.details)
        text.addWidget(self.progress)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.addLayout(text, 1)
        layout.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self._paint("info")
        self.headline.setText(self.tr("The audit chain has not been verified yet."))
        self.details.hide()
        self.progress.hide()

    def verify(self) -> None:
        if self.verifying:
            return
        self.verifying = True
        self.again_button.setEnabled(False)
        self._paint("info")
        self.headline.setText(self.tr("Verifying the audit chain…"))
        self.details.setText(self.tr("You can read and filter the log meanwhile."))
        self.details.show()
        self.progress.setRange(0, 0)  # busy until the first batch says how many there are
        self.progress.show()
        ctx, actor, relay = self.ctx, self.actor, self._relay
        ctx.ops.run(self, lambda: verify_chain(ctx.make_uow(readonly=True), actor=actor, progress=relay.report),
                    on_done=self._done, on_error=self._failed)

    # -- results ------------------------------------------------------------------------
    def _progressed(self, checked: int, total: int) -> None:
        if not self.verifying or total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(checked, total))
        self.progress.setFormat(self.tr("{checked} of {total} entries").format(checked=f"{checked:,}",
                                                                               total=f"{total:,}"))

    def _done(self, check: ChainCheck) -> None:
        self._finish()
        self.check = check
        if check.intact:
            self._paint("success")
            self.headline.setText(self.tr("✔ Chain intact: {count} entries verified").format(count=f"{check.entries:,}"))
            self.details.hide()
        else:
            self._paint("error")
            self.headline.setText(self.tr("✖ Chain BROKEN: the audit log was altered after it was written"))
            shown = list(check.problems[:_SHOWN_PROBLEMS])
            more = len(check.problems) - len(shown)
            if more > 0:
                shown.append(self.tr("… and {count} more problem(s).").format(count=more))
            self.details.setText("\n".join(f"• {line}" for line in shown))
            self.details.show()
        self.verified.emit(check)

    def _failed(self, error: LoyaltyError) -> None:
        self._finish()
        self._paint("warning")
        self.headline.setText(self.tr("The audit chain could not be verified."))
        self.details.setText(error_text(error))
        self.details.show()

    def _finish(self) -> None:
        self.verifying = False
        self.again_button.setEnabled(True)
        self.progress.hide()

    def _paint(self, level: str) -> None:
        background, ink, border = LEVEL_COLOURS[level]
        self.setStyleSheet(
            f"#chainBanner {{ background: {background}; border: 2px solid {border}; border-radius: 8px; }}"
            f"#chainBanner QLabel {{ color: {ink}; }}"
        )
