"""The ``receipt_printer`` setting: what each string means, and every bad one refused by code."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.receipt_output import ReceiptOutput, parse_output, pdf_output
from loyalty_pos.printing.receipt_output import pdf_path


@pytest.mark.parametrize(("text", "expected"), [
    ("pdf:/srv/receipts", ReceiptOutput("pdf", "/srv/receipts")),
    ("  PDF: C:\\Receipts  ", ReceiptOutput("pdf", "C:\\Receipts")),  # scheme in any case, Windows path kept
    ("system:Star TSP100", ReceiptOutput("system", "Star TSP100")),
    ("system:HP@office", ReceiptOutput("system", "HP@office")),  # a printer name may hold an @
    ("escpos-file:/dev/usb/lp0", ReceiptOutput("escpos-file", "/dev/usb/lp0", "80mm")),
    ("escpos-file:/dev/usb/lp0@58mm", ReceiptOutput("escpos-file", "/dev/usb/lp0", "58mm")),
    ("escpos-network:192.168.1.50", ReceiptOutput("escpos-network", "192.168.1.50", port=9100)),
    ("escpos-network:till-printer.local:9101@58MM",
     ReceiptOutput("escpos-network", "till-printer.local", "58mm", port=9101)),
    ("escpos-usb:04b8:0e15", ReceiptOutput("escpos-usb", "04b8:0e15", vendor_id=0x04B8, product_id=0x0E15)),
    ("escpos-usb:0x4B8:0xE15@80mm", ReceiptOutput("escpos-usb", "04b8:0e15", "80mm", vendor_id=1208, product_id=3605)),
])
def test_good_settings(text: str, expected: ReceiptOutput) -> None:
    assert parse_output(text) == expected


@pytest.mark.parametrize(("text", "why"), [
    ("", "must start with one of"),
    ("/srv/receipts", "must start with one of"),  # no scheme
    ("lpt:/dev/lp0", "must start with one of"),
    ("pdf:", "pdf: needs a directory"),
    ("system:   ", "system: needs a printer name"),
    ("escpos-file:@58mm", "escpos-file: needs a path"),
    ("escpos-file:/dev/lp0@110mm", "58mm or 80mm, not '110mm'"),
    ("escpos-network:", "needs a host name"),
    ("escpos-network:printer:0", "from 1 to 65535, not '0'"),
    ("escpos-network:printer:65536", "from 1 to 65535"),
    ("escpos-network:printer:http", "from 1 to 65535, not 'http'"),
    ("escpos-network:my printer", "needs a host name"),
    ("escpos-usb:04b8", "<vendor id>:<product id> in hex"),
    ("escpos-usb:04b8:0e15:01", "<vendor id>:<product id> in hex"),
    ("escpos-usb:zz:0e15", "<vendor id>:<product id> in hex"),
    ("escpos-usb:12345:0e15", "<vendor id>:<product id> in hex"),  # ids are 16 bits
    ("pdf:/srv/rec\x00eipts", "control characters"),
    ("pdf:/" + "a" * 1_000, "longer than 1000 characters"),
])
def test_bad_settings_are_refused_with_the_reason(text: str, why: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_output(text)
    assert refused.value.code == "bad_receipt_printer"
    assert why in refused.value.message
    assert "Examples: pdf:" in refused.value.message  # what to type instead


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_string_is_a_destination_or_a_refusal(text: str) -> None:
    try:
        output = parse_output(text)
    except ValidationError as refused:
        assert refused.code == "bad_receipt_printer"
    else:
        assert output.target and output.paper in ("58mm", "80mm") and 1 <= output.port <= 65_535


def test_describe_is_what_the_cashier_reads() -> None:
    assert parse_output("escpos-usb:04b8:0e15@58mm").describe() == "USB printer 04b8:0e15 (58mm)"
    assert parse_output("escpos-network:10.0.0.9").describe() == "10.0.0.9:9100 (80mm)"
    assert parse_output("system:Star TSP100").describe() == "Star TSP100"
    assert pdf_output("/srv/receipts") == ReceiptOutput("pdf", "/srv/receipts")


def test_pdf_names_one_file_per_receipt_and_numbers_the_copies(tmp_path) -> None:  # noqa: ANN001
    assert pdf_path(tmp_path, "R01-000123", reprint=False) == tmp_path / "R01-000123.pdf"
    assert pdf_path(tmp_path, "R01-000123", reprint=True) == tmp_path / "R01-000123-copy-1.pdf"
    (tmp_path / "R01-000123-copy-1.pdf").write_bytes(b"%PDF")
    assert pdf_path(tmp_path, "R01-000123", reprint=True) == tmp_path / "R01-000123-copy-2.pdf"
    assert pdf_path(tmp_path, "../etc/R1", reprint=False) == tmp_path / ".._etc_R1.pdf"  # never outside
