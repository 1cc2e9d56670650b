"""The layer rules of DESIGN.md section 2, as import-linter contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


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
