"""The command line as a new user meets it: --version, --help, --data-dir anywhere,
progress in a pipe, and one clear line where there is no display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from loyalty_pos.version import __version__
from loyalty_pos.cli.display import EXIT_NO_DISPLAY, MissingDisplayLibrary, NoDisplay, require_display
from loyalty_pos.cli.main import build_parser, main

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, *, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env=env if env is not None else dict(os.environ), cwd=cwd or ROOT)


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"loyalty-pos {__version__}"
    assert __version__.count(".") == 2


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["cards", "print", "--help"]])
def test_help_and_version_import_neither_qt_nor_the_database(argv: list[str]) -> None:
    """A fresh interpreter: what --help loads is all that is in sys.modules afterwards."""
    done = _python(
        "import sys, json\n"
        "from loyalty_pos.cli.main import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit as exit_:\n"
        "    code = exit_.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy', 'alembic'))\n"
        "print(json.dumps({'code': code, 'heavy': heavy}), file=sys.stderr)\n"
    )
    result = json.loads(done.stderr.strip().splitlines()[-1])
    assert result == {"code": 0, "heavy": []}, done.stderr
    assert "usage: loyalty-pos" in done.stdout or done.stdout.startswith("loyalty-pos ")


@pytest.mark.parametrize("argv", [
    ["--data-dir", "D", "demo", "--no-gui"],
    ["demo", "--no-gui", "--data-dir", "D"],
    ["demo", "--data-dir", "D", "--no-gui"],
    ["cards", "print", "--out", "x.pdf", "--data-dir", "D"],
    ["cards", "--data-dir", "D", "print", "--out", "x.pdf"],
    ["cards", "key", "show", "--data-dir", "D"],
    ["points", "adjust", "1", "5", "--reason", "r", "--data-dir", "D"],
    ["member", "1234", "--data-dir", "D"],
    ["check", "--data-dir", "D"],
    ["bench", "--engine", "--data-dir", "D"],
])
def test_data_dir_is_taken_before_or_after_any_command(argv: list[str]) -> None:
    assert build_parser().parse_args(argv).data_dir == "D"


def test_data_dir_given_only_before_the_command_is_kept() -> None:
    args = build_parser().parse_args(["--data-dir", "D", "cards", "key", "show"])
    assert args.data_dir == "D"
    assert build_parser().parse_args(["check"]).data_dir is None


def test_demo_with_data_dir_after_the_command_seeds_there(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "shop"
    assert main(["demo", "--no-gui", "--members", "20", "--data-dir", str(data_dir)]) == 0
    assert (data_dir / "loyalty.sqlite").is_file()
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    assert main(["cards", "key", "show", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "OK" in out and str(data_dir) in out


def test_progress_in_a_pipe_is_plain_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--no-gui", "--members", "300", "--data-dir", str(tmp_path / "shop")]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err and "[#" not in err
    lines = err.splitlines()
    members = [line for line in lines if line.startswith("members: ")]
    assert members[0] == "members: 0/300 (0 %)" and members[-1] == "members: 300/300 (100 %)"
    assert 2 <= len(members) <= 11


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux desktops can lack a display server")
def test_no_display_is_one_line_and_its_own_exit_code(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "loyalty_pos", "--data-dir", str(tmp_path / "shop")],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert done.returncode == EXIT_NO_DISPLAY, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("loyalty-pos: no display found (")
    assert not (tmp_path / "shop" / "loyalty.sqlite").exists()  # refused before touching the shop


def test_demo_refuses_without_a_display_before_seeding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["demo", "--members", "5", "--data-dir", str(tmp_path / "shop")]) == EXIT_NO_DISPLAY
    assert "no display found" in capsys.readouterr().err
    assert not (tmp_path / "shop" / "loyalty.sqlite").exists()


@pytest.mark.parametrize(("environ", "platform", "refused"), [
    ({}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_which_environments_have_a_display(environ: dict[str, str], platform: str, refused: bool) -> None:
    if refused:
        with pytest.raises(NoDisplay):
            require_display(environ, platform, find_library=lambda name: name)
    else:
        require_display(environ, platform, find_library=lambda name: name)


def test_an_x11_desktop_without_libxcb_cursor_is_told_which_package_to_install() -> None:
    # Qt 6.5+ aborts with a paragraph about plugins when libxcb-cursor is missing: a
    # fresh Ubuntu or Debian desktop after `pip install`. One line names the package.
    with pytest.raises(MissingDisplayLibrary) as refused:
        require_display({"DISPLAY": ":0"}, "linux", find_library=lambda name: None)
    assert "libxcb-cursor0" in str(refused.value)
    assert refused.value.exit_code == EXIT_NO_DISPLAY
    # Only what is missing is named (Qt's own hint names xcb-cursor whatever is missing).
    with pytest.raises(MissingDisplayLibrary) as refused:
        require_display({"DISPLAY": ":0"}, "linux",
                        find_library=lambda name: None if name in ("xcb-icccm", "xcb-keysyms") else name)
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1)" in str(refused.value)
    assert "cursor" not in str(refused.value)
    # Wayland, or a platform chosen by hand, does not go through xcb at all.
    require_display({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", find_library=lambda name: None)
    require_display({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", find_library=lambda name: None)
