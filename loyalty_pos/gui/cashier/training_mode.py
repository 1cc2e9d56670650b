"""Training mode as both sale screens show it: one loud banner and one switch rule, so a
trainee meets the same marking and the same refusals on the basket and the amount-only till."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from loyalty_pos.gui.widgets.message_bar import Level, MessageBar
from loyalty_pos.gui.widgets.theme import scaled_font

BANNER_TEXT = QT_TRANSLATE_NOOP("", "TRAINING — nothing is saved")


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


def training_banner(parent: QWidget) -> QLabel:
    # Loud and across the whole screen: a real customer must never be served in training.
    banner = QLabel(_tr(BANNER_TEXT), parent)
    banner.setObjectName("trainingBanner")
    banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    banner.setFont(scaled_font(parent.font(), 160, bold=True))
    banner.setProperty("training", True)  # the theme's training colours (theme.py)
    banner.setVisible(False)
    return banner


class TrainingScreen(Protocol):
    training: bool
    training_banner: QLabel
    messages: MessageBar

    @property
    def sale_in_progress(self) -> bool: ...

    def new_sale(self) -> None: ...


def switch_training(screen: TrainingScreen, on: bool) -> bool:
    """Into or out of training mode between sales; False (and a word why) mid-sale:
    a sale rung up for real must not end up unsaved, nor a practice one saved."""
    if on == screen.training:
        return True
    if screen.sale_in_progress:
        screen.messages.show_message(_tr("Finish the sale, or void it with F12, before switching training mode."),
                                     Level.WARNING)
        return False
    screen.training = on
    screen.training_banner.setVisible(on)
    screen.new_sale()
    if on:
        screen.messages.show_message(_tr("Training mode: sales are priced as usual and nothing is saved. "
                                         "Ctrl+Shift+T goes back to real sales."), Level.WARNING)
    else:
        screen.messages.show_message(_tr("Training mode ended: sales are saved again."), Level.INFO)
    return True
