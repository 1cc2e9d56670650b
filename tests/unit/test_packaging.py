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
    assert sorted(listed - found - set(MAPPED)) == []


def test_resources_and_benchmarks_install_inside_the_package() -> None:
    table = _setuptools_table()
    assert table["package-dir"] == MAPPED
    assert set(MAPPED) <= set(table["packages"])
    for folder in MAPPED.values():
        assert (ROOT / folder).is_dir()
