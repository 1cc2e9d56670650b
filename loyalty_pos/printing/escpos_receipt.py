"""Receipts on ESC/POS thermal printers (58 mm and 80 mm) through python-escpos.

The rows come from ``receipt_text.receipt_lines`` at the paper's column count
in font A (12 dots wide on Epson-compatible heads: 32 columns on the 384
printable dots of 58 mm paper, 48 on the 576 of 80 mm). Styles map to
``ESC E`` (bold) and ``ESC !`` (double height); the receipt number is printed
as a hardware Code 128 barcode (``GS k`` function B) the till scans for returns
and reprints, then the paper is cut (``GS V``).

Printer profile: ``EscposSettings.profile`` names a python-escpos capabilities
profile (e.g. "TM-T20II"); ``None`` uses python-escpos's generic "default"
profile, which declares function-B barcodes and the full cut, like every
Epson-compatible receipt printer we know of.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from datetime import UTC, tzinfo
from typing import Literal

from escpos.capabilities import get_profile_class
from escpos.escpos import Escpos
from escpos.exceptions import Error as EscposError
from escpos.printer import Dummy, File, Network, Usb

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.printing.printer_errors import PrinterUnavailable
from loyalty_pos.printing.receipt_text import (
    WIDTH_58MM,
    WIDTH_80MM,
    RowStyle,
    receipt_lines,
)

PrinterKind = Literal["usb", "network", "file", "dummy"]
Paper = Literal["58mm", "80mm"]

PAPER_COLUMNS: dict[str, int] = {"58mm": WIDTH_58MM, "80mm": WIDTH_80MM}
FONT_A_DOTS = 12  # dots per column in font A
BARCODE_HEIGHT_DOTS = 80  # 10 mm at 203 dpi: easy to aim a scanner at
BARCODE_QUIET_MODULES = 10  # ISO/IEC 15417 minimum each side
_CODE128_OVERHEAD = 11 + 11 + 13  # start, check and stop symbols, in modules
_CODE128_SYMBOL = 11
_MIN_DIGITS_FOR_SET_C = 4  # switching to set C costs a symbol; it pays from 4 digits on


@dataclass(frozen=True, slots=True)
class EscposSettings:
    """How the till reaches its receipt printer (from the till's settings)."""

    kind: PrinterKind
    paper: Paper = "80mm"
    vendor_id: int | None = None  # usb
    product_id: int | None = None  # usb
    host: str | None = None  # network
    port: int = 9100  # network (the raw "JetDirect" port every network receipt printer listens on)
    path: str | None = None  # file: a device node such as /dev/usb/lp0, or a plain file
    profile: str | None = None  # python-escpos capabilities profile; None: its generic "default"
    timeout_s: float = 5.0

    def __post_init__(self) -> None:
        if self.kind not in ("usb", "network", "file", "dummy"):
            raise ValidationError(code="printer_kind_unknown",
                                  template="A receipt printer is usb, network, file or dummy, not {kind!r}",
                                  kind=self.kind)
        if self.paper not in PAPER_COLUMNS:
            raise ValidationError(code="paper_unknown", template="Receipt paper is 58mm or 80mm, not {paper!r}",
                                  paper=self.paper)
        if self.kind == "usb" and (self.vendor_id is None or self.product_id is None):
            raise ValidationError(code="printer_usb_ids_required",
                                  template="A USB receipt printer needs its vendor and product id (see lsusb)")
        if self.kind == "network" and not (self.host or "").strip():
            raise ValidationError(code="printer_host_required", template="A network receipt printer needs a host")
        if self.kind == "file" and not (self.path or "").strip():
            raise ValidationError(code="printer_path_required", template="A file receipt printer needs a path")

    @property
    def columns(self) -> int:
        return PAPER_COLUMNS[self.paper]

    def describe(self) -> str:
        if self.kind == "usb":
            return f"USB {self.vendor_id:04x}:{self.product_id:04x}"
        if self.kind == "network":
            return f"{self.host}:{self.port}"
        if self.kind == "file":
            return str(self.path)
        return "dummy"


def open_escpos(settings: EscposSettings) -> Escpos:
    """Connect to the printer now, so a missing one is reported before the sale needs it."""
    profile = settings.profile
    if profile is not None:
        try:
            get_profile_class(profile)
        except KeyError:
            raise ValidationError(code="printer_profile_unknown",
                                  template="python-escpos has no printer profile named {profile!r}",
                                  profile=profile) from None
    try:
        if settings.kind == "dummy":
            return Dummy(profile=profile)
        printer: Escpos
        if settings.kind == "usb":
            if not Usb.is_usable():
                raise PrinterUnavailable(printer=settings.describe(), template=(
                    "Printer {printer} is not available: USB printing needs the pyusb package: "
                    "pip install 'python-escpos[usb]'. Check that it is on and connected, then reprint."))
            printer = Usb(settings.vendor_id, settings.product_id, timeout=int(settings.timeout_s * 1000),
                          profile=profile)
        elif settings.kind == "network":
            printer = Network(settings.host or "", settings.port, timeout=settings.timeout_s, profile=profile)
        else:
            printer = File(settings.path or "", profile=profile)
        printer.open()
        return printer
    except (EscposError, OSError, ValueError) as exc:
        # ValueError: pyusb without a libusb backend on the system.
        raise PrinterUnavailable(printer=settings.describe(), reason=_reason(exc)) from exc


def escpos_receipt(receipt: Receipt, printer: Escpos, *, width: int, tz: tzinfo = UTC,
                   reprint: bool = False, language: str = "en") -> None:
    """Print ``receipt`` on ``printer`` at ``width`` columns (32 for 58 mm, 48 for 80 mm), then cut."""
    rows = receipt_lines(receipt, width=width, tz=tz, reprint=reprint, language=language)
    barcode = code128_data(receipt.receipt_no, width * FONT_A_DOTS)
    try:
        # python-escpos announces its barcode renderer on stdout; the CLI's stdout is for output.
        with contextlib.redirect_stdout(io.StringIO()):
            printer.set_with_default()  # a previous job may have left bold or a size on
            current: RowStyle | None = None
            for row in rows:
                if _weight(row.style) != _weight(current):
                    _apply(printer, row.style)
                current = row.style
                printer.textln(row.text)
            _apply(printer, "normal")
            if barcode is not None:
                data, module_dots = barcode
                printer.ln()
                printer.barcode(data, "CODE128", height=BARCODE_HEIGHT_DOTS, width=module_dots,
                                pos="BELOW", function_type="B", align_ct=True)
                printer.set(align="left")  # barcode() leaves the alignment centred
            printer.cut()
    except (EscposError, OSError) as exc:
        where = getattr(printer, "host", None) or getattr(printer, "devfile", None) or type(printer).__name__
        raise PrinterUnavailable(printer=str(where), reason=_reason(exc)) from exc


def code128_data(receipt_no: str, printable_dots: int) -> tuple[str, int] | None:
    """The ``GS k`` function-B data for ``receipt_no`` and the module width in dots
    (3, else 2) that fits ``printable_dots`` with its quiet zones; None if nothing fits.

    Plain set B (``{B`` + text) when it fits; otherwise the trailing run of digits
    is switched to set C (``{C`` + one byte per digit pair), which halves it, so a
    long terminal id still gets a scannable barcode on 58 mm paper.
    """
    if not receipt_no or not all(" " <= char <= "~" and char != "{" for char in receipt_no):
        return None  # not encodable as ESC/POS set B data; the number is printed as text anyway
    candidates = [(f"{{B{receipt_no}", len(receipt_no))]
    head = receipt_no.rstrip("0123456789")
    digits = receipt_no[len(head):]
    if len(digits) % 2:
        head, digits = head + digits[0], digits[1:]
    if len(digits) >= _MIN_DIGITS_FOR_SET_C and head:
        pairs = "".join(chr(int(digits[i:i + 2])) for i in range(0, len(digits), 2))
        candidates.append((f"{{B{head}{{C{pairs}", len(head) + 1 + len(pairs)))
    for module_dots in (3, 2):  # wider modules scan more reliably: try them first
        for data, symbols in candidates:
            modules = _CODE128_OVERHEAD + _CODE128_SYMBOL * symbols + 2 * BARCODE_QUIET_MODULES
            if modules * module_dots <= printable_dots:
                return data, module_dots
    return None


def _weight(style: RowStyle | None) -> str:
    """Rows that print alike share one set of commands ("rule" and "center" are plain text)."""
    return style if style in ("bold", "double") else "normal"


def _apply(printer: Escpos, style: RowStyle) -> None:
    # normal_textsize first (ESC ! 0 also clears bold), then bold on or off.
    printer.set(normal_textsize=style != "double", double_height=style == "double", bold=style == "bold")


def _reason(exc: BaseException) -> str:
    """python-escpos puts the operating system's reason on a second line; keep it, on one line."""
    return " ".join(str(exc).split()) or type(exc).__name__
