"""A form's sentences (``FieldsInvalid``'s fields) come from the catalogue in the reader's
language (issue #23): every ``FieldProblem(...)`` written in the package has its ``field.<code>``
entry with the same English, what the validators return carries it, and a refusal reads as its
fields in that language."""

from __future__ import annotations

import ast
import pickle
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest

import loyalty_pos
from loyalty_pos.domain.errors import FieldsInvalid, ValidationError
from loyalty_pos.domain.field_problems import FieldProblem
from loyalty_pos.domain.pins import pin_problem
from loyalty_pos.domain.program import CampaignKind
from loyalty_pos.domain.shop_logo import MAX_LOGO_BYTES, PNG_SIGNATURE, logo_problem
from loyalty_pos.domain.shop_profile import ShopProfile
from loyalty_pos.domain.starter_programs import StampItem, Starter
from loyalty_pos.i18n.catalogue import MESSAGES, error_text, field_key, field_text
from loyalty_pos.services.program import reward_catalog
from loyalty_pos.services.program.campaign_catalog import make_campaign
from loyalty_pos.services.shop.setup import NewShop, shop_problems

PACKAGE = Path(loyalty_pos.__file__).resolve().parent


def _site_problems(trees: dict[str, ast.Module]) -> list[str]:
    problems = []
    for relative, tree in trees.items():
        for node in ast.walk(tree):
            if relative == "domain/field_problems.py" or not (
                    isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "FieldProblem"):
                continue
            where = f"{relative}:{node.lineno}"
            literal = [arg.value for arg in node.args[:2] if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
            if len(literal) != 2:
                problems.append(f"{where}: the code and template are not literals")
            elif MESSAGES.get(f"field.{literal[0]}") != literal[1]:
                problems.append(f"{where}: no catalogue entry field.{literal[0]} reads {literal[1]!r}")
    return problems


@cache
def _trees() -> dict[str, ast.Module]:
    # Only the modules that name it are parsed: parsing the whole package takes seconds.
    sources = {path.relative_to(PACKAGE).as_posix(): path.read_text(encoding="utf-8")
               for path in sorted(PACKAGE.rglob("*.py"))}
    return {relative: ast.parse(source) for relative, source in sources.items() if "FieldProblem(" in source}


def test_every_field_sentence_written_in_the_package_has_its_catalogue_entry() -> None:
    assert _site_problems(_trees()) == []
    assert sum(1 for tree in _trees().values() for node in ast.walk(tree)
               if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "FieldProblem") > 40


def test_the_site_scan_finds_a_changed_wording_and_a_template_built_at_run_time() -> None:
    source = ('FieldProblem("shop_name_empty", "Type the name.")\n'
              'FieldProblem("too_long", f"At most {n} characters.")\n'
              'FieldProblem("too_long", "At most {limit} characters.", limit=3)\n')
    assert [problem.split(": ", 1)[1] for problem in _site_problems({"x.py": ast.parse(source)})] == [
        "no catalogue entry field.shop_name_empty reads 'Type the name.'",
        "the code and template are not literals",
    ]


def _bad_shop() -> NewShop:
    profile = ShopProfile("", ("x" * 81,), "XX", "XXX", "Mars/Base", "xx", True, receipt_printer="nonsense:1")
    return NewShop(profile=profile, manager_name="", manager_username="not a name!", pin="1111", pin_again="",
                   starter=Starter.STAMPS, stamp_item=StampItem("", 0), logo_png=b"not a png")


def _validators_sentences() -> list[str]:
    sentences = list(shop_problems(_bad_shop(), frozenset({"Europe/Oslo"})).values())
    sentences += list(shop_problems(NewShop(
        profile=ShopProfile("x" * 81, (), "NO", "NOK", "Europe/Oslo", "nb", True), manager_name="x" * 121,
        manager_username="kari", pin="2580", pin_again="2851", starter=Starter.STAMPS,
        stamp_item=StampItem("x" * 61, 100), logo_png=PNG_SIGNATURE + b"x" * MAX_LOGO_BYTES), frozenset()).values())
    sentences += [pin_problem(pin) for pin in ("", "12a4", "12", "1" * 13, "1234")]
    sentences += list(reward_catalog._FIELD_MESSAGES.values())
    sentences += [reward_catalog._image_problem(image) for image in ("x", reward_catalog.IMAGE_PREFIX + "!",
                                                                    reward_catalog.IMAGE_PREFIX + "x" * 200_000)]
    day = datetime(2026, 1, 1, tzinfo=UTC)
    for kind in CampaignKind:
        with pytest.raises(FieldsInvalid) as refused:
            make_campaign(id="c", name=" ", kind=kind, starts_at=day, ends_at=day, multiplier_pct=100,
                          min_spend_minor=-1, names={"nb": "a\nb"})
        sentences += list(refused.value.fields.values())
    return sentences


def test_what_the_validators_return_is_english_and_reads_norwegian_from_the_catalogue() -> None:
    sentences = _validators_sentences()
    assert len(sentences) > 40
    assert all(isinstance(sentence, FieldProblem) for sentence in sentences), [
        sentence for sentence in sentences if not isinstance(sentence, FieldProblem)]
    for sentence in sentences:
        assert sentence.refusal is not None or field_key(sentence) is not None, sentence
        assert field_text(sentence, "en") == sentence  # the English callers already read
        assert field_text(sentence, "nb") != sentence, sentence
    by_code = {sentence.code for sentence in sentences if sentence.refusal is None}
    assert {"shop_name_empty", "shop_name_too_long", "timezone_unknown", "pins_differ", "logo_too_large",
            "stamp_item_empty", "too_long", "image_unreadable", "campaign_odds"} <= by_code


def test_the_english_is_the_one_tests_and_callers_pin() -> None:
    problems = shop_problems(_bad_shop(), frozenset({"Europe/Oslo"}))
    assert problems["name"] == "Type the shop's name as customers know it."
    assert problems["address"] == "At most 3 lines of 80 characters."
    assert problems["timezone"] == "'Mars/Base' is not a time zone; choose one like Europe/Oslo."
    assert problems["manager_username"] == "A user name is 1 to 80 letters, digits, dots or underscores."
    assert pin_problem("12") == "A PIN has at least 4 digits."
    assert logo_problem(b"GIF89a") == "The logo must be a PNG picture."


def test_a_form_refusal_reads_as_its_fields_in_the_readers_language() -> None:
    problems = shop_problems(_bad_shop(), frozenset({"Europe/Oslo"}))
    refusal = FieldsInvalid(problems, code="bad_new_shop")
    assert refusal.message == " ".join(problems.values())  # the English detail is unchanged
    norwegian = error_text(refusal, "nb")
    assert norwegian == " ".join(field_text(problem, "nb") for problem in problems.values())
    assert "Type the shop's name" not in norwegian and "user name is" not in norwegian
    # A refusal standing in for a field says itself in the same language.
    assert field_text(problems["manager_username"], "nb") == error_text(problems["manager_username"].refusal, "nb")


def test_a_flagged_sentence_says_its_inner_sentence_in_the_same_language() -> None:
    inner = FieldProblem("shop_name_empty", "Type the shop's name as customers know it.")
    flagged = FieldProblem("flagged", "{flag}: {problem}", flag="--shop-name", problem=inner)
    assert flagged == "--shop-name: Type the shop's name as customers know it."
    for language in ("id", "zh_TW", "nb"):
        said = field_text(flagged, language)
        assert said.startswith("--shop-name") and said.endswith(field_text(inner, language)), said
        assert "Type the shop's name" not in said


def test_plain_text_and_a_wording_without_its_entry_print_as_they_are() -> None:
    assert field_text("Ketik jumlah seperti 50.00.", "nb") == "Ketik jumlah seperti 50.00."
    assert field_text(FieldProblem("shop_name_empty", "Name the shop."), "nb") == "Name the shop."


def test_a_field_sentence_survives_pickling_with_its_code_and_values() -> None:
    problem = FieldProblem("too_long", "At most {limit} characters.", limit=60)
    copy = pickle.loads(pickle.dumps(problem))
    assert (copy, copy.code, copy.values, field_text(copy, "nb")) == (problem, "too_long", {"limit": 60},
                                                                       field_text(problem, "nb"))
    refused = FieldProblem.refused(ValidationError(code="bad_username", template="A user name is 1 to "
                                                   "{max_username} letters, digits, dots or underscores.",
                                                   max_username=80))
    assert pickle.loads(pickle.dumps(refused)) == refused
