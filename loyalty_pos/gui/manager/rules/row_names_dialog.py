"""Ctrl+T on the Challenges & badges tab: the selected row's name written again for each
language the till speaks, as the reward and campaign editors have it (an empty line prints
the name as typed in the table)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from loyalty_pos.gui.manager.local_names_field import LocalNamesField


class RowNamesDialog(QDialog):
    def __init__(self, name: str, names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rowNamesDialog")
        self.setWindowTitle(self.tr("Names in other languages"))
        self.setModal(True)
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("{name} on the member panel, the receipt and the reports, in each language; an empty "
                               "line shows the name as typed.").format(name=name), self)
        intro.setWordWrap(True)
        self.field = LocalNamesField(self)
        self.field.set_values(names, {}, default_name=name)
        self.field.toggle.setChecked(True)  # unfolded: opening this dialog is asking for the lines
        self.field.toggle.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        first = next(iter(self.field.names.values()))
        first.setFocus()

    def value(self) -> dict[str, str]:
        return self.field.value()
