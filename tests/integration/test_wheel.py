"""Installed like a product: the wheel, in a fresh virtualenv, run from outside the checkout.

Reinstalling every dependency from PyPI would cost minutes, so the new virtualenv gets
the wheel alone (``--no-deps``) and sees this interpreter's site-packages through a
``.pth`` line. Such a line adds the folder to ``sys.path`` but runs none of the
``.pth`` files in it, so the editable install of the checkout does not leak in: the
test asserts ``loyalty_pos`` is imported from the new virtualenv. The commands run
with ``PYTHONTZPATH`` empty, as on Windows, where time zones come only from tzdata.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from loyalty_pos.cards.keys import load_or_create_key
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.version import __version__

ROOT = Path(__file__).resolve().parents[2]
# What the build reads; copied out so the build leaves nothing in the checkout.
SCRIPTS = "Scripts" if sys.platform == "win32" else "bin"

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    workdir: Path  # outside the checkout: where the commands run
    env: dict[str, str]

    def run(self, *argv: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.venv / SCRIPTS / "loyalty-pos"), *argv], capture_output=True, text=True,
                              timeout=timeout, env=self.env, cwd=self.workdir)

    def python(self, code: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.venv / SCRIPTS / "python"), "-c", code], capture_output=True, text=True,
                              timeout=120, env=self.env, cwd=self.workdir)


def _build_wheel(tmp: Path) -> Path:
    """The wheel exactly as the installer's bundle is built from it (one list of what goes in)."""
    spec = importlib.util.spec_from_file_location("build_bundle", ROOT / "installer" / "build_bundle.py")
    assert spec is not None and spec.loader is not None
    build_bundle = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_bundle)
    return build_bundle.build_wheel(tmp)


def _dependency_folders() -> list[str]:
    """This interpreter's site-packages (and any it reached through .pth lines), never
    a folder holding a loyalty_pos package: the checkout must not leak in."""
    folders = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    folders += [entry for entry in sys.path if Path(entry).name in ("site-packages", "dist-packages")]
    chosen: list[str] = []
    for folder in folders:
        path = Path(folder)
        if folder not in chosen and path.is_dir() and not (path / "loyalty_pos").exists() and path != ROOT:
            chosen.append(folder)
    return chosen


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    tmp = tmp_path_factory.mktemp("wheel")
    wheel = _build_wheel(tmp)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300)
    new_site = subprocess.run([str(venv / SCRIPTS / "python"), "-c",
                               "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              capture_output=True, text=True, check=True).stdout.strip()
    (Path(new_site) / "zz_test_dependencies.pth").write_text("\n".join(_dependency_folders()) + "\n")
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / SCRIPTS / "python"), "install",
                           "--no-deps", "--no-index", "-q", str(wheel)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    workdir = tmp / "elsewhere"
    workdir.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "LOYALTY_POS_LOG_DIR": str(tmp / "logs"),
                "PYTHONTZPATH": "", "PYTHONNOUSERSITE": "1"})
    return Installed(wheel=wheel, venv=venv, workdir=workdir, env=env)


def test_the_wheel_installs_one_top_level_package_with_its_files(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = wheel.namelist()
    top = {name.split("/", 1)[0] for name in names if not name.split("/", 1)[0].endswith(".dist-info")}
    assert top == {"loyalty_pos"}
    for shipped in ("loyalty_pos/assets/logo.png", "loyalty_pos/assets/fonts/DejaVuSans.ttf",
                    "loyalty_pos/assets/fonts/LICENSE-DejaVu.txt", "loyalty_pos/bench/runner.py",
                    "loyalty_pos/assets/i18n/gui_id.qm", "loyalty_pos/assets/i18n/gui_zh_TW.qm",
                    "loyalty_pos/assets/i18n/gui_nb.qm",
                    "loyalty_pos/store/migrations/versions/0006_audit_filters.py",
                    "loyalty_pos/store/migrations/script.py.mako"):
        assert shipped in names
    # Every module of the checkout is in the wheel: a new sub-package cannot be left out.
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "loyalty_pos").rglob("*.py")}
    assert modules <= set(names), sorted(modules - set(names))
    dist_info = {name.split("/", 1)[1] for name in names if name.split("/", 1)[0].endswith(".dist-info")}
    assert {"licenses/LICENSE", "licenses/resources/fonts/LICENSE-DejaVu.txt"} <= dist_info
    metadata = zipfile.ZipFile(installed.wheel).read(
        next(name for name in names if name.endswith(".dist-info/METADATA"))).decode()
    assert f"Version: {__version__}" in metadata and "License-Expression: Apache-2.0" in metadata
    assert "Requires-Dist: tzdata" in metadata


def test_the_package_is_imported_from_the_new_virtualenv(installed: Installed) -> None:
    done = installed.python("import json, loyalty_pos, loyalty_pos.assets, loyalty_pos.bench\n"
                            "print(json.dumps([loyalty_pos.__file__, loyalty_pos.assets.__file__,"
                            " loyalty_pos.bench.__file__]))")
    assert done.returncode == 0, done.stderr
    for path in json.loads(done.stdout):
        assert Path(path).is_relative_to(installed.venv), path
    assert installed.python("import benchmarks").returncode != 0
    assert (installed.venv / SCRIPTS / "loyalty-pos-till").is_file()


def test_an_installed_till_runs_every_command_from_elsewhere(installed: Installed) -> None:
    version = installed.run("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"loyalty-pos {__version__}"

    shop = installed.workdir / "shop"
    demo = installed.run("demo", "--no-gui", "--members", "50", "--data-dir", str(shop))
    assert demo.returncode == 0, demo.stderr
    assert "with 50 members" in demo.stdout
    check = installed.run("check", "--data-dir", str(shop))
    assert check.returncode == 0 and "OK" in check.stdout, check.stdout + check.stderr
    expire = installed.run("expire", "--data-dir", str(shop))
    assert expire.returncode == 0, expire.stderr

    queue = installed.run("cards", "print", "--out", str(installed.workdir / "queue.pdf"), "--data-dir", str(shop))
    assert queue.returncode == 0, queue.stderr
    with sqlite3.connect(shop / "loyalty.sqlite") as db:
        number, name = db.execute(
            "SELECT c.number, m.name FROM cards c JOIN members m ON m.id = c.member_id "
            "WHERE c.status = 'active' AND m.name NOT GLOB '*[^ -~]*' ORDER BY c.number LIMIT 1").fetchone()
    out = installed.workdir / "cards.pdf"
    printed = installed.run("cards", "print", "--members", number, "--out", str(out), "--data-dir", str(shop))
    assert printed.returncode == 0, printed.stderr
    pdf = pdfium.PdfDocument(str(out))
    try:
        page = pdf[0]
        text = page.get_textpage().get_text_range()
        image = page.render(scale=300 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    decoded = {d.format: d.text for d in zxingcpp.read_barcodes(image)}
    key = load_or_create_key(shop / "card-signing.key")
    assert decoded == {zxingcpp.BarcodeFormat.QRCode: encode_qr_payload(number, key),
                       zxingcpp.BarcodeFormat.Code128: number}
    assert name in text

    assert (installed.workdir / "shop" / "loyalty-pos.lock").is_file()
    log = Path(installed.env["LOYALTY_POS_LOG_DIR"]) / "loyalty-pos.log"
    assert "cards print finished with exit code 0" in log.read_text(encoding="utf-8")


def test_an_installed_till_can_be_benchmarked(installed: Installed) -> None:
    bench = installed.run("bench", "--engine", "--json", "--members", "10")
    assert bench.returncode in (0, 1), bench.stderr  # 1: a target missed on a busy machine
    assert [figure["name"] for figure in json.loads(bench.stdout)] == [
        "engine_price_30_lines_p95", "engine_price_30_lines_demo_program_p95"]
