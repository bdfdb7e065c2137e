"""The fuzzing pass of issue 15, run as a child process by test_hardening_fuzz.py so that its
memory can be measured on its own: generated CSV, XLSX, JSON, zip and PDF inputs go through
every importer and 'verify', by the command line's own entry point.

    python -m tests.services.fuzz_importers WORK_DIR EXAMPLES_PER_KIND

Prints one JSON line: runs, the exit codes seen, the slowest run, peak memory (MB), and the
failures (kind, command, exit code, what it printed).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import resource
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

PASSPHRASE = "fuzzing passphrase for a throwaway vault"
HEADER = "licence_number,name,country,city,licence_valid_until\n"
PARTLY_IMPORTED = 11  # 'agencies import' stored the good rows and names the rejected ones

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)
cell = st.one_of(
    st.none(), text, st.integers(-(10**20), 10**20), st.floats(allow_nan=True), st.booleans()
)
# Values that pass the first checks, so that generated records get further in.
plausible = st.one_of(
    st.uuids().map(str),
    st.sampled_from(["NP", "Nepal", "", "locked", "draft", "completed", "critical", "yes"]),
    st.datetimes(timezones=st.just(__import__("datetime").UTC)).map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat()),
    st.integers(-5, 2**40),
    st.sampled_from([1e308, -0.0, True]),
)


def _table_columns() -> dict[str, list[str]]:
    from inspector.services.export import TABLES, columns_of

    return {name: columns_of(cls) for name, cls in TABLES.items()}


TABLE_COLUMNS = _table_columns()
json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), text),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(text, inner, max_size=5),
    max_leaves=30,
)


def _vault_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for name in ("vault.db", "vault.key"):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()


class Runner:
    def __init__(self, work: Path) -> None:
        from inspector.vault import keys
        from inspector.vault.store import create_vault

        self.work = work
        self.vault = work / "vault"
        create_vault(self.vault, PASSPHRASE, kdf=keys.KdfParams(1, 1, 8 * 1024)).vault.close()
        self.runs = 0
        self.codes: dict[int, int] = {}
        self.slowest = 0.0
        self.failures: list[dict[str, Any]] = []
        self.counter = 0

    def file(self, suffix: str, content: bytes) -> Path:
        self.counter += 1
        path = self.work / f"input-{self.counter}{suffix}"
        path.write_bytes(content)
        return path

    def run(self, kind: str, *argv: str) -> None:
        from inspector.cli.main import main

        before = _vault_hash(self.vault)
        out, err = io.StringIO(), io.StringIO()
        started = time.monotonic()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(["--vault", str(self.vault), *argv])
            except SystemExit as exc:  # argparse
                code = int(exc.code or 0)
        elapsed = time.monotonic() - started
        self.runs += 1
        self.codes[code] = self.codes.get(code, 0) + 1
        self.slowest = max(self.slowest, elapsed)
        said = err.getvalue()
        problem = None
        if code == 70 or "Traceback" in said or "unexpected error" in said:
            problem = "exit 70 or a traceback"
        elif code not in (0, PARTLY_IMPORTED) and _vault_hash(self.vault) != before:
            problem = "a refused input changed the vault"
        elif elapsed > 10:
            problem = "took more than 10 s"
        if problem:
            self.failures.append(
                {
                    "kind": kind,
                    "argv": argv[:2],
                    "code": code,
                    "problem": problem,
                    "said": said[-400:],
                }
            )


def _xlsx(rows: list[list[Any]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        try:
            sheet.append(row)
        except Exception:  # characters a worksheet cannot hold: the generator's, not ours
            sheet.append(["".join(c for c in str(value) if c.isprintable()) for value in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _mutate(data: bytes, where: int, how: int, insert: bytes) -> bytes:
    if not data:
        return insert
    at = where % len(data)
    if how == 0:
        return data[:at]  # cut short
    if how == 1:
        return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]  # a flipped byte
    return data[:at] + insert + data[at:]  # something inserted


def _zip(members: list[tuple[str, bytes]], deflate: bool) -> bytes:
    out = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, content in members:
            archive.writestr(name or "x", content)
    return out.getvalue()


def fuzz(runner: Runner, examples: int) -> None:
    common = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.generate],  # no shrinking: the pass stays bounded in time
        suppress_health_check=list(HealthCheck),
    )

    field = st.one_of(
        text,
        st.from_regex(r"[A-Z]{2}-[A-Z]{2}-\d{1,6}", fullmatch=True),
        st.sampled_from(["NP", "Nepal", "31/02/2027", "2027-01-31", '"', "=1+1"]),
    )

    @common
    @given(st.booleans(), st.lists(st.lists(field, max_size=6), max_size=8), text)
    def csv_files(with_header: bool, rows: list[list[str]], tail: str) -> None:
        body = "\n".join(",".join(row) for row in rows) + tail
        path = runner.file(".csv", ((HEADER if with_header else "") + body).encode("utf-8"))
        runner.run("csv", "agencies", "import", str(path))

    @common
    @given(
        st.lists(st.lists(cell, max_size=6), max_size=6),
        st.integers(0, 10**6),
        st.integers(0, 3),
        st.binary(max_size=40),
    )
    def xlsx_files(rows: list[list[Any]], where: int, how: int, insert: bytes) -> None:
        content = _xlsx([["licence_number", "name", "country"], *rows])
        if how < 3:
            content = _mutate(content, where, how, insert)
        path = runner.file(".xlsx", content)
        runner.run("xlsx", "agencies", "import", str(path))
        output = runner.work / f"form-{runner.counter}.yaml"
        runner.run("xlsform", "forms", "import-xlsform", str(path), "-o", str(output))

    @common
    @given(st.booleans(), st.data())
    def json_files(envelope: bool, data: st.DataObject) -> None:
        if envelope:
            tables = {}
            for name in data.draw(st.lists(st.sampled_from(sorted(TABLE_COLUMNS)), max_size=4)):
                columns = TABLE_COLUMNS[name]
                row = st.dictionaries(st.sampled_from(columns), plausible | json_value, max_size=8)
                tables[name] = data.draw(st.lists(row, max_size=3))
            document: Any = {"format": "field-inspector-export", "version": 1, "tables": tables}
        else:
            document = data.draw(json_value)
        path = runner.file(".json", json.dumps(document).encode("utf-8"))
        runner.run("json", "import-json", str(path))

    @common
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(["manifest.json", "vault.key", "vault.db", "report.pdf",
                                 "certificate.pem", "manifest.json.sig", "attachments/a"]),
                st.binary(max_size=300),
            ),
            max_size=5,
        ),
        st.booleans(),
    )  # fmt: skip
    def zip_files(members: list[tuple[str, bytes]], deflate: bool) -> None:
        path = runner.file(".zip", _zip(members, deflate))
        runner.run("zip", "verify", str(path))
        target = runner.work / f"restored-{runner.counter}"
        runner.run("zip", "restore", str(path), "--vault", str(target))

    @common
    @given(st.binary(max_size=600), st.integers(0, 10**6), st.integers(0, 2))
    def pdf_files(body: bytes, where: int, how: int) -> None:
        content = _mutate(b"%PDF-1.7\n" + body + b"\n%%EOF\n", where, how, body[:20])
        path = runner.file(".pdf", content)
        runner.run("pdf", "verify", str(path))

    for check in (csv_files, xlsx_files, json_files, zip_files, pdf_files):
        check()


def _peak_mb() -> float:
    """This process's own peak memory. Linux's ru_maxrss keeps the high-water mark of the
    process that forked it across exec (a pytest worker of 700 MB would be counted), so the
    peak of this program's own address space is read from /proc where there is one."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KB


def main() -> None:
    import os

    work, examples = Path(sys.argv[1]), int(sys.argv[2])
    os.environ["INSPECTOR_PASSPHRASE"] = PASSPHRASE
    runner = Runner(work)
    started = time.monotonic()
    fuzz(runner, examples)
    peak_mb = _peak_mb()
    print(
        json.dumps(
            {
                "runs": runner.runs,
                "codes": runner.codes,
                "slowest": round(runner.slowest, 2),
                "seconds": round(time.monotonic() - started, 1),
                "peak_mb": round(peak_mb),
                "failures": runner.failures[:20],
            }
        )
    )


if __name__ == "__main__":
    main()
