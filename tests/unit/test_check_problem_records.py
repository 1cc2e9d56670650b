"""A stored check result (the restore drill's) keeps each problem's code and values, so it
can be written later in the language of whoever reads it; a record it cannot rebuild into
the very line that was found shows that line."""

from __future__ import annotations

import json

from loyalty_pos.domain.check_problems import Problem, from_record, to_record
from loyalty_pos.i18n.check_texts import problem_text


def _stored(line: str) -> tuple[object, str]:
    return json.loads(json.dumps(to_record(line))), str(line)


def test_a_problem_with_a_problem_inside_comes_back_whole_and_reads_norwegian() -> None:
    inner = Problem("head_past_end_many", n=12, origin="till-1", last=9, cut=3)
    found = Problem("outside_head_at", problem=inner, source="chain-head.json")
    back = from_record(*_stored(found))
    assert isinstance(back, Problem) and back == found and back.code == "outside_head_at"
    assert problem_text(back, "nb") == problem_text(found, "nb")
    assert "kuttet av slutten" in problem_text(back, "nb") and "cut off" not in problem_text(back, "nb")


def test_a_line_that_is_not_a_problem_is_kept_as_it_is() -> None:
    assert from_record(*_stored("the file is encrypted or is not a database")) == \
        "the file is encrypted or is not a database"


def test_a_record_that_does_not_rebuild_the_found_line_shows_the_found_line() -> None:
    found = Problem("no_backup", folder="/srv/backups")
    record, english = _stored(found)
    unknown = {"code": "from_a_later_release", "values": {}}
    changed = {"code": "no_backup", "values": {"folder": "/elsewhere"}}
    missing = {"code": "no_backup", "values": {}}
    for bad in (unknown, changed, missing, "garbage", None, {"values": {}}):
        back = from_record(bad, english)
        assert back == english and not isinstance(back, Problem), bad
    assert isinstance(from_record(record, english), Problem)
