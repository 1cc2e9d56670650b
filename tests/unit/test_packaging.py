"""The wheel's package list (pyproject.toml) names every package under loyalty_pos/.

It is written by hand because resources/ and benchmarks/ are mapped into the package
from the top of the repository; a package added under loyalty_pos/ and forgotten there
would be missing from an installed till while every test from the checkout passed.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from setuptools import find_namespace_packages

ROOT = Path(__file__).resolve().parents[2]
MAPPED = {"loyalty_pos.assets": "resources", "loyalty_pos.bench": "benchmarks"}


def _setuptools_table() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_under_loyalty_pos_is_in_the_wheel() -> None:
    found = set(find_namespace_packages(where=str(ROOT), include=["loyalty_pos", "loyalty_pos.*"],
                                        exclude=["*.__pycache__"]))
    listed = set(_setuptools_table()["packages"])
    assert sorted(found - listed) == []
    mapped = {name for name in listed if any(name == m or name.startswith(m + ".") for m in MAPPED)}
    assert sorted(listed - found - mapped) == []


def test_resources_and_benchmarks_install_inside_the_package() -> None:
    table = _setuptools_table()
    assert table["package-dir"] == MAPPED
    assert set(MAPPED) <= set(table["packages"])
    for folder in MAPPED.values():
        assert (ROOT / folder).is_dir()


def test_folders_inside_the_mapped_folders_are_listed_too() -> None:
    # setuptools sees resources/fonts as the importable package loyalty_pos.assets.fonts
    # and warns at every build that it "would be ignored" unless it is listed; listing it
    # keeps the build quiet and the font files owned by one package-data entry.
    listed = set(_setuptools_table()["packages"])
    for package, folder in MAPPED.items():
        for sub in sorted((ROOT / folder).rglob("*")):
            if sub.is_dir() and sub.name != "__pycache__" and "__pycache__" not in sub.parts:
                name = package + "." + ".".join(sub.relative_to(ROOT / folder).parts)
                assert name in listed, f"{name} ({sub.relative_to(ROOT)}) is not in the package list"
