"""Sends a receipt to where the shop's setting says: a PDF file, a system printer, ESC/POS.

The destination is parsed by ``domain.receipt_output`` (re-exported here); this
module only acts on it. Every way a device can be missing comes back as
``PrinterUnavailable``: the sale is already saved, the cashier fixes the
printer and reprints.
"""

from __future__ import annotations

import re
from datetime import UTC, tzinfo
from pathlib import Path

from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.receipt_output import ReceiptOutput, parse_output, pdf_output
from loyalty_pos.printing.escpos_receipt import (
    EscposSettings,
    escpos_receipt,
    open_escpos,
)
from loyalty_pos.printing.printer_errors import PrinterUnavailable
from loyalty_pos.printing.receipt_pdf import print_receipt, render_receipt_pdf

__all__ = ["ReceiptOutput", "parse_output", "pdf_output", "pdf_path", "print_to"]

_UNSAFE_IN_FILE_NAME = re.compile(r"[^A-Za-z0-9._-]")
MAX_COPIES = 10_000  # a directory with this many copies of one receipt is a loop, not a shop


def print_to(output: ReceiptOutput, receipt: Receipt, *, tz: tzinfo = UTC, reprint: bool = False,
             language: str = "en") -> str:
    """Print ``receipt`` on ``output`` in ``language``; returns where it went (the PDF's path, the printer)."""
    if output.kind == "pdf":
        return str(_write_pdf(Path(output.target), receipt, tz=tz, reprint=reprint, language=language))
    if output.kind == "system":
        print_receipt(receipt, output.target, tz=tz, reprint=reprint, language=language)
        return output.describe()
    settings = _escpos_settings(output)
    printer = open_escpos(settings)
    try:
        escpos_receipt(receipt, printer, width=settings.columns, tz=tz, reprint=reprint, language=language)
    finally:
        printer.close()
    return output.describe()


def pdf_path(directory: Path, receipt_no: str, *, reprint: bool) -> Path:
    """``R01-000123.pdf`` for the receipt, ``R01-000123-copy-N.pdf`` for the Nth reprint.

    Printing the original again replaces its file (the same document); a copy
    never overwrites an earlier one, so the directory keeps what was handed out.
    """
    stem = _UNSAFE_IN_FILE_NAME.sub("_", receipt_no) or "receipt"
    if not reprint:
        return directory / f"{stem}.pdf"
    for number in range(1, MAX_COPIES + 1):
        candidate = directory / f"{stem}-copy-{number}.pdf"
        if not candidate.exists():
            return candidate
    raise PrinterUnavailable(printer=str(directory), copies=MAX_COPIES, receipt=receipt_no, template=(
        "Printer {printer} is not available: {copies} copies of {receipt} are already there. "
        "Check that it is on and connected, then reprint."))


def _write_pdf(directory: Path, receipt: Receipt, *, tz: tzinfo, reprint: bool, language: str) -> Path:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        out = pdf_path(directory, receipt.receipt_no, reprint=reprint)
        render_receipt_pdf(receipt, out, tz=tz, reprint=reprint, language=language)
    except OSError as exc:
        raise PrinterUnavailable(printer=str(directory), reason=exc.strerror or str(exc)) from exc
    return out


def _escpos_settings(output: ReceiptOutput) -> EscposSettings:
    if output.kind == "escpos-usb":
        return EscposSettings(kind="usb", paper=output.paper, vendor_id=output.vendor_id,
                              product_id=output.product_id)
    if output.kind == "escpos-network":
        return EscposSettings(kind="network", paper=output.paper, host=output.target, port=output.port)
    return EscposSettings(kind="file", paper=output.paper, path=output.target)
