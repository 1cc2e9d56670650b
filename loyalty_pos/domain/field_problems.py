"""A form's sentence for one field ("Type the shop's name as customers know it."), with what
another language needs to say it.

Form validators return ``{field: sentence}`` and ``FieldsInvalid`` carries that mapping; many
callers read or compare the sentences as text. A ``FieldProblem`` therefore *is* its English
text, and also carries its catalogue code and values (``i18n.catalogue.field_text`` renders it
in the reader's language from ``field.<code>``), or the refusal it stands for when a field's
problem is another check's refusal (a user name, a receipt printer, an amount).
"""

from __future__ import annotations

from typing import Any, Self

from loyalty_pos.domain.errors import LoyaltyError


class FieldProblem(str):
    """The English of one field's problem; ``code``/``template``/``values`` for its catalogue
    entry ``field.<code>``, or ``refusal`` when the sentence is that refusal's message."""

    code: str
    template: str
    values: dict[str, Any]
    refusal: LoyaltyError | None

    def __new__(cls, code: str, template: str, /, **values: Any) -> Self:
        problem = super().__new__(cls, template.format(**values))
        problem.code, problem.template, problem.values, problem.refusal = code, template, values, None
        return problem

    @classmethod
    def refused(cls, refusal: LoyaltyError) -> Self:
        """The field's problem is ``refusal`` (already catalogued under its own code)."""
        problem = cls("refusal", "{refusal}", refusal=refusal.message)
        problem.refusal = refusal
        return problem

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own pickling would call __new__ with the English alone; a problem handed to
        # another process (a job's refusal) must keep its code and values.
        return _restore, (self.code, self.template, self.values, self.refusal)


def _restore(code: str, template: str, values: dict[str, Any], refusal: LoyaltyError | None) -> FieldProblem:
    return FieldProblem.refused(refusal) if refusal is not None else FieldProblem(code, template, **values)
