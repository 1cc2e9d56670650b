"""About loyalty-pos (F1): what support asks first — which version, which data, which log,
and which card key (its fingerprint, to compare between a chain's tills)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from loyalty_pos.version import __version__
from loyalty_pos.cards.key_ring import KeyRing, as_ring, key_fingerprint


@dataclass(frozen=True, slots=True)
class AboutFacts:
    version: str
    data_dir: Path | None
    log_file: Path | None
    key_fingerprint: str

    @classmethod
    def of(cls, *, data_dir: Path | None, log_file: Path | None, key: bytes | KeyRing) -> AboutFacts:
        # The current key: the one this till signs new cards with, to compare between tills.
        return cls(version=__version__, data_dir=data_dir, log_file=log_file,
                   key_fingerprint=key_fingerprint(as_ring(key).current))

    def as_text(self, unknown: str) -> str:
        return "\n".join((
            f"loyalty-pos {self.version}",
            f"data directory: {self.data_dir or unknown}",
            f"log file: {self.log_file or unknown}",
            f"card key fingerprint: {self.key_fingerprint}",
        ))


class AboutBox(QDialog):
    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutBox")
        self.setWindowTitle(self.tr("About loyalty-pos"))
        self.facts = facts
        unknown = self.tr("(not known)")
        title = QLabel(self.tr("<b>loyalty-pos</b> {version}").format(version=facts.version), self)
        title.setObjectName("aboutTitle")
        tagline = QLabel(self.tr("Offline-first point-of-sale loyalty terminal. Apache License 2.0."), self)
        tagline.setWordWrap(True)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label, value in (
            ("version", self.tr("Version"), facts.version),
            ("data_dir", self.tr("Data directory"), str(facts.data_dir or unknown)),
            ("log_file", self.tr("Log file"), str(facts.log_file or unknown)),
            ("key", self.tr("Card key fingerprint"), facts.key_fingerprint),
        ):
            shown = QLabel(value, self)
            shown.setObjectName(f"about_{key}")
            # Staff read these out or paste them into a support mail.
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
            self.values[key] = shown
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.facts.as_text(self.tr("(not known)")))
