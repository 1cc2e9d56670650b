"""A till is installed without extras (`pip install loyalty-pos`): every third-party module
that a till package may import (pyproject's allowed_imports) must come with the base
dependencies, or the installed till fails where the checkout, which has every extra,
passes. The server (`[server]`) is the one package allowed more."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVER_ONLY = ("loyalty_pos.sync.server",)


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _requirement_name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_module_a_till_package_imports_comes_with_the_base_install() -> None:
    pyproject = _pyproject()
    base = {_requirement_name(requirement) for requirement in pyproject["project"]["dependencies"]}
    for name in list(base):  # what a base dependency brings itself (PySide6 brings shiboken6)
        try:
            base |= {_requirement_name(requirement) for requirement in requires(name) or ()
                     if "extra ==" not in requirement}
        except PackageNotFoundError:
            continue
    distributions = packages_distributions()
    missing = []
    for package, allowed in pyproject["tool"]["loyalty_pos"]["allowed_imports"].items():
        if package.startswith(SERVER_ONLY):
            continue
        for module in allowed.get("third_party", ()):
            names = {name.lower().replace("_", "-") for name in distributions.get(module, [module])}
            if not names & base:
                missing.append(f"{package} imports {module} ({', '.join(sorted(names))})")
    assert missing == []
