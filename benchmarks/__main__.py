"""Every benchmark, one command; each writes its own section of BENCHMARKS.md with its figures,
its baseline, the ratio and the command that reproduces it.

    python -m benchmarks            # the sizes the targets are about (about 6-8 minutes, 2 cores)
    python -m benchmarks --quick    # smaller sizes, to check that everything runs; writes nothing

Each benchmark runs in its own process, so one's memory and imports never colour another's."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import BENCHMARKS_MD, ROOT, machine

# name -> (module, full-size arguments, quick arguments); registry import and backup come with
# the data-exchange tools and are run when present.
BENCHMARKS: dict[str, tuple[str, list[str], list[str]]] = {
    "startup": ("benchmarks.startup", ["--agencies", "100000", "--runs", "5"],
                ["--agencies", "20000", "--runs", "2", "--no-write"]),
    "agency filter": ("benchmarks.agency_filter", ["--agencies", "100000", "--rounds", "5"],
                      ["--agencies", "20000", "--rounds", "2", "--no-write"]),
    "autosave": ("benchmarks.autosave", ["--answers", "300"], ["--answers", "80", "--no-write"]),
    "report": ("benchmarks.report", ["--runs", "3"], ["--runs", "1"]),
    "registry import": ("benchmarks.registry_import", [], ["--quick", "--no-write"]),
    "backup": ("benchmarks.backup", [], ["--quick", "--no-write"]),
    "server ingest": ("benchmarks.server_ingest", [],
                      ["--records", "1000", "--files", "4", "--clients", "2", "--no-write"]),
    "xlsform import": ("benchmarks.xlsform_import", [], ["--runs", "1", "--no-write"]),
    "sync": ("benchmarks.sync", [],
             ["--inspections", "10", "--files", "30", "--cut-chunks", "4", "--no-write"]),
}  # fmt: skip

HEADER = """# Benchmarks

What an inspector's laptop gets, measured against a baseline in the same run (machines here are
noisy; ratios travel better than seconds). Produced by:

```sh
python -m benchmarks          # all of them at full size
python -m benchmarks --quick  # smaller sizes
```

Updated {machine}. Each section below names the command that reproduces it alone.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS), help="run these")
    args = parser.parse_args()
    failed = []
    for name, (module, full, quick) in BENCHMARKS.items():
        if args.only and name not in args.only:
            continue
        if not (ROOT / (module.replace(".", "/") + ".py")).exists():
            print(f"- {name}: not available yet, skipped")
            continue
        start = time.perf_counter()
        print(f"- {name} ...", flush=True)
        result = subprocess.run(  # noqa: S603 - our own interpreter and modules
            [sys.executable, "-m", module, *(quick if args.quick else full)], cwd=ROOT, check=False
        )
        print(f"  {name}: {time.perf_counter() - start:.0f} s, exit {result.returncode}")
        if result.returncode:
            failed.append(name)
    if not args.quick and not args.only:
        _write_header()
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


def _write_header(path: Path = BENCHMARKS_MD) -> None:
    text = path.read_text("utf-8") if path.exists() else ""
    body = text.split("\n", 1)[1] if text.startswith("# Benchmarks") else text
    marker = "Each section below names the command that reproduces it alone.\n"
    if marker in body:
        body = body.split(marker, 1)[1]
    header = HEADER.format(machine=machine())
    path.write_text(header + "\n" + body.lstrip("\n"), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
