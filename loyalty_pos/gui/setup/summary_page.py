"""Page 7: everything chosen, on one page, before anything is stored."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.regions import country, language_name
from loyalty_pos.domain.starter_programs import STARTER_TITLES, Starter
from loyalty_pos.domain.till_mode import TillMode
from loyalty_pos.gui.language import spoken_language
from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.page import SetupPage
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label
from loyalty_pos.gui.widgets.theme import colours
from loyalty_pos.i18n.catalogue import country_name

translate = QCoreApplication.translate
# The starter programs' names (domain.starter_programs.STARTER_TITLES) as the summary says them.
_TITLES = {
    Starter.SIMPLE: QT_TRANSLATE_NOOP("SummaryPage", "Simple points"),
    Starter.TIERS: QT_TRANSLATE_NOOP("SummaryPage", "Points and tiers"),
    Starter.STAMPS: QT_TRANSLATE_NOOP("SummaryPage", 'Stamp card: "buy 9, the 10th free"'),
}


class SummaryPage(SetupPage):
    def __init__(self, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("setup", "Ready to create the shop"),
            translate("setup", "Nothing is stored until you press Enter here. Esc goes back to change anything."),
            parent,
        )
        assert set(_TITLES) == set(STARTER_TITLES)
        self.data_dir = data_dir
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # holds the focus, so Enter and Esc reach the window
        self.setAccessibleName(self.title)
        self.summary = QLabel(self)
        self.summary.setObjectName("setupSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setProperty("panel", True)
        self.summary.setStyleSheet("QLabel { border-radius: 8px; padding: 12px; }")
        self.layout_.insertWidget(self.layout_.indexOf(self.intro) + 1, self.summary)
        self.failure = inline_error_label(self)
        self.failure.setObjectName("setupFailure")
        self.layout_.insertWidget(self.layout_.indexOf(self.summary) + 1, self.failure)

    def first_field(self) -> QWidget:
        return self

    def entered(self, draft: SetupDraft) -> None:
        where = country(draft.country)
        rows = [
            (self.tr("Shop"), html.escape(draft.name.strip())
             + "".join(f"<br>{html.escape(line.strip())}" for line in draft.address)),
            (self.tr("Logo"), html.escape(draft.logo_path) if draft.logo_png else self.tr("none (name only)")),
            (self.tr("Receipts"), html.escape(draft.receipt_printer) or self.tr("PDF files in the data folder")),
            (self.tr("Country"), html.escape(country_name(where, spoken_language()) if where else draft.country)),
            (self.tr("Currency"), draft.currency),
            (self.tr("Time zone"), html.escape(draft.timezone)),
            (self.tr("Language"), html.escape(language_name(draft.language) or draft.language)),
            (self.tr("Prices"), self.tr("include tax") if draft.prices_include_tax else self.tr("exclude tax")),
            (self.tr("Till"), self.tr("records amounts from your own cash register")
             if draft.till_mode is TillMode.AMOUNT else self.tr("rings up baskets")),
            (self.tr("Manager"), self.tr("{name} (user name <b>{username}</b>)").format(
                name=html.escape(draft.manager_name.strip()), username=html.escape(draft.manager_username.strip()))),
            (self.tr("Program"), self._program(draft)),
            (self.tr("Data folder"), html.escape(self.data_dir)),
        ]
        muted = colours().muted
        self.summary.setText("<table cellspacing='4'>" + "".join(
            f"<tr><td style='color:{muted}; padding-right:14px'>{label}</td><td>{value}</td></tr>"
            for label, value in rows) + "</table>")
        self.failure.setVisible(False)

    def _program(self, draft: SetupDraft) -> str:
        title = html.escape(self.tr(_TITLES[draft.starter]))
        if draft.starter is not Starter.STAMPS:
            return title
        try:
            minor = Money.parse(draft.stamp_price, draft.currency).minor
        except LoyaltyError:  # the program page refused it already; the summary is never reached so
            return title
        return f"{title}<br>{html.escape(draft.stamp_item.strip())}, {Money(minor, draft.currency).format()}"

    def show_failure(self, text: str | None) -> None:
        self.failure.setText(text or "")
        self.failure.setVisible(bool(text))

    def read_into(self, draft: SetupDraft) -> None:
        """Nothing to read: the summary only shows."""
