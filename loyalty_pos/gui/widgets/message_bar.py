"""The non-modal message line: a coloured bar, never a dialog a cashier must click away.

A queue is waiting: an error must be seen, but must not stop the next scan.
The newest message replaces the previous one; it clears itself after a while.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from loyalty_pos.domain.errors import FieldsInvalid, LoyaltyError
from loyalty_pos.gui.language import spoken_language
from loyalty_pos.i18n.catalogue import error_key, field_text
from loyalty_pos.i18n.catalogue import error_text as catalogue_error_text
from loyalty_pos.gui.widgets.theme import scaled_font, set_banner


class Level(enum.Enum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


# The level said by a sign as well as by colour: a cashier who cannot tell red from green
# still tells an error from a success.
_GLYPHS = {Level.INFO: "ℹ", Level.SUCCESS: "✔", Level.WARNING: "⚠", Level.ERROR: "✖"}
_LEVEL_NAMES = {Level.INFO: QT_TRANSLATE_NOOP("MessageBar", "Note"),
                Level.SUCCESS: QT_TRANSLATE_NOOP("MessageBar", "Done"),
                Level.WARNING: QT_TRANSLATE_NOOP("MessageBar", "Warning"),
                Level.ERROR: QT_TRANSLATE_NOOP("MessageBar", "Error")}

# Errors stay longer: the cashier may be looking at the customer when it appears.
_TIMEOUT_MS = {Level.INFO: 6_000, Level.SUCCESS: 6_000, Level.WARNING: 12_000, Level.ERROR: 15_000}


def error_text(error: LoyaltyError) -> str:
    """The error's message in the language the till speaks: from the catalogue when it has the
    refusal's code (the same text the CLI prints), else through the translator keyed by its
    English template, so a translation can reorder the ``{params}`` a person needs to act."""
    if isinstance(error, FieldsInvalid) or error_key(error) is not None:
        return catalogue_error_text(error, spoken_language())
    template = QCoreApplication.translate("errors", error.template)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message


def field_problem_text(problem: str) -> str:
    """A form field's problem (``FieldProblem``) in the language the till speaks."""
    return field_text(problem, spoken_language())


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setFont(scaled_font(self._label.font(), 100, bold=True))
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self._label)
        self._text = ""
        self._level = Level.INFO
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.setVisible(False)

    @property
    def level(self) -> Level:
        return self._level

    def text(self) -> str:
        return "" if self.isHidden() else self._text

    def show_message(self, text: str, level: Level = Level.INFO, timeout_ms: int | None = None) -> None:
        self._level = level
        set_banner(self, level.value)
        self._text = text
        # In the message's own line: a second label beside a word-wrapped one changes how
        # tall the bar lays out, and the screen above it would move.
        self._label.setText(f"{_GLYPHS[level]}  {text}")
        level_name = QCoreApplication.translate("MessageBar", _LEVEL_NAMES[level])
        self._label.setAccessibleName(f"{level_name}: {text}")
        self.setAccessibleName(f"{level_name}: {text}")
        self.setVisible(True)
        self._timer.start(timeout_ms if timeout_ms is not None else _TIMEOUT_MS[level])

    def show_error(self, error: LoyaltyError | str) -> None:
        text = error if isinstance(error, str) else error_text(error)
        self.show_message(text, Level.ERROR)

    def clear(self) -> None:
        self._timer.stop()
        self._label.clear()
        self._text = ""
        self.setVisible(False)
