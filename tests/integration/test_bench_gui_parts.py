"""The GUI figures' parts that the bench's smoke run does not reach in a test: the
private X server, which cold methods a machine allows, and the high-water mark."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from loyalty_pos.bench import cache, page_cache
from loyalty_pos.bench.display import gui_display
from loyalty_pos.bench.rss import peak_mb, resident_mb


def test_the_whole_cache_is_dropped_only_where_the_machine_lets_us(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "DROP_CACHES", tmp_path / "absent")
    assert page_cache.methods() == (page_cache.DB_EVICTED,)
    writable = tmp_path / "drop_caches"
    writable.write_text("")
    monkeypatch.setattr(cache, "DROP_CACHES", writable)
    assert page_cache.methods() == (page_cache.COLD, page_cache.DB_EVICTED)


def test_evicting_the_database_reaches_its_side_files_and_refuses_an_unknown_method(tmp_path: Path) -> None:
    db = tmp_path / "loyalty.sqlite"
    db.write_bytes(b"x" * 8192)
    (tmp_path / "loyalty.sqlite-wal").write_bytes(b"y" * 4096)
    # A missing -shm is no error; the method comes back for the figure's JSON row.
    assert page_cache.make_cold(page_cache.DB_EVICTED, db) == cache.EVICT_METHOD
    assert db.read_bytes() == b"x" * 8192  # advice only: nothing written
    with pytest.raises(ValueError, match="lukewarm"):
        page_cache.make_cold("lukewarm", db)


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="no Xvfb on this machine")
def test_without_a_display_the_figures_get_a_private_x_server_that_goes_away(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    with gui_display() as display:
        assert display.kind == "xvfb" and display.suffix == ""
        number = display.env["DISPLAY"].lstrip(":")
        socket = Path(f"/tmp/.X11-unix/X{number}")
        assert socket.exists()
    assert not socket.exists()


def test_with_qt_told_offscreen_the_figures_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    with gui_display() as display:
        assert display.suffix == "_offscreen"


def test_the_high_water_mark_is_at_least_what_is_resident_now() -> None:
    now = resident_mb()
    assert 10 < now <= peak_mb()


def test_an_xvfb_that_does_not_come_up_leaves_the_figures_offscreen(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "Xvfb"
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    with gui_display() as display:
        assert display.kind == "offscreen" and display.env == {"QT_QPA_PLATFORM": "offscreen"}
