"""``inspector selfcheck``: is this installation complete? For IT offices after an install or an
upgrade, and for the packaging test on the frozen build.

One line per check; the exit code is 10 when any part is missing or broken, and the last line
names them. Nothing here reads or changes the user's vault: the vault check only says where it is;
encryption is tried on a throwaway vault in a temporary folder. Qt is tried in a child process on
the offscreen platform, so no display is needed and a Qt crash cannot take this command with it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.i18n import _

EXIT_INCOMPLETE = 10
QT_CHILD_TIMEOUT_S = 120


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "selfcheck",
        help=_("check that this installation is complete (libraries, fonts, forms, translations)"),
    )
    # The Qt part, run in a child process by the parent check.
    parser.add_argument("--qt-child", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=cmd_selfcheck)


def cmd_selfcheck(args: argparse.Namespace) -> int:
    if args.qt_child:
        from inspector.gui.selfcheck import qt_results

        print(json.dumps(qt_results()), flush=True)
        return 0
    results = run_checks(CHECKS, vault_override=args.vault)
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(
            _("selfcheck: missing or broken: {names}").format(names=", ".join(failed)),
            file=sys.stderr,
        )
        return EXIT_INCOMPLETE
    print(_("selfcheck: all {n} checks passed").format(n=len(results)))
    return 0


def run_checks(
    checks: list[tuple[str, Callable[..., Any]]], vault_override: str | None = None
) -> list[Result]:
    """Run each check, print its line as it finishes, and return the results. A check returns
    its detail line (or a list of results, for the Qt child); any exception is a failure."""
    results: list[Result] = []
    for name, check in checks:
        try:
            outcome = check(vault_override) if name == "vault" else check()
        except Exception as exc:
            outcome = [Result(name, False, f"{type(exc).__name__}: {exc}")]
        if isinstance(outcome, str):
            outcome = [Result(name, True, outcome)]
        for result in outcome:
            print(
                f"{'ok' if result.ok else 'FAIL':<5} {result.name:<15} {result.detail}", flush=True
            )
        results.extend(outcome)
    return results


# -- the checks ------------------------------------------------------------------------------------


def check_version() -> str:
    from inspector import __version__

    build = _("frozen build") if getattr(sys, "frozen", False) else _("from Python packages")
    return f"Field Inspector {__version__} ({build}: {sys.executable})"


def check_python() -> str:
    import platform

    return f"Python {platform.python_version()} ({platform.system()} {platform.machine()})"


def check_vault(override: str | None = None) -> str:
    """Where the vault is and whether one is there; fails only when it could not be written."""
    from inspector import paths
    from inspector.vault.store import vault_exists

    folder = paths.vault_dir(override)
    if vault_exists(folder):
        state = _("a vault is there")
    else:
        state = _("no vault yet (made on first start or by 'inspector init')")
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not os.access(existing, os.W_OK):
        raise PermissionError(_("{folder} cannot be written").format(folder=existing))
    return f"{folder}: {state}"


def check_sqlcipher() -> str:
    import sqlcipher3.dbapi2 as dbapi

    conn = dbapi.connect(":memory:")
    try:
        conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row:
            raise RuntimeError("sqlcipher3 is not linked against SQLCipher")
        (sqlite,) = conn.execute("SELECT sqlite_version()").fetchone()
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(words)")
        conn.execute("INSERT INTO probe VALUES ('everest recruitment kathmandu')")
        (found,) = conn.execute("SELECT count(*) FROM probe WHERE probe MATCH 'kath*'").fetchone()
        if found != 1:
            raise RuntimeError("FTS5 found nothing")
    finally:
        conn.close()
    return f"SQLCipher {row[0]} (SQLite {sqlite}), FTS5 available"


def check_migrations() -> str:
    from inspector.vault.migrate import MIGRATIONS, head_revision, script_directory

    count = sum(1 for _revision in script_directory().walk_revisions())
    return f"{count} schema migrations, head {head_revision()} ({MIGRATIONS})"


def check_encryption() -> str:
    """A throwaway vault made and migrated to head in a temporary folder: Argon2id, AES-GCM,
    SQLCipher, SQLAlchemy and Alembic together, as on first start."""
    import tempfile

    from inspector.vault import keys
    from inspector.vault.migrate import current_revision, head_revision
    from inspector.vault.store import create_vault

    cheap = keys.KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)  # a probe, not a vault
    with tempfile.TemporaryDirectory(prefix="inspector-selfcheck-") as temp:
        folder = Path(temp) / "vault"
        started = time.perf_counter()
        created = create_vault(folder, os.urandom(16).hex(), kdf=cheap)
        try:
            revision = current_revision(created.vault.engine)
        finally:
            created.vault.close()
        header = (folder / "vault.db").read_bytes()[:16]
    if revision != head_revision():
        raise RuntimeError(f"a new vault is at schema {revision}, not {head_revision()}")
    if header.startswith(b"SQLite format 3"):
        raise RuntimeError("the new vault's database is not encrypted")
    return _("a throwaway vault was created, encrypted and migrated in {s:.1f} s").format(
        s=time.perf_counter() - started
    )


def check_fonts() -> str:
    from inspector.reports.fonts import fonts_dir, register_fonts
    from inspector.reports.signing import STAMP_FONT, font_file

    fallbacks = register_fonts()
    font_file(STAMP_FONT)
    return f"DejaVu Sans and {len(fallbacks)} Noto fonts registered with reportlab ({fonts_dir()})"


def check_forms() -> str:
    from inspector.checklists.library import shipped_forms, shipped_forms_dir

    forms = shipped_forms()
    if not forms:
        raise FileNotFoundError(_("no checklist in {folder}").format(folder=shipped_forms_dir()))
    return ", ".join(f"{form.id}@{form.version}" for form in forms)


def check_gettext() -> str:
    import gettext

    from inspector.i18n import _LOCALE_DIR, translation

    missing = [
        language
        for language in ("fr", "es")
        if not isinstance(translation(language), gettext.GNUTranslations)
    ]
    if missing:
        raise FileNotFoundError(
            _("no catalogue for {languages} in {folder}").format(
                languages=", ".join(missing), folder=_LOCALE_DIR
            )
        )
    return f"fr, es ({_LOCALE_DIR})"


def check_pdf() -> str:
    """A one-page PDF in the shipped fonts, signed and verified, all in memory."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from inspector.reports.certificates import create_self_signed
    from inspector.reports.fonts import REGULAR, register_fonts
    from inspector.reports.pdf import BuiltPdf
    from inspector.reports.signing import sign_pdf
    from inspector.reports.verify import verify_pdf

    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont(REGULAR, 12)
    canvas.drawString(72, 760, "Field Inspector selfcheck: Ελληνικά, Кириллица")
    canvas.showPage()
    canvas.save()
    material = create_self_signed("Field Inspector selfcheck")
    signed = sign_pdf(
        BuiltPdf(out.getvalue(), 1, 0, (72, 600, 300, 680)), material, reason="selfcheck"
    )
    result = verify_pdf(signed, trust_roots=[material.certificate])
    if not (result.intact and all(s.trusted for s in result.signatures)):
        raise RuntimeError("the signed test PDF did not verify")
    return _("a PDF was made, signed (PAdES) and verified ({size} bytes)").format(size=len(signed))


def _self_command() -> list[str]:
    """This program again: the frozen executable, or Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "inspector"]


def check_qt() -> list[Result]:
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(  # noqa: S603 - this program, fixed arguments
        [*_self_command(), "selfcheck", "--qt-child"],
        capture_output=True,
        text=True,
        env=env,
        timeout=QT_CHILD_TIMEOUT_S,
        check=False,
    )
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        last = (completed.stderr.strip().splitlines() or ["no output"])[-1]
        return [Result("qt", False, f"exit code {completed.returncode}: {last}")]
    return [Result(**item) for item in json.loads(lines[-1])]


CHECKS: list[tuple[str, Callable[..., Any]]] = [
    ("version", check_version),
    ("python", check_python),
    ("vault", check_vault),
    ("sqlcipher", check_sqlcipher),
    ("migrations", check_migrations),
    ("encryption", check_encryption),
    ("forms", check_forms),
    ("fonts", check_fonts),
    ("translations", check_gettext),
    ("pdf", check_pdf),
    ("qt", check_qt),
]
