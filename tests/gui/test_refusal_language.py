"""The till shows a refusal in the language it speaks, from the same catalogue the CLI reads
(issue #23): a back office editor's refusal and a till's refusal alike."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from loyalty_pos.domain.errors import Conflict, InsufficientPoints, LoyaltyError
from loyalty_pos.gui.language import install_language, remove_language
from loyalty_pos.gui.widgets.message_bar import MessageBar, error_text
from loyalty_pos.services.program.categories import clean_category_name


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[None]:
    install_language("nb", "nb")
    yield
    remove_language()


def _refused(call) -> LoyaltyError:  # noqa: ANN001 - any call that refuses
    with pytest.raises(LoyaltyError) as refused:
        call()
    return refused.value


@pytest.mark.usefixtures("norwegian")
def test_the_message_bar_shows_refusals_in_the_tills_language(qtbot: QtBot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_error(_refused(lambda: clean_category_name("x" * 200)))
    assert bar.text() == "Et kategorinavn har høyst 80 tegn"
    bar.show_error(InsufficientPoints(needed=500, available=320))
    assert bar.text() == "Trenger 500 poeng, medlemmet har 320."
    conflict = Conflict(code="category_exists", template="Category {name} already exists", name="Kaffe")
    assert error_text(conflict) == "Kategorien Kaffe finnes allerede"
    assert conflict.params["detail"] == "Category Kaffe already exists"


def test_an_english_till_shows_the_english_refusal(qapp: QApplication) -> None:
    remove_language()
    assert error_text(_refused(lambda: clean_category_name(" "))) == "A category needs a name"
