"""Page 3: country, currency, time zone and language, defaulted from this computer.

Choosing a country moves currency, time zone and language to that country's, unless
the person already changed them on this page: a choice made by hand is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from loyalty_pos.domain.regions import COUNTRIES, CURRENCIES, LANGUAGES, country
from loyalty_pos.gui.language import spoken_language
from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.page import SetupPage
from loyalty_pos.i18n.catalogue import country_name

translate = QCoreApplication.translate


class RegionPage(SetupPage):
    def __init__(self, draft: SetupDraft, known_zones: frozenset[str], parent: QWidget | None = None) -> None:
        super().__init__(
            translate("setup", "Country, currency and time"),
            translate("setup", "Suggested from this computer's settings. The currency cannot change once the "
                               "shop has sales; the time zone decides when a day, a month and a year begin."),
            parent,
        )
        self.country = self._combo("country", [(f"{country_name(c, spoken_language())} ({c.code})", c.code)
                                               for c in COUNTRIES])
        self.currency = self._combo("currency", [(code, code) for code in CURRENCIES])
        self.timezone = QComboBox(self)
        self.timezone.setObjectName("timezone")
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(sorted(known_zones))
        completer = QCompleter(sorted(known_zones), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.language = self._combo("language", [(language.name, language.tag) for language in LANGUAGES])
        self.add_field("country", self.tr("&Country"), self.country)
        self.add_field("currency", self.tr("C&urrency"), self.currency,
                       self.tr("Prices, points and rewards are counted in it."))
        self.add_field("timezone", self.tr("&Time zone"), self.timezone, self.tr("Type part of a city to find it."))
        self.add_field("language", self.tr("&Language"), self.language,
                       self.tr("The till speaks this language and writes numbers, amounts and dates its way; each till can choose its own in Settings."))
        self._set(self.country, draft.country)
        self._set(self.currency, draft.currency)
        self.timezone.setCurrentText(draft.timezone)
        self._set(self.language, draft.language)
        self._by_hand: set[str] = set()
        self.country.activated.connect(lambda _index: self._country_chosen())
        self.currency.activated.connect(lambda _index: self._by_hand.add("currency"))
        self.timezone.activated.connect(lambda _index: self._by_hand.add("timezone"))
        self.timezone.lineEdit().textEdited.connect(lambda _text: self._by_hand.add("timezone"))
        self.language.activated.connect(lambda _index: self._by_hand.add("language"))
        for combo in (self.country, self.currency, self.language):
            combo.currentIndexChanged.connect(self.edited)
        self.timezone.currentTextChanged.connect(self.edited)
        self.timezone.lineEdit().editingFinished.connect(lambda: self.field_left.emit("timezone"))

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    @staticmethod
    def _set(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _country_chosen(self) -> None:
        chosen = country(self.country.currentData() or "")
        if chosen is None:
            return
        if "currency" not in self._by_hand:
            self._set(self.currency, chosen.currency)
        if "timezone" not in self._by_hand:
            self.timezone.setCurrentText(chosen.timezone)
        if "language" not in self._by_hand:
            self._set(self.language, chosen.language)

    def read_into(self, draft: SetupDraft) -> None:
        draft.country = self.country.currentData() or ""
        draft.currency = self.currency.currentData() or ""
        draft.timezone = self.timezone.currentText().strip()
        draft.language = self.language.currentData() or ""
