"""Cards printed on a machine with no fonts at all: drawn with the bundled font (real
text, not black bars), and a name no font can draw is refused, naming the member."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from PySide6.QtGui import QFont

from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.demo.shop import SHOP_NAME
from loyalty_pos.domain.members import group_card_number
from loyalty_pos.printing.fonts import GlyphMissing, check_drawable, print_fonts
from loyalty_pos.services.members.card_printing import cards_awaiting_print
from tests.integration.conftest import Shop

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")


@pytest.fixture
def no_fonts(tmp_path: Path) -> dict[str, str]:
    """An environment whose fontconfig knows no font folder but an empty one."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{empty}</dir><cachedir>{tmp_path / "font-cache"}</cachedir></fontconfig>
""")
    return {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_FONTDIR": str(empty),
            "QT_QPA_PLATFORM": "offscreen"}


def _run(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "loyalty_pos", *argv], capture_output=True, text=True,
                          timeout=300, env=env, cwd=ROOT)


def test_the_environment_really_has_no_fonts(no_fonts: dict[str, str]) -> None:
    """Guards the tests below: without it they could pass on the system's fonts."""
    probe = ("import json\n"
             "from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication\n"
             "app = QGuiApplication([])\n"
             "drawable = QFontMetrics(QFont('Sans Serif')).inFontUcs4(ord('A'))\n"
             "print(json.dumps([QFontDatabase.families(), drawable]))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          env=no_fonts, cwd=ROOT)
    families, drawable = json.loads(done.stdout.strip().splitlines()[-1])
    # fontconfig still names its generic aliases, with nothing behind them.
    assert set(families) <= {"Monospace", "Sans Serif", "Serif"}, done.stderr
    assert drawable is False


def test_cards_print_with_the_bundled_font_where_the_system_has_none(shop: Shop, no_fonts: dict[str, str],
                                                                     tmp_path: Path) -> None:
    member = shop.enrol("Åse Øvrebø")
    assert member.active_card is not None
    number = member.active_card.number
    out = tmp_path / "cards.pdf"
    done = _run(no_fonts, "cards", "print", "--members", number, "--out", str(out),
                "--data-dir", str(shop.app.config.data_dir))
    assert done.returncode == 0, done.stderr
    pdf = pdfium.PdfDocument(str(out))
    try:
        page = pdf[0]
        text = page.get_textpage().get_text_range()
        image = page.render(scale=300 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    # Real glyphs come back out as text; the black bars of a font-less machine did not.
    assert "Åse Øvrebø" in text and SHOP_NAME in text and group_card_number(number) in text
    assert b"DejaVuSans" in out.read_bytes()
    decoded = {d.format: d.text for d in zxingcpp.read_barcodes(image)}
    assert decoded == {zxingcpp.BarcodeFormat.QRCode: encode_qr_payload(number, shop.app.key),
                       zxingcpp.BarcodeFormat.Code128: number}


def test_a_name_no_font_can_draw_is_refused_naming_the_member(shop: Shop, no_fonts: dict[str, str],
                                                              tmp_path: Path) -> None:
    member = shop.enrol("Li 𪚥明")
    assert member.active_card is not None
    number = member.active_card.number
    out = tmp_path / "cards.pdf"
    done = _run(no_fonts, "cards", "print", "--out", str(out), "--data-dir", str(shop.app.config.data_dir))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert f"card {group_card_number(number)} (Li 𪚥明)" in lines[0]
    assert "'𪚥' (U+2A6A5" in lines[0]
    assert not out.exists() and not list(tmp_path.glob(".cards.pdf*"))
    # Nothing was marked printed: the card is still in the queue for when the name is fixed.
    queued = cards_awaiting_print(shop.uow(readonly=True), cursor=None, limit=500).rows
    assert number in {face.card_number for face in queued}


def test_every_latin_letter_of_a_european_shop_is_drawable() -> None:
    fonts = print_fonts()
    for family in (fonts.sans, fonts.mono):
        for bold in (False, True):
            font = QFont(family)
            font.setBold(bold)
            check_drawable("ÆØÅæøåÄÖÜäöüßÉÈÊéèêÇçÑñŁłŒœ Ž ž Şş Ğğ İı ĀāŌō €", font, whose="test")


def test_a_character_outside_every_font_is_refused() -> None:
    with pytest.raises(GlyphMissing) as refused:
        check_drawable("Ola \U0010fffd", QFont(print_fonts().sans), whose="The shop name")
    assert refused.value.params["codepoint"] == "U+10FFFD"
    assert refused.value.message.startswith("The shop name contains")


def test_receipts_print_with_the_bundled_monospace_font_where_the_system_has_none(
        no_fonts: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "receipt.pdf"
    script = ("import sys\n"
              "from pathlib import Path\n"
              "from loyalty_pos.printing.receipt_pdf import render_receipt_pdf\n"
              "from tests.unit.test_receipt_text import OSLO, nok_sale\n"
              "render_receipt_pdf(nok_sale(), Path(sys.argv[1]), tz=OSLO)\n")
    done = subprocess.run([sys.executable, "-c", script, str(out)], capture_output=True, text=True, timeout=120,
                          env=no_fonts, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    pdf = pdfium.PdfDocument(str(out))
    try:
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert "TOTAL NOK 89.70" in " ".join(text.split())
    assert b"DejaVuSansMono" in out.read_bytes()
