"""Where the till's receipts go, as written in the shop's ``receipt_printer`` setting.

The grammar lives here, not in ``printing``, because the settings service must
refuse a bad value when the manager saves it (before any sale needs it), and
services see only the domain. Printing (``printing.receipt_output``) acts on it.

    pdf:<directory>                      one PDF file per receipt
    system:<printer name>                a printer installed in the system (Qt)
    escpos-file:<path>[@58mm|@80mm]      an ESC/POS device node or file
    escpos-network:<host>[:port][@...]   a network receipt printer (port 9100)
    escpos-usb:<vid hex>:<pid hex>[@...] a USB receipt printer (ids from lsusb)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from loyalty_pos.domain.errors import ValidationError

OutputKind = Literal["pdf", "system", "escpos-file", "escpos-network", "escpos-usb"]
Paper = Literal["58mm", "80mm"]

KINDS: tuple[OutputKind, ...] = ("pdf", "system", "escpos-file", "escpos-network", "escpos-usb")
PAPERS: tuple[Paper, ...] = ("58mm", "80mm")
DEFAULT_PORT = 9100  # the raw "JetDirect" port every network receipt printer listens on
MAX_SETTING_CHARS = 1_000  # a path or a host; anything longer is a paste gone wrong
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_EXAMPLES = ("pdf:/var/receipts, system:Receipt printer, escpos-file:/dev/usb/lp0@58mm, "
             "escpos-network:192.168.1.50:9100, escpos-usb:04b8:0e15")


@dataclass(frozen=True, slots=True)
class ReceiptOutput:
    """One receipt destination. ``target`` is the directory, printer name, path or host."""

    kind: OutputKind
    target: str
    paper: Paper = "80mm"  # escpos only: the roll's width decides the columns
    port: int = DEFAULT_PORT  # escpos-network
    vendor_id: int = 0  # escpos-usb
    product_id: int = 0  # escpos-usb

    @property
    def is_escpos(self) -> bool:
        return self.kind.startswith("escpos-")

    def describe(self) -> str:
        """As a cashier reads it in "Receipt printed to …"."""
        if self.kind == "escpos-usb":
            where = f"USB printer {self.vendor_id:04x}:{self.product_id:04x}"
        elif self.kind == "escpos-network":
            where = f"{self.target}:{self.port}"
        else:
            where = self.target
        return f"{where} ({self.paper})" if self.is_escpos else where


def pdf_output(directory: str) -> ReceiptOutput:
    """The default when the shop has not set a printer: PDF files in ``directory``."""
    return _refuse_empty(ReceiptOutput("pdf", directory.strip()), directory)


def parse_output(text: str) -> ReceiptOutput:
    """The destination ``text`` names; a ValidationError ("bad_receipt_printer") saying why not."""
    if len(text) > MAX_SETTING_CHARS:
        raise _bad(text[:40] + "…", f"it is longer than {MAX_SETTING_CHARS} characters")
    if any(ord(char) < 32 or ord(char) == 127 for char in text):
        raise _bad(text, "it contains control characters")
    scheme, colon, rest = text.strip().partition(":")
    scheme = scheme.strip().lower()
    if not colon or scheme not in KINDS:
        raise _bad(text, f"it must start with one of {', '.join(k + ':' for k in KINDS)}")
    rest = rest.strip()
    if scheme == "pdf":
        return _refuse_empty(ReceiptOutput("pdf", rest), text)
    if scheme == "system":
        return _refuse_empty(ReceiptOutput("system", rest), text)
    device, paper = _split_paper(rest, text)
    if scheme == "escpos-file":
        return _refuse_empty(ReceiptOutput("escpos-file", device, paper), text)
    if scheme == "escpos-network":
        return _network(device, paper, text)
    return _usb(device, paper, text)


def _split_paper(rest: str, text: str) -> tuple[str, Paper]:
    device, at, paper = rest.rpartition("@")
    if not at:
        return rest, "80mm"
    paper = paper.strip().lower()
    for known in PAPERS:
        if paper == known:
            return device.strip(), known
    raise _bad(text, f"the paper after @ is 58mm or 80mm, not {paper!r}")


def _network(device: str, paper: Paper, text: str) -> ReceiptOutput:
    host, colon, port_text = device.partition(":")
    host = host.strip()
    if not host or any(char.isspace() or char in "/\\@" for char in host):
        raise _bad(text, "a network printer needs a host name or IP address, e.g. 192.168.1.50")
    port = DEFAULT_PORT
    if colon:
        port_text = port_text.strip()
        if not (port_text.isascii() and port_text.isdigit() and 1 <= int(port_text) <= 65_535):
            raise _bad(text, f"the port must be a number from 1 to 65535, not {port_text!r}")
        port = int(port_text)
    return ReceiptOutput("escpos-network", host, paper, port=port)


def _usb(device: str, paper: Paper, text: str) -> ReceiptOutput:
    parts = [part.strip().lower().removeprefix("0x") for part in device.split(":")]
    if len(parts) != 2 or not all(0 < len(part) <= 4 and set(part) <= _HEX_DIGITS for part in parts):
        raise _bad(text, "a USB printer is <vendor id>:<product id> in hex, as lsusb shows them, e.g. 04b8:0e15")
    vendor_id, product_id = (int(part, 16) for part in parts)
    return ReceiptOutput("escpos-usb", f"{vendor_id:04x}:{product_id:04x}", paper,
                         vendor_id=vendor_id, product_id=product_id)


def _refuse_empty(output: ReceiptOutput, text: str) -> ReceiptOutput:
    if not output.target:
        what = {"pdf": "a directory", "system": "a printer name", "escpos-file": "a path"}.get(output.kind, "a target")
        raise _bad(text, f"{output.kind}: needs {what} after the colon")
    return output


def _bad(text: str, why: str) -> ValidationError:
    return ValidationError(code="bad_receipt_printer",
                           template="{text!r} is not a receipt printer: {why}. Examples: {examples}",
                           text=text, why=why, examples=_EXAMPLES)
