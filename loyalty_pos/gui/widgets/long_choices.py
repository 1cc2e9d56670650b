"""A combo box whose choices are sentences ("Take back what is left, stop at 0 and flag
the member"): at 150 % text such a choice is wider than a 1024x768 back office leaves.

The box takes the width it is given and shows the start of the chosen sentence, its
tooltip the whole; the open list is as wide as its longest choice (up to the screen),
so every choice is read whole where it is chosen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

_SHOWN_CHARACTERS = 16  # in the closed box, before it may give way


def fit_long_choices(combo: QComboBox) -> None:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(_SHOWN_CHARACTERS)
    view = combo.view()
    widest = view.sizeHintForColumn(0) + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
    screen = combo.screen().availableGeometry().width() if combo.screen() is not None else widest
    view.setMinimumWidth(min(widest, screen))

    def show_whole(_index: int = 0) -> None:
        combo.setToolTip(combo.currentText())

    combo.currentIndexChanged.connect(show_whole)
    show_whole()
