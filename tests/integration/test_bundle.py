"""The one-folder bundle (installer/build_bundle.py), built and run as a shop would run it.

One build per test session, even with xdist's two workers: the first test to need it
builds it under a lock in the session's shared temporary folder, the others reuse it
(a build takes one and a half to two minutes on the CI's two cores). The programs run
with no PYTHON* variables, from a folder outside the checkout, with Qt offscreen.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from loyalty_pos.store.revisions import HEAD
from loyalty_pos.version import __version__

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CI builds and starts the Linux bundle"),
]


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not os.environ.get("CI"):
        # CI installs the installer extra (README's test command); a developer may not have.
        pytest.importorskip("PyInstaller", reason='pip install -e ".[installer]" to build the bundle')
    # Under xdist each worker's base folder sits in the session's, which they share; without
    # it the base folder is the session's own (its parent is every session's, never reused).
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    built = shared / "bundle" / "dist" / "loyalty-pos"
    with _locked(shared / "bundle.lock"):
        if not (built / "loyalty-pos").is_file():
            done = subprocess.run([sys.executable, str(ROOT / "installer" / "build_bundle.py"),
                                   "--dist", str(shared / "bundle" / "dist"), "--work", str(shared / "bundle" / "work")],
                                  capture_output=True, text=True, timeout=900, env=_environment(shared))
            assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return built


def _environment(tmp: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "LOYALTY_POS_LOG_DIR": str(tmp / "logs")})
    return env


def _run(bundle: Path, program: str, *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle / program), *argv], capture_output=True, text=True, timeout=180,
                          env=_environment(cwd), cwd=cwd, stdin=subprocess.DEVNULL)


def _init(bundle: Path, data: Path, cwd: Path) -> None:
    pin = cwd / "pin"
    pin.write_text("2580\n")
    pin.chmod(0o600)
    done = _run(bundle, "loyalty-pos", "init", "--shop-name", "Kopi Kita", "--country", "ID",
                "--timezone", "Asia/Jakarta", "--program", "stamps", "--stamp-item", "Kopi susu",
                "--stamp-price", "25000", "--manager", "siti", "--pin-file", str(pin), "--data-dir", str(data), cwd=cwd)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Recovery code" in done.stdout


def test_the_bundle_carries_its_own_python_both_programs_and_the_desktop_files(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert list(internal.glob("libpython3*.so*")), "no Python runtime inside the bundle"
    for program in ("loyalty-pos", "loyalty-pos-till"):
        assert os.access(bundle / program, os.X_OK), program
    for shipped in ("loyalty_pos/assets/logo.png", "loyalty_pos/assets/fonts/DejaVuSans.ttf",
                    "loyalty_pos/store/migrations/env.py", "loyalty_pos/store/migrations/script.py.mako",
                    f"loyalty_pos/store/migrations/versions/{HEAD}_"):
        assert list(internal.glob(shipped + "*")), shipped
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "printsupport/libcupsprintersupport.so"):
        assert (plugins / plugin).is_file(), plugin
    desktop = (bundle / "share" / "applications" / "loyalty-pos.desktop").read_text()
    assert "Exec=/opt/loyalty-pos/loyalty-pos-till" in desktop and "Categories=Office;Finance;" in desktop
    for size in (16, 32, 48, 256):
        assert (bundle / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "loyalty-pos.png").is_file()


def test_the_bundle_answers_its_version(bundle: Path, tmp_path: Path) -> None:
    done = _run(bundle, "loyalty-pos", "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"loyalty-pos {__version__}"


def test_the_bundle_sets_a_shop_up_checks_it_and_prints_cards(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "shop"
    _init(bundle, data, tmp_path)
    check = _run(bundle, "loyalty-pos", "check", "--data-dir", str(data), cwd=tmp_path)
    assert check.returncode == 0 and "OK" in check.stdout, check.stdout + check.stderr
    sheet = tmp_path / "cards.pdf"
    printed = _run(bundle, "loyalty-pos", "cards", "print", "--new", "4", "--out", str(sheet), "--data-dir", str(data),
                   cwd=tmp_path)
    assert printed.returncode == 0, printed.stdout + printed.stderr
    assert sheet.read_bytes().startswith(b"%PDF") and sheet.stat().st_size > 10_000
    assert "Traceback" not in printed.stderr


def test_the_bundled_till_smoke_starts_on_the_sign_in_screen(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "shop"
    _init(bundle, data, tmp_path)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    picture = ARTIFACTS / "bundle_till_sign_in.png"
    picture.unlink(missing_ok=True)
    done = _run(bundle, "loyalty-pos-till", "--smoke-test", "--smoke-screenshot", str(picture),
                "--data-dir", str(data), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "sign-in screen" in done.stdout
    assert picture.stat().st_size > 5_000


def test_the_bundled_till_on_an_empty_folder_opens_the_first_run_setup(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "new"
    done = _run(bundle, "loyalty-pos-till", "--smoke-test", "--data-dir", str(data), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "first-run setup" in done.stdout
    assert not (data / "loyalty.sqlite").exists()


def test_a_new_bundle_over_an_older_shop_backs_it_up_then_migrates_it_on_first_start(
    bundle: Path, tmp_path: Path
) -> None:
    """Installing a new version over an old one: the data stays where it was, and the first
    start copies the old file to backups/ before bringing it to the current schema."""
    from alembic import command

    from loyalty_pos.store.engine import create_sqlite_engine
    from loyalty_pos.store.schema import alembic_config, current_revision

    data = tmp_path / "shop"
    _init(bundle, data, tmp_path)
    database = data / "loyalty.sqlite"
    engine = create_sqlite_engine(database, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "-1")  # as the release before this one left it
    finally:
        engine.dispose()
    older = current_revision(database)
    assert older is not None and older != HEAD

    done = _run(bundle, "loyalty-pos-till", "--smoke-test", "--data-dir", str(data), cwd=tmp_path)

    assert done.returncode == 0 and "sign-in screen" in done.stdout, done.stdout + done.stderr
    assert current_revision(database) == HEAD
    (taken,) = (data / "backups").glob(f"loyalty-{older}-before-{HEAD}-*.sqlite")
    assert current_revision(taken) == older
    with closing(sqlite3.connect(taken)) as copy:
        assert copy.execute("SELECT username FROM staff").fetchall() == [("siti",)]
    check = _run(bundle, "loyalty-pos", "check", "--data-dir", str(data), cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
