"""A ``tr()`` / ``translate()`` whose text is not a literal (``self.tr(change.area)``)
translates only what lupdate was shown elsewhere: its possible values must be marked with
``QT_TRANSLATE_NOOP`` in the context the call translates in, and lupdate must extract them.

The scan follows the argument back through the module (a subscript or ``.get`` of a module
constant, a loop over one, a local set from one, a name imported from another module) to
the constants it can take; a value it cannot follow (``result.message``, data) fails.
A helper that only passes its own parameter on (``def _tr(text)``) is checked at its callers.

And ``tr()`` is called on ``self`` only: lupdate files ``widget.tr("x")`` under "widget".
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from loyalty_pos.i18n import regenerate

ROOT = Path(__file__).resolve().parents[2]
# Domain errors' templates translate in "errors", filled from the catalogue of texts
# outside the GUI (loyalty_pos.i18n.catalogue_ts), not from markers in the GUI.
CATALOGUE_CONTEXTS = {"errors"}
_MARKERS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
_SAME_VALUES = {"enumerate", "sorted", "reversed", "list", "tuple"}


@dataclass(frozen=True)
class Marked:
    context: str
    text: str


class Unresolved(Exception):
    pass


class _Module:
    def __init__(self, root: Path, path: Path) -> None:
        self.root, self.path = root, path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        self.constants: dict[str, ast.expr] = {}
        self.imports: dict[str, tuple[str, str]] = {}
        for statement in self.tree.body:
            if isinstance(statement, ast.Assign):
                for target in statement.targets:
                    if isinstance(target, ast.Name):
                        self.constants[target.id] = statement.value
            elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name) and statement.value:
                self.constants[statement.target.id] = statement.value
            elif isinstance(statement, ast.ImportFrom) and statement.module:
                for alias in statement.names:
                    self.imports[alias.asname or alias.name] = (statement.module, alias.name)

    def enclosing(self, node: ast.AST, kinds: tuple[type, ...]) -> list[ast.AST]:
        found = []
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, kinds):
                found.append(node)
        return found


class Scanner:
    def __init__(self, root: Path, package: str) -> None:
        self.root, self.package = root, package
        self._modules: dict[Path, _Module] = {}

    def module(self, path: Path) -> _Module:
        if path not in self._modules:
            self._modules[path] = _Module(self.root, path)
        return self._modules[path]

    def module_named(self, dotted: str) -> _Module | None:
        base = self.root.joinpath(*dotted.split("."))
        for path in (base.with_suffix(".py"), base / "__init__.py"):
            if path.is_file():
                return self.module(path)
        return None

    # -- the calls -------------------------------------------------------------------
    def dynamic_calls(self) -> list[tuple[_Module, ast.Call, int]]:
        calls = []
        for path in sorted((self.root / self.package).rglob("*.py")):
            module = self.module(path)
            for node in ast.walk(module.tree):
                if not isinstance(node, ast.Call):
                    continue
                index = _text_argument(node)
                if index is None or len(node.args) <= index:
                    continue
                text = node.args[index]
                if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                    calls.append((module, node, index))
        return calls

    def context(self, module: _Module, call: ast.Call) -> str:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            classes = module.enclosing(call, (ast.ClassDef,))
            if not classes:
                raise Unresolved("self.tr() outside a class")
            return classes[0].name  # type: ignore[attr-defined]
        if isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
            helper = self._helper(module, call, func.id)
            if helper is None:
                raise Unresolved(f"{func.id}() has no helper in this module")
            inner = next(node for node in ast.walk(helper) if isinstance(node, ast.Call) and _text_argument(node) == 1)
            return self._string(module, inner.args[0])
        return self._string(module, call.args[0])

    def _helper(self, module: _Module, call: ast.Call, name: str) -> ast.FunctionDef | None:
        scopes = [*module.enclosing(call, (ast.FunctionDef,)), module.tree]
        for scope in scopes:
            for statement in scope.body:  # type: ignore[attr-defined]
                if isinstance(statement, ast.FunctionDef) and statement.name == name:
                    return statement
        return None

    def _string(self, module: _Module, node: ast.expr) -> str:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name) and isinstance(module.constants.get(node.id), ast.Constant):
            return self._string(module, module.constants[node.id])
        raise Unresolved(f"context {ast.unparse(node)} is not a string constant")

    @staticmethod
    def passes_through(module: _Module, call: ast.Call, index: int) -> bool:
        """``def _tr(text): return translate("", text)``: the helper's callers are the calls to check."""
        text = call.args[index]
        functions = module.enclosing(call, (ast.FunctionDef,))
        if not (isinstance(text, ast.Name) and functions):
            return False
        function = functions[0]
        body = [statement for statement in function.body  # type: ignore[attr-defined]
                if not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant))]
        only_returns_it = len(body) == 1 and isinstance(body[0], ast.Return) and body[0].value is call
        return text.id in {arg.arg for arg in function.args.args} and (  # type: ignore[attr-defined]
            function.name in ("tr", "_tr") or only_returns_it)  # type: ignore[attr-defined]

    # -- where a value comes from --------------------------------------------------
    def sources(self, module: _Module, node: ast.expr, at: ast.AST) -> list[tuple[_Module, ast.expr]]:
        if isinstance(node, ast.Subscript):
            return self.sources(module, node.value, at)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
            found = self.sources(module, node.func.value, at)
            return found + [item for default in node.args[1:] for item in self.sources(module, default, at)]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _SAME_VALUES and node.args:
            return self.sources(module, node.args[0], at)  # enumerate(SECTIONS), sorted(...)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("items", "values"):
            return self.sources(module, node.func.value, at)
        if isinstance(node, ast.Attribute):
            return self.sources(module, node.value, at)
        if isinstance(node, (ast.IfExp, ast.BoolOp)):
            parts = [node.body, node.orelse] if isinstance(node, ast.IfExp) else node.values
            return [item for part in parts for item in self.sources(module, part, at)]
        if isinstance(node, ast.Name):
            return self._name(module, node.id, at)
        raise Unresolved(ast.unparse(node))

    def _name(self, module: _Module, name: str, at: ast.AST) -> list[tuple[_Module, ast.expr]]:
        for function in module.enclosing(at, (ast.FunctionDef, ast.Lambda)):
            for node in ast.walk(function):
                if isinstance(node, (ast.For, ast.comprehension)) and name in _bound(node.target):
                    return self.sources(module, node.iter, node)
                if isinstance(node, ast.Assign) and any(name in _bound(target) for target in node.targets):
                    return self.sources(module, node.value, node)
            if name in {arg.arg for arg in function.args.args}:  # type: ignore[attr-defined]
                raise Unresolved(f"{name} is a parameter")
        if name in module.constants:
            return [(module, module.constants[name])]
        if name in module.imports:
            source, original = module.imports[name]
            other = self.module_named(source)
            if other is not None and original in other.constants:
                return [(other, other.constants[original])]
        raise Unresolved(name)


def _text_argument(call: ast.Call) -> int | None:
    """Which argument is the text: 0 for tr()/_tr(), 1 for QCoreApplication.translate(context, text)."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "tr" or isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
        return 0
    if isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(func.value, ast.Name) \
            and func.value.id in ("QCoreApplication", "QApplication"):
        return 1
    if isinstance(func, ast.Name) and func.id == "translate":
        return 1
    return None


def _bound(target: ast.expr) -> set[str]:
    return {node.id for node in ast.walk(target) if isinstance(node, ast.Name)}


def _marked(node: ast.expr) -> list[Marked]:
    return [Marked(call.args[0].value, call.args[1].value) for call in ast.walk(node)
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in _MARKERS
            and all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in call.args[:2])]


def unextracted(root: Path, package: str, extracted: set[tuple[str, str]]) -> list[str]:
    """Each dynamic translate call whose values are not all marked in its context and extracted."""
    scanner = Scanner(root, package)
    problems = []
    for module, call, index in scanner.dynamic_calls():
        where = f"{module.path.relative_to(root)}:{call.lineno} {ast.unparse(call)}"
        if scanner.passes_through(module, call, index):
            continue
        try:
            context = scanner.context(module, call)
            if context in CATALOGUE_CONTEXTS:
                continue
            sources = scanner.sources(module, call.args[index], call)
        except Unresolved as unresolved:
            problems.append(f"{where}: cannot tell its values ({unresolved})")
            continue
        for source_module, value in sources:
            marks = _marked(value)
            if not marks:
                problems.append(f"{where}: {ast.unparse(value)[:60]} has no QT_TRANSLATE_NOOP")
            for mark in marks:
                if mark.context != context:
                    problems.append(f"{where}: {mark.text!r} is marked in {mark.context!r}, translated in {context!r}")
                elif (mark.context, mark.text) not in extracted:
                    problems.append(f"{where}: {mark.text!r} is not extracted by lupdate")
    return problems


def _extracted(ts: Path) -> set[tuple[str, str]]:
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in ET.parse(ts).iter("context") for message in context.iter("message")}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    ts = tmp_path_factory.mktemp("lupdate") / "gui_xx.ts"
    regenerate.update_ts([ts])
    return _extracted(ts)


def test_every_dynamic_translation_has_its_values_extracted(extracted: set[tuple[str, str]]) -> None:
    assert unextracted(ROOT, "loyalty_pos", extracted) == []


def test_the_scan_finds_unmarked_and_misplaced_values(tmp_path: Path) -> None:
    package = tmp_path / "shop"
    package.mkdir()
    (package / "names.py").write_text('TITLES = {"a": QT_TRANSLATE_NOOP("Other", "Apples")}\n', encoding="utf-8")
    (package / "screen.py").write_text(
        "from shop.names import TITLES\n"
        "AREAS = {'e': 'Earning'}\n"
        "KINDS = (('pdf', QT_TRANSLATE_NOOP('Screen', 'PDF files')),)\n"
        "class Screen:\n"
        "    def show(self, change, key):\n"
        "        self.tr(change.area)\n"
        "        self.tr(AREAS[key])\n"
        "        self.tr(TITLES[key])\n"
        "        for kind, shown in KINDS:\n"
        "            self.tr(shown)\n", encoding="utf-8")
    problems = unextracted(tmp_path, "shop", extracted=set())
    assert len(problems) == 4, problems
    assert "cannot tell its values (change is a parameter)" in problems[0]
    assert "has no QT_TRANSLATE_NOOP" in problems[1]
    assert "marked in 'Other', translated in 'Screen'" in problems[2]
    assert "'PDF files' is not extracted" in problems[3]
    assert unextracted(tmp_path, "shop", extracted={("Screen", "PDF files")})[3:] == []


def tr_not_on_self(root: Path, package: str) -> list[str]:
    """``widget.tr("active")``: lupdate files the text under the context "widget", while Qt
    looks it up under the widget's class name at run time, so it never translates."""
    found = []
    for path in sorted((root / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr" \
                    and not (isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls")):
                found.append(f"{path.relative_to(root)}:{node.lineno} {ast.unparse(node)}")
    return found


def test_tr_is_called_on_self_only() -> None:
    assert tr_not_on_self(ROOT, "loyalty_pos") == []


def test_the_scan_finds_tr_called_on_another_object(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "facts.py").write_text(
        "def status_text(widget, tab):\n    return widget.tr('active') + tab.parent().tr('x') + self.tr('ok')\n",
        encoding="utf-8")
    assert [line.split(" ", 1)[1] for line in tr_not_on_self(tmp_path, "shop")] == [
        "widget.tr('active')", "tab.parent().tr('x')"]


def literals_not_extracted(root: Path, package: str, extracted: set[tuple[str, str]]) -> list[str]:
    """Literal ``tr("…")`` calls lupdate did not see (inside an f-string's braces, for one):
    Qt finds no translation for them at run time."""
    scanner = Scanner(root, package)
    missing = []
    for path in sorted((root / package).rglob("*.py")):
        module = scanner.module(path)
        for node in ast.walk(module.tree):
            index = _text_argument(node) if isinstance(node, ast.Call) else None
            if index is None or len(node.args) <= index:  # type: ignore[attr-defined]
                continue
            text = node.args[index]  # type: ignore[attr-defined]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            try:
                context = scanner.context(module, node)  # type: ignore[arg-type]
            except Unresolved:
                continue
            if context not in CATALOGUE_CONTEXTS and (context, text.value) not in extracted:
                missing.append(f"{path.relative_to(root)}:{node.lineno} {context!r} {text.value!r}")  # type: ignore[attr-defined]
    return missing


def test_every_literal_translation_is_extracted(extracted: set[tuple[str, str]]) -> None:
    assert literals_not_extracted(ROOT, "loyalty_pos", extracted) == []
