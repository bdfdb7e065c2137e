"""Start-up, unlock and memory of the desktop app, each against a baseline measured the same way
in the same run.

    python -m benchmarks.startup [--agencies 100000] [--runs 5] [--no-write]

- Cold start to the unlock window shown: a fresh Python process that builds and shows the app's
  main window (the unlock page), against a fresh process that shows a bare PySide6 window.
  Target: at most 2x.
- Unlock: the deliberate key derivation (Argon2id) and opening the vault, reported on its own.
- Peak memory with a vault of ``--agencies`` agencies open, the registry page shown and a filter
  typed, against the bare window's process. Target: under 300 MB.

Each measurement is a child process (QT_QPA_PLATFORM=offscreen), timed from its start to the line
it prints once the window is shown."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, machine, median, write_section

PASSPHRASE = "benchmark passphrase only"  # noqa: S105 - a throwaway vault

# The peak resident memory of the child itself: VmHWM, because ru_maxrss on Linux carries over
# the parent's peak through fork and exec.
_PEAK = """
def peak_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0
"""

BARE = (
    _PEAK
    + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
app.processEvents()
print("SHOWN", peak_kib(), flush=True)
"""
)

APP = (
    _PEAK
    + """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from inspector.gui.context import AppContext
from inspector.gui.main_window import MainWindow
from inspector.settings import Settings
app = QApplication([])
window = MainWindow(AppContext(Path(sys.argv[1]), Settings()))
window.show()
app.processEvents()
print("SHOWN", peak_kib(), flush=True)
"""
)

OPEN_REGISTRY = (
    _PEAK
    + """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from inspector.gui.context import AppContext
from inspector.gui.main_window import MainWindow
from inspector.settings import Settings
from inspector.vault.store import unlock_vault
app = QApplication([])
context = AppContext(Path(sys.argv[1]), Settings())
window = MainWindow(context)
window.show()
start = time.perf_counter()
context.open(unlock_vault(Path(sys.argv[1]), sys.argv[2]))
unlocked = time.perf_counter() - start
window._open_workspace()
page = window.workspace.show_page("agencies")
def settle():
    for _ in range(40):
        app.processEvents()
        context.runner.wait()
    app.processEvents()
settle()
for text in ("k", "ka", "kat", "kath", "kathm", ""):
    page.filter.setText(text)
    time.sleep(0.2)
    settle()
page.table.scrollToBottom()
settle()
print("SHOWN", peak_kib(), round(unlocked * 1000), flush=True)
"""
)


def run_child(code: str, *args: str, home: Path) -> tuple[float, list[str]]:
    """Seconds from starting the process to its SHOWN line, and the rest of that line."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INSPECTOR_HOME": str(home),
        "PYTHONPATH": str(ROOT),
    }
    start = time.perf_counter()
    child = subprocess.Popen(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=home
    )
    for line in child.stdout or ():
        if line.startswith("SHOWN"):
            elapsed = time.perf_counter() - start
            child.wait(timeout=120)
            return elapsed, line.split()[1:]
    child.wait(timeout=120)
    raise RuntimeError(f"the child process exited ({child.returncode}) without showing a window")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    from benchmarks.agency_filter import fill_registry
    from inspector.vault.store import create_vault

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        home = Path(tmp)
        folder = home / "vault"
        created = create_vault(folder, PASSPHRASE)
        fill_registry(created.vault.engine, args.agencies)
        created.vault.close()
        empty = home / "no-vault-yet"
        run_child(BARE, home=home)  # warm the file cache once for both
        bare, app = [], []
        for _ in range(args.runs):  # alternate: both see the same machine noise
            bare.append(run_child(BARE, home=home)[0])
            app.append(run_child(APP, str(empty), home=home)[0])
        bare_rss = int(run_child(BARE, home=home)[1][0]) / 1024
        unlocks, peaks = [], []
        for _ in range(max(1, args.runs // 2)):
            _elapsed, (rss, unlock_ms) = run_child(OPEN_REGISTRY, str(folder), PASSPHRASE,
                                                   home=home)  # fmt: skip
            peaks.append(int(rss) / 1024)
            unlocks.append(int(unlock_ms))

    start_ratio = median(app) / median(bare)
    text = f"""## Start-up, unlock and memory

```sh
python -m benchmarks.startup --agencies {args.agencies} --runs {args.runs}
```

{machine()}. Child processes with QT_QPA_PLATFORM=offscreen, timed from process start to the
window shown; app and baseline alternated, median of {args.runs}.

| measure | app | baseline | ratio | target |
| --- | ---: | ---: | ---: | --- |
| cold start to the unlock window | {median(app):.2f} s | {median(bare):.2f} s (bare PySide6 window) | {start_ratio:.2f} | at most 2x |
| unlock (Argon2id 128 MiB, t=3, p=4, then open and check the schema) | {median(unlocks)} ms | - | - | reported on its own |
| peak memory, {args.agencies:,} agencies open, registry filtered and scrolled | {median(peaks):.0f} MB | {bare_rss:.0f} MB (bare window) | {median(peaks) / bare_rss:.1f} | under 300 MB |

The unlock window imports neither SQLAlchemy, SQLCipher, cryptography nor reportlab; they load when
the vault is opened.
"""  # noqa: E501 - a table row
    print(text)
    if not args.no_write:
        write_section("startup", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
