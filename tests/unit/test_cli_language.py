"""The CLI prints refusals in the computer's language and figures in the shop's locale."""

from __future__ import annotations

import argparse

import pytest

import importlib
from loyalty_pos.domain.errors import InsufficientPoints
from tests.cli_runs import run_cli

# The package exports main() under the module's name, so the module is fetched by name.
cli_main = importlib.import_module("loyalty_pos.cli.main")


def _refusing(_args: argparse.Namespace) -> int:
    raise InsufficientPoints(needed=500, available=320)


@pytest.mark.parametrize(("locale", "expected"), [
    ("nb_NO.UTF-8", "loyalty-pos: Trenger 500 poeng, medlemmet har 320.\n"),
    ("zh_TW.UTF-8", "loyalty-pos: 需要 500 點，會員只有 320 點。\n"),
    ("C.UTF-8", "loyalty-pos: Needs 500 points, member has 320.\n"),
])
def test_a_refusal_is_printed_in_the_computer_s_language(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, locale: str, expected: str) -> None:
    monkeypatch.setenv("LC_ALL", locale)
    monkeypatch.setitem(cli_main._COMMANDS, "check", _refusing)  # noqa: SLF001 - any command that refuses
    code, _out, err = run_cli(capsys, "check")
    assert code != 0 and err == expected


def test_the_day_report_writes_figures_in_the_shop_s_locale() -> None:
    from datetime import UTC, date, datetime

    from loyalty_pos.cli.report import day_table
    from loyalty_pos.services.shop.end_of_day import DayReport, TillDay

    till = TillDay("01", "anna", sales=1234, returns=1, total_minor=1_234_550, per_tender={"card": 1_234_550},
                   points_issued=12_000, points_redeemed=0, register_entries=0, register_total_minor=0)
    report = DayReport(date(2026, 11, 23), "Europe/Oslo", datetime(2026, 11, 22, 23, tzinfo=UTC),
                       datetime(2026, 11, 23, 23, tzinfo=UTC), "NOK", (till,))
    norwegian = "\n".join(day_table(report, "nb"))
    assert "NOK 12\u00a0345,50" in norwegian and "12\u00a0000" in norwegian and "1\u00a0234" in norwegian
    assert "NOK 12,345.50" in "\n".join(day_table(report))
