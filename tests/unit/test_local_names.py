"""Names per language for rewards and campaigns: which one a reader gets, what a program
refuses to carry, and that the names travel with the program document."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.local_names import MAX_LOCAL_DESCRIPTION, MAX_LOCAL_NAME, cleaned_names, local_name
from loyalty_pos.domain.program import Campaign, CampaignKind, EarningRules, Program, Reward, RewardKind, Tier, TierPolicy
from loyalty_pos.domain.program_codec import program_from_dict, program_to_dict
from loyalty_pos.domain.program_diff import program_changes
from loyalty_pos.domain.receipt import Receipt, ReceiptKind, ReceiptPointsLine, ReceiptReward
from loyalty_pos.domain.receipt_names import receipt_names_in
from loyalty_pos.domain.regions import LANGUAGES
from loyalty_pos.domain.tender import Tender

TAGS = [language.tag for language in LANGUAGES]
START = datetime(2026, 1, 1, tzinfo=UTC)
END = datetime(2026, 2, 1, tzinfo=UTC)


def coffee(**names: dict[str, str]) -> Reward:
    return Reward("coffee", "Free coffee", RewardKind.AMOUNT_OFF, 100, amount_minor=3500, **names)  # type: ignore[arg-type]


def program(*rewards: Reward, campaigns: tuple[Campaign, ...] = ()) -> Program:
    return Program("NOK", EarningRules(), TierPolicy((Tier("basic", "Basic", 0),)), rewards=rewards,
                   campaigns=campaigns)


def test_the_first_language_with_a_name_wins_then_the_default() -> None:
    names = {"nb": "Gratis kaffe", "zh-Hant": "免費咖啡"}
    assert local_name("Free coffee", names, "zh-Hant", "nb") == "免費咖啡"
    assert local_name("Free coffee", names, "id", "nb") == "Gratis kaffe"  # member's missing: the shop's
    assert local_name("Free coffee", names, "id", None) == "Free coffee"
    assert local_name("Free coffee", names) == "Free coffee"
    assert local_name("Free coffee", {"id": "  "}, "id") == "Free coffee"  # a blank text is no name


@given(names=st.dictionaries(st.sampled_from(TAGS), st.text(max_size=5)),
       chain=st.lists(st.sampled_from([*TAGS, None, "xx"]), max_size=4))
def test_the_name_is_always_the_first_in_the_chain_that_has_one(names: dict[str, str], chain: list[str | None]) -> None:
    found = local_name("Default", names, *chain)
    named = [names[tag] for tag in chain if tag and names.get(tag, "").strip()]
    assert found == (named[0] if named else "Default")


@pytest.mark.parametrize(("names", "why"), [
    ({"Norsk": "Kaffe"}, "a language tag"),
    ({"": "Kaffe"}, "a language tag"),
    ({"nb": ""}, "leave a language out"),
    ({"nb": " Kaffe"}, "no spaces"),
    ({"nb": "K" * (MAX_LOCAL_NAME + 1)}, f"at most {MAX_LOCAL_NAME}"),
    ({"nb": "Gratis\nkaffe"}, "one line"),
    ({"nb": "Gratis\u202ekaffe"}, "one line"),
])
def test_a_reward_or_campaign_refuses_names_it_could_not_show(names: dict[str, str], why: str) -> None:
    with pytest.raises(ValidationError) as refused:
        coffee(names=names)
    assert why in refused.value.message and refused.value.params["fields"] == ("names",)
    if "at most" not in why:  # a description may be longer than a name (below)
        with pytest.raises(ValidationError, match=why):
            coffee(descriptions=names)
    with pytest.raises(ValidationError, match=why):
        Campaign("c", "Summer", CampaignKind.MULTIPLIER, START, END, multiplier_pct=200, names=names)


def test_a_description_has_its_own_longer_limit() -> None:
    assert coffee(descriptions={"nb": "K" * MAX_LOCAL_DESCRIPTION}).descriptions["nb"] == "K" * MAX_LOCAL_DESCRIPTION
    with pytest.raises(ValidationError, match=f"at most {MAX_LOCAL_DESCRIPTION}"):
        coffee(descriptions={"nb": "K" * (MAX_LOCAL_DESCRIPTION + 1)})


def test_a_name_as_long_as_allowed_in_any_script_is_kept() -> None:
    assert coffee(names={"zh-Hant": "咖" * MAX_LOCAL_NAME}).names["zh-Hant"] == "咖" * MAX_LOCAL_NAME


def test_what_an_editor_typed_is_trimmed_and_empty_languages_dropped() -> None:
    assert cleaned_names({"zh-Hant": " 免費 ", "nb": "Gratis  kaffe", "id": "  ", "en": ""}) == {
        "nb": "Gratis kaffe", "zh-Hant": "免費"}
    assert list(cleaned_names({"zh-Hant": "a", "id": "b", "nb": "c"})) == ["id", "zh-Hant", "nb"]


def test_names_round_trip_through_the_program_document() -> None:
    campaign = Campaign("summer", "Summer", CampaignKind.MULTIPLIER, START, END, multiplier_pct=200,
                        names={"id": "Musim panas"})
    named = program(coffee(names={"nb": "Gratis kaffe"}, descriptions={"zh-Hant": "一杯"}), campaigns=(campaign,))
    document = program_to_dict(named)
    assert document["rewards"][0]["names"] == {"nb": "Gratis kaffe"}
    assert program_from_dict(document) == named


def test_a_program_without_translations_has_no_names_keys_so_older_tills_read_it() -> None:
    document = program_to_dict(program(coffee(), campaigns=(
        Campaign("summer", "Summer", CampaignKind.MULTIPLIER, START, END, multiplier_pct=200),)))
    assert "names" not in document["rewards"][0] and "descriptions" not in document["rewards"][0]
    assert "names" not in document["campaigns"][0]


def test_a_program_with_names_in_a_language_added_by_a_newer_release_still_loads() -> None:
    document = program_to_dict(program(coffee(names={"nb": "Gratis kaffe"})))
    document["rewards"][0]["names"]["th"] = "กาแฟฟรี"  # a newer head office's program
    loaded = program_from_dict(document)
    assert local_name("Free coffee", loaded.rewards[0].names, "zh-Hant", "nb") == "Gratis kaffe"


def test_a_bad_name_in_a_document_is_refused_when_it_loads() -> None:
    document = program_to_dict(program(coffee()))
    document["rewards"][0]["names"] = {"nb": "x" * 500}
    with pytest.raises(ValidationError):
        program_from_dict(document)


def test_publishing_shows_a_changed_name_in_words() -> None:
    changes = [str(change) for change in program_changes(program(coffee()), program(coffee(names={"nb": "Kaffe"})))]
    assert changes == ["Rewards: Reward Free coffee names: none → nb: Kaffe"]


def _receipt_with(*lines: ReceiptPointsLine) -> Receipt:
    return Receipt(kind=ReceiptKind.SALE, receipt_no="R1", sale_id="s", at=START, terminal_id="01", cashier="c",
                   shop_name="Shop", currency="NOK", lines=(), gross=0, discount=0, total=0, store_credit=0,
                   amount_due=0, tender=Tender.CARD, points_lines=lines,
                   rewards=(ReceiptReward("NOK 35.00 off", 100, 3500, reward_id="coffee", name="Free coffee"),))


def test_a_campaign_called_like_its_label_s_own_words_renames_only_its_name() -> None:
    bonus = Campaign("b", "Bonus", CampaignKind.BONUS_ON_PURCHASE, START, END, bonus_points=5,
                     names={"nb": "Ekstra"})
    double = Campaign("x", "x2", CampaignKind.MULTIPLIER, START, END, multiplier_pct=200, names={"nb": "Dobbel"})
    receipt = _receipt_with(ReceiptPointsLine("Bonus: Bonus", 5, "bonus:b", "b"),
                            ReceiptPointsLine("x2 x2", 3, "campaign:x", "x"))
    named = receipt_names_in(receipt, program(coffee(names={"nb": "Gratis kaffe"}), campaigns=(bonus, double)), "nb")
    assert [line.label for line in named.points_lines] == ["Bonus: Ekstra", "Dobbel x2"]
    assert named.rewards[0].name == "Gratis kaffe"
    assert receipt_names_in(receipt, program(coffee()), "nb") == receipt  # nothing to swap in
