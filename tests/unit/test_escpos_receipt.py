"""ESC/POS receipts, checked on the bytes python-escpos's Dummy printer would send.

Commands (Epson ESC/POS reference):
    ESC E 1 / ESC E 0   bold on / off           ESC ! 0x10   double height
    GS k 73 n d1..dn    Code 128, function B    GS w n       module width in dots
    GS V 0              full cut
"""

from __future__ import annotations

import re
import socket
from dataclasses import replace
from datetime import UTC
from pathlib import Path

import pytest
from escpos.printer import Dummy

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.printing.escpos_receipt import (
    EscposSettings,
    code128_data,
    escpos_receipt,
    open_escpos,
)
from loyalty_pos.printing.printer_errors import PrinterUnavailable
from loyalty_pos.printing.receipt_text import WIDTH_58MM, WIDTH_80MM, receipt_lines
from tests.unit.test_receipt_text import OSLO, nok_return, nok_sale

BOLD_ON = b"\x1bE\x01"
BOLD_OFF = b"\x1bE\x00"
DOUBLE_HEIGHT = b"\x1b!\x10"
CODE128_B = b"\x1dkI"  # GS k 73
FULL_CUT = b"\x1dV\x00"
# Every command escpos_receipt sends between text bytes (python-escpos's set(),
# set_with_default(), code page selection): stripped to measure printed lines.
_COMMANDS = re.compile(rb"\x1b[!E\-Mat{]\S?|\x1d[!bBV]\S?|\x1b\x64.", re.DOTALL)


def _printed(receipt, *, width: int, **kwargs) -> bytes:
    printer = Dummy()
    escpos_receipt(receipt, printer, width=width, tz=OSLO, **kwargs)
    return printer.output


def _text_part(output: bytes) -> bytes:
    """Everything before the barcode: the receipt's text and its style commands."""
    return output[: output.index(CODE128_B)]


def test_rows_are_sent_in_order_with_bold_and_double_height() -> None:
    output = _printed(nok_sale(), width=WIDTH_80MM)
    position = 0
    for row in receipt_lines(nok_sale(), width=WIDTH_80MM, tz=OSLO):
        if not row.text.isascii() or not row.text:
            continue
        found = output.find(row.text.encode("ascii") + b"\n", position)
        assert found >= 0, f"{row.text!r} missing or out of order"
        before = output[position:found]
        if row.style == "bold":
            assert BOLD_ON in before or _still(output[:found], BOLD_ON, BOLD_OFF), row
        if row.style == "double":
            assert DOUBLE_HEIGHT in before, row
        position = found
    total = output.index(b"TOTAL ")
    assert output.rfind(BOLD_ON, 0, total) > output.rfind(BOLD_OFF, 0, total)  # TOTAL is bold
    balance = output.index(b"Balance ")
    assert output.rfind(DOUBLE_HEIGHT, 0, balance) > output.rfind(b"\x1b!\x00", 0, balance)
    after_balance = output[balance:].index(b"\n") + balance
    assert output.index(b"\x1b!\x00", after_balance) < output.index(b"120 points expire")  # back to normal


def _still(prefix: bytes, on: bytes, off: bytes) -> bool:
    return prefix.rfind(on) > prefix.rfind(off)


def test_the_masked_card_is_sent_in_a_code_page_the_printer_has() -> None:
    output = _printed(nok_sale(), width=WIDTH_80MM)
    # "•" is 0x95 in CP1252, which python-escpos selects with ESC t 16.
    assert b"\x1bt\x10\x95\x95\x95\x95 1239" in output


def test_barcode_of_the_receipt_number_then_cut_on_80mm() -> None:
    output = _printed(nok_sale(), width=WIDTH_80MM)
    data = b"{BR01-000123"
    # GS w 3: 3-dot modules; (145 + 20 quiet) modules x 3 = 495 dots of the 576 on 80 mm paper.
    assert b"\x1dw\x03" in output
    command = CODE128_B + bytes([len(data)]) + data
    assert command in output
    assert output.endswith(FULL_CUT)
    assert output.index(command) < output.index(FULL_CUT)


def test_58mm_rows_never_exceed_32_columns_and_the_barcode_fits() -> None:
    for receipt in (nok_sale(), nok_return()):
        output = _printed(receipt, width=WIDTH_58MM)
        # ESC t switches code page; the text bytes are single-byte characters.
        lines = _COMMANDS.sub(b"", _text_part(output)).split(b"\n")
        assert max(len(line) for line in lines) == WIDTH_58MM  # the rules fill the line exactly
        assert all(len(line) <= WIDTH_58MM for line in lines)
        # 3-dot modules would need 495 dots; 58 mm paper has 384, so 2 (330 dots).
        assert b"\x1dw\x02" + b"\x1df\x00\x1dH\x02" + CODE128_B in output
        assert output.endswith(FULL_CUT)


def test_return_receipt_bytes() -> None:
    output = _printed(nok_return(), width=WIDTH_58MM)
    assert DOUBLE_HEIGHT + BOLD_OFF + b"             RETURN\n" in output
    assert b"Return of receipt R01-000123\n" in output
    assert b"REFUND                -NOK 19.90\n" in output
    assert b"Points restored             +100\n" in output
    assert CODE128_B + b"\x0c{BR01-000130" in output


def test_a_reprint_is_marked_on_paper() -> None:
    assert b"COPY - NOT A NEW SALE" in _printed(nok_sale(), width=WIDTH_58MM, reprint=True)


def _decode(data: str) -> str:
    """Undo ESC/POS Code 128 data: ``{B`` text, ``{C`` one byte per digit pair."""
    out, mode, i = [], "", 0
    while i < len(data):
        if data[i] == "{":
            mode, i = data[i + 1], i + 2
            continue
        out.append(f"{ord(data[i]):02d}" if mode == "C" else data[i])
        i += 1
    return "".join(out)


def test_code128_data_prefers_wide_modules_and_compacts_digits_when_needed() -> None:
    # 10 characters in set B: 35 + 11 x 10 = 145 modules, + 20 quiet = 165.
    assert code128_data("R01-000123", 576) == ("{BR01-000123", 3)  # 495 dots
    assert code128_data("R01-000123", 384) == ("{BR01-000123", 2)  # 330 dots
    # 14 characters: set B needs (35 + 154 + 20) x 2 = 418 dots > 384; with the
    # six digits in set C: "RSHOP12-" + switch + 3 pairs = 12 symbols -> 187 x 2 = 374.
    data, module = code128_data("RSHOP12-000123", 384)
    assert (data, module) == ("{BRSHOP12-{C\x00\x01\x17", 2)
    assert _decode(data) == "RSHOP12-000123"
    # An odd run of digits keeps its first digit in set B.
    data, _ = code128_data("RSHOP1-0001234", 384)
    assert data == "{BRSHOP1-0{C\x00\x0c\x22" and _decode(data) == "RSHOP1-0001234"
    # 8-character terminal id and 12-digit sequence: too wide for 58 mm even compacted.
    assert code128_data("RABCDEFGH-123456789012", 384) is None
    assert code128_data("R{1-000123", 576) is None  # "{" would be read as a code set switch


def test_a_receipt_number_too_long_for_58mm_prints_without_barcode() -> None:
    receipt = nok_sale()
    output = _printed(replace(receipt, receipt_no="RABCDEFGH-123456789012"), width=WIDTH_58MM)
    assert CODE128_B not in output
    assert b"Receipt RABCDEFGH-123456789012" in output
    assert output.endswith(FULL_CUT)


def test_open_escpos_dummy_and_file(tmp_path: Path) -> None:
    dummy = open_escpos(EscposSettings("dummy", paper="58mm"))
    assert isinstance(dummy, Dummy)
    settings = EscposSettings("file", paper="58mm", path=str(tmp_path / "lp0"))
    printer = open_escpos(settings)
    try:
        escpos_receipt(nok_sale(), printer, width=settings.columns, tz=UTC)
    finally:
        printer.close()
    written = (tmp_path / "lp0").read_bytes()
    assert b"Receipt R01-000123" in written and written.endswith(FULL_CUT)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    "settings",
    [
        EscposSettings("network", host="127.0.0.1", port=_closed_port(), timeout_s=2),
        EscposSettings("file", path="/nonexistent-dir/lp0"),
        EscposSettings("usb", vendor_id=0xFFFF, product_id=0xFFFE),
    ],
    ids=["network-refused", "file-missing", "usb-missing"],
)
def test_a_missing_printer_is_a_clear_printer_unavailable(settings: EscposSettings) -> None:
    with pytest.raises(PrinterUnavailable) as refused:
        open_escpos(settings)
    assert refused.value.code == "printer_unavailable"
    assert refused.value.params["printer"] == settings.describe()
    assert refused.value.message.startswith(f"Printer {settings.describe()} is not available: ")


def test_a_printer_failing_mid_receipt_is_printer_unavailable() -> None:
    class Unplugged(Dummy):
        def _raw(self, msg: bytes) -> None:
            raise OSError(5, "Input/output error")

    with pytest.raises(PrinterUnavailable) as refused:
        escpos_receipt(nok_sale(), Unplugged(), width=WIDTH_80MM)
    assert "Input/output error" in refused.value.params["reason"]


def test_settings_are_validated() -> None:
    with pytest.raises(ValidationError) as refused:
        EscposSettings("usb", vendor_id=0x04B8)
    assert refused.value.code == "printer_usb_ids_required"
    with pytest.raises(ValidationError) as refused:
        EscposSettings("network")
    assert refused.value.code == "printer_host_required"
    with pytest.raises(ValidationError) as refused:
        EscposSettings("dummy", paper="110mm")  # type: ignore[arg-type]
    assert refused.value.code == "paper_unknown"
    with pytest.raises(ValidationError) as refused:
        open_escpos(EscposSettings("dummy", profile="No Such Printer"))
    assert refused.value.code == "printer_profile_unknown"
    assert EscposSettings("dummy", paper="58mm").columns == 32
    assert EscposSettings("dummy").columns == 48


def test_a_named_profile_is_used() -> None:
    printer = open_escpos(EscposSettings("dummy", profile="TM-T20II"))
    assert printer.profile.profile_data["name"] == "TM-T20II"
    escpos_receipt(nok_sale(), printer, width=WIDTH_80MM)
    assert CODE128_B + b"\x0c{BR01-000123" in printer.output
