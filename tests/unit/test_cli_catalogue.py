"""The lines the CLI prints come from the catalogue, in the computer's language (issue #23).

Read from the source (``ast``): a ``print`` in ``loyalty_pos/cli`` may print values, blank
lines and table layout, but no words of its own; every ``say``/``line`` names a code the
catalogue has.
"""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from loyalty_pos.cli.say import line, signed
from loyalty_pos.domain.money import Money
from loyalty_pos.i18n.catalogue import MESSAGES

CLI = Path(__file__).resolve().parents[2] / "loyalty_pos" / "cli"


def _words(node: ast.expr) -> list[str]:
    """The literal text in an expression that holds a letter: what a person would read."""
    found = []
    for part in ast.walk(node):
        if isinstance(part, ast.Constant) and isinstance(part.value, str) and any(c.isalpha() for c in part.value):
            found.append(part.value)
    return found


def _calls(tree: ast.AST, names: set[str]) -> list[ast.Call]:
    return [node for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names]


def _print_problems(files: dict[str, ast.AST]) -> list[str]:
    problems = []
    for name, tree in files.items():
        for call in _calls(tree, {"print"}):
            if name == "say.py":
                continue  # say() itself prints the catalogue's line
            words = [word for argument in call.args for word in _words(argument)]
            if words:
                problems.append(f"{name}:{call.lineno}: prints {words[0]!r} not through the catalogue")
    return problems


def _code_problems(files: dict[str, ast.AST]) -> list[str]:
    problems = []
    for name, tree in files.items():
        # Only the say() and line() of cli/say.py: report.py has a line() of its own for table rows.
        spoken = {alias.asname or alias.name for node in ast.walk(tree)
                  if isinstance(node, ast.ImportFrom) and node.module == "loyalty_pos.cli.say"
                  for alias in node.names} & {"say", "line"}
        for call in _calls(tree, spoken):
            code = call.args[0] if call.args else None
            if isinstance(code, ast.Constant) and isinstance(code.value, str):
                if code.value not in MESSAGES:
                    problems.append(f"{name}:{call.lineno}: no catalogue code {code.value}")
            elif isinstance(code, ast.IfExp) and all(isinstance(side, ast.Constant) for side in (code.body, code.orelse)):
                problems += [f"{name}:{call.lineno}: no catalogue code {side.value}"
                             for side in (code.body, code.orelse) if side.value not in MESSAGES]
            elif isinstance(code, ast.JoinedStr) and isinstance(code.values[0], ast.Constant):
                prefix = code.values[0].value
                if not any(key.startswith(prefix) for key in MESSAGES):
                    problems.append(f"{name}:{call.lineno}: no catalogue code starts {prefix}")
            else:
                problems.append(f"{name}:{call.lineno}: the code is not a literal")
    return problems


def _cli_files() -> dict[str, ast.AST]:
    return {path.name: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(CLI.glob("*.py"))}


def test_no_cli_print_has_words_of_its_own() -> None:
    assert _print_problems(_cli_files()) == []


def test_every_cli_line_names_a_catalogue_code() -> None:
    assert _code_problems(_cli_files()) == []


def test_the_scan_finds_words_printed_and_unknown_codes() -> None:
    tree = ast.parse('from loyalty_pos.cli.say import say\nprint(f"expired {n:,} points")\nprint()\nprint(f"    {code}")\n'
                     'say("cli.no_such_line")\nsay("cli.expired" if ok else "cli.nope")\n')
    assert _print_problems({"x.py": tree}) == ["x.py:2: prints 'expired ' not through the catalogue"]
    assert _code_problems({"x.py": tree}) == ["x.py:5: no catalogue code cli.no_such_line",
                                              "x.py:6: no catalogue code cli.nope"]


@pytest.mark.parametrize(("locale", "expected"), [
    ("C.UTF-8", "pushed 1,234 event(s), pulled 0, 12,000 waiting"),
    ("nb_NO.UTF-8", "sendte 1\u00a0234 hendelse(r), hentet 0, 12\u00a0000 venter"),
    ("id_ID.UTF-8", "mengirim 1.234 peristiwa, menarik 0, 12.000 menunggu"),
    ("zh_TW.UTF-8", "已送出 1,234 筆事件，取回 0 筆，12,000 筆等待中"),
])
def test_a_cli_line_speaks_the_computer_s_language_and_writes_its_numbers(
        monkeypatch: pytest.MonkeyPatch, locale: str, expected: str) -> None:
    monkeypatch.setenv("LC_ALL", locale)
    assert line("cli.sync_round", pushed=1234, pulled=0, waiting=12_000) == expected


def test_cli_dates_money_and_signed_points_follow_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "nb_NO.UTF-8")
    assert line("cli.none_inactive", day=date(2026, 11, 23)) == "ingen medlemmer har vært inaktive siden 23.11.2026"
    assert line("cli.member_next_tier", tier="Gull", amount=Money(123_450, "NOK")) == (
        "  neste nivå Gull: NOK 1\u00a0234,50 mer i kjøp")
    assert signed(-2500) == "-2\u00a0500"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert line("cli.none_inactive", day=date(2026, 11, 23)) == "no member has been inactive since 23/11/2026"
    assert signed(1000) == "+1,000"
