"""The bundled Traditional Chinese font: a Chinese name on the till, the receipt and the
card sheet is drawn with real glyphs on a machine with no CJK font (fontconfig pointed at
an empty folder, as in test_card_fonts, whose guard test proves that environment empty).

"Real glyphs" is checked three ways, none of which a box for a missing letter passes: the
PDF embeds the bundled font and its text layer gives the name back, and on screen the
name's pixels differ from those of characters no font has (which all draw as the same box).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.integration.conftest import Shop
from tests.integration.test_card_fonts import ROOT, _run, no_fonts  # noqa: F401 - a fixture

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")

CHINESE_NAMES = ("陳美玲", "林志豪")
_ARTIFACTS = ROOT / "tests" / "artifacts"


def _pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "".join(pdf[page].get_textpage().get_text_range() for page in range(len(pdf)))
    finally:
        pdf.close()


def test_a_card_sheet_prints_chinese_names_with_the_bundled_font(shop: Shop, no_fonts: dict[str, str],  # noqa: F811
                                                                  tmp_path: Path) -> None:
    numbers = []
    for name in CHINESE_NAMES:
        member = shop.enrol(name)
        assert member.active_card is not None
        numbers.append(member.active_card.number)
    out = tmp_path / "cards.pdf"
    done = _run(no_fonts, "cards", "print", "--out", str(out), "--data-dir", str(shop.app.config.data_dir))
    assert done.returncode == 0, done.stderr  # before the font: refused, no font could draw 陳
    text = _pdf_text(out)
    assert all(name in text for name in CHINESE_NAMES)
    assert b"NotoSansCJK" in out.read_bytes()


def test_a_receipt_prints_a_chinese_member_name_with_the_bundled_font(no_fonts: dict[str, str],  # noqa: F811
                                                                       tmp_path: Path) -> None:
    out = tmp_path / "receipt.pdf"
    script = ("import sys\n"
              "from dataclasses import replace\n"
              "from pathlib import Path\n"
              "from loyalty_pos.printing.receipt_pdf import render_receipt_pdf\n"
              "from tests.unit.test_receipt_text import OSLO, nok_sale\n"
              "render_receipt_pdf(replace(nok_sale(), member_name='陳美玲', shop_name='林記麵包'), Path(sys.argv[1]),"
              " tz=OSLO)\n")
    done = subprocess.run([sys.executable, "-c", script, str(out)], capture_output=True, text=True, timeout=120,
                          env=no_fonts, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    text = _pdf_text(out)
    assert "陳美玲" in text and "林記麵包" in text
    assert b"NotoSansCJK" in out.read_bytes()
    assert b"DejaVuSansMono" in out.read_bytes()  # the Latin text keeps its font


_PANEL_PROBE = """
import json, sys
from types import SimpleNamespace
from PySide6.QtWidgets import QApplication
from loyalty_pos.gui.widgets.theme import apply_till_style
from loyalty_pos.gui.cashier.member_panel import MemberPanelWidget

app = QApplication([])
apply_till_style(app)
panel = MemberPanelWidget()
panel.show_summary(SimpleNamespace(member_id="m1", name=sys.argv[2], tier_code="gold", balance=1250))
panel.resize(600, 300)
panel.show()
shots = {}
for text in [*sys.argv[2:], "\\ue000\\ue001\\ue002", "\\ue003\\ue004\\ue005"]:
    panel.name.setText(text)
    app.processEvents()
    shots[text] = panel.name.grab().toImage()
panel.name.setText(sys.argv[2])
app.processEvents()
panel.grab().save(sys.argv[1])
boxes = [shots.pop("\\ue000\\ue001\\ue002"), shots.pop("\\ue003\\ue004\\ue005")]
print(json.dumps({"boxes_alike": boxes[0] == boxes[1],
                  "names_like_boxes": [image == boxes[0] for image in shots.values()],
                  "names_alike": len({bytes(image.constBits()) for image in shots.values()}) == len(shots) - 1}))
"""


def test_the_member_panel_shows_a_chinese_name_in_real_glyphs(no_fonts: dict[str, str]) -> None:  # noqa: F811
    _ARTIFACTS.mkdir(exist_ok=True)
    shot = _ARTIFACTS / "cjk_member_panel.png"
    done = subprocess.run([sys.executable, "-c", _PANEL_PROBE, str(shot), *CHINESE_NAMES], capture_output=True,
                          text=True, timeout=120, env=no_fonts, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["boxes_alike"]  # the guard: characters no font has all draw as one box
    assert seen["names_like_boxes"] == [False, False]
    assert not seen["names_alike"]
