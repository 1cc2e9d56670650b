"""The back office's sections, in the order a manager sets a shop up.

Each names its module and class so the window imports a section only when it is
first opened: opening the back office to print a card sheet should not pay for
QtCharts or the simulator.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True, slots=True)
class SectionSpec:
    slug: str
    title: str  # translated in the "BackOffice" context when shown
    module: str
    class_name: str

    def load(self) -> type[QWidget]:
        return getattr(importlib.import_module(self.module), self.class_name)


_PACKAGE = "loyalty_pos.gui.manager"

SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("products", QT_TRANSLATE_NOOP("BackOffice", "Products"), f"{_PACKAGE}.products_section", "ProductsSection"),
    SectionSpec("rewards", QT_TRANSLATE_NOOP("BackOffice", "Rewards"), f"{_PACKAGE}.rewards_section", "RewardsSection"),
    SectionSpec("rules", QT_TRANSLATE_NOOP("BackOffice", "Earning rules & tiers"), f"{_PACKAGE}.rules_section",
                "RulesSection"),
    SectionSpec("campaigns", QT_TRANSLATE_NOOP("BackOffice", "Campaigns"), f"{_PACKAGE}.campaigns_section",
                "CampaignsSection"),
    SectionSpec("publish", QT_TRANSLATE_NOOP("BackOffice", "Simulate & publish"), f"{_PACKAGE}.publish_section",
                "PublishSection"),
    SectionSpec("members", QT_TRANSLATE_NOOP("BackOffice", "Members"), f"{_PACKAGE}.members_section", "MembersSection"),
    SectionSpec("cards", QT_TRANSLATE_NOOP("BackOffice", "Print cards"), f"{_PACKAGE}.cards_section", "CardsSection"),
    SectionSpec("reports", QT_TRANSLATE_NOOP("BackOffice", "Reports"), f"{_PACKAGE}.reports_section", "ReportsSection"),
    SectionSpec("staff", QT_TRANSLATE_NOOP("BackOffice", "Staff"), f"{_PACKAGE}.staff_section", "StaffSection"),
    SectionSpec("audit", QT_TRANSLATE_NOOP("BackOffice", "Audit log"), f"{_PACKAGE}.audit_section", "AuditSection"),
    SectionSpec("settings", QT_TRANSLATE_NOOP("BackOffice", "Settings"), f"{_PACKAGE}.settings_section",
                "SettingsSection"),
)


# The digits run out after ten sections; Settings takes the key many programs use for it.
SETTINGS_KEY = ","


def shortcut_digit(index: int) -> str:
    """Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth section, as on a keyboard's top row;
    Ctrl+, for the eleventh (Settings)."""
    return str((index + 1) % 10) if index < 10 else SETTINGS_KEY


def section(slug: str) -> SectionSpec:
    for spec in SECTIONS:
        if spec.slug == slug:
            return spec
    raise KeyError(slug)
