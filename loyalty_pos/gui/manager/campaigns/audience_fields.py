"""The campaign form's audience inputs: the segment it is for and its control group's size."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from loyalty_pos.domain.holdout import MAX_HOLDOUT_PCT
from loyalty_pos.domain.segments import Segment


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


def audience_fields(parent: QWidget) -> tuple[QComboBox, QSpinBox]:
    segment = QComboBox(parent)
    segment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    segment.setMinimumContentsLength(12)
    segment.setToolTip(_tr("Only members in this segment get the campaign (define segments with Ctrl+G)"))
    holdout = QSpinBox(parent)
    holdout.setRange(0, MAX_HOLDOUT_PCT)
    holdout.setSuffix(" %")
    holdout.setSpecialValueText(_tr("none"))
    holdout.setToolTip(_tr("A control group of this share of members never gets the campaign, so the "
                           "A/B report can show what it changed"))
    fill_segments(segment, ())
    return segment, holdout


def fill_segments(combo: QComboBox, segments: tuple[Segment, ...]) -> None:
    """The segments to choose from, keeping the one chosen (a segment gone since stays, named by its id)."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(_tr("Every member"), None)
    for segment in segments:
        combo.addItem(segment.name, segment.id)
    select_segment(combo, chosen)


def select_segment(combo: QComboBox, segment_id: str | None) -> None:
    if segment_id is not None and combo.findData(segment_id) < 0:
        combo.addItem(segment_id, segment_id)
    combo.setCurrentIndex(max(0, combo.findData(segment_id)))
