"""The catalogue of texts outside the GUI: complete in every language, placeholders kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from loyalty_pos.domain.errors import InsufficientPoints, LoyaltyError, NotFound, ValidationError
from loyalty_pos.i18n import catalogue
from loyalty_pos.i18n.catalogue import MESSAGES, UnknownMessage, error_text, placeholders, read_ts, text
from loyalty_pos.i18n.catalogue_ts import I18N_FOLDER, regenerate_catalogue
from loyalty_pos.i18n.languages import ENGLISH, UI_LANGUAGES

TRANSLATED = [language.code for language in UI_LANGUAGES if language != ENGLISH]
# Characters only Simplified Chinese writes (their Traditional forms in brackets in the
# failure): a Taiwanese customer reads them as a foreign script.
SIMPLIFIED_ONLY = set("这们个为说国会时对发后开关东车长问间见现电实经动区应过还机进点数单号码员优惠积分兑换账户门")


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_entry_has_a_translation_in_each_language(code: str) -> None:
    assert set(catalogue.translations(code)) == set(MESSAGES)


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_every_placeholder(code: str) -> None:
    for key, translated in catalogue.translations(code).items():
        assert placeholders(translated) == placeholders(MESSAGES[key]), (code, key, translated)


def test_traditional_chinese_uses_no_simplified_characters() -> None:
    found = {key: set(value) & SIMPLIFIED_ONLY for key, value in catalogue.translations("zh_TW").items()}
    assert {key: chars for key, chars in found.items() if chars} == {}


def test_an_unknown_code_fails_loudly() -> None:
    with pytest.raises(UnknownMessage):
        text("receipt.no_such_text", "nb")


def test_a_missing_value_fails_loudly() -> None:
    with pytest.raises(KeyError):
        text("receipt.number", "nb")


def test_texts_in_each_language() -> None:
    assert text("receipt.number", "en", number="R1") == "Receipt R1"
    assert text("receipt.number", "nb", number="R1") == "Kvittering R1"
    assert text("receipt.number", "zh-Hant", number="R1") == "收據 R1"
    assert text("receipt.number", "zh_TW", number="R1") == "收據 R1"
    assert text("receipt.number", "id", number="R1") == "Struk R1"


def test_errors_render_through_the_catalogue_with_their_values() -> None:
    refusal = InsufficientPoints(needed=500, available=320)
    assert error_text(refusal, "en") == refusal.message == "Needs 500 points, member has 320."
    assert error_text(refusal, "nb") == "Trenger 500 poeng, medlemmet har 320."
    assert error_text(NotFound(what="Member", key="42"), "id") == "Member 42 tidak ditemukan."


def test_an_error_the_catalogue_does_not_know_keeps_its_own_message() -> None:
    refusal = ValidationError(code="bad_thing", detail="That is bad")
    assert error_text(refusal, "nb") == "That is bad"
    # A subclass that changed its template since the catalogue was written is not filled
    # into an old translation whose placeholders may no longer fit.
    changed = LoyaltyError(code="insufficient_points", template="Short by {short} points.", short=3)
    assert error_text(changed, "nb") == "Short by 3 points."


def test_a_refusal_raised_in_two_wordings_finds_each_by_its_template() -> None:
    listing = ValidationError(code="member_not_active", template="{name} is {status}", name="Kari", status="closed")
    profile = ValidationError(code="member_not_active", template="This member is {status}: the profile cannot be edited",
                              status="closed")
    assert error_text(listing, "nb") == "Kari er closed"
    assert error_text(profile, "nb") == "Dette medlemmet er closed: profilen kan ikke endres"


def test_a_templated_validation_error_still_carries_its_english_as_detail() -> None:
    refusal = ValidationError(code="unknown_line", template="The sale has no line {line}", line=7)
    assert refusal.params["detail"] == refusal.message == str(refusal) == "The sale has no line 7"
    assert error_text(refusal, "zh_TW") == "此筆銷售沒有第 7 行"


def _error_classes(root: type[LoyaltyError]) -> list[type[LoyaltyError]]:
    found = []
    for sub in root.__subclasses__():
        found += [sub, *_error_classes(sub)]
    return found


def test_catalogued_errors_match_their_classes_templates() -> None:
    import loyalty_pos.jobs.card_printing  # noqa: F401  (the error classes are defined there)
    import loyalty_pos.services.program.programs  # noqa: F401
    import loyalty_pos.services.shop.auth  # noqa: F401
    import loyalty_pos.store.errors  # noqa: F401

    templates = {cls.code: cls.template for cls in [LoyaltyError, *_error_classes(LoyaltyError)]}
    for key, english in MESSAGES.items():
        if key.startswith("error.") and key.removeprefix("error.") in templates:
            assert templates[key.removeprefix("error.")] == english, key


def test_the_ts_files_are_in_step_with_the_catalogue(tmp_path: Path) -> None:
    for source in I18N_FOLDER.glob("catalogue_*.ts"):
        shutil.copy(source, tmp_path / source.name)
    regenerate_catalogue(tmp_path)
    for source in I18N_FOLDER.glob("catalogue_*.ts"):
        assert read_ts((tmp_path / source.name).read_bytes()) == read_ts(source.read_bytes()), source.name


def test_a_new_entry_arrives_unfinished_and_prints_in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(I18N_FOLDER / "catalogue_nb.ts", tmp_path)
    monkeypatch.setitem(MESSAGES, "receipt.new_text", "Brand new {thing}")
    regenerate_catalogue(tmp_path)
    document = (tmp_path / "catalogue_nb.ts").read_text(encoding="utf-8")
    assert "Brand new {thing}" in document and "receipt.new_text" in document
    assert "receipt.new_text" not in read_ts(document.encode())


def test_a_translation_that_names_a_wrong_value_prints_english(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = dict(catalogue.translations("nb")) | {"receipt.number": "Kvittering {nummer}"}
    monkeypatch.setattr(catalogue, "translations", lambda _code: broken)
    assert text("receipt.number", "nb", number="R1") == "Receipt R1"
