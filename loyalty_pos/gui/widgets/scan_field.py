"""A field that only codes go into (a receipt number, a card number, a barcode).

With an input method on (zhuyin or pinyin at a Taiwanese till), the window system hands
every key to the input method before Qt sees it: a scan into such a field would be
composed into characters, never reaching the scanner filter as keys. The platform's
input context asks the focused widget whether it takes input-method text (the
``ImEnabled`` query) before it takes a key; a QLineEdit answers yes whatever its
``WA_InputMethodEnabled``, so the field's answer is overridden here. Name fields keep
their input method: a cashier types Chinese names there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodQueryEvent
from PySide6.QtWidgets import QWidget


class _NoInputMethod(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.InputMethodQuery or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QInputMethodQueryEvent)
        queries = event.queries()
        if not queries & Qt.InputMethodQuery.ImEnabled:
            return False
        # Answer every property asked, as the widget would, except whether it takes any.
        for bit in range(32):
            query = Qt.InputMethodQuery(1 << bit)
            if queries & query:
                event.setValue(query, watched.inputMethodQuery(query))
        event.setValue(Qt.InputMethodQuery.ImEnabled, False)
        return True


def codes_only(field: QWidget) -> None:
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    field.setInputMethodHints(field.inputMethodHints() | Qt.InputMethodHint.ImhLatinOnly
                              | Qt.InputMethodHint.ImhNoPredictiveText)
    field.installEventFilter(_NoInputMethod(field))
