"""Every theme's named colours read (WCAG 4.5:1 for text on its ground, 3:1 for a chart's
bars), a desktop palette too faint to read is mended, and the widgets that used to carry
their own colours take the theme's: no dark-on-dark or light-on-light in high contrast or a
dark desktop palette. Each widget set is saved as tests/artifacts/colours_<theme>.png."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from loyalty_pos.gui.widgets import theme
from loyalty_pos.gui.widgets.contrast import MARK_CONTRAST, TEXT_CONTRAST, contrast_ratio
from loyalty_pos.gui.widgets.theme import (
    HIGH_CONTRAST,
    NORMAL,
    SYSTEM_THEME,
    Colours,
    apply_till_style,
    banner_levels,
    colours,
    system_colours,
)
from tests.gui.keyboard import save_png
from tests.gui.test_display_setting import _dark_desktop


def _faint_desktop() -> QPalette:
    """A light desktop whose placeholder grey and highlight pair are too faint to read."""
    palette = QPalette(QStyleFactory.create("Fusion").standardPalette())
    role = QPalette.ColorRole
    palette.setColor(role.PlaceholderText, QColor("#c0c0c0"))
    palette.setColor(role.Highlight, QColor("#8ab4f8"))
    palette.setColor(role.HighlightedText, QColor("#ffffff"))
    return palette


def _themes() -> dict[str, Colours]:
    return {"normal": NORMAL, "high_contrast": HIGH_CONTRAST,
            "system_light": system_colours(QStyleFactory.create("Fusion").standardPalette()),
            "system_dark": system_colours(_dark_desktop()),
            "system_faint": system_colours(_faint_desktop())}


def _text_pairs(c: Colours) -> dict[str, tuple[str, str]]:
    """(text, its ground) for every pair a theme names."""
    pairs = {
        "ink on surface": (c.ink, c.surface), "ink on window": (c.ink, c.window), "ink on header": (c.ink, c.header),
        "muted on surface": (c.muted, c.surface), "muted on window": (c.muted, c.window),
        "danger on surface": (c.danger, c.surface), "danger on window": (c.danger, c.window),
        "success on surface": (c.success, c.surface), "success on window": (c.success, c.window),
        "warning on surface": (c.warning, c.surface), "warning on window": (c.warning, c.window),
        "selection": (c.selection_ink, c.selection), "primary button": (c.on_accent, c.accent),
        "tier badge": (c.badge_ink, c.badge), "paper": (c.paper_ink, c.paper),
        "paper's rules": (c.paper_muted, c.paper), "training banner": (c.training_ink, c.training),
        "display": (c.display_ink, c.display_ground), "display soft": (c.display_soft, c.display_ground),
        "display points": (c.display_highlight, c.display_ground),
    }
    for level, (background, ink, _border) in banner_levels(c).items():
        pairs[f"{level} banner"] = (ink, background)
    return pairs


def test_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#1f6feb", "#1f6feb") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the AA grey on white
    with pytest.raises(ValueError):
        contrast_ratio("white", "#000000")


@pytest.mark.parametrize("name", ["normal", "high_contrast", "system_light", "system_dark", "system_faint"])
def test_each_named_text_reads_on_its_ground(qtbot: QtBot, name: str) -> None:
    c = _themes()[name]
    faint = {what: round(contrast_ratio(ink, ground), 2) for what, (ink, ground) in _text_pairs(c).items()
             if contrast_ratio(ink, ground) < TEXT_CONTRAST}
    assert not faint, f"{name}: below {TEXT_CONTRAST}:1: {faint}"
    # Bars are marks, not text: WCAG's non-text contrast, on the chart's ground (the surface).
    faint_bars = [bar for bar in c.series if contrast_ratio(bar, c.surface) < MARK_CONTRAST]
    assert not faint_bars, f"{name}: bars below {MARK_CONTRAST}:1 on {c.surface}: {faint_bars}"


def test_a_faint_desktop_palette_is_mended_and_a_readable_one_kept(qtbot: QtBot) -> None:
    faint = system_colours(_faint_desktop())
    assert faint.muted != "#c0c0c0" and faint.selection_ink != "#ffffff"
    dark = system_colours(_dark_desktop())
    assert (dark.muted, dark.selection_ink, dark.ink) == ("#9aa0a6", "#202124", "#e8eaed")


@pytest.fixture(scope="module")
def restore_look() -> Iterator[None]:
    yield
    apply_till_style(QApplication.instance())


def _ground_and_ink(widget: QWidget) -> tuple[QColor, QColor]:
    """The widget's most common colour (its ground) and the pixel that differs most from it
    (the core of a glyph: its ink)."""
    image = widget.grab().toImage()
    counts = Counter(image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    ground = QColor(counts.most_common(1)[0][0]).name()
    ink = max(counts, key=lambda rgb: contrast_ratio(QColor(rgb).name(), ground))
    return QColor(ground), QColor(ink)


def _widgets(qtbot: QtBot) -> tuple[QWidget, dict[str, QWidget]]:
    from loyalty_pos.gui.cashier.member_panel import MemberPanelWidget
    from loyalty_pos.gui.cashier.receipt_preview import ReceiptPreview
    from loyalty_pos.gui.cashier.training_mode import training_banner
    from loyalty_pos.gui.manager.reports_section.charts import ISSUED, REDEEMED, bar_chart, paint_chart
    from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error

    sheet = QWidget()
    qtbot.addWidget(sheet)
    sheet.setAutoFillBackground(True)
    layout = QVBoxLayout(sheet)
    banner = training_banner(sheet)
    banner.setVisible(True)
    error = inline_error_label(sheet)
    set_inline_error(error, "Enter a name for the reward")
    panel = MemberPanelWidget(sheet)
    panel.tier.setText("Gold")
    panel.hide()  # its tier badge alone is laid out below
    receipt = ReceiptPreview(sheet)
    receipt.setMinimumHeight(150)
    receipt.paper.setText("<pre>Kopi susu     2   NOK 90,00\n--------------------------\n"
                          "TOTAL             NOK 90,00</pre>")
    chart = bar_chart("Points per month", ["Jan", "Feb"], [("Issued", ISSUED, [3, 5]), ("Redeemed", REDEEMED, [1, 2])])
    paint_chart(chart, colours())
    view = QChartView(chart, sheet)
    view.setMinimumHeight(220)
    for widget in (banner, error, panel.tier, receipt, view):
        layout.addWidget(widget)
    sheet.resize(520, 700)
    sheet.show()
    qtbot.waitExposed(sheet)
    return sheet, {"training banner": banner, "inline error": error, "tier badge": panel.tier,
                   "receipt paper": receipt.paper, "chart": view}


@pytest.mark.parametrize("look", ["high_contrast", "dark_desktop", "normal"])
def test_the_widgets_that_had_their_own_colours_take_the_themes(qtbot: QtBot, restore_look: None,
                                                               monkeypatch: pytest.MonkeyPatch, look: str) -> None:
    app = QApplication.instance()
    if look == "dark_desktop":
        monkeypatch.setattr(theme, "_desktop_palette", _dark_desktop())
        apply_till_style(app, theme=SYSTEM_THEME)
    else:
        apply_till_style(app, theme=look)
    sheet, widgets = _widgets(qtbot)
    QApplication.processEvents()
    save_png(sheet, f"colours_{look}")
    dark_screen = look != "normal"
    found = []
    for what, widget in widgets.items():
        ground, ink = _ground_and_ink(widget)
        ratio = contrast_ratio(ink.name(), ground.name())
        if ratio < TEXT_CONTRAST:
            found.append(f"{what}: {ink.name()} on {ground.name()} is {ratio:.2f}:1")
        if what == "receipt paper":  # paper in every theme, and so black ink on it
            if (ground.name(), ink.name()) != ("#ffffff", "#000000"):
                found.append(f"{what}: {ink.name()} on {ground.name()}, not black on white paper")
        elif dark_screen and ground.lightness() > 128:
            found.append(f"{what}: a light patch ({ground.name()}) in a dark screen")
    assert not found, f"{look}:\n" + "\n".join(found)
    if look == "high_contrast":  # the error says itself in the theme's danger ink, not a dark red
        assert _ground_and_ink(widgets["inline error"])[1].name() == HIGH_CONTRAST.danger
    assert isinstance(widgets["tier badge"], QLabel)
