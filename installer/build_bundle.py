"""Builds the one-folder bundle of loyalty-pos with PyInstaller: ``dist/loyalty-pos/``.

    python installer/build_bundle.py [--dist DIR] [--work DIR]

The bundle is made from the wheel, not from the checkout: the wheel is built and
unpacked first, and PyInstaller analyses that, so the bundle holds exactly what
``pip install`` would put in site-packages (pyproject's package list and package data),
with no second list of files to keep in step. The folder then gets the desktop entry
and the icons (``share/``), laid out as under ``/usr/local/share``.

Needs the ``installer`` extra (``pip install -e ".[installer]"``) and builds for the
system it runs on: the Windows bundle is built on Windows (see the README's
"Install for a shop").
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# What the wheel is built from; copied out so the build leaves nothing in the checkout.
WHEEL_INPUTS = ("pyproject.toml", "README.md", "LICENSE", "loyalty_pos", "resources", "benchmarks")
NAME = "loyalty-pos"


def build_wheel(work: Path) -> Path:
    source = work / "source"
    shutil.rmtree(source, ignore_errors=True)
    source.mkdir(parents=True)
    for name in WHEEL_INPUTS:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(origin, source / name)
    wheels = work / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)])
    (wheel,) = wheels.glob("loyalty_pos-*.whl")
    return wheel


def unpack(wheel: Path, work: Path) -> Path:
    """A pure-Python wheel unpacked is the package as installed."""
    site = work / "site"
    shutil.rmtree(site, ignore_errors=True)
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def run_pyinstaller(site: Path, dist: Path, work: Path) -> Path:
    env = {**os.environ, "LOYALTY_POS_SITE": str(site)}
    _run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
          "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(HERE / f"{NAME}.spec")], env=env)
    return dist / NAME


def add_desktop_files(bundle: Path) -> None:
    """``share/applications`` and ``share/icons/hicolor``: copied over ``/usr/local/share``
    they put the till in the desktop's menu (README, "Install for a shop")."""
    share = bundle / "share"
    applications = share / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "linux" / f"{NAME}.desktop", applications / f"{NAME}.desktop")
    for png in sorted((HERE / "icon").glob(f"{NAME}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        apps = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, apps / f"{NAME}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "icon" / f"{NAME}.svg", scalable / f"{NAME}.svg")


def _run(argv: list[str], env: dict[str, str] | None = None) -> None:
    done = subprocess.run(argv, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"build_bundle: {' '.join(argv[:4])} ... failed with exit code {done.returncode}")


def build(dist: Path, work: Path) -> Path:
    started = time.monotonic()
    site = unpack(build_wheel(work), work)
    bundle = run_pyinstaller(site, dist, work)
    add_desktop_files(bundle)
    print(f"built {bundle} in {time.monotonic() - started:.0f} s")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder loyalty-pos bundle with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, help="build files (default: a temporary folder, removed after)")
    args = parser.parse_args(argv)
    if args.work is not None:
        build(args.dist.resolve(), args.work.resolve())
        return 0
    with tempfile.TemporaryDirectory(prefix="loyalty-pos-bundle-") as work:
        build(args.dist.resolve(), Path(work))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
