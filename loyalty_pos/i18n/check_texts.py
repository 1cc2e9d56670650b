"""``check``'s and the restore drill's problems and notes (``domain.check_problems``) in a
language: the catalogue's ``check.<code>`` filled with the problem's values, each value
written the same way (a Problem inside a Problem), whole numbers as the language writes them."""

from __future__ import annotations

from typing import Any

from loyalty_pos.domain.check_problems import Problem, ProblemLines
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.i18n.formatting import format_integer


def problems_text(problems: ProblemLines, language: str) -> str:
    """The lines a refusal carries (``ProblemLines``), each in ``language``."""
    return "; ".join(problem_text(line, language) for line in problems.lines)


def problem_text(problem: str, language: str) -> str:
    """``problem`` in ``language``; a line that is not a Problem (a drill result stored by
    an earlier release, a message from SQLite) as it is."""
    if not isinstance(problem, Problem):
        return problem
    return text(f"check.{problem.code}", language, **{name: _written(value, language)
                                                       for name, value in problem.values.items()})


def _written(value: Any, language: str) -> Any:
    if isinstance(value, Problem):
        return problem_text(value, language)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_integer(value, language)
    return value
