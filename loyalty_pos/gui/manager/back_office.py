"""The manager's back office: one window over the till, a section per job.

It is window-modal over the till so a scan cannot ring up a sale behind it: the
till hands scans to the open modal window (``accept_scanned_card``), which gives
them to the section on screen, or opens the member in Members.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.authored_elsewhere import follow_authoring
from loyalty_pos.gui.manager.sections import SECTIONS, SectionSpec, shortcut_digit
from loyalty_pos.gui.widgets.dialog_parts import key_button
from loyalty_pos.gui.widgets.theme import colours, scaled_font
from loyalty_pos.services.actor import Actor

_SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1
_NAV_WIDTH = 280
_NARROW_NAV_WIDTH = 215  # names only: on a 1024-wide till the sections need the room
_NARROW_WINDOW = 1200


class _NavDelegate(QStyledItemDelegate):
    """A section's name, with its shortcut right-aligned and muted beside it (left out
    on a narrow window, where the shortcut is the item's tooltip)."""

    show_shortcuts = True

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        shortcut = index.data(_SHORTCUT_ROLE)
        if not shortcut or not self.show_shortcuts:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setPen(option.palette.highlightedText().color() if selected  # type: ignore[attr-defined]
                       else QColor(colours().muted))
        painter.setFont(scaled_font(option.font, 85))  # type: ignore[attr-defined]
        area = QRect(option.rect).adjusted(0, 0, -10, 0)  # type: ignore[attr-defined]
        painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shortcut)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), 40))


class _SectionStack(QStackedWidget):
    """Asks for the room of the section on screen only (a stacked widget asks for its
    tallest page's): in the scroll area around it a section that fits fills the screen,
    and only one that does not (a large text size) scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()


class _SectionList(QListWidget):
    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        """No jumping by first letter: a word typed while the list has the focus by
        mistake must not carry the manager off to another section."""


class BackOfficeWindow(QDialog):
    def __init__(self, ctx: TillContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require_manager("Opening the back office")
        self.ctx, self.actor = ctx, actor
        self.sections: dict[str, QWidget] = {}
        self._current: str | None = None
        self.setObjectName("backOffice")
        self.setWindowTitle(self.tr("Back office — {manager}").format(manager=actor.username))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(1024, 700)

        title = QLabel(self.tr("Back office"), self)
        title.setFont(scaled_font(self.font(), 140, bold=True))
        who = QLabel(self.tr("Signed in: {manager} (manager)").format(manager=actor.username), self)
        who.setProperty("muted", True)  # the theme's muted ink: high contrast and a dark palette too
        close = key_button(self.tr("Esc"), self.tr("Back to the till"), self)
        # Its whole caption in every language ("Tilbake til kassen" at 150 %): the name beside
        # the title gives way instead.
        close.setMinimumWidth(max(190, close.sizeHint().width()))
        who.setWordWrap(True)
        # Its two lines in the till's language and font (a CJK font is taller): the body
        # below gives way instead of the button cutting its own text.
        close.setMinimumHeight(max(close.minimumHeight(), close.sizeHint().height()))
        close.clicked.connect(self.close)

        self.nav = _SectionList(self)
        self.nav.setObjectName("backOfficeNav")
        self.nav.setFixedWidth(_NAV_WIDTH)
        self.nav_delegate = _NavDelegate(self.nav)
        self.nav.setItemDelegate(self.nav_delegate)
        self.nav.setAccessibleName(self.tr("Sections"))
        for index, spec in enumerate(SECTIONS):
            item = QListWidgetItem(QCoreApplication.translate("BackOffice", spec.title), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.slug)
            key = f"Ctrl+{shortcut_digit(index)}"
            item.setData(_SHORTCUT_ROLE, key)
            item.setToolTip(key)
            QShortcut(QKeySequence(key), self, lambda slug=spec.slug: self.show_section(slug))
        self.stack = _SectionStack(self)
        # At 150 % text on a 1024x768 till a section can need more height than the screen
        # has: it scrolls up and down rather than squeezing its buttons' two lines into one.
        # Never sideways: a section must fit the width.
        self.section_scroll = QScrollArea(self)
        self.section_scroll.setObjectName("backOfficeSectionScroll")
        self.section_scroll.setWidgetResizable(True)
        self.section_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.section_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.section_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_scroll.setWidget(self.stack)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(who)
        header.addStretch(1)
        header.addWidget(close)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.section_scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addLayout(header)
        layout.addLayout(body, 1)

        self.nav.currentItemChanged.connect(self._nav_moved)
        if parent is not None:
            self.resize(parent.size())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        narrow = self.width() < _NARROW_WINDOW
        self.nav_delegate.show_shortcuts = not narrow
        self.nav.setFixedWidth(self._nav_width(narrow))

    def _nav_width(self, narrow: bool) -> int:
        """The preferred width, or wider when a section's name in this language needs it
        (a sideways scroll bar in a list of eleven names is a trap)."""
        names = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
        if narrow:
            return max(_NARROW_NAV_WIDTH, names)
        shortcut = QFontMetrics(scaled_font(self.nav.font(), 85)).horizontalAdvance("Ctrl+0") + 22
        return max(_NAV_WIDTH, names + shortcut)

    # -- sections ---------------------------------------------------------------------
    def show_section(self, slug: str) -> QWidget | None:
        """Show ``slug``'s section (building it the first time); None if the manager
        chose to stay where unsaved changes are."""
        if slug == self._current:
            return self.sections[slug]
        if not self._may_leave_current():
            self._select_nav(self._current)
            return None
        spec = next(spec for spec in SECTIONS if spec.slug == slug)
        widget = self.sections.get(slug) or self._build(spec)
        self._current = slug
        self._select_nav(slug)
        self.stack.setCurrentWidget(widget)
        self.section_scroll.verticalScrollBar().setValue(0)  # a section opens at its top, not where the last one was left
        activated = getattr(widget, "activated", None)
        if activated is not None:
            activated()
        return widget

    def current_section(self) -> QWidget | None:
        return self.sections.get(self._current) if self._current else None

    def _build(self, spec: SectionSpec) -> QWidget:
        widget = spec.load()(self.ctx, self.actor, self.stack)
        widget.setObjectName(f"section-{spec.slug}")
        self.sections[spec.slug] = widget
        self.stack.addWidget(widget)
        follow_authoring(self.ctx, spec.slug, widget)
        return widget

    def _nav_moved(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_section(item.data(Qt.ItemDataRole.UserRole))

    def _select_nav(self, slug: str | None) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == slug:
                self.nav.blockSignals(True)
                self.nav.setCurrentItem(item)
                self.nav.blockSignals(False)
                return

    def _may_leave_current(self) -> bool:
        widget = self.current_section()
        unsaved = getattr(widget, "has_unsaved_changes", None)
        if widget is None or unsaved is None or not unsaved():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This section has changes that are not saved. Leave it and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # -- scans ------------------------------------------------------------------------
    def accept_scanned_card(self, text: str) -> bool:
        """A card scanned in the back office opens that member, unless the section on
        screen has a use for it (a transfer's other member, say)."""
        current = self.current_section()
        handler = getattr(current, "accept_scanned_card", None)
        if handler is not None and handler(text):
            return True
        members = self.show_section("members")
        handler = getattr(members, "accept_scanned_card", None)
        return bool(handler is not None and handler(text))

    # -- closing ----------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, the close button and the window's own close all come here (QDialog's
        closeEvent calls reject): unsaved work is asked about once, in one place."""
        if self._may_leave_current():
            super().reject()
