"""The frame both sale screens share: the training banner across the top, the member on
the left, the sale on the right, the F-key bar at the bottom. One layout, so the basket
and the amount-only till put everything where a cashier's eyes already go."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


def lay_out_sale_screen(screen: QWidget, *, banner: QWidget, member_area: QWidget, sale: QWidget,
                        bar: QWidget) -> None:
    columns = QHBoxLayout()
    columns.setSpacing(12)
    columns.addWidget(member_area, 3)
    columns.addWidget(sale, 5)
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(10, 4, 10, 4)
    layout.setSpacing(6)
    layout.addWidget(banner)
    layout.addLayout(columns, 1)
    layout.addWidget(bar)
