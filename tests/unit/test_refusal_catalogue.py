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
import importlib
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest

from loyalty_pos import config as config_module
from loyalty_pos import data_dir_lock
from loyalty_pos.config import DATA_DIR_ENV, Config, SharedDataDirUnusable
from loyalty_pos.data_dir_lock import DataDirInUse
from loyalty_pos.domain import pins, pricing, shop_logo
from loyalty_pos.domain.errors import (
    CardRefused,
    Conflict,
    FieldsInvalid,
    LoyaltyError,
    PermissionDenied,
    RewardUnavailable,
    ValidationError,
)
from loyalty_pos.domain.program import Reward, RewardKind
from loyalty_pos.domain.rewards import Unavailable
from loyalty_pos.i18n.catalogue import MESSAGES, error_key, error_text
from loyalty_pos.output_files import OutputRefused, check_output
from loyalty_pos.services.actor import manager_template
from loyalty_pos.services.members import card_printing, membership
from loyalty_pos.services.program.authoring import authored_template
from loyalty_pos.services.shop import card_key_ring, settings
from loyalty_pos.services.shop.card_key_ring import CardKeyProblem

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


# Every other LoyaltyError subclass (found by the scan below, not listed by hand): a raise
# site's template (its own, or its class's) must have a catalogue entry under its code, and
# no value may be English text written at the site (a "blocked" or a "Member" is a word to
# translate: it belongs in the template, as its own variant).
PENDING_ELSEWHERE = {
    # test_refusal_catalogue_jobs.py scans these with the run-time wordings and identifiers
    # (a restore's consent, a PIN file's mode) their refusals use.
    folder: "scanned by test_refusal_catalogue_jobs.py"
    for folder in ("jobs/", "printing/", "cards/", "sync/", "cli/", "demo/")
}
INTERNAL_CODES.update({
    "document_invalid": "a stored or received document of the wrong shape, named by its path and field: "
                        "for whoever mends the file or the sender",
    "stored_value_invalid": "a stored row holding a value this release does not know (a newer till's or a "
                            "damaged file): table, row and column, for support",
    "unit_of_work_outside_with": "a unit of work used outside its 'with' block: a programming error",
})
# Sites whose code or template is chosen at run time; each is checked below by running it.
DYNAMIC_ERROR_SITES = {
    ("services/actor.py", "require_manager"): "one sentence per literal action (require_manager calls)",
    ("services/program/authoring.py", "require_authoring"): "one sentence per literal action",
    ("services/shop/auth.py", "use_approval"): "its callers give the code and the sentence",
    ("services/shop/card_key_ring.py", "require_ring"): "one sentence per key ring problem",
    ("services/shop/card_key_ring.py", "record_first_ring"): "a module-level sentence",
    ("services/shop/card_key_ring.py", "record_rotation"): "a module-level sentence",
    ("services/shop/card_key_ring.py", "record_head_office_ring"): "a module-level sentence",
    ("services/members/card_printing.py", "cards_for_members"): "one sentence per member status",
    ("services/members/card_printing.py", "_validated"): "the card number's refusal led by the typed text",
    ("output_files.py", "_refuse_shop_file"): "one sentence per shop file",
    ("domain/pricing.py", "_refuse"): "one sentence per reason a reward is refused",
    ("config.py", "_check_usable"): "one sentence per platform (its own command line)",
    ("data_dir_lock.py", "_acquire"): "one sentence per holder a lock file names",
}
# Raise sites still in English, each with why (named in the report; a follow-up's work).
KNOWN_ENGLISH = {
}


# Error classes still in English, with why.
KNOWN_ENGLISH_CLASSES: dict[str, str] = {}


def field_sentences(call: ast.Call) -> list[ast.expr]:
    """The sentences a ``FieldsInvalid(...)`` site writes itself: the values of a dict (or a dict
    comprehension) given as its fields. A form's refusal reads as its fields' ``FieldProblem``s
    (catalogue.error_text), whose templates test_field_problems.py checks where they are made."""
    given = call.args[:1] + [keyword.value for keyword in call.keywords if keyword.arg == "fields"]
    found: list[ast.expr] = []
    for fields in given:
        if isinstance(fields, ast.Dict):
            found += fields.values
        elif isinstance(fields, ast.DictComp):
            found.append(fields.value)
    return found


def _error_classes(trees: dict[str, ast.Module], roots: tuple[str, ...] = ("LoyaltyError",)
                   ) -> dict[str, type[Exception]]:
    """Every class defined in ``trees`` that is one of ``roots`` or descends from one, by class
    name, found in the source (only the modules defining one are imported)."""
    bases = {node.name: ([base.id for base in node.bases if isinstance(base, ast.Name)], relative)
             for relative, tree in trees.items() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}

    def descends(name: str, seen: frozenset[str] = frozenset()) -> bool:
        return name in roots or (name in bases and name not in seen and any(
            descends(base, seen | {name}) for base in bases[name][0]))

    found = {}
    for name, (_, relative) in bases.items():
        if descends(name):
            module = importlib.import_module("loyalty_pos." + relative.removesuffix(".py").replace("/", "."))
            found[name] = getattr(module, name)
    return found


@cache  # parsing every module takes seconds: once per run, read only
def _trees() -> dict[str, ast.Module]:
    return {path.relative_to(PACKAGE).as_posix(): ast.parse(path.read_text(encoding="utf-8"), str(path))
            for path in sorted(PACKAGE.rglob("*.py")) if not path.relative_to(PACKAGE).as_posix().startswith("gui/")}


@cache
def _all_error_classes() -> dict[str, type[LoyaltyError]]:
    return _error_classes(_trees())


def _error_sites(trees: dict[str, ast.Module], classes: dict[str, type[LoyaltyError]]
                 ) -> list[tuple[str, str, ast.Call, type[LoyaltyError]]]:
    found = []
    for relative, tree in trees.items():
        enclosing: dict[int, tuple[str, ast.Call, type[LoyaltyError]]] = {}
        for scope in [tree, *(node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef))]:
            for node in ast.walk(scope):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else (
                    node.func.attr if isinstance(node.func, ast.Attribute) else None)
                if name in classes and name not in FREE_TEXT_CLASSES:
                    enclosing[id(node)] = (scope.name if isinstance(scope, ast.FunctionDef) else "<module>", node,
                                           classes[name])
        found += [(relative, name, node, cls) for name, node, cls in enclosing.values()]
    return found


def _english(node: ast.expr) -> bool:
    """A value written as text at the site: a literal, an f-string, or one as either branch."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.IfExp):
        return _english(node.body) or _english(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_english(value) for value in node.values)
    return False


def _error_problems(trees: dict[str, ast.Module] | None = None) -> tuple[int, list[str]]:
    trees = _trees() if trees is None else trees
    sites = _error_sites(trees, _all_error_classes())
    problems = []
    for relative, function, call, cls in sites:
        if any(relative.startswith(folder) for folder in PENDING_ELSEWHERE):
            continue
        if (relative, function) in KNOWN_ENGLISH or (relative, function) in DYNAMIC_ERROR_SITES:
            continue
        if any(known.__name__ in KNOWN_ENGLISH_CLASSES for known in cls.__mro__):
            continue
        keywords = {keyword.arg: keyword.value for keyword in call.keywords}
        where = f"{relative}:{call.lineno}"
        if issubclass(cls, FieldsInvalid):
            problems += [f"{where}: a field's sentence is English text written at the raise site"
                         for value in field_sentences(call) if _english(value)]
            continue
        codes = _constants(keywords["code"]) if "code" in keywords else [cls.code]
        templates = _constants(keywords["template"]) if "template" in keywords else [cls.template]
        if codes is None or templates is None:
            problems.append(f"{where}: the code or template is not a literal")
            continue
        if all(code in INTERNAL_CODES for code in codes):
            continue
        problems += [f"{where}: {name}= is English text written at the raise site"
                     for name, value in keywords.items() if name not in ("code", "template") and _english(value)]
        problems += [f"{where}: no catalogue entry error.{code}[.variant] reads {template!r}"
                     for code in codes for template in templates if not _keyed(code, template)]
    return len(sites), problems


def test_every_refusal_of_every_error_class_has_a_catalogue_entry_and_no_english_values() -> None:
    assert _error_problems()[1] == []


def test_the_error_scan_finds_english_values_and_unknown_templates() -> None:
    source = ('def f():\n'
              '    raise CardRefused(code="card_blocked", reason="blocked")\n'
              '    raise NotFound(what="Member", key=member_id)\n'
              '    raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)\n'
              '    raise StoreBusy()\n'
              '    raise FieldsInvalid({"name": "Type a name."}, code="bad_thing")\n'
              '    raise FieldsInvalid({flag: f"{flag}: {text}" for flag, text in named.items()})\n'
              '    raise FieldsInvalid({"name": FieldProblem("name_empty", "Type a name.")})\n')
    count, problems = _error_problems({"services/x.py": ast.parse(source)})
    assert count == 7
    assert [problem.split(": ", 1)[1] for problem in problems] == [
        "reason= is English text written at the raise site",
        "no catalogue entry error.card_blocked[.variant] reads 'Card refused: {reason}.'",
        "what= is English text written at the raise site",
        "a field's sentence is English text written at the raise site",
        "a field's sentence is English text written at the raise site",
    ]


def _phrase_calls(function: str) -> list[tuple[str, ast.Call]]:
    return [(relative, node) for relative, tree in _trees().items()
            if not any(relative.startswith(folder) for folder in PENDING_ELSEWHERE)
            for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) == function]


def test_actions_refused_as_whole_sentences_have_catalogue_entries() -> None:
    missing = []
    checks = {"require_manager": ("permission_denied", manager_template, 0),
              "require_authoring": ("authored_at_head_office", authored_template, 1)}
    for function, (code, template, index) in checks.items():
        calls = _phrase_calls(function)
        assert calls, function
        for relative, call in calls:
            action = call.args[index]
            if isinstance(action, ast.Constant) and not _keyed(code, template(action.value)):
                missing.append(f"{relative}:{call.lineno}: {template(action.value)!r}")
    for relative, call in _phrase_calls("use_approval"):
        keywords = {keyword.arg: keyword.value for keyword in call.keywords}
        codes, templates = _constants(keywords["code"]), _constants(keywords["template"])
        if codes is not None and templates is not None and not _keyed(codes[0], templates[0]):
            missing.append(f"{relative}:{call.lineno}: {templates[0]!r}")
    assert missing == []


def _dynamic_error_refusals() -> list[LoyaltyError]:
    refusals: list[LoyaltyError] = []
    for typed in ("94x", "1234", "9400000000000002"):
        with pytest.raises(CardRefused) as refused:
            card_printing._validated(typed)
        refusals.append(refused.value)
    refusals += [CardRefused(code=f"member_{status.value}", template=template, card="9400 0000 0000 0001")
                 for status, template in card_printing._HOLDER_REFUSED.items()]
    refusals += [PermissionDenied(code="member_change_needs_manager", template=template)
                 for template in (*membership._CHANGE_NEEDS_MANAGER.values(),
                                  membership._CHANGE_NEEDS_MANAGER_SEVERAL)]
    for recorded, present in (((), None), ((), ("a",)), (("a",), None), (("a",), ("b",)), (("a", "b"), ("c",))):
        clause, values = card_key_ring._ring_clause(recorded, present)  # type: ignore[misc]
        refusals.append(CardKeyProblem(template=card_key_ring.problem_template(clause), path="k.key", **values))
    refusals += [CardKeyProblem(template=template) for template in (
        card_key_ring._NEW_SHOP_HAS_KEY, card_key_ring._CHANGED_IN_ROTATION, card_key_ring._CHANGED_IN_TAKING)]
    return refusals


def test_error_refusals_worded_at_run_time_have_catalogue_entries(tmp_path: Path) -> None:
    refusals = _dynamic_error_refusals()
    data = tmp_path / "shop"
    data.mkdir()
    config = Config(data_dir=data)
    for shop_file in (config.db_path, Path(f"{config.db_path}-wal"), config.key_path):
        shop_file.write_bytes(b"x")
        with pytest.raises(OutputRefused) as refused:
            check_output(shop_file, data)
        refusals.append(refused.value)
    assert len(refusals) == 22
    assert [refusal.template for refusal in refusals if error_key(refusal) is None] == []
    assert all(error_text(refusal, "nb") != refusal.message for refusal in refusals)


def _reward_refusals() -> list[tuple[Unavailable, RewardUnavailable]]:
    moment = datetime(2027, 1, 2, 9, 30, tzinfo=UTC)
    reasons = [
        pricing.NO_MEMBER,
        Unavailable("inactive", "switched off by a manager", {}),
        Unavailable("not_yet_valid", "valid from 2027-01-02", {"valid_from": moment}),
        Unavailable("expired", "ended 2027-01-02", {"valid_until": moment}),
        Unavailable("needs_tier", "needs Silver tier", {"tier": "silver", "tier_name": "Silver"}),
        *(Unavailable("limit_reached", f"limit of 2{words} reached", {"limit": 2, "period": period, "used": 2})
          for period, words in (("day", " a day"), ("week", " a week"), ("month", " a month"),
                                ("year", " a year"), ("ever", ""))),
        Unavailable("out_of_stock", "out of stock", {"stock_left": 0}),
        Unavailable("min_basket", "needs a basket of NOK 1,000.00, basket is NOK 35.50",
                    {"minimum_minor": 100000, "basket_minor": 3550}),
        Unavailable("product_not_in_basket", "needs 3 x Bun in the basket, basket has 2",
                    {"product_code": "BUN", "product": "Bun", "needed": 3, "quantity": 2}),
        Unavailable("product_not_in_basket", "needs Mug in the basket",
                    {"product_code": "MUG", "product": "Mug", "needed": 1, "quantity": 0}),
        Unavailable("no_eligible_lines", "nothing left in the basket it applies to", {}),
        *(Unavailable("member_not_active", f"member is {status}", {"status": status})
          for status in ("blocked", "erased", "merged")),
    ]
    reward = Reward(id="r", name="Free coffee", kind=RewardKind.FREE_PRODUCT, points_cost=100, product_code="COF")
    return [(reason, pricing._refuse(reward, reason, "NOK")) for reason in reasons]


def test_every_reason_a_reward_is_refused_has_a_catalogue_entry_and_the_same_english() -> None:
    refusals = _reward_refusals()
    assert len(refusals) == len(pricing.REASON_TEMPLATES)
    assert {refusal.template for _, refusal in refusals} == set(pricing.REASON_TEMPLATES.values())
    assert [refusal.template for _, refusal in refusals if error_key(refusal) is None] == []
    # The English a till, a log and the tests read is the sentence it always was.
    assert [refusal.message for _, refusal in refusals] == [
        f"Reward Free coffee is not available: {reason.message}." for reason, _ in refusals]
    assert all(refusal.code == reason.code and refusal.params["reason"] == reason.message
               for reason, refusal in refusals)


def test_a_refused_rewards_amounts_and_day_are_written_the_readers_way() -> None:
    by_code = {refusal.code: refusal for _, refusal in _reward_refusals()}
    assert "NOK 1\u00a0000,00" in error_text(by_code["min_basket"], "nb")
    assert "NOK 35,50" in error_text(by_code["min_basket"], "nb")
    assert "02.01.2027" in error_text(by_code["not_yet_valid"], "nb")


def test_the_machine_folders_refusal_is_one_sentence_per_platform(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("not a folder")
    refusals = []
    for platform in ("win32", "darwin", "linux"):
        monkeypatch.setattr(config_module.sys, "platform", platform)
        with pytest.raises(SharedDataDirUnusable) as refused:
            config_module._check_usable(blocker / "loyalty-pos")
        refusals.append(refused.value)
    assert [error_key(refusal) for refusal in refusals] == [
        "error.shared_data_dir_unusable.win32", "error.shared_data_dir_unusable.darwin",
        "error.shared_data_dir_unusable.other"]
    folder, user = blocker / "loyalty-pos", refusals[2].params["user"]
    # The English is the sentence it always was, the fix inside it.
    assert refusals[2].message == (
        f"loyalty-pos keeps a shop's data in {folder}, where every account on this computer finds it, but cannot "
        f"use that folder ({refusals[2].params['reason']}). Create it once for the account that runs the till: "
        f"sudo install -d -o {user} -m 0755 {folder} Or keep the data in a folder of your choice with --data-dir "
        f"DIR or the environment variable {DATA_DIR_ENV}=DIR. To only try loyalty-pos, run: loyalty-pos demo")
    assert f"sudo chown {user} '{folder}'." in refusals[1].message
    assert '"Run as administrator"' in refusals[0].message


def test_the_data_directorys_holder_is_one_sentence_per_holder() -> None:
    refusals = [DataDirInUse(template=data_dir_lock.HELD_BY.get(what, DataDirInUse.template), holder=what,
                             pid=41, host="till-2") for what in data_dir_lock.HELD_BY]
    refusals.append(DataDirInUse(template=data_dir_lock.HELD_BY_UNKNOWN))
    assert [refusal.template for refusal in refusals if error_key(refusal) is None] == []
    assert refusals[0].message == ("the till is already running on this data directory (pid 41 on host till-2); "
                                   "close it first")
    assert "unknown" not in refusals[-1].message


def test_every_holder_the_code_names_has_its_sentence() -> None:
    # A new hold_data_dir("...") caller without a wording would be named in English in every language.
    calls = [node for tree in _trees().values() for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name) and node.func.id == "hold_data_dir" and len(node.args) > 1]
    named = [_constants(call.args[1]) for call in calls]
    assert len(calls) >= 5 and None not in named
    named = [what for whats in named for what in whats]
    assert sorted(set(named) - set(data_dir_lock.HELD_BY)) == []
