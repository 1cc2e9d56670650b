"""Joining a chain: the server's address and head office's enrolment code.

The address follows Settings > Sync's rule (``services/shop/server_address``: plain
http only on this machine), checked before anything is sent. While the till joins,
the page says which step it is on; a refusal (wrong code, server down) is shown here
and nothing was saved, so the person can correct it and press Enter again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from loyalty_pos.gui.server_address_text import server_address_problem
from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.page import SetupPage
from loyalty_pos.gui.widgets.dialog_parts import inline_error_label, set_inline_error

translate = QCoreApplication.translate
MAX_URL = 300
MAX_CODE = 64
# jobs/chain_join's steps, as the page names them.
STEPS = {"register": QT_TRANSLATE_NOOP("JoinPage", "Registering this till with the chain server…"),
         "pull": QT_TRANSLATE_NOOP("JoinPage", "Receiving the shop, staff, card keys, program, products and members…"),
         "check": QT_TRANSLATE_NOOP("JoinPage", "Checking what arrived…"),
         "save": QT_TRANSLATE_NOOP("JoinPage", "Saving the shop and its first backup…")}


class JoinPage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("setup", "Join a chain"),
            translate("setup", "Head office gives you the server's address and a one-time enrolment code "
                               "('loyalty-pos serve add-terminal'). Head office's till must have synced once."),
            parent,
        )
        self.url = QLineEdit(self)
        self.url.setObjectName("joinUrl")
        self.url.setMaxLength(MAX_URL)
        self.url.setPlaceholderText(self.tr("e.g. https://chain.example.com"))
        self.code = QLineEdit(self)
        self.code.setObjectName("joinCode")
        self.code.setMaxLength(MAX_CODE)
        self.code.setPlaceholderText(self.tr("e.g. 886A-92WT-GXNR"))
        self.add_field("url", self.tr("&Server address"), self.url,
                       self.tr("https:// for a server on another machine; http:// only on this one."))
        self.add_field("code", self.tr("&Enrolment code"), self.code, self.tr("Dashes and case do not matter."))
        self.progress = QLabel(self)
        self.progress.setObjectName("joinProgress")
        self.progress.setWordWrap(True)
        self.progress.hide()
        self.failure = inline_error_label(self)
        self.failure.setObjectName("joinFailure")
        # Above the page's closing stretch, under the fields.
        self.layout_.insertWidget(self.layout_.count() - 1, self.progress)
        self.layout_.insertWidget(self.layout_.count() - 1, self.failure)
        for edit, key in ((self.url, "url"), (self.code, "code")):
            edit.textEdited.connect(lambda _text, key=key: self._edited(key))

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        url = self.url.text().strip()
        if not url:
            found["url"] = self.tr("Type the chain server's address.")
        else:
            problem = server_address_problem(url)
            if problem is not None:
                found["url"] = problem
        if not self.code.text().strip():
            found["code"] = self.tr("Type the enrolment code head office gave you.")
        return found

    def show_step(self, step: str) -> None:
        self.progress.setText(self.tr(STEPS[step]) if step in STEPS else step)
        self.progress.show()

    def show_failure(self, text: str | None) -> None:
        self.progress.hide()
        set_inline_error(self.failure, text)

    def _edited(self, key: str) -> None:
        set_inline_error(self.errors[key], None)
        set_inline_error(self.failure, None)

    def read_into(self, draft: SetupDraft) -> None:
        """Nothing of a new shop: a joined till takes head office's."""
