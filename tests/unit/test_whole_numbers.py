"""Counts typed on a command line, read the same way by the commands and the bench."""

from __future__ import annotations

import argparse

import pytest

from loyalty_pos import whole_numbers
from loyalty_pos.cli.main import build_parser
from loyalty_pos.cli.say import line
from loyalty_pos.i18n.catalogue import MESSAGES


@pytest.mark.parametrize(("text", "value"), [("1000", 1000), ("1_000", 1000), ("1,000,000", 1_000_000)])
def test_grouped_spellings_read_as_one_number(text: str, value: int) -> None:
    assert whole_numbers.positive(text) == whole_numbers.non_negative(text) == whole_numbers.non_zero(text) == value


@pytest.mark.parametrize(("read", "text", "message"), [
    (whole_numbers.positive, "0", "must be above 0"),
    (whole_numbers.positive, "-3", "must be above 0"),
    (whole_numbers.non_zero, "0", "must not be 0"),
    (whole_numbers.non_negative, "-1", "must not be negative"),
    (whole_numbers.positive, "1.5", "'1.5' is not a whole number"),
    (whole_numbers.non_zero, "ten", "'ten' is not a whole number"),
])
def test_what_each_refuses_says_why(read, text: str, message: str) -> None:  # noqa: ANN001
    with pytest.raises(argparse.ArgumentTypeError, match=message):
        read(text)
    assert whole_numbers.non_negative("0") == 0 and whole_numbers.non_zero("-5") == -5


def test_the_english_is_the_catalogue_s_and_every_refusal_has_its_code() -> None:
    assert {code: MESSAGES[code] for code in whole_numbers.ENGLISH} == whole_numbers.ENGLISH


def test_a_count_typed_at_a_norwegian_terminal_is_refused_in_norwegian(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LC_ALL", "nb_NO.UTF-8")
    counts = whole_numbers.read_with(line)
    refusals = []
    for read, text in ((counts.positive, "0"), (counts.non_zero, "0"), (counts.non_negative, "-1"),
                       (counts.positive, "ti")):
        with pytest.raises(argparse.ArgumentTypeError) as refused:
            read(text)
        refusals.append(str(refused.value))
    assert refusals == ["må være over 0", "kan ikke være 0", "kan ikke være negativ", "'ti' er ikke et heltall"]
    with pytest.raises(SystemExit):
        build_parser().parse_args(["demo", "--members", "-1"])
    assert "--members: kan ikke være negativ" in capsys.readouterr().err
