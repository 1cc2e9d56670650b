"""A US-set wedge scanner typing through Norwegian, Indonesian and Traditional Chinese
keyboard layouts, and through a Chinese input method.

Each key is sent as the window system delivers it: the physical key's scan code (X11:
evdev code + 8) with the text the active layout makes of it. The layouts' texts are
written out below from the layouts themselves, not derived from the code under test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QInputMethodQueryEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.config import ScannerSettings
from loyalty_pos.gui.scan_keys import KeyScheme
from loyalty_pos.gui.scanner import ScannerFilter

KEY = b"k" * 32
CARD = "9400123412341239"
XKB = 8  # X11 keycode = evdev code + 8

# evdev code of the key a US keyboard types each character with, and whether with Shift.
_US: dict[str, tuple[int, bool]] = {
    **{d: (2 + i, False) for i, d in enumerate("1234567890")},
    **{c: (16 + i, False) for i, c in enumerate("qwertyuiop")},
    **{c: (30 + i, False) for i, c in enumerate("asdfghjkl")},
    **{c: (44 + i, False) for i, c in enumerate("zxcvbnm")},
    "-": (12, False), "_": (12, True), "=": (13, False), "+": (13, True), ":": (39, True), ";": (39, False),
    ".": (52, False), "/": (53, False), "#": (4, True), "$": (5, True), "%": (6, True),
}
_US.update({c.upper(): (code, True) for c, (code, shifted) in list(_US.items()) if c.isalpha()})

# Norwegian (nb) layout: what each of those keys types. "" is a dead key (Shift+= is the
# grave accent, waiting for the next key), which produces no text of its own.
_NORWEGIAN = {12: ("+", "?"), 13: ("\\", ""), 39: ("ø", "Ø"), 52: (".", ":"), 53: ("-", "_"),
              4: ("3", "#"), 5: ("4", "¤"), 6: ("5", "%")}


def us_text(code: int, shifted: bool) -> str:
    for char, (key_code, key_shifted) in _US.items():
        if (key_code, key_shifted) == (code, shifted):
            return char
    raise AssertionError(code)


def norwegian_text(code: int, shifted: bool) -> str:
    if code in _NORWEGIAN:
        return _NORWEGIAN[code][1 if shifted else 0]
    return us_text(code, shifted)  # letters and digits sit where they do on a US keyboard


LAYOUTS = {
    "norwegian": norwegian_text,
    # Indonesia types on the US layout; Taiwan's keyboards are US-labelled with zhuyin
    # beside, and with the input method in English mode the text is the US text.
    "indonesian": us_text,
    "traditional_chinese": us_text,
}


@pytest.fixture
def field(qtbot: QtBot) -> Iterator[tuple[QLineEdit, ScannerFilter, list[str]]]:
    window = QWidget()
    edit = QLineEdit(window)
    QVBoxLayout(window).addWidget(edit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    scanner = ScannerFilter(ScannerSettings(max_gap_ms=35, min_length=6), scheme=KeyScheme.XKB)
    app = QApplication.instance()
    scanner.install(app)
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    try:
        yield edit, scanner, scans
    finally:
        app.removeEventFilter(scanner)


def _send_key(target: QWidget, code: int, shifted: bool, text: str) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shifted else Qt.KeyboardModifier.NoModifier
    # The Qt key follows the layout too; the text's own key stands in for it.
    key = Qt.Key(ord(text.upper())) if len(text) == 1 and text.isascii() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, code + XKB, 0, 0, text))


def scan_through(target: QWidget, code: str, layout: str) -> None:
    """``code`` typed by a US-set scanner, each key as ``layout`` turns it into text."""
    for char in code:
        key_code, shifted = _US[char]
        _send_key(target, key_code, shifted, LAYOUTS[layout](key_code, shifted))
    _enter(target)


def _enter(target: QWidget) -> None:
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier,
                                             36, 0, 0, "\r"))


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_card_qr_reads_as_the_card_on_every_layout(field, layout: str) -> None:  # noqa: ANN001
    edit, _scanner, scans = field
    payload = encode_qr_payload(CARD, KEY)
    scan_through(edit, payload, layout)
    assert scans == [payload]
    assert classify_scan(scans[0], KEY).value == CARD
    assert edit.text() == ""


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_receipt_and_product_punctuation_survives_every_layout(field, layout: str) -> None:  # noqa: ANN001
    edit, _scanner, scans = field
    for code in ("R01-000123", "AB/12+3_X.5", "PACK#4$5%"):
        scan_through(edit, code, layout)
    assert scans == ["R01-000123", "AB/12+3_X.5", "PACK#4$5%"]
    assert edit.text() == ""


def test_the_norwegian_layout_really_moves_the_punctuation(field) -> None:  # noqa: ANN001
    # What the text alone says: the reason the physical keys are read at all.
    edit, scanner, scans = field
    scanner.scheme = None  # a window system whose key numbers we do not know
    scan_through(edit, "R01-000123", "norwegian")
    scan_through(edit, "LP1:" + CARD, "norwegian")
    assert scans == ["R01+000123", "LP1Ø" + CARD]


def test_a_scanner_set_to_the_norwegian_layout_is_read_by_its_text(field) -> None:  # noqa: ANN001
    # A manager followed the advice to set the scanner's keyboard to the computer's: it
    # presses Shift+. for ":" and the key right of . for "-", and the text is right.
    edit, _scanner, scans = field
    payload = encode_qr_payload(CARD, KEY)
    norwegian_keys = {":": (52, True), "-": (53, False)}
    for char in payload:
        code, shifted = norwegian_keys.get(char, _US[char])
        _send_key(edit, code, shifted, norwegian_text(code, shifted))
    _enter(edit)
    # A receipt number next: "-" on its Norwegian key is "/" by US position; both plausible,
    # and the card scan above showed this scanner speaks the layout.
    for char in "R01-000123":
        code, shifted = norwegian_keys.get(char, _US[char])
        _send_key(edit, code, shifted, norwegian_text(code, shifted))
    _enter(edit)
    assert scans == [payload, "R01-000123"]


def test_a_person_typing_norwegian_keeps_their_letters(qtbot: QtBot, field) -> None:  # noqa: ANN001
    edit, _scanner, scans = field
    for char in ("S", "ø", "r"):
        code = {"S": 31, "ø": 39, "r": 19}[char]
        _send_key(edit, code, char == "S", char)
        qtbot.wait(60)
    assert scans == []
    assert edit.text() == "Sør"


def _commit(target: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(target, event)


def test_an_input_method_in_full_width_mode_does_not_swallow_a_scan(field) -> None:  # noqa: ANN001
    # Zhuyin/pinyin in full-width mode commits each key as its full-width form, as
    # input-method events rather than key presses; Enter comes through as a key.
    edit, _scanner, scans = field
    payload = encode_qr_payload(CARD, KEY)
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in payload)
    for char in full_width:
        _commit(edit, char)
    _enter(edit)
    assert scans == [full_width]
    assert classify_scan(scans[0], KEY).value == CARD
    assert edit.text() == ""


def test_a_chinese_name_chosen_in_the_input_method_goes_straight_in(qtbot: QtBot, field) -> None:  # noqa: ANN001
    edit, _scanner, scans = field
    for char in ("陳", "美", "玲"):
        _commit(edit, char)
    assert edit.text() == "陳美玲"  # at once, not after a scanner's gap
    _commit(edit, "A")  # an ASCII commit is held like a key, then handed on
    qtbot.waitUntil(lambda: edit.text() == "陳美玲A", timeout=1000)
    assert scans == []


def _takes_input_method(widget: QWidget) -> bool:
    query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled | Qt.InputMethodQuery.ImHints)
    QApplication.sendEvent(widget, query)
    return bool(query.value(Qt.InputMethodQuery.ImEnabled))


def test_code_fields_turn_the_input_method_off(qtbot: QtBot) -> None:
    from loyalty_pos.gui.widgets.scan_field import codes_only

    name, receipt = QLineEdit(), QLineEdit()
    qtbot.addWidget(name)
    qtbot.addWidget(receipt)
    codes_only(receipt)
    # What the platform's input context asks the focused widget before it takes a key.
    assert _takes_input_method(name)
    assert not _takes_input_method(receipt)
    assert not receipt.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert receipt.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly
