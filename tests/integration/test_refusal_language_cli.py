"""A refusal from jobs/ printed by the CLI in the computer's language (issue #23 part 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runs import run_cli


@pytest.fixture
def norwegian_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")


@pytest.mark.usefixtures("norwegian_terminal")
def test_a_restore_refusal_prints_in_norwegian(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite"
    code, out, err = run_cli(capsys, "--data-dir", str(tmp_path / "shop"), "restore", str(missing))
    assert code != 0 and out == ""
    assert err.strip() == f"loyalty-pos: Gjenoppretter ikke {missing}: filen finnes ikke"


@pytest.mark.usefixtures("norwegian_terminal")
def test_a_missing_shop_prints_in_norwegian(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run_cli(capsys, "--data-dir", str(tmp_path / "shop"), "sync")
    assert code != 0
    assert err.startswith(f"loyalty-pos: Det finnes ingen butikk i {tmp_path / 'shop'} ennå.")
