"""After the shop is created: its recovery code, shown this once, then on to sign-in.

The code is the only way back in if the only manager forgets the PIN, and it is
stored only as a hash, so the page does not move on until the owner says it is
written down.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.page import SetupPage

translate = QCoreApplication.translate


class DonePage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("setup", "Your shop is ready"),
            translate("setup", "Write this recovery code on paper now and keep it away from the till. If the "
                               "shop's only manager forgets the PIN, the command 'loyalty-pos staff recover' "
                               "asks for it. It is shown only this once."),
            parent,
        )
        self.code = QLabel(self)
        self.code.setObjectName("recoveryCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(self.font().pointSize() * 2)
        mono.setWeight(QFont.Weight.Bold)
        self.code.setFont(mono)
        # The theme's panel (surface and ink), dashed: a slip to copy, not a field to type in.
        self.code.setProperty("panel", True)
        self.code.setStyleSheet("QLabel { border-style: dashed; border-width: 2px; border-radius: 8px; "
                                "padding: 16px; letter-spacing: 2px; }")
        self.layout_.insertWidget(self.layout_.indexOf(self.intro) + 1, self.code)
        self.written = QCheckBox(self.tr("I have &written the recovery code down"), self)
        self.written.setObjectName("codeWrittenDown")
        self.layout_.insertWidget(self.layout_.indexOf(self.code) + 1, self.written)
        self.add_error("written", self.written)
        self.chain(self.written)
        self.written.toggled.connect(self.edited)
        self.manager = ""

    def show_code(self, code: str, manager: str) -> None:
        self.code.setText(code)
        self.manager = manager
        self.intro.setText(self.intro.text() + " " + self.tr("Then sign in as {user} with your PIN.").format(
            user=manager))

    def problems(self) -> dict[str, str]:
        if self.written.isChecked():
            return {}
        return {"written": self.tr("Tick the box (Alt+W or Space) once the code is on paper; it cannot be shown "
                                   "again.")}

    def read_into(self, draft: SetupDraft) -> None:
        """Nothing to read: the shop is stored already."""
