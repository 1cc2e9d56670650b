"""The files under installer/ that no build here runs (the Windows installer) or that a
desktop reads (the .desktop entry, the icons) stay in step with the program."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from PIL import Image

from loyalty_pos.cli.main import build_parser
from loyalty_pos.version import __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _iss() -> str:
    return (INSTALLER / "windows" / "loyalty-pos.iss").read_text(encoding="utf-8")


def test_the_windows_installer_defaults_to_the_programs_version() -> None:
    (default,) = re.findall(r'#define AppVersion "([^"]+)"', _iss())
    assert default == __version__


def test_the_windows_installer_keeps_the_data_where_the_program_looks_for_it() -> None:
    iss = _iss()
    # platformdirs' site_data_dir on Windows is %PROGRAMDATA%, Inno Setup's {commonappdata}.
    (data_dir,) = re.findall(r'^Name: "(\{commonappdata\}\\loyalty-pos)"; Permissions: users-modify; '
                             r"Flags: uninsneveruninstall$", iss, re.MULTILINE)
    assert data_dir
    shortcuts = [line for line in iss.splitlines() if line.startswith("Name:") and "Filename:" in line]
    till = [line for line in shortcuts if 'Filename: "{app}\\loyalty-pos-till.exe"' in line]
    assert {"{group}" in line or "{autodesktop}" in line for line in till} == {True}
    assert any("{autodesktop}" in line for line in till) and any("{group}" in line for line in till)
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.MULTILINE), "a fixed AppId lets an upgrade find the old install"
    for name in ("LicenseFile=..\\..\\LICENSE", "SetupIconFile=..\\icon\\loyalty-pos.ico"):
        assert name in iss
        assert (INSTALLER / "windows" / name.split("=", 1)[1].replace("\\", "/")).resolve().is_file(), name


def test_the_desktop_entry_starts_the_bundled_till_under_office_and_finance() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    entry.read(INSTALLER / "linux" / "loyalty-pos.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "/opt/loyalty-pos/loyalty-pos-till"
    assert desktop["Icon"] == "loyalty-pos"
    assert desktop["Categories"] == "Office;Finance;"
    assert desktop["Terminal"] == "false"


def test_every_icon_size_is_there_square_and_in_the_windows_icon() -> None:
    for size in ICON_SIZES:
        with Image.open(INSTALLER / "icon" / f"loyalty-pos-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getpixel((size // 2, size // 2))[3] == 255  # drawn to the middle, not blank
            assert png.getpixel((0, 0))[3] == 0  # rounded corners stay transparent
    with Image.open(INSTALLER / "icon" / "loyalty-pos.ico") as ico:
        assert set(ico.info["sizes"]) == {(size, size) for size in ICON_SIZES}
    assert (INSTALLER / "icon" / "loyalty-pos.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_the_smoke_test_is_a_documented_option_of_the_till() -> None:
    help_text = build_parser().format_help()
    assert "--smoke-test" in help_text and "--smoke-screenshot" in help_text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Install for a shop" in readme and "--smoke-test" in readme


def test_the_windows_installer_refuses_an_older_version_over_the_installed_one_by_its_own_app_id() -> None:
    """The refusal reads the installed version from the uninstall key Inno Setup names after
    the AppId: a key spelled with another id would find nothing and let a downgrade through
    (run under Wine by installer/windows/build_under_wine.sh)."""
    iss = _iss()
    (app_id,) = re.findall(r"^AppId=\{\{([0-9A-F-]{36})\}$", iss, re.MULTILINE)
    (key_id,) = re.findall(r"\\Uninstall\\\{([0-9A-F-]{36})\}_is1'", iss)
    assert key_id == app_id
    assert "ComparePackedVersion(Installed, ThisOne) > 0" in iss and "Result := False" in iss
