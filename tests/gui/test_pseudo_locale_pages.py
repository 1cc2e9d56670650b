"""The pseudo-locale run (tests/gui/test_pseudo_locale.py) over the back office's pages
a section does not show first: every settings group, every report and every tab."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTabWidget
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.gui.manager.sections import SECTIONS
from tests.gui.back_office_support import open_section
from tests.gui.conftest import running_till
from tests.gui.test_pseudo_locale import (
    pseudo_locale,
    pseudo_qm,
    shop_data,
    untranslated,
)

__all__ = ["pseudo_locale", "pseudo_qm"]  # the fixtures, shared with the sale screen's run

# Sections whose editor shows what is selected in their list.
_EDITORS = ("products", "rewards", "campaigns", "staff")


def test_every_settings_group_report_and_tab_shows_only_translated_text(
        qtbot: QtBot, demo: App, pseudo_locale: None) -> None:
    """The screen run sees what a section shows first; here every settings group, every
    report and every tab of a section is brought forward in turn."""
    # The backups' folder is shown as the default where the backups go: a path, not words.
    data = shop_data(demo) | {str(demo.config.data_dir / "backups")}
    found: dict[str, list[str]] = {}
    opened: list[str] = []
    with running_till(qtbot, demo) as till:
        till.signed_in("manager", "9999")
        till.settle()
        for spec in SECTIONS:
            section = open_section(till, spec.slug)
            till.settle()
            root = till.window.back_office
            if spec.slug == "settings":
                for row in range(section.page_list.count()):
                    section.page_list.setCurrentRow(row)
                    till.settle()
                    found[f"settings, group {row}"] = untranslated(root, data)
            if spec.slug == "reports":
                for index in range(section.picker.count()):
                    section.picker.setCurrentIndex(index)
                    till.settle()
                    found[f"reports, {index}"] = untranslated(root, data)
            if spec.slug in _EDITORS:
                # The editor filled with the first entry: a form's texts that show only then.
                views = [view for view in section.findChildren(QAbstractItemView)
                         if view.isVisible() and view.model() is not None and view.model().rowCount() > 0]
                if views:
                    views[0].setCurrentIndex(views[0].model().index(0, 0))
                    till.settle()
                    found[f"{spec.slug}, first entry"] = untranslated(root, data)
                    opened.append(spec.slug)
            for tabs in section.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    till.settle()
                    found[f"{spec.slug}, tab {index}"] = untranslated(root, data)
    assert opened == list(_EDITORS)
    assert sum(where.startswith("settings") for where in found) >= 7 and sum(
        where.startswith("reports") for where in found) == 21  # every group and report (the 9 before #22 and 12 of its own) was brought forward
    problems = [f"{where}: {text}" for where, texts in found.items() for text in texts]
    assert problems == [], "\n".join(problems)
