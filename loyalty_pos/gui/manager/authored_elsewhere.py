"""A joined till's program and catalog editors: shown, browsable, and read-only, with the
one line that says why. The services refuse the writes too (services.program.authoring);
this only spares a manager typing what would be refused.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.widgets.theme import set_banner
from loyalty_pos.services.program.authoring import authored_elsewhere

# Sections whose every control edits what head office authors.
LOCKED_SECTIONS = frozenset({"products", "rewards", "rules", "campaigns"})
# Simulating stays useful on a joined till; only its Publish is refused (by the service).
NOTED_SECTIONS = frozenset({"publish"})
# The services' refusal starts with the same words (AUTHORED_AT_HEAD_OFFICE); the banner is
# the GUI's own text so that it shows in the till's language.
BANNER = QT_TRANSLATE_NOOP("AuthoredElsewhere", "Authored at head office: read-only on this till")
BANNER_TIP = QT_TRANSLATE_NOOP(
    "AuthoredElsewhere",
    "This till belongs to a chain. The program and the catalog are edited on the head office till "
    "(Back office > Products, Rewards, Earning rules & tiers, Campaigns, then Simulate & publish) "
    "and arrive here with the next sync.")


class _StayLocked(QObject):
    """Sections enable their buttons as a selection changes, and build rows (tiers, rules) as
    their data arrives; on a joined till the buttons stay off and the new fields read-only."""

    def __init__(self, section: QWidget) -> None:
        super().__init__(section)
        self.section = section
        section.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and isinstance(watched, QWidget) and watched.isEnabled():
            watched.setEnabled(False)
        elif watched is self.section and kind in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            _lock(self.section, self)
        return False


def _lock(section: QWidget, keeper: QObject) -> None:
    for child in section.findChildren(QWidget):
        if isinstance(child, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
            child.setReadOnly(True)
        elif isinstance(child, (QAbstractButton, QComboBox)):
            child.setEnabled(False)
            child.installEventFilter(keeper)


def mark_authored_elsewhere(section: QWidget, *, lock: bool) -> QLabel:
    banner = QLabel(QCoreApplication.translate("AuthoredElsewhere", BANNER), section)
    banner.setObjectName("authoredElsewhere")
    banner.setToolTip(QCoreApplication.translate("AuthoredElsewhere", BANNER_TIP))
    set_banner(banner, "info")  # the theme's info colours, so high contrast recolours it
    banner.setStyleSheet("border-radius: 4px; padding: 0 8px;")
    layout = section.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, banner)
    if lock:
        _lock(section, _StayLocked(section))
    banner.show()
    return banner


def follow_authoring(ctx: TillContext, slug: str, section: QWidget) -> None:
    """Asks the store (off the GUI thread) whether this till authors; marks the section if not."""
    if slug not in LOCKED_SECTIONS | NOTED_SECTIONS:
        return
    ctx.ops.run(section, lambda: authored_elsewhere(ctx.make_uow(readonly=True)),
                on_done=lambda elsewhere: elsewhere and mark_authored_elsewhere(section, lock=slug in LOCKED_SECTIONS))
