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


# -- --help, prompts and progress stages (issue #23) ------------------------------------

ROOT = CLI.parents[1]
# Where a --help text is made: the CLI, and the serve and bench parsers it builds in.
PARSER_FILES = (*sorted(CLI.glob("*.py")), ROOT / "loyalty_pos" / "sync" / "server" / "commands.py",
                ROOT / "benchmarks" / "runner.py")
# What a job reports its progress through; the first argument names the stage.
PROGRESS_CALLS = {"progress", "report", "show", "say"}


def _own_words(node: ast.expr) -> list[str]:
    """The words in an expression other than the codes it asks the catalogue for."""
    codes = {id(call.args[0]) for call in ast.walk(node) if isinstance(call, ast.Call) and call.args
             and isinstance(call.func, ast.Name) and call.func.id in ("line", "said", "text")}
    return [word for part in ast.walk(node) if id(part) not in codes for word in _words(part)
            if isinstance(part, ast.Constant)]


def _help_problems(files: dict[str, ast.AST]) -> list[str]:
    """``help=``/``description=`` given as words, and prompts (getpass, input) with words of their own."""
    problems = []
    for name, tree in files.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                if keyword.arg in ("help", "description", "epilog", "usage") and _own_words(keyword.value):
                    problems.append(f"{name}:{node.lineno}: {keyword.arg}= {_own_words(keyword.value)[0]!r}")
            function = node.func
            asks = (isinstance(function, ast.Name) and function.id == "input") or (
                isinstance(function, ast.Attribute) and function.attr == "getpass")
            words = [word for argument in node.args for word in _own_words(argument)] if asks else []
            if words:
                problems.append(f"{name}:{node.lineno}: asks {words[0]!r} not through the catalogue")
    return problems


def _stage_problems(files: dict[str, ast.AST]) -> list[str]:
    """A stage named by a literal (``progress("members", done, total)``, ``SHEET_STAGE = ...``)
    that has no ``cli.stage.<stage>`` in the catalogue."""
    from loyalty_pos.cli.progress import stage_code

    problems = []
    for name, tree in files.items():
        for node in ast.walk(tree):
            stage = None
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in PROGRESS_CALLS
                    and len(node.args) == 3 and isinstance(node.args[0], ast.Constant)):
                stage = node.args[0].value
            elif isinstance(node, ast.Assign) and any(isinstance(target, ast.Name) and target.id.endswith("_STAGE")
                                                      for target in node.targets):
                stage = node.value.value if isinstance(node.value, ast.Constant) else None
            if isinstance(stage, str) and stage_code(stage) not in MESSAGES:
                problems.append(f"{name}:{node.lineno}: stage {stage!r} has no {stage_code(stage)}")
    return problems


def _files(paths: object) -> dict[str, ast.AST]:
    return {str(path.relative_to(ROOT)): ast.parse(path.read_text(encoding="utf-8")) for path in paths}


def test_no_help_text_or_prompt_has_words_of_its_own() -> None:
    assert _help_problems(_files(PARSER_FILES)) == []


def test_every_progress_stage_a_job_reports_has_a_catalogue_name() -> None:
    assert _stage_problems(_files(sorted((ROOT / "loyalty_pos").rglob("*.py")))) == []


def test_the_scan_finds_help_words_prompts_and_unnamed_stages() -> None:
    tree = ast.parse('p.add_argument("--x", help="the x")\np.add_parser("y", description=f"all {n}")\n'
                     'p.add_argument("--z", help=line("cli.help.demo"))\ngetpass.getpass("PIN: ")\n'
                     'getpass.getpass(line("cli.prompt.new_pin_again") + " ")\ninput(f"{what} Type ERASE: ")\n'
                     'progress("history", 1, 2)\nprogress("snapshots", 1, 2)\nSHEET_STAGE = "sheets"\n')
    assert _help_problems({"x.py": tree}) == ["x.py:1: help= 'the x'", "x.py:2: description= 'all '",
                                              "x.py:4: asks 'PIN: ' not through the catalogue",
                                              "x.py:6: asks ' Type ERASE: ' not through the catalogue"]
    assert sorted(_stage_problems({"x.py": tree})) == ["x.py:8: stage 'snapshots' has no cli.stage.snapshots",
                                               "x.py:9: stage 'sheets' has no cli.stage.sheets"]


def test_argparse_s_own_words_come_from_the_catalogue_with_their_placeholders(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from loyalty_pos.cli.argparse_words import ARGPARSE_CODES
    from loyalty_pos.i18n.catalogue import text, translations

    for message, code in ARGPARSE_CODES.items():
        assert MESSAGES[code] == message.strip()
        for language in ("id", "zh_TW", "nb"):
            translated = translations(language).get(code)
            assert translated is not None, (language, code)
            assert sorted(re.findall(r"%(?:\(\w+\))?[sr]", translated)) == sorted(
                re.findall(r"%(?:\(\w+\))?[sr]", message)), (language, code, translated)
    monkeypatch.setenv("LC_ALL", "nb_NO.UTF-8")
    from loyalty_pos.cli.main import build_parser

    help_text = build_parser().format_help()
    assert help_text.startswith(text("cli.argparse.usage", "nb") + " loyalty-pos")
    assert text("cli.help.check", "nb") in " ".join(help_text.split())
