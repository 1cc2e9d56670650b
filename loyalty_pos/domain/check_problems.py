"""The problems ``loyalty-pos check`` and the restore drill list, as values with a code.

A ``Problem`` is the English line (a ``str``: the log, the back office's banner, a stored
drill result and every caller that joins or compares lines keep working) that also carries
its code and values, so the CLI can write it in the computer's language
(``i18n.check_texts.problem_text``; the catalogue holds ``check.<code>`` for each code).
Values may themselves be Problems (a line of the audit log's own check, a head compared
outside); a value that is a system's or a library's message (SQLite's, an exception's)
stays as it came.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Self

PROBLEMS: dict[str, str] = {
    # SQLite's integrity check on the file; {detail} is SQLite's own words.
    "sqlite": "sqlite: {detail}",
    # The hash chain over the append-only records.
    "links_missing": "chain {origin!r}: links {first} to {last} are missing (deleted?)",
    "record_gone": "{kind} {ref} (chain link {n}): the record is gone (deleted?)",
    "record_edited": "{kind} {ref} (chain link {n}): its stored values do not match the chain (edited?)",
    "unchained": "{kind} {ref} is not in the chain (inserted by hand?)",
    # The head kept outside the database; {problem} is one of the three below.
    "outside_head_at": "{problem} ({source})",
    "head_past_end_one": (
        "outside head (link {n} of chain {origin!r}) is past the database's last link {last}: "
        "{cut} chained record was cut off the end"),
    "head_past_end_many": (
        "outside head (link {n} of chain {origin!r}) is past the database's last link {last}: "
        "{cut} chained records were cut off the end"),
    "head_rewritten": (
        "outside head (link {n} of chain {origin!r}) does not match the database's link {n}: the chain was "
        "rewritten"),
    "head_too_far_behind": (
        "outside head (link {n} of chain {origin!r}) is {behind} links behind the database, more than one "
        "transaction could leave it: it was not written by this database's last writes"),
    # Balances and lots against the ledger.
    "stray_ledger_entry": "ledger entry {seq}: member {member!r} is not a member id",
    "balance_without_entries": "member {member}: cached balance {balance} but no ledger entries",
    "lot_without_entries": "member {member}: lot {entry} open but no ledger entries",
    "entry_unreadable": "ledger entry {seq} (member {member}): {error}",
    "ledger_does_not_fold": "member {member}: the ledger does not fold ({error})",
    "balance_differs": "member {member}: cached balance {cached} but ledger folds to {folded}",
    "lot_unreadable": "member {member}: a lot cannot be read ({error})",
    "lots_differ": "member {member}: open lots {stored} but ledger folds to {folded}",
    # The other mutable state against its chained records.
    "staff_unrecorded": "staff {username!r} ({role}): no chained record created this account",
    "staff_role_differs": "staff {username!r}: role {role!r} but the chained records give {chained!r}",
    "tier_differs": "member {member}: tier {tier!r} but the chained records give {chained!r}",
    "sale_total_differs": "sale {receipt}: total {total} but its lines add up to {lines}",
    "audit_log": "audit log: {problem}",
    "check_stopped": "{check}: the check stopped at a row it cannot read ({error})",
    "and_more": "... and {count} more",
    # The card key file beside the database; {problem} and {fix} are the key ring's own words.
    "card_key_unreadable": "card key: {problem}",
    "card_key_wrong": "card key {path}: {problem}. {fix}",
    # The restore drill.
    "no_backup": "no backup to restore in {folder}",
    "backup_without_key": (
        "the backup has no card key file beside it: a restore would leave printed cards unverifiable"),
    "backup_unreadable": "{path}: {error}",
}

# Notes: said by check, but not wrong.
NOTES: dict[str, str] = {
    "before_chain": (
        "this file predates the hash chain: its records are chained when it is next opened (migration 0012)"),
    "no_outside_head": (
        "no outside head to compare with ({missing}): a chain recomputed from start to end, or a cut-off "
        "tail, cannot be told from here"),
    "no_head_file": "there is no {source} beside the database",
    "head_behind": (
        "the head in {source} is {behind} links behind the database, an earlier link of the same chain "
        "(written just before a stop?)"),
}


class Problem(str):
    """The English line of ``code`` filled with ``values``, which it keeps."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, /, **values: Any) -> Problem:
        template = PROBLEMS.get(code) or NOTES[code]
        line = super().__new__(cls, template.format(**values))
        line.code = code
        line.values = values
        return line


class ProblemLines(str):
    """Some of check's lines joined into one English value ("a; b; c") for a refusal that
    names what check found (a restore, a join, a setup), keeping each line so the refusal can
    be read in another language (``i18n.check_texts.problems_text``)."""

    lines: tuple[str, ...]

    def __new__(cls, lines: Iterable[str]) -> Self:
        kept = tuple(lines)
        joined = super().__new__(cls, "; ".join(kept))
        joined.lines = kept
        return joined


def to_record(line: str) -> Any:
    """``line`` as JSON can keep it: a Problem as its code and values (Problems inside too),
    so a stored result (the restore drill's) can still be written in whatever language reads
    it later; any other line as it is."""
    if not isinstance(line, Problem):
        return line
    return {"code": line.code, "values": {name: to_record(value) for name, value in line.values.items()}}


def from_record(record: Any, english: str) -> str:
    """The Problem ``to_record`` kept, when it rebuilds into exactly the ``english`` line that
    was stored beside it; else ``english``: a record of another release (a code this one does
    not know, a value JSON changed) must never show a different line than the one found."""
    try:
        rebuilt = _rebuilt(record)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return english
    return rebuilt if isinstance(rebuilt, Problem) and rebuilt == english else english


def _rebuilt(record: Any) -> Any:
    if not isinstance(record, dict):
        return record
    values = {name: _rebuilt(value) for name, value in record["values"].items()}
    return Problem(record["code"], **values)
