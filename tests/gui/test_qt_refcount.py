"""Guards against a Qt binding that mishandles references to None.

PySide6 6.12.0 released a reference to None every time C++ read a Python model's
``data()`` that returned None (an unhandled role): after a few thousand paints
the interpreter aborts with "none_dealloc". Every table in the till does that.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt

from loyalty_pos.gui.models.basket_model import BasketModel


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def _none_refs_lost(read: object, times: int = 2_000) -> int:
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(times):
        read()  # type: ignore[operator]
    gc.collect()
    return before - sys.getrefcount(None)


def test_reading_none_from_a_python_model_keeps_none_alive(qapp: QObject) -> None:
    model = _NoneModel()  # kept referenced: an index must not outlive its model
    index = model.index(0, 0)
    assert _none_refs_lost(lambda: index.data(Qt.ItemDataRole.ToolTipRole)) < 100


def test_the_basket_header_can_be_painted_all_day(qapp: QObject) -> None:
    # Through a proxy, so the read goes C++ -> Python as a header view's paint does.
    basket = BasketModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(basket)
    assert _none_refs_lost(lambda: proxy.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)) < 100
