"""The audit log names its actions in the till's language, every audited event included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from loyalty_pos.domain.events import EventType
from loyalty_pos.gui.models import audit_model
from loyalty_pos.gui.models.audit_model import action_text

QM = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "gui_nb.qm"


def test_every_audited_event_has_a_name() -> None:
    assert sorted({event.value for event in EventType} - set(audit_model._ACTIONS)) == []


def test_actions_read_in_the_tills_language(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    try:
        assert action_text("signed_in") == "logget inn"
        assert action_text("program_published") == "program publisert"
        assert action_text("loyalty_moved_to_the_moon") == "loyalty moved to the moon"  # a newer till's, as stored
    finally:
        qapp.removeTranslator(translator)
    assert action_text("signed_in") == "signed in"
