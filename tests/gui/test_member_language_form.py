"""The member form edits the language a member's receipt prints in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.back_office_support import CTRL
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import press, save_png
from tests.gui.test_members_section import members, open_named, sql


def test_a_member_s_receipt_language_is_chosen_in_the_form_and_saved(till: Till) -> None:
    section = members(till)
    open_named(till, section, "Ayu Lin")
    member_id = section.profile.panel.member.id
    press(till.qtbot, Qt.Key.Key_F, modifier=Qt.KeyboardModifier.AltModifier)  # the "Profile & cards" page
    combo = section.form.language
    assert combo.currentData() == ""  # none chosen: the till's
    press(till.qtbot, Qt.Key.Key_E, modifier=Qt.KeyboardModifier.AltModifier)  # its mnemonic reaches it
    assert combo.hasFocus()
    combo.setCurrentIndex(combo.findData("zh-Hant"))
    assert section.has_unsaved_changes()
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert sql(till, "SELECT preferred_language FROM members WHERE id = ?", member_id) == [("zh-Hant",)]
    assert not section.has_unsaved_changes()
    save_png(section.window(), "member-receipt-language")
    assert not clipped_widgets(section.window())
