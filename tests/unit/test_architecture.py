"""The layer rules of docs/ARCHITECTURE.md section 1, as written in pyproject.toml.

Two kinds of rule: import-linter contracts ([tool.importlinter]: the layer order, and
the domain's worst leaks), and an allow-list per package
([tool.loyalty_pos.allowed_imports]) that every module of loyalty_pos is checked
against here, with grimp (import-linter's graph library). Each rule is probed: an
import that breaks it is injected into a copy of the graph and must be reported.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import textwrap
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grimp
import pytest
from importlinter import configuration
from importlinter.contracts.layers import LayersContract

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "loyalty_pos"
# Named in the allow-lists before the code exists: the sync issue adds it.
NAMED_AHEAD = {"loyalty_pos.sync.server"}


def _lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()",
         "--no-cache"],
        cwd=project, capture_output=True, text=True, timeout=300,
        env={"PYTHONPATH": str(project), "PATH": "/usr/bin:/bin"},
    )


def test_import_contracts_hold() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.slow
def test_a_violating_import_breaks_the_contracts(tmp_path: Path) -> None:
    """The contracts bite: a domain module importing SQLAlchemy is reported."""
    copy = tmp_path / "project"
    copy.mkdir()
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    shutil.copytree(ROOT / "loyalty_pos", copy / "loyalty_pos",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "loyalty_pos" / "domain" / "leak.py").write_text(textwrap.dedent("""
        import sqlalchemy  # forbidden in the pure domain
        from loyalty_pos.services import ports  # domain must not depend on services
    """))
    result = _lint_imports(copy)
    assert result.returncode != 0
    assert "loyalty_pos.domain.leak -> sqlalchemy" in result.stdout
    assert "BROKEN" in result.stdout


# --- allow-lists ------------------------------------------------------------------------


@dataclass(frozen=True)
class Allowed:
    """What the modules of ``package`` may import besides their own package's modules."""

    package: str
    modules: tuple[str, ...]  # of ours; each allows itself and everything under it
    third_party: tuple[str, ...]  # top-level import names
    stdlib: frozenset[str] | None  # None: any standard-library module


@dataclass(frozen=True, order=True)
class Violation:
    importer: str
    imported: str
    lines: str

    def __str__(self) -> str:
        return f"{self.importer} -> {self.imported} ({self.lines})"


def _pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def allow_lists() -> dict[str, Allowed]:
    table = _pyproject()["tool"]["loyalty_pos"]["allowed_imports"]
    return {
        package: Allowed(package, tuple(rule["modules"]), tuple(rule.get("third_party", ())),
                         frozenset(rule["stdlib"]) if "stdlib" in rule else None)
        for package, rule in table.items()
    }


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def allowed_for(module: str, rules: dict[str, Allowed]) -> Allowed:
    """The most specific package's list; every module is under "loyalty_pos" at least."""
    return rules[max((package for package in rules if _within(module, package)), key=len)]


def _is_allowed(imported: str, rule: Allowed, importer: str) -> bool:
    if _within(imported, PACKAGE):
        # The package's own modules; the root's list covers single modules, not the whole tree.
        own = importer if rule.package == PACKAGE else rule.package
        return _within(imported, own) or any(_within(imported, allowed) for allowed in rule.modules)
    top = imported.split(".")[0]
    if top in sys.stdlib_module_names:
        return rule.stdlib is None or top in rule.stdlib
    return top in rule.third_party


def import_violations(graph: grimp.ImportGraph, rules: dict[str, Allowed]) -> list[Violation]:
    found = []
    for importer in sorted(m for m in graph.modules if _within(m, PACKAGE)):
        rule = allowed_for(importer, rules)
        for imported in graph.find_modules_directly_imported_by(importer):
            if not _is_allowed(imported, rule, importer):
                details = graph.get_import_details(importer=importer, imported=imported)
                lines = ", ".join(f"l.{d['line_number']}" for d in details) or "injected"
                found.append(Violation(importer, imported, lines))
    return sorted(found)


# Folders installed inside the package from elsewhere in the repository (pyproject's
# package-dir): grimp walks only loyalty_pos/, so it files an import of them under
# "loyalty_pos" itself. They are put back under their own names, to be judged as such.
MAPPED_PACKAGES = ("loyalty_pos.bench", "loyalty_pos.assets")


def _with_mapped_packages(graph: grimp.ImportGraph) -> grimp.ImportGraph:
    for importer in graph.find_modules_that_directly_import(PACKAGE):
        details = graph.get_import_details(importer=importer, imported=PACKAGE)
        graph.remove_import(importer=importer, imported=PACKAGE)
        for detail in details:
            words = detail["line_contents"].replace(",", " ").split()
            target = next((name for name in MAPPED_PACKAGES
                           for word in words if word == name or word.startswith(name + ".")), PACKAGE)
            graph.add_module(target)
            graph.add_import(importer=importer, imported=target, line_number=detail["line_number"],
                             line_contents=detail["line_contents"])
    return graph


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return _with_mapped_packages(grimp.build_graph(PACKAGE, include_external_packages=True, cache_dir=None))


def test_every_import_is_on_its_packages_allow_list(graph: grimp.ImportGraph) -> None:
    violations = import_violations(graph, allow_lists())
    assert violations == [], "imports not on the allow-lists in pyproject.toml:\n" + "\n".join(map(str, violations))


def test_every_allow_list_names_packages_that_exist(graph: grimp.ImportGraph) -> None:
    """A list for a package that was moved or renamed would silently guard nothing."""
    ours = {m for m in graph.modules if _within(m, PACKAGE)}
    rules = allow_lists()
    named = set(rules) | {allowed for rule in rules.values() for allowed in rule.modules}
    assert sorted(named - ours - NAMED_AHEAD - set(MAPPED_PACKAGES)) == []


# One probe per rule: the import that breaks it, injected into a copy of the real graph.
PROBES = {
    "only gui and printing import Qt": ("loyalty_pos.services.members.probe", "PySide6"),
    "shiboken6 is Qt too": ("loyalty_pos.jobs.probe", "shiboken6"),
    "only store and sync.server import SQLAlchemy (app.py used to)": ("loyalty_pos.app", "sqlalchemy"),
    "only store and sync.server import Alembic": ("loyalty_pos.cli.probe", "alembic"),
    "a new top-level module has the standard library only": ("loyalty_pos.newcomer", "PySide6"),
    "a new top-level module does not reach into the store": ("loyalty_pos.newcomer", "loyalty_pos.store.tables"),
    "the store sees services only through services.ports": (
        "loyalty_pos.store.repositories.probe", "loyalty_pos.services.sale.checkout"),
    "cards see no services": ("loyalty_pos.cards.probe", "loyalty_pos.services.ports"),
    "printing sees no services": ("loyalty_pos.printing.probe", "loyalty_pos.services.members.cards"),
    "the domain imports only pure standard-library modules": ("loyalty_pos.domain.probe", "sqlite3"),
    "the domain does no I/O through os": ("loyalty_pos.domain.probe", "os"),
    "the domain imports no third-party package": ("loyalty_pos.domain.probe", "qrcode"),
    "the domain imports nothing of ours": ("loyalty_pos.domain.probe", "loyalty_pos.config"),
    "services never touch the store": ("loyalty_pos.services.probe", "loyalty_pos.store.repositories.members"),
    "the GUI never touches the store": ("loyalty_pos.gui.probe", "loyalty_pos.store.unit_of_work"),
    "jobs never open the app": ("loyalty_pos.jobs.probe", "loyalty_pos.app"),
    "jobs never use the GUI": ("loyalty_pos.jobs.probe", "loyalty_pos.gui.operations"),
    "the demo's SQL generators are the demo's alone": ("loyalty_pos.jobs.probe", "loyalty_pos.store.demo.population"),
    "the composition root builds no GUI widgets itself": ("loyalty_pos.app", "loyalty_pos.gui.main_window"),
}


def _with_import(graph: grimp.ImportGraph, importer: str, imported: str) -> grimp.ImportGraph:
    probed = copy.deepcopy(graph)
    probed.add_import(importer=importer, imported=imported, line_number=1, line_contents=f"import {imported}")
    return probed


@pytest.mark.parametrize(("importer", "imported"), list(PROBES.values()), ids=list(PROBES))
def test_each_allow_list_reports_the_import_that_breaks_it(
    graph: grimp.ImportGraph, importer: str, imported: str
) -> None:
    assert import_violations(_with_import(graph, importer, imported), allow_lists()) == [
        Violation(importer, imported, "l.1")
    ]


@pytest.mark.parametrize(("importer", "imported"), [
    ("loyalty_pos.sync.server.storage", "sqlalchemy"),  # the named exception
    ("loyalty_pos.store.repositories.probe", "loyalty_pos.services.ports"),
    ("loyalty_pos.demo.probe", "loyalty_pos.store.demo.history"),
])
def test_what_the_allow_lists_name_is_allowed(graph: grimp.ImportGraph, importer: str, imported: str) -> None:
    """The controls: the probes above fail for their import, not for the probe module."""
    assert import_violations(_with_import(graph, importer, imported), allow_lists()) == []


# --- layers (import-linter) -------------------------------------------------------------


def _layers_contract() -> LayersContract:
    configuration.configure()
    options = _pyproject()["tool"]["importlinter"]
    (layers,) = (c for c in options["contracts"] if c["type"] == "layers")
    return LayersContract(name=layers["name"], session_options={"root_packages": [PACKAGE]},
                          contract_options={k: v for k, v in layers.items() if k not in ("name", "type")})


@pytest.mark.parametrize(("importer", "imported"), [
    ("loyalty_pos.services.probe", "loyalty_pos.jobs.daily"),  # a use case starting a job
    ("loyalty_pos.jobs.probe", "loyalty_pos.gui.operations"),
    ("loyalty_pos.gui.probe", "loyalty_pos.app"),
    ("loyalty_pos.app", "loyalty_pos.demo.seed"),
    ("loyalty_pos.demo.probe", "loyalty_pos.cli.main"),
])
def test_the_layers_contract_reports_an_upward_import(graph: grimp.ImportGraph, importer: str, imported: str) -> None:
    contract = _layers_contract()
    assert contract.check(copy.deepcopy(graph), verbose=False).kept  # the control
    broken = contract.check(_with_import(graph, importer, imported), verbose=False)
    assert not broken.kept
    reported = {(link["importer"], link["imported"])
                for dependency in broken.metadata["invalid_dependencies"]
                for route in dependency["routes"]
                for link in route["chain"]}
    assert (importer, imported) in reported
