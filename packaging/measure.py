"""Bundle size, build time and start-up time of the one-folder app, against a bare PySide6 window.

    python packaging/measure.py [--runs 7] [--bundle dist/field-inspector] [--no-build]

Builds the app (packaging/build.py, timed) unless ``--no-build``, and a bare PySide6 window
(packaging/bare_window.py) the same way: PyInstaller, one folder, the same PyInstaller. Then
starts each, alternately, ``--runs`` times after one unmeasured warm-up start, on the offscreen
platform with a fresh INSPECTOR_HOME: the time from starting the process to the line it prints
once its window has painted for the first time (INSPECTOR_QUIT_AFTER_START=1). The same two,
started from the Python environment instead of a bundle, are measured alongside. Rewrites the
section between the bundle markers in BENCHMARKS.md."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from build import build, folder_size  # noqa: E402

BENCHMARKS = ROOT / "BENCHMARKS.md"
START, END = "<!-- bundle:start -->", "<!-- bundle:end -->"
SHOWN = "window shown: "


def build_bare(work: Path) -> Path:
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--onedir",
            "--name",
            "bare-window",
            "--exclude-module",
            "tkinter",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "work"),
            "--specpath",
            str(work),
            str(ROOT / "packaging" / "bare_window.py"),
        ],
        check=True,
        cwd=ROOT,
    )
    return work / "dist" / "bare-window"


def start_seconds(command: list[str], home: Path) -> float:
    """Seconds from starting ``command`` to its first-paint line, in a fresh INSPECTOR_HOME."""
    env = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "DISPLAY"}}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        INSPECTOR_QUIT_AFTER_START="1",
        INSPECTOR_HOME=str(home),
    )
    started = time.perf_counter()
    with subprocess.Popen(  # noqa: S603 - fixed arguments
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=home
    ) as process:
        for line in process.stdout or ():
            if line.startswith(SHOWN):
                seconds = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{command[0]} ended without showing its window")
        process.wait(timeout=60)
    return seconds


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="inspector-measure-") as temp:
        for round_ in range(runs + 1):
            for name, command in commands.items():
                home = Path(temp) / f"{name}-{round_}"
                home.mkdir()
                seconds = start_seconds(command, home)
                if round_:  # the first round warms the disk cache
                    times[name].append(seconds)
    return times


def section(
    *,
    app: Path,
    bare: Path,
    build_seconds: float | None,
    times: dict[str, list[float]],
    runs: int,
) -> str:
    import PyInstaller
    from PySide6 import __version__ as pyside

    def files(folder: Path) -> int:
        return sum(1 for p in folder.rglob("*") if p.is_file())

    def row(name: str, label: str) -> str:
        values = sorted(times[name])
        return (
            f"| {label} | {statistics.median(values):.2f} s | {values[0]:.2f} s | "
            f"{values[-1]:.2f} s |"
        )

    built = f"{build_seconds:.0f} s" if build_seconds is not None else "not measured (--no-build)"
    app_median = statistics.median(times["bundle app"])
    bare_median = statistics.median(times["bundle bare"])
    venv_median = statistics.median(times["venv app"])
    about = para(
        f"""It rewrites this section (between the bundle markers). The one-folder build of
        `packaging/inspector.spec` (PyInstaller {PyInstaller.__version__}, PySide6 {pyside},
        CPython {platform.python_version()}, {platform.system()} {platform.machine()},
        {os.cpu_count()} cores), measured {dt.date.today().isoformat()} on a shared machine (other
        jobs were running: single figures are noisy)."""
    )
    method = para(
        f"""Start-up: seconds from starting the process to the first paint of its window (the
        app on its create-vault page, in a fresh `INSPECTOR_HOME`), on the offscreen platform,
        {runs} starts each after one unmeasured warm-up, the four alternating. A one-folder build
        extracts nothing at start; the app's figure is the bootloader, Python, Qt, the settings
        file, the translations and the window's pages (SQLAlchemy, SQLCipher and cryptography load
        only on unlock)."""
    )
    verdict = para(
        f"""The bundled app takes {app_median - bare_median:+.2f} s over the bundled bare window
        ({app_median / bare_median:.2f}x), and {app_median - venv_median:+.2f} s over the same
        app started from the Python environment."""
    )
    return f"""{START}
## Installable app: bundle size and start-up

```sh
/tmp/venv/bin/python packaging/measure.py --runs {runs}   # from the repository root
```

{about}

| | app (`dist/field-inspector`) | bare PySide6 window, bundled the same way |
| --- | ---: | ---: |
| folder size | {folder_size(app) / 1e6:.0f} MB | {folder_size(bare) / 1e6:.0f} MB |
| files | {files(app)} | {files(bare)} |
| build time (`packaging/build.py`, clean) | {built} | |

{method}

| started from | median | fastest | slowest |
| --- | ---: | ---: | ---: |
{row("bundle app", "bundle: Field Inspector")}
{row("bundle bare", "bundle: bare PySide6 window")}
{row("venv app", "venv: `python -m inspector`")}
{row("venv bare", "venv: `python packaging/bare_window.py`")}

{verdict}
{END}"""


def para(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=100, break_on_hyphens=False)


def write_section(text: str) -> None:
    current = BENCHMARKS.read_text("utf-8")
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.DOTALL)
    if pattern.search(current):
        updated = pattern.sub(lambda _match: text, current)
    else:
        updated = current.rstrip("\n") + "\n\n" + text + "\n"
    BENCHMARKS.write_text(updated, "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "field-inspector")
    parser.add_argument("--no-build", action="store_true", help="measure the bundle as it is")
    args = parser.parse_args()
    build_seconds = None
    if not args.no_build:
        started = time.perf_counter()
        args.bundle = build(args.bundle.parent.resolve(), ROOT / "build" / "pyinstaller")
        build_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="bare-window-") as work:
        bare = build_bare(Path(work))
        commands = {
            "bundle app": [str(args.bundle / "field-inspector")],
            "bundle bare": [str(bare / "bare-window")],
            "venv app": [sys.executable, "-m", "inspector"],
            "venv bare": [sys.executable, str(ROOT / "packaging" / "bare_window.py")],
        }
        times = measure(commands, args.runs)
        text = section(
            app=args.bundle, bare=bare, build_seconds=build_seconds, times=times, runs=args.runs
        )
    write_section(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
