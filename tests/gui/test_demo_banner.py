"""The demo's sign-in says it is the demo and gives its PINs; a real shop's says nothing of the kind
(tests/gui/test_setup_window.py signs a new shop's manager in and checks that)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import save_png


def test_the_demo_sign_in_says_it_is_the_demo(till: Till) -> None:
    till.settle()
    banner: QLabel = till.window.sign_in.demo_banner
    assert banner.isVisible()
    assert "Demo shop" in banner.text()
    assert "cashier / PIN 1111" in banner.text() and "manager / PIN 9999" in banner.text()
    assert not clipped_widgets(till.window)
    save_png(till.window, "sign_in_demo_banner")
    till.signed_in()  # the banner takes no focus: typing goes where it always did
