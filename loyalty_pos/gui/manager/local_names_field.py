"""Names in other languages: a reward's or campaign's name (and a reward's description)
written again for each language the till speaks, folded under one button so the
editor stays as short as it was for a shop that never translates.

Each line is a language; an empty box shows the default name (its placeholder says
which), so a manager fills in only the languages their members read.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from loyalty_pos.domain.local_names import MAX_LOCAL_DESCRIPTION, MAX_LOCAL_NAME, cleaned_names
from loyalty_pos.domain.regions import LANGUAGES


class LocalNamesField(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, descriptions: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("localNames")
        self.toggle = QPushButton(self)
        self.toggle.setObjectName("localNamesToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)
        self.toggle.setStyleSheet("text-align: left; padding-left: 8px;")
        self.toggle.toggled.connect(self._unfold)
        self.lines = QWidget(self)
        grid = QGridLayout(self.lines)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.names: dict[str, QLineEdit] = {}
        self.descriptions: dict[str, QLineEdit] = {}
        for row, language in enumerate(LANGUAGES):
            # The language above its boxes, not beside them: in the campaign editor's narrow
            # column and the reward editor's two-column layout a caption column left the
            # boxes too narrow to read a name in.
            caption = QLabel(language.name, self.lines)
            caption.setProperty("muted", True)
            name = self._edit(f"localName-{language.tag}", MAX_LOCAL_NAME,
                              self.tr("Name in {language}").format(language=language.name))
            caption.setBuddy(name)
            grid.addWidget(caption, 2 * row, 0, 1, 2)
            grid.addWidget(name, 2 * row + 1, 0)
            self.names[language.tag] = name
            if descriptions:
                description = self._edit(f"localDescription-{language.tag}", MAX_LOCAL_DESCRIPTION,
                                         self.tr("Description in {language}").format(language=language.name))
                grid.addWidget(description, 2 * row + 1, 1)
                self.descriptions[language.tag] = description
        grid.setColumnStretch(0, 1)
        if descriptions:
            grid.setColumnStretch(1, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.toggle)
        box.addWidget(self.lines)
        # Tab goes from the button down the lines, each name before its description.
        order = [self.toggle]
        for tag, name in self.names.items():
            order += [name] + ([self.descriptions[tag]] if tag in self.descriptions else [])
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.set_values({}, {})

    def _edit(self, name: str, limit: int, accessible: str) -> QLineEdit:
        edit = QLineEdit(self.lines)
        edit.setObjectName(name)
        edit.setMaxLength(limit)
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(self._typed)
        return edit

    def _typed(self, _text: str) -> None:
        self._caption()
        self.edited.emit()

    def _unfold(self, shown: bool) -> None:
        self.lines.setVisible(shown)
        self._caption()

    def _caption(self) -> None:
        count = len(self.value())
        arrow = "▾" if self.toggle.isChecked() else "▸"
        text = self.tr("Names in other languages") if not count else self.tr(
            "Names in other languages ({count})").format(count=count)
        self.toggle.setText(f"{arrow} {text}")

    def set_values(self, names: Mapping[str, str], descriptions: Mapping[str, str], *,
                   default_name: str = "", default_description: str = "") -> None:
        """Show a part's texts; the placeholders name what an empty line shows instead.
        Folded unless the part has a text in another language, so it is seen."""
        for tag, edit in self.names.items():
            edit.setText(names.get(tag, ""))
            edit.setPlaceholderText(default_name or self.tr("as the name above"))
        for tag, edit in self.descriptions.items():
            edit.setText(descriptions.get(tag, ""))
            edit.setPlaceholderText(default_description or self.tr("as the description above"))
        self.toggle.setChecked(bool(names or descriptions))
        self._unfold(self.toggle.isChecked())

    def value(self) -> dict[str, str]:
        """The names typed, trimmed; languages left empty are left out."""
        return cleaned_names({tag: edit.text() for tag, edit in self.names.items()})

    def description_value(self) -> dict[str, str]:
        return cleaned_names({tag: edit.text() for tag, edit in self.descriptions.items()})
