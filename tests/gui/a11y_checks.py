"""What tests/gui/test_accessibility.py checks on each screen, measured as a user meets it.

Names: the name assistive technology reads, from Qt's accessibility interface (a
button's text, a field's accessible name or its buddy label), not the Python attribute.

Tab order: the focus is put on the first control and Tab is pressed for real, through
QApplication, until the focus comes back; every focusable, visible, enabled control of
the screen must be reached once. "Visual order" is reading order that allows columns:
each Tab goes down, or right within the same row, or into a column wholly to the right
of the control it leaves (then up to that column's top is fine). Going up-and-left, or
left within a row, is a jump a sighted keyboard user cannot follow.

Clipping: no widget reaches outside its parent (a scroll area's contents excepted: they
scroll, but only up and down, never sideways), no button, check box, radio button or
one-line label is smaller than its text (an elided label counts as clipped unless its
tooltip carries the whole text), no word-wrapped label is shorter than its wrapped text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QListView,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QScrollArea,
    QWidget,
)

from loyalty_pos.gui.widgets.elided_label import ElidedLabel

ROW_TOLERANCE_PX = 12


def focusables(root: QWidget) -> list[QWidget]:
    """Controls Tab should reach: visible, enabled, taking Tab focus, not handing it on."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget.isVisible() and widget.isEnabled()) or widget.window() is not root.window():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if isinstance(widget, QMenuBar):
            continue  # reached with Alt and its mnemonics, as in every desktop program
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {accessible_name(widget)!r} {shown!r}"[:120]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return (interface.text(QAccessible.Text.Name) or "").strip()


def unnamed(root: QWidget) -> list[str]:
    """Controls and tables (focusable or not: a screen reader lists them all) without a name."""
    # A header is part of its table, which screen readers name it by.
    views = [view for view in root.findChildren(QAbstractItemView)
             if view.isVisible() and not isinstance(view, QHeaderView)]
    return [describe(widget) for widget in dict.fromkeys([*focusables(root), *views]) if not accessible_name(widget)]


def keyless_buttons(root: QWidget) -> list[str]:
    """Buttons Tab skips (the till's key buttons never take the focus) must show the key that
    presses them: "F9" over "Pay cash", "Sign in  (Enter)", "Ctrl+I  Choose…"."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not (button.isVisible() and button.isEnabled()) or button.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if button.window() is not root.window() or not button.text():
            continue  # icon-only tool buttons inside Qt's own widgets (a line edit's clear button)
        mnemonic = re.search(r"&[^&\s]", button.text()) is not None  # Alt+<the underlined letter>
        if not mnemonic and not any(_KEY_NAME.fullmatch(token) for token in re.split(r"[\s()]+", button.text())):
            found.append(describe(button))
    return found


_KEY_NAME = re.compile(r"((Ctrl|Alt|Shift)\+)*(F\d{1,2}|Enter|Esc|Del|Space|[A-Z0-9,])")


def global_rect(widget: QWidget) -> QRect:
    """Where ``widget`` is laid out on screen, whatever the scroll areas holding it are scrolled
    to: each scroll area's contents counted from its viewport's corner (a form's own scroll
    area inside a back office section that scrolls as a whole: both offsets left out)."""
    point, current = QPoint(0, 0), widget
    while not current.isWindow() and (parent := current.parentWidget()) is not None:
        area = parent.parentWidget()
        scrolled = isinstance(area, QAbstractScrollArea) and parent is area.viewport()
        if not scrolled:
            point = current.mapToParent(point)
        current = parent
    return QRect(current.mapToGlobal(point), widget.size())


def tab_walk(root: QWidget, first: QWidget, where: dict[int, QRect] | None = None) -> list[QWidget]:
    """The controls Tab visits from ``first`` until it comes back (at most twice round);
    ``where`` gets each one's place on screen when it had the focus (a scroll area moves
    what it holds to show the focused control)."""
    where = {} if where is None else where
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited = [QApplication.focusWidget()]
    where[id(visited[0])] = global_rect(visited[0])
    limit = 2 * len(focusables(root)) + 4
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None, f"Tab left the screen after {describe(visited[-1])}"
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        reached = QApplication.focusWidget()
        if reached is current and _tabs_through_cells(current):
            reached = _leave_grid(current)
        if reached is visited[0]:
            return visited
        if reached is current:
            raise AssertionError(f"Tab is kept by {describe(current)}")
        visited.append(reached)
        if reached is not None:
            where[id(reached)] = global_rect(reached)
    raise AssertionError("Tab never came back to the first control: " + " → ".join(map(describe, visited)))


def _tabs_through_cells(widget: QWidget) -> bool:
    """An editable grid (the rules' tables) moves Tab from cell to cell, as a spreadsheet does,
    and hands it on after the last cell; a read-only table must not keep Tab at all."""
    return (isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation()
            and widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers)


def _leave_grid(grid: QAbstractItemView) -> QWidget | None:
    model = grid.model()
    for _ in range(model.rowCount() * model.columnCount() + 1):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is not grid:
            break
    return QApplication.focusWidget()


def backward_steps(order: list[QWidget], where: dict[int, QRect]) -> list[str]:
    found = []
    for before, after in zip(order, order[1:], strict=False):
        a, b = where[id(before)], where[id(after)]
        down = b.center().y() > a.center().y() + ROW_TOLERANCE_PX
        same_row = abs(b.center().y() - a.center().y()) <= ROW_TOLERANCE_PX
        new_column = b.left() >= a.right() - ROW_TOLERANCE_PX
        if not (down or (same_row and b.center().x() > a.center().x()) or new_column):
            found.append(f"{describe(before)} @({a.x()},{a.y()}) → {describe(after)} @({b.x()},{b.y()})")
    return found


@dataclass(frozen=True)
class TabReport:
    order: list[str]
    missed: list[str]
    twice: list[str]
    backward: list[str]

    @property
    def ok(self) -> bool:
        return not (self.missed or self.twice or self.backward)


def first_in_reading_order(controls: list[QWidget]) -> QWidget:
    """The leftmost of the controls in the top row (tops within the row tolerance of the highest)."""
    top = min(global_rect(widget).top() for widget in controls)
    row = [widget for widget in controls if global_rect(widget).top() <= top + ROW_TOLERANCE_PX]
    return min(row, key=lambda widget: global_rect(widget).left())


def _group_reached(widget: QWidget, order: list[QWidget]) -> bool:
    """Exclusive radio buttons are one Tab stop, their checked one; arrows choose among them."""
    if not (isinstance(widget, QRadioButton) and widget.autoExclusive()):
        return False
    return any(isinstance(other, QRadioButton) and other.parentWidget() is widget.parentWidget()
               for other in order)


def check_tab_order(root: QWidget) -> TabReport:
    controls = focusables(root)
    assert controls, "nothing on this screen takes the focus"
    where: dict[int, QRect] = {}
    order = tab_walk(root, first_in_reading_order(controls), where)
    seen = set()
    twice = [describe(widget) for widget in order if id(widget) in seen or seen.add(id(widget))]
    reached = {id(widget) for widget in order}
    missed = [describe(widget) for widget in controls
              if id(widget) not in reached and not _group_reached(widget, order)]
    return TabReport([describe(widget) for widget in order], missed, twice, backward_steps(order, where))


def outside_parent(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if not widget.isVisible() or parent is None or widget.isWindow():
            continue
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            continue  # scrolled contents: the viewport shows part of them by design
        if isinstance(parent, QScrollArea):
            continue
        inside = parent.rect().adjusted(-1, -1, 1, 1)
        if not inside.contains(widget.geometry()):
            found.append(f"{describe(widget)} {widget.geometry().getRect()} outside {describe(parent)} "
                         f"{parent.rect().getRect()}")
    return found


def short_wrapped_labels(root: QWidget) -> list[str]:
    """Word-wrapped labels shorter than their text laid out at their width. Plain text is laid
    out with the label's font in its contents rectangle (QLabel.heightForWidth leaves out a
    label's own contents margins, and so passed a description cut after its first line)."""
    found = []
    for label in root.findChildren(QLabel):
        if not (label.isVisible() and label.wordWrap() and label.text()):
            continue
        room = label.contentsRect()
        if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            needed = label.heightForWidth(label.width())
        else:
            needed = label.fontMetrics().boundingRect(
                QRect(0, 0, room.width(), 100_000), int(Qt.TextFlag.TextWordWrap), label.text()).height()
            if needed > room.height() + 1:
                found.append(f"{describe(label)}: text {needed} high in {room.height()}")
            continue
        if label.height() < needed - 1:
            found.append(f"{describe(label)}: {label.height()} < {needed}")
    return found


def cut_button_texts(root: QWidget) -> list[str]:
    """Buttons whose text does not fit the room their style leaves for it (border and padding
    taken off). Not the size hint: that adds the padding the style would like, and a button
    a little under it still shows every letter."""
    found = []
    for button in root.findChildren(QPushButton):
        if not button.isVisible() or not button.text():
            continue
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        needed = button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, button.text())
        if needed.width() > room.width() + 1 or needed.height() > room.height() + 1:
            found.append(f"{describe(button)}: text {needed.width()}x{needed.height()} in "
                         f"{room.width()}x{room.height()}")
    return found


def cut_choices(root: QWidget) -> list[str]:
    """Check boxes and radio buttons narrower than their text: their text never wraps."""
    return [f"{describe(box)}: {box.width()} < {box.sizeHint().width()}"
            for box in root.findChildren(QAbstractButton)
            if isinstance(box, (QCheckBox, QRadioButton)) and box.isVisible()
            and box.width() + 1 < box.sizeHint().width()]


def sideways_scrolling(root: QWidget) -> list[str]:
    """A scroll area is fine for height; contents wider than it must be scrolled sideways to read."""
    return [f"{describe(area)}: contents {area.widget().width()} wide in {area.viewport().width()}"
            for area in root.findChildren(QScrollArea)
            if area.isVisible() and area.widget() is not None and area.widget().isVisible()
            and area.widget().width() > area.viewport().width() + 1]


def cut_labels(root: QWidget) -> list[str]:
    """One-line labels smaller than their text (conftest.clipped_widgets' rule: a label made to
    elide is fine when it shows its whole height and its tooltip says the whole text)."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        if isinstance(label, ElidedLabel) and label.is_elided() and label.toolTip() == label.text() \
                and label.height() >= label.sizeHint().height():
            continue
        hint = label.sizeHint()
        if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
            found.append(f"{describe(label)}: {label.width()}x{label.height()} < {hint.width()}x{hint.height()}")
    return found


def cut_table_headings(root: QWidget) -> list[str]:
    """A shown column of a table that does not scroll sideways whose heading is cut, or which
    runs past the table's right edge (the member statement's Reason at 150 %)."""
    found = []
    for view in root.findChildren(QTableView):
        header = view.horizontalHeader()
        if not view.isVisible() or not header.isVisible() \
                or view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        model = view.model()
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            name = str(model.headerData(column, Qt.Orientation.Horizontal)).replace("\n", " ")
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            if right > view.viewport().width() + 1:
                found.append(f"{describe(view)}: column {name!r} runs {right - view.viewport().width()} px "
                             "past the edge")
            elif header.sectionSize(column) + 1 < header.sectionSizeFromContents(column).width():
                found.append(f"{describe(view)}: heading {name!r} cut to {header.sectionSize(column)} of "
                             f"{header.sectionSizeFromContents(column).width()} px")
    return found


def cut_list_items(root: QWidget) -> list[str]:
    """A list whose rows do not wrap, with a row wider than the list: its end is read only by
    scrolling sideways (a paid membership's price and months at 150 %)."""
    return [f"{describe(view)}: a row {view.sizeHintForColumn(0)} wide in {view.viewport().width()}"
            for view in root.findChildren(QListView)
            if view.isVisible() and not view.wordWrap() and view.model() is not None
            and view.model().rowCount() and view.sizeHintForColumn(0) > view.viewport().width() + 1]


def clipping(root: QWidget) -> list[str]:
    QApplication.processEvents()
    return (outside_parent(root) + cut_button_texts(root) + cut_choices(root) + cut_labels(root)
            + short_wrapped_labels(root) + sideways_scrolling(root) + cut_table_headings(root)
            + cut_list_items(root))
