"""Every refusal a person reads comes from the catalogue (issue #23).

``ValidationError`` and ``Conflict`` take any text as ``detail``: a refusal raised that way
prints in English whatever language the till or CLI speaks. So this reads the source
(``ast``, no import of the raising module) and fails on a raise site outside ``gui`` (whose
refusals go through ``tr()``) that gives free text, or gives a template the catalogue has no
entry for under the site's code. The few sites whose template is chosen at run time are
checked by running through every wording they can choose.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from loyalty_pos.domain import pins, shop_logo
from loyalty_pos.domain.errors import Conflict, ValidationError
from loyalty_pos.i18n.catalogue import MESSAGES, error_key, error_text
from loyalty_pos.services.shop import settings

PACKAGE = Path(__file__).resolve().parents[2] / "loyalty_pos"
FREE_TEXT_CLASSES = {"ValidationError", "Conflict"}

# Codes whose text is for a developer or a log, never a shop: a store or document that
# broke an invariant of the code, reported with the technical detail that finds the bug.
INTERNAL_CODES = {
    "bulk_duplicate_key": "a bulk load broke a database key: the loader's bug",
    "duplicate_ledger_entry": "the database's own words on a ledger key clash",
    "duplicate_sale": "the database's own words on a sale key clash",
    "naive_datetime": "a time without a zone reached storage: a programming error",
    "program_not_encodable": "the program codec met a type it cannot store: a programming error",
    "bad_program_document": "a stored program document of the wrong shape, with its path",
    "program_not_decodable": "the program codec met a type it cannot read: a programming error",
    "program_unknown_field": "a program document from a newer version, with its field names",
    "demo_not_empty": "the demo loader asked to load over members: the demo tool's guard",
}
# Raise sites whose template is picked at run time from wordings listed below.
DYNAMIC_SITES = {
    ("services/shop/settings.py", "_lines"), ("services/shop/settings.py", "_validate"),
    ("services/shop/settings.py", "change_settings"), ("domain/pins.py", "check_new_pin"),
}
# Refusals still given as free text, each with why it is left so (see the report in docs).
KNOWN_FREE_TEXT = {
    ("domain/program.py", "bad_reward"): "the reward editor shows its fields' own texts; this joined "
                                          "sentence is the CLI's and the log's",
}


def _sites() -> list[tuple[str, str, ast.Call]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("gui/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        enclosing: dict[int, tuple[str, ast.Call]] = {}
        # ast.walk goes outside in, so an inner function's name overwrites its outer one's.
        for scope in [tree, *(node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef))]:
            for node in ast.walk(scope):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FREE_TEXT_CLASSES:
                    enclosing[id(node)] = (scope.name if isinstance(scope, ast.FunctionDef) else "<module>", node)
        found += [(relative, name, node) for name, node in enclosing.values()]
    return found


def _constants(node: ast.expr) -> list[str] | None:
    """The strings an expression can be: a literal, or either side of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _constants(node.body), _constants(node.orelse)
        return None if body is None or orelse is None else body + orelse
    return None


def _keyed(code: str, template: str) -> bool:
    return any(english == template for key, english in MESSAGES.items()
               if key == f"error.{code}" or key.startswith(f"error.{code}."))


def _problems() -> list[str]:
    problems = []
    for relative, function, call in _sites():
        keywords = {keyword.arg: keyword.value for keyword in call.keywords}
        where = f"{relative}:{call.lineno}"
        if "code" not in keywords:
            continue  # an invariant the calling code broke (default code), never a person's input
        codes = _constants(keywords["code"])
        if codes is None:
            if (relative, function) not in DYNAMIC_SITES:
                problems.append(f"{where}: the code is not a literal")
            continue
        if all(code in INTERNAL_CODES for code in codes):
            continue
        if "template" not in keywords:
            if not any((relative, code) in KNOWN_FREE_TEXT for code in codes):
                problems.append(f"{where}: {codes[0]} is free text (detail=), not a catalogue template")
            continue
        templates = _constants(keywords["template"])
        if templates is None:
            if (relative, function) not in DYNAMIC_SITES:
                problems.append(f"{where}: the template is not a literal")
            continue
        for code in codes:
            for template in templates:
                if not _keyed(code, template):
                    problems.append(f"{where}: no catalogue entry error.{code}[.variant] reads {template!r}")
    return problems


def test_every_refusal_raised_with_a_text_has_a_catalogue_entry() -> None:
    assert _problems() == []


def test_the_scan_finds_free_text_and_unknown_templates(monkeypatch: pytest.MonkeyPatch) -> None:
    source = ('def f():\n'
              '    raise ValidationError(code="bad_thing", detail=f"{x} is bad")\n'
              '    raise Conflict(code="category_exists", template="Category {name} exists now", name=n)\n'
              '    raise ValidationError(code="category_exists", template="Category {name} already exists", name=n)\n')
    tree = ast.parse(source)
    calls = [("services/x.py", "f", node) for node in ast.walk(tree) if isinstance(node, ast.Call)]
    monkeypatch.setitem(globals(), "_sites", lambda: calls)
    assert [problem.split(": ", 1)[1] for problem in _problems()] == [
        "bad_thing is free text (detail=), not a catalogue template",
        "no catalogue entry error.category_exists[.variant] reads 'Category {name} exists now'",
    ]


def _dynamic_refusals() -> list[ValidationError | Conflict]:
    refusals: list[ValidationError | Conflict] = []
    for key, (_low, _high, what) in settings._RANGES.items():
        refusals.append(ValidationError(code=f"bad_{key}", template=what))
    for key, what in settings._FIXED_BY_SALES.items():
        refusals.append(Conflict(code=f"{key}_fixed", template=what))
    for key in (settings.SHOP_ADDRESS, settings.RECEIPT_HEADER, settings.RECEIPT_FOOTER):
        with pytest.raises(ValidationError) as refused:
            settings._validate(key, "\n".join(["x"] * 50))
        refusals.append(refused.value)
    for key in (settings.RECEIPT_HEADER_VARIANTS, settings.RECEIPT_FOOTER_VARIANTS):
        with pytest.raises(ValidationError) as refused:
            settings._validate(key, '{"nb": "' + "x" * 500 + '"}')
        refusals.append(refused.value)
    for pin in ("", "12a4", "12", "1" * 40, "1111", "1234"):
        with pytest.raises(ValidationError) as refused:
            pins.check_new_pin(pin)
        refusals.append(refused.value)
    for logo in (b"not a png", shop_logo.PNG_SIGNATURE + b"x" * (shop_logo.MAX_LOGO_BYTES + 1)):
        refusals.append(ValidationError(code="bad_logo", template=shop_logo.logo_problem(logo)))
    refusals.append(_refused_setting(settings.SHOP_LOGO, "not base64!"))
    return refusals


def _refused_setting(key: str, value: str) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        settings._validate(key, value)
    return refused.value


def test_refusals_worded_at_run_time_have_catalogue_entries() -> None:
    refusals = _dynamic_refusals()
    assert len(refusals) == 22
    assert [refusal.template for refusal in refusals if error_key(refusal) is None] == []
    assert all(error_text(refusal, "nb") != refusal.message for refusal in refusals)
