"""Saving one answer (autosave) in the encrypted vault, against the same workload on plain SQLite
with the same schema, measured alternately in the same run.

    python -m benchmarks.autosave [--answers 300] [--no-write]

Each save is what the editor does when a field changes: one unit of work (BEGIN IMMEDIATE),
``record_answer`` (check, store, audit event, outbox entry, re-evaluate the 106-question agency
checklist, reconcile derived findings), commit with synchronous=FULL. The plain baseline opens
its database with the same driver and pragmas but no key, so the difference is the encryption.
Also reported: the checklist evaluation alone, which is the same in both."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.common import machine, median, percentile, write_section


def plain_vault(folder: Path) -> Any:
    """A Vault over an unencrypted SQLite file with the vault's schema and pragmas."""
    import sqlcipher3.dbapi2 as dbapi
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    from inspector.vault import engine as vault_engine
    from inspector.vault.migrate import upgrade
    from inspector.vault.store import Vault

    path = folder / "plain.db"

    def connect() -> Any:
        conn = dbapi.connect(str(path), check_same_thread=False)
        conn.isolation_level = None
        for pragma in (
            f"busy_timeout = {vault_engine.BUSY_TIMEOUT_MS}",
            "foreign_keys = ON",
            "secure_delete = ON",
            "temp_store = MEMORY",
            f"cache_size = -{vault_engine.CACHE_SIZE_KIB}",
            "journal_mode = WAL",
            "synchronous = FULL",
        ):
            conn.execute(f"PRAGMA {pragma}")
        return conn

    engine = create_engine("sqlite://", module=dbapi, creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        write = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    upgrade(engine)
    return Vault(folder, uuid.uuid4().hex, engine)


def workload(form: Any, count: int, seed: int) -> list[tuple[str, Any]]:
    """A realistic sequence of answers: a whole inspection answered, then changes to it."""
    from inspector.services.sample_answers import sample_answers

    rng = random.Random(seed)  # noqa: S311 - sample data
    answers = list(sample_answers(form, rng, breach_rate=0.2, attachment=None))
    questions = form.all_questions()

    def choices(path: str) -> list[str]:
        return [c.value for c in questions[path.rsplit(".", 1)[-1].split("[")[0]].choices]

    # Then the inspector changes their mind on yes/no and choice questions.
    changes = [path for path, value in answers if isinstance(value, str) and choices(path)]
    sequence = list(answers)
    while len(sequence) < count:
        path = rng.choice(changes)
        sequence.append((path, rng.choice(choices(path))))
    return sequence[:count]


def prepare(vault: Any, form: Any) -> uuid.UUID:
    from inspector.services.agencies import AgencyData, create_agency
    from inspector.services.inspections import start_inspection
    from inspector.services.uow import UnitOfWork

    with UnitOfWork(vault) as uow:
        agency = create_agency(uow, AgencyData("NP-RA-00001", "Benchmark Agency", "NP"))
        return start_inspection(uow, agency, form)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    from inspector.checklists.library import shipped_form
    from inspector.checklists.state import evaluate_form
    from inspector.services.inspections import answers_of, record_answer
    from inspector.services.uow import UnitOfWork
    from inspector.vault.store import create_vault

    form = shipped_form("agency-inspection")
    sequence = workload(form, args.answers, seed=7)
    with tempfile.TemporaryDirectory(prefix="bench-autosave-") as home:
        created = create_vault(Path(home) / "vault", "benchmark passphrase only")
        vaults = {"vault": created.vault, "plain": plain_vault(Path(home))}
        inspections = {name: prepare(v, form) for name, v in vaults.items()}
        times: dict[str, list[float]] = {name: [] for name in vaults}
        for path, value in sequence:
            for name, vault in vaults.items():  # alternate: both see the same machine noise
                start = time.perf_counter()
                with UnitOfWork(vault) as uow:
                    record_answer(uow, inspections[name], path, value)
                times[name].append((time.perf_counter() - start) * 1000)
        with created.vault.reading() as session:
            answers = answers_of(session, inspections["vault"])
        evaluation = []
        for _ in range(50):
            start = time.perf_counter()
            evaluate_form(form, answers)
            evaluation.append((time.perf_counter() - start) * 1000)
        for vault in vaults.values():
            vault.close()

    rows = []
    for name in ("vault", "plain"):
        values = times[name]
        rows.append((name, median(values), percentile(values, 0.95)))
    (_, v50, v95), (_, p50, p95) = rows
    text = f"""## Autosave: saving one answer

```sh
python -m benchmarks.autosave --answers {args.answers}
```

{machine()}. {args.answers} saves of a whole agency inspection (106 questions) answered and then
changed, each in its own unit of work as the editor does it, alternating between the encrypted
vault and plain SQLite (same driver, schema and pragmas, no key). Target: SQLCipher at most 1.5x
plain.

| | p50 | p95 |
| --- | ---: | ---: |
| SQLCipher vault | {v50:.1f} ms | {v95:.1f} ms |
| plain SQLite | {p50:.1f} ms | {p95:.1f} ms |
| ratio | {v50 / p50:.2f} | {v95 / p95:.2f} |

Of each save, evaluating the checklist takes {median(evaluation):.1f} ms (p50) in both; the rest is
the audit event, the outbox entry, the derived findings and the FULL-synchronous commit.
"""
    print(text)
    if not args.no_write:
        write_section("autosave", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
