"""Country names read in the language the till or the setup speaks (issue #23): Qt names a
country only in English or in its own language, so the names come from the catalogue."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from loyalty_pos.domain.regions import COUNTRIES, Region, country
from loyalty_pos.gui.language import install_language
from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.region_page import RegionPage
from loyalty_pos.i18n.catalogue import country_name
from loyalty_pos.system_region import known_zones
from tests.gui.keyboard import save_png

NORWAY = Region("NO", "NOK", "Europe/Oslo", "nb")


@pytest.mark.parametrize(("language", "germany", "norway"), [
    ("en", "Germany (DE)", "Norway (NO)"),
    ("nb", "Tyskland (DE)", "Norge (NO)"),
    ("id", "Jerman (DE)", "Norwegia (NO)"),
    ("zh-Hant", "德國 (DE)", "挪威 (NO)"),
])
def test_the_region_page_names_countries_in_the_setup_s_language(
        qtbot: QtBot, language: str, germany: str, norway: str) -> None:
    install_language(language, language)
    page = RegionPage(SetupDraft(region=NORWAY), known_zones())
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    names = [page.country.itemText(index) for index in range(page.country.count())]
    assert germany in names and norway in names and len(names) == len(COUNTRIES)
    assert page.country.currentText() == norway
    save_png(page, f"setup_region_{language}")


def test_every_country_has_a_name_of_its_own_in_each_language() -> None:
    for language in ("id", "zh-Hant", "nb"):
        names = {country_name(each, language) for each in COUNTRIES}
        assert len(names) == len(COUNTRIES), language  # no two countries read alike
    norway = country("NO")
    assert norway is not None and country_name(norway, "zh_TW") == "挪威"
