"""Build the one-folder application: ``dist/field-inspector/``, then print its size.

    python packaging/build.py [--dist DIR] [--work DIR]

Needs the ``build`` extra (``pip install -e '.[build]'``). PyInstaller builds for the system it
runs on: run it on Windows for the Windows folder (then packaging/windows/field-inspector.iss
makes the installer), on Linux for the Linux one. Nothing of the build machine goes in but the
Python packages, Qt and the files under forms/, resources/ and inspector/; no vault, no settings,
no key."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "inspector.spec"
NAME = "field-inspector"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the bundle's folder."""
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    return dist / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    bundle = build(args.dist.resolve(), args.work.resolve())
    seconds = time.perf_counter() - started
    size = folder_size(bundle)
    print(f"built {bundle} in {seconds:.0f} s: {size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
