"""What the computer says about where it is, read from the places each system keeps it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from loyalty_pos import system_region


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TZ", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


def test_the_zone_from_tz_then_etc_timezone_then_the_localtime_link(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    zone_file = tmp_path / "timezone"
    link = tmp_path / "localtime"
    zoneinfo = tmp_path / "usr" / "share" / "zoneinfo" / "Asia"
    zoneinfo.mkdir(parents=True)
    (zoneinfo / "Jakarta").write_bytes(b"TZif")
    if os.name == "posix":
        link.symlink_to(zoneinfo / "Jakarta")
        assert system_region.system_timezone(link, zone_file) == "Asia/Jakarta"  # macOS, most Linux
    zone_file.write_text("Europe/Oslo\n")
    assert system_region.system_timezone(link, zone_file) == "Europe/Oslo"  # Debian, Ubuntu
    monkeypatch.setenv("TZ", ":Asia/Taipei")
    assert system_region.system_timezone(link, zone_file) == "Asia/Taipei"


def test_no_zone_anywhere(tmp_path: Path) -> None:
    assert system_region.system_timezone(tmp_path / "none", tmp_path / "none") is None


def test_the_locale_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    assert system_region.system_locale() == "nb_NO.UTF-8"
    monkeypatch.setenv("LC_ALL", "id_ID.UTF-8")
    assert system_region.system_locale() == "id_ID.UTF-8"


def test_defaults_follow_the_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    monkeypatch.setenv("TZ", "Asia/Taipei")
    region = system_region.setup_defaults()
    assert (region.country, region.currency, region.timezone, region.language) == (
        "TW", "TWD", "Asia/Taipei", "zh-Hant")
