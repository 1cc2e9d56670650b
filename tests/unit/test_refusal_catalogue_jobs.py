"""Every refusal raised under jobs/, printing/, cards/, sync/, cli/ and demo/ reads from the
catalogue (issue #23, part 2).

test_refusal_catalogue.py checks ``ValidationError``/``Conflict`` sites; the refusals here are
mostly their own classes (``RestoreRefused``, ``KeyFileRefused``, ``SyncError``...) whose template
is the class's and whose values are given by keyword. A value that is English words
(``reason="not a file"``) prints in English in every language, so it fails here as well as a
template with no catalogue entry: such a wording is a template variant of its own. Values a
person needs (paths, numbers, names) and the operating system's own words (``strerror``) pass.
"""

from __future__ import annotations

import ast
import re
from functools import cache

import pytest

from loyalty_pos.domain.check_problems import Problem, ProblemLines
from loyalty_pos.domain.errors import FieldsInvalid, LoyaltyError
from loyalty_pos.i18n.catalogue import error_key, error_text, text
from loyalty_pos.i18n.check_texts import problem_text, problems_text
from loyalty_pos.i18n.sync_texts import SyncSentence, sync_message_text
from loyalty_pos.jobs.backups import RestoreNeedsConsent, RestoreRefused
from loyalty_pos.jobs.chain_join import JoinFailed
from loyalty_pos.jobs.shop_setup import SetupFailed
from loyalty_pos.services.shop.server_address import server_url_problem
from loyalty_pos.sync.client import check_url
from loyalty_pos.sync.errors import InsecureUrl
from tests.unit.test_refusal_catalogue import (
    _constants,
    _english,
    _error_classes,
    _keyed,
    _trees,
    field_sentences,
)

DIRECTORIES = ("jobs", "printing", "cards", "sync", "cli", "demo")

# Sites whose text is for a developer, not a person at a till (each with why).
INTERNAL = {
    ("sync/server/effects.py", "document_invalid"): "the chain server's answer to a till that sent a "
                                                    "malformed event: read by the till's developer in a log",
}
# Sites checked another way, or left with a value in English (each with why).
OTHERWISE = {
    ("sync/client.py", "Refused"): "the code is the server's (its contract); the till's wording is "
                                   "error.refused, found by its template (i18n/sync_texts.py), and the "
                                   "server's detail is the server's own sentence",
    ("sync/till_link.py", "RegistrationRefused"): "takes a SyncError's template and values: every sync wording "
                                                  "is also a variant of its code (test below)",
}
# Keywords whose literal is an identifier, never shown: the consent a restore waits for.
IDENTIFIERS = {"consent"}


def _directory_trees() -> dict[str, ast.Module]:
    return {relative: tree for relative, tree in _trees().items() if relative.split("/")[0] in DIRECTORIES}


CLASSES = _error_classes(_trees(), roots=("LoyaltyError", "SyncError"))


@cache  # read once for the tests below
def _sites() -> list[tuple[str, ast.Call]]:
    return _calls(_directory_trees())


def _module_strings(trees: dict[str, ast.Module]) -> dict[str, str]:
    """Module-level ``NAME = "text"`` across ``trees``: a template named by its constant."""
    found = {}
    for tree in trees.values():
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                found[node.targets[0].id] = node.value.value
    return found


STRINGS = _module_strings(_directory_trees())


def _templates(node: ast.expr) -> list[str] | None:
    if isinstance(node, ast.Name):
        return [STRINGS[node.id]] if node.id in STRINGS else None
    if isinstance(node, ast.IfExp):
        body, orelse = _templates(node.body), _templates(node.orelse)
        return None if body is None or orelse is None else body + orelse
    return _constants(node)


def _calls(trees: dict[str, ast.Module]) -> list[tuple[str, ast.Call]]:
    found = []
    for relative, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
                if name in CLASSES:
                    found.append((relative, node))
    return found


def _words(node: ast.expr) -> bool:
    """Whether an expression spells out English of its own: a literal with letters, an f-string
    or a joined text with such a literal part, or either side of ``a if c else b``."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and re.search(r"[^\W\d_]{2}", node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) or _words(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join":
        return _words(node.func.value)
    return False


def _problems(sites: list[tuple[str, ast.Call]]) -> list[str]:
    problems = []
    for relative, call in sites:
        cls = CLASSES[call.func.id if isinstance(call.func, ast.Name) else call.func.attr]
        keywords = {keyword.arg: keyword.value for keyword in call.keywords if keyword.arg is not None}
        where = f"{relative}:{call.lineno}"
        if (relative, cls.__name__) in OTHERWISE:
            continue
        if issubclass(cls, FieldsInvalid):
            problems += [f"{where}: a field's sentence is English words; make it a FieldProblem"
                         for value in field_sentences(call) if _english(value)]
            continue
        codes = _constants(keywords["code"]) if "code" in keywords else [cls.code]
        if codes is None:
            problems.append(f"{where}: the code is not a literal")
            continue
        if all((relative, code) in INTERNAL for code in codes):
            continue
        if call.args:
            problems.append(f"{where}: {cls.__name__} is given its text positionally, not as a template")
            continue
        if "template" in keywords:
            templates = _templates(keywords["template"])
        else:
            templates = [getattr(cls, "template", None)]
        if templates is None or None in templates:
            problems.append(f"{where}: {cls.__name__} has no literal template")
            continue
        problems += [f"{where}: no catalogue entry error.{code}[.variant] reads {template!r}"
                     for code in codes for template in templates if not _keyed(code, template)]
        problems += [f"{where}: {name}= is English words, not a value; make the wording a template variant"
                     for name, value in keywords.items()
                     if name not in ("code", "template", *IDENTIFIERS) and _words(value)]
        problems += [f"{where}: {name}= joins check's English lines; carry them as ProblemLines"
                     for name, value in keywords.items() if _joins_check_lines(value)]
    return problems


def _joins_check_lines(node: ast.expr) -> bool:
    """Whether a value is check's lines (``report.problems``) joined into one text: English
    whatever language reads the refusal."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join" \
        and any(isinstance(part, ast.Attribute) and part.attr == "problems"
                for argument in node.args for part in ast.walk(argument))


def test_every_refusal_in_jobs_printing_cards_sync_cli_demo_reads_from_the_catalogue() -> None:
    assert _problems(_sites()) == []


def test_the_scan_finds_sites_in_every_directory() -> None:
    counted = {directory: 0 for directory in DIRECTORIES}
    for relative, _call in _sites():
        counted[relative.split("/")[0]] += 1
    assert all(count > 0 for count in counted.values()), counted
    assert sum(counted.values()) > 100


def test_the_scan_finds_words_as_values_positional_text_and_unknown_templates() -> None:
    source = ast.parse(
        'def f(path, error, n):\n'
        '    raise CardSheetUnwritable(path=str(path), reason="not a regular file")\n'
        '    raise CardSheetUnwritable(path=str(path), reason=f"{n} bytes, too large")\n'
        '    raise CardSheetUnwritable(path=str(path), reason=error.strerror or str(error))\n'
        '    raise CardSheetUnwritable(path=str(path), reason="it fails check: " + "; ".join(n))\n'
        '    raise ServerUnreachable(f"The chain server cannot be reached ({path}).")\n'
        '    raise CardSheetUnwritable(path=path, template="Cannot write {path} today", reason=n)\n'
        '    raise FieldsInvalid({flag: f"{flag}: {text}" for flag, text in n.items()}, code="bad_new_shop")\n'
        '    raise FieldsInvalid({flag: FieldProblem("flagged", "{flag}: {p}", flag=flag, p=p) for flag, p in n})\n'
        '    raise RestoreRefused(path=path, template="Not restoring {path}: it fails check: {problems}",\n'
        '                         problems="; ".join(report.problems[:3]))\n')
    assert [problem.split(": ", 1)[1] for problem in _problems(_calls({"x.py": source}))] == [
        "reason= is English words, not a value; make the wording a template variant",
        "reason= is English words, not a value; make the wording a template variant",
        "reason= is English words, not a value; make the wording a template variant",
        "ServerUnreachable is given its text positionally, not as a template",
        "no catalogue entry error.card_sheet_unwritable[.variant] reads 'Cannot write {path} today'",
        "a field's sentence is English words; make it a FieldProblem",
        "problems= joins check's English lines; carry them as ProblemLines",
    ]


FOUND = ProblemLines([Problem("sqlite", detail="row 3 missing from index ix_sales"),
                      Problem("balance_differs", member="m-1", cached=1200, folded=1000), "page 7 is damaged"])


@pytest.mark.parametrize("refusal", [
    RestoreRefused(path="/b/x.sqlite", template="Not restoring {path}: it fails check: {problems}", problems=FOUND),
    JoinFailed(template=("This till did not join the chain: {problems}. Nothing was saved; ask head office "
                         "for a new enrolment code (this one is used up) and try again."), problems=FOUND),
    SetupFailed(template="The shop was not set up: {problems}. Nothing was saved; please try again.",
                problems=FOUND),
], ids=["restore", "join", "setup"])
def test_what_check_found_reads_in_the_refusals_language(refusal: LoyaltyError) -> None:
    # The English keeps check's lines as they always read.
    assert FOUND in refusal.message
    norwegian = error_text(refusal, "nb")
    assert problems_text(FOUND, "nb") in norwegian
    assert problems_text(FOUND, "nb") == "; ".join(
        (problem_text(FOUND.lines[0], "nb"), problem_text(FOUND.lines[1], "nb"), "page 7 is damaged"))
    assert "cached balance" not in norwegian and "1\u00a0200" in norwegian


@pytest.mark.parametrize("name", ["SyncError", "RestoreRefused", "KeyFileRefused"])
def test_the_classes_are_found(name: str) -> None:
    assert name in CLASSES


CONSENTS = [
    RestoreNeedsConsent(path="/b/x.sqlite", consent="other_shop", template=(
        "Not restoring {path}: it is another shop's backup (shop {backup_shop}; this is shop {current_shop}): "
        "its data and card keys would replace this shop's. To restore it anyway, pass --{flag}"),
        backup_shop="Kafé Nord (1a2b)", current_shop="Toko Sari (3c4d)"),
    RestoreNeedsConsent(path="/b/x.sqlite", consent="replace_printed", template=(
        "Not restoring {path}: its card keys ({arriving}) are not this till's ({here}): cards printed with "
        "this till's keys would read as forged after it (this till's key file is kept aside either way). "
        "To restore it anyway, pass --{flag}"), arriving="ab12", here="cd34"),
]


@pytest.mark.parametrize("refusal", CONSENTS, ids=["other_shop", "replace_printed"])
def test_why_a_restore_waits_for_consent_reads_in_a_language(refusal: RestoreNeedsConsent) -> None:
    # The back office asks with it: its English is the refusal's own middle.
    assert refusal.why_text("en") == refusal.why
    assert error_key(refusal) is not None


@pytest.mark.parametrize("url", ["ftp://chain.example", "https://", "http://chain.example.com"])
def test_a_refused_server_address_is_one_whole_sentence_per_problem(url: str) -> None:
    with pytest.raises(InsecureUrl) as refused:
        check_url(url)
    key = error_key(refused.value)
    assert key in ("error.insecure_url.no_host", "error.insecure_url.plain_http")
    assert refused.value.message == f"{server_url_problem(url)} (not {url!r})"
    # Stored as a till's last error and read back, the sentence is the variant's, not "{problem} (...)".
    assert sync_message_text(refused.value.message, "nb") == text(key, "nb", url=url)


def test_a_failed_joins_sync_sentence_reads_in_the_refusals_language() -> None:
    sentence = SyncSentence("The chain server cannot be reached (https://chain.example).")
    refused = JoinFailed(template=(
        "This till did not join the chain: {reason} Nothing was saved; ask head office for a new "
        "enrolment code (this one is used up) and try again."), reason=sentence)
    assert sentence in refused.message
    assert text("error.offline", "nb", url="https://chain.example") in error_text(refused, "nb")
    assert sentence not in error_text(refused, "nb")
