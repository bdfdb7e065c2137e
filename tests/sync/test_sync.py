"""Laptops syncing with a real central server process on loopback (PostgreSQL): each
inspector's work arrives once, reference data reaches the right laptop only, a refused record is
quarantined while the rest arrive, and a revoked laptop can no longer be unlocked."""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector.services.complaints import ComplaintData, record_complaint
from inspector.services.sync import quarantined, sync_now, sync_status
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import Agency, Assignment, Complaint, Inspection
from tests.conftest import PASSPHRASE, run_cli
from tests.sync.conftest import (
    FAST,
    Central,
    Laptop,
    device_of,
    enrolled,
    local_agency,
    local_files,
    local_records,
    make_inspection,
    server_files,
    server_records,
)


def _licences(laptop: Laptop) -> set[str]:
    with laptop.vault.reading() as session:
        return set(session.scalars(select(Agency.licence_number)))


def test_two_laptops_work_arrives_once_and_reference_data_reaches_the_right_one(
    central: Central, make_laptop: Callable[[str], Laptop]
) -> None:
    from inspector.server import admin
    from inspector.server.tables import Agency as ServerAgency
    from inspector.server.tables import Record
    from inspector.services.inspections import record_answer
    from inspector.vault.tables import Answer

    server, ministry = central.server, central.ministry
    due = dt.date.today() + dt.timedelta(days=14)
    assignment = server.admin(
        lambda s: admin.assign(s, ministry.inspector, f"{ministry.home}-0002", due=due,
                               notes="Fee complaints from Doha").id
    )  # fmt: skip
    asha, bikram, leila = make_laptop("asha"), make_laptop("bikram"), make_laptop("leila")
    enrolled(central, asha, ministry.inspector)
    enrolled(central, bikram, ministry.other_inspector)
    enrolled(central, leila, ministry.consular)

    first = sync_now(asha.vault, client_options=FAST)
    assert first.received.agencies == 6 and first.received.forms >= 4
    assert first.received.assignments >= 1
    sync_now(bikram.vault, client_options=FAST)
    assert _licences(asha) == {f"{ministry.home}-{n:04d}" for n in range(6)}
    assert _licences(bikram) == {f"{ministry.other}-{n:04d}" for n in range(6)}
    with asha.vault.reading() as session:
        row = session.get(Assignment, assignment)
        assert row is not None and (row.licence_number, row.due_date) == (
            f"{ministry.home}-0002",
            due,
        )
    with bikram.vault.reading() as session:
        assert session.get(Assignment, assignment) is None

    # A consular official takes a complaint naming an agency of Bagmati; it goes to Bagmati.
    agency_id, licence = server.admin(
        lambda s: tuple(s.execute(select(ServerAgency.id, ServerAgency.licence_number)
                                  .where(ServerAgency.licence_number == f"{ministry.home}-0001"))
                        .one())
    )  # fmt: skip
    with UnitOfWork(leila.vault) as uow:
        uow.session.add(Agency(id=agency_id, licence_number=licence, name="Agency 1", country="NP"))
        complaint_id = record_complaint(
            uow,
            ComplaintData(summary="Paid 1,200 dollars for a visa.", agency_id=agency_id,
                          origin_country="NP", destination_country="QA", consent_to_share=True),
        )  # fmt: skip

    rng = random.Random(1)  # noqa: S311 - test data
    mine = [make_inspection(asha.vault, local_agency(asha.vault), attachments=2, rng=rng)
            for _ in range(2)]  # fmt: skip
    theirs = make_inspection(bikram.vault, local_agency(bikram.vault), attachments=1, rng=rng)
    for laptop in (leila, asha, bikram, asha, bikram):
        sync_now(laptop.vault, client_options=FAST)

    with asha.vault.reading() as session:
        referred = session.get(Complaint, complaint_id)
        assert referred is not None and referred.agency_id == agency_id
        assert referred.complainant_code == ""  # the identity stayed at the consulate
        assert session.get(Inspection, theirs) is None
    with bikram.vault.reading() as session:
        assert session.get(Complaint, complaint_id) is None
        assert not set(session.scalars(select(Inspection.id))) & set(mine)

    # An answer cleared in a draft goes up as a deletion; the server keeps it marked deleted.
    draft = make_inspection(asha.vault, local_agency(asha.vault), lock=False)
    sync_now(asha.vault, client_options=FAST)
    with UnitOfWork(asha.vault) as uow:
        answer = uow.session.scalar(
            select(Answer.id).where(Answer.inspection_id == draft,
                                    Answer.question_path == "passports_held")
        )  # fmt: skip
        record_answer(uow, draft, "passports_held", None)
    assert sync_now(asha.vault, client_options=FAST).records_sent == 1  # the deletion
    tombstone = server.admin(lambda s: s.get(Record, ("answer", answer)))
    assert tombstone.deleted and tombstone.device_id == device_of(asha.vault)

    everything = server_files(server)
    for laptop in (asha, bikram):
        held = server_records(server, device_of(laptop.vault))
        assert len(held) == len(set(held)), "a record stored twice"
        assert set(held) == local_records(laptop.vault)
        for sha in local_files(laptop.vault):
            assert everything.get(sha) == sha
        with laptop.vault.reading() as session:
            status = sync_status(session)
        assert (status.items_waiting, status.quarantined, status.conflicts) == (0, 0, 0)
        assert status.last_sync is not None and status.last_error is None


def test_a_refused_record_is_quarantined_and_every_other_record_arrives(
    central: Central, make_laptop: Callable[[str], Laptop], passphrase_file: Path
) -> None:
    laptop = make_laptop("asha-two")
    enrolled(central, laptop, central.ministry.inspector)
    sync_now(laptop.vault, client_options=FAST)
    agency = local_agency(laptop.vault)
    rng = random.Random(2)  # noqa: S311 - test data
    good = [make_inspection(laptop.vault, agency, attachments=1, rng=rng) for _ in range(2)]
    # Text pasted from a scanned document carried a NUL character: the server takes no such
    # record, and none of the answers that hang from it.
    bad = make_inspection(laptop.vault, agency, notes="Seen at the office\x00", lock=False)
    with laptop.vault.reading() as session:
        reference = session.get(Inspection, bad).reference  # type: ignore[union-attr]
    laptop.vault.close()

    result = run_cli("--vault", str(laptop.folder), "--passphrase-file", str(passphrase_file),
                     "sync")  # fmt: skip
    assert result.returncode == 0, result.stderr
    first_line = result.stdout.splitlines()[0]
    assert "records and 2 files sent" in first_line and "quarantined" in first_line
    assert f"quarantined: inspection {reference}: The record holds a NUL character." in (
        result.stdout
    )

    laptop.reopen()
    with laptop.vault.reading() as session:
        held = quarantined(session)
        status = sync_status(session)
    assert {row.entity_id for row in held if row.entity_type == "inspection"} == {str(bad)}
    assert {row.entity_type for row in held} == {"inspection", "answer"}
    assert (status.records_waiting, status.files_waiting) == (0, 0)
    assert status.quarantined == len(held)

    stored = set(server_records(central.server, device_of(laptop.vault)))
    expected = {
        r for r in local_records(laptop.vault) if r[1] not in {row.entity_id for row in held}
    }
    assert stored == expected
    assert {str(g) for g in good} <= {r[1] for r in stored if r[0] == "inspection"}

    laptop.vault.close()
    listing = run_cli("--vault", str(laptop.folder), "--passphrase-file", str(passphrase_file),
                      "sync", "quarantine")  # fmt: skip
    assert f"inspection {reference}: The record holds a NUL character." in listing.stdout
    laptop.reopen()

    # Nothing goes up again unchanged; once the inspector corrects the text, the inspection
    # goes up, and the answers held back for it follow in the same sync.
    assert sync_now(laptop.vault, client_options=FAST).records_sent == 0
    with UnitOfWork(laptop.vault) as uow:
        row = uow.session.get(Inspection, bad)
        assert row is not None
        row.notes = "Seen at the office"
        uow.changed(row, "inspection.notes", inspection_id=bad)
    fixed = sync_now(laptop.vault, client_options=FAST)
    assert not fixed.quarantined and fixed.records_sent == len(held)
    with laptop.vault.reading() as session:
        assert sync_status(session).quarantined == 0
    assert set(server_records(central.server, device_of(laptop.vault))) == local_records(
        laptop.vault
    )


def test_a_revoked_laptop_can_no_longer_be_unlocked_after_its_next_sync(
    central: Central, make_laptop: Callable[[str], Laptop], passphrase_file: Path
) -> None:
    from inspector.errors import VaultRevoked
    from inspector.server.admin import revoke_device
    from inspector.vault.store import unlock_vault

    laptop = make_laptop("asha-stolen")
    enrolled(central, laptop, central.ministry.inspector)
    sync_now(laptop.vault, client_options=FAST)
    inspection = make_inspection(laptop.vault, local_agency(laptop.vault))
    sync_now(laptop.vault, client_options=FAST)
    device = device_of(laptop.vault)
    laptop.vault.close()
    central.server.admin(lambda s: revoke_device(s, str(device), reason="reported stolen"))
    key_file = laptop.folder / "vault.key"
    assert key_file.exists()

    result = run_cli("--vault", str(laptop.folder), "--passphrase-file", str(passphrase_file),
                     "sync")  # fmt: skip
    assert result.returncode == 14, result.stderr
    assert "revoked this laptop" in result.stderr
    assert not key_file.exists()
    assert not list(laptop.folder.glob("vault.key*"))

    again = run_cli("--vault", str(laptop.folder), "--passphrase-file", str(passphrase_file),
                    "status")  # fmt: skip
    assert again.returncode == 14
    assert "revoked by the ministry" in again.stderr and "can no longer be opened" in again.stderr
    with pytest.raises(VaultRevoked):
        unlock_vault(laptop.folder, PASSPHRASE)
    # What the laptop had sent is kept on the server.
    assert ("inspection", str(inspection)) in {
        r[:2] for r in server_records(central.server, device)
    }


def test_a_report_signed_offline_comes_back_timestamped(
    central: Central, make_laptop: Callable[[str], Laptop], passphrase_file: Path, tmp_path: Path
) -> None:
    from inspector.services.reports import create_report
    from inspector.sync import state

    laptop = make_laptop("asha-reports")
    enrolled(central, laptop, central.ministry.inspector)
    sync_now(laptop.vault, client_options=FAST)
    inspection = make_inspection(laptop.vault, local_agency(laptop.vault))
    with UnitOfWork(laptop.vault) as uow:
        made = create_report(uow, str(inspection))
    report = sync_now(laptop.vault, client_options=FAST)
    if not report.received.reports:  # sealed after this sync's pull: the next one brings it
        report = sync_now(laptop.vault, client_options=FAST)
    assert report.received.reports == 1
    with laptop.vault.reading() as session:
        ca_pem = state.enrolment(session).ca_certificate  # type: ignore[union-attr]
    laptop.vault.close()
    ca = tmp_path / "ca.pem"
    ca.write_text(ca_pem, "ascii")
    cli = ("--vault", str(laptop.folder), "--passphrase-file", str(passphrase_file))

    listing = run_cli(*cli, "reports", "list", made.reference)
    assert listing.returncode == 0, listing.stderr
    rows = [line.split() for line in listing.stdout.splitlines()[1:]]
    assert [row[-1] == made.sha256 for row in rows] == [True, False]  # the original, then B-LT
    upgraded_id = rows[1][0]
    out = tmp_path / "upgraded.pdf"
    exported = run_cli(*cli, "reports", "export", upgraded_id, "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes().startswith(made.content)  # an incremental update of the same file
    verified = run_cli("verify", str(out), "--trust", str(ca))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Document timestamp" in verified.stdout


def test_enrolment_from_the_command_line_checks_the_authority_and_keeps_the_secret_inside(
    central: Central, make_laptop: Callable[[str], Laptop], passphrase_file: Path
) -> None:
    from inspector.errors import SyncNotSetUp
    from inspector.services.sync import enrol
    from inspector.sync import state
    from tests.serverkit import enrolment_code

    laptop = make_laptop("asha-cli")
    laptop.vault.close()
    server = central.server
    code = enrolment_code(server, central.ministry.inspector)
    cli = ("--vault", str(laptop.folder), "--passphrase-file", str(passphrase_file))

    unconfirmed = run_cli(*cli, "enroll", server.url, code)
    assert unconfirmed.returncode == 15
    assert "must be confirmed" in unconfirmed.stderr
    shown = unconfirmed.stdout.split("(SHA-256):")[1].split()
    fingerprint = "".join(shown)
    assert len(fingerprint) == 64 and len(shown) == 16  # in groups of four

    wrong = run_cli(*cli, "enroll", server.url, code, "--ca-fingerprint", "ab" * 32)
    assert wrong.returncode == 15 and "not the one given" in wrong.stderr
    bad_code = run_cli(*cli, "enroll", server.url, "NOT-A-CODE", "--yes")
    assert bad_code.returncode == 15 and "refused the enrolment code" in bad_code.stderr

    # The fingerprint as an administrator would dictate it: colons, capitals.
    dictated = ":".join(fingerprint[i : i + 2] for i in range(0, 64, 2)).upper()
    done = run_cli(*cli, "enroll", server.url, code, "--ca-fingerprint", dictated)
    assert done.returncode == 0, done.stderr
    assert "Enrolled with Ministry of Labour as Asha Rai (Bagmati)" in done.stdout
    assert "Reports are now signed with: CN=Asha Rai" in done.stdout

    laptop.reopen()
    with laptop.vault.reading() as session:
        credential = state.enrolment(session).credential  # type: ignore[union-attr]
    laptop.vault.close()
    secret = credential.rsplit(".", 1)[1].encode()
    home = Path(os.environ["INSPECTOR_HOME"])
    for folder in (laptop.folder, home):
        for path in folder.rglob("*"):
            if path.is_file():
                assert secret not in path.read_bytes(), f"the credential in clear in {path}"

    status = run_cli(*cli, "sync", "status")
    assert (
        "Enrolled with Ministry of Labour" in status.stdout and "Last sync: never" in status.stdout
    )
    synced = run_cli(*cli, "sync", "--no-blobs")
    assert synced.returncode == 0, synced.stderr
    assert "6 agencies" in synced.stdout and "4 checklists" in synced.stdout

    assert run_cli(*cli, "sync", "--standalone", "on").returncode == 0
    refused = run_cli(*cli, "sync")
    assert refused.returncode == 13 and "standalone" in refused.stderr
    laptop.reopen()
    with pytest.raises(SyncNotSetUp, match="standalone"):
        enrol(laptop.vault, server.url, "ANY-CODE", confirm=lambda _f, _n: True)
    with laptop.vault.reading() as session:
        assert sync_status(session).standalone


def test_a_newer_checklist_applies_to_new_inspections_and_drafts_keep_theirs(
    central: Central, make_laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    from inspector.server.admin import publish_form
    from inspector.services.sync import newest_form
    from tests.conftest import SMALL_FORM_PATH

    server = central.server
    server.admin(lambda s: publish_form(s, SMALL_FORM_PATH))
    laptop = make_laptop("asha-forms")
    enrolled(central, laptop, central.ministry.inspector)
    sync_now(laptop.vault, client_options=FAST)
    draft = make_inspection(laptop.vault, local_agency(laptop.vault), lock=False)
    with laptop.vault.reading() as session:
        assert newest_form(session, "small-inspection").version == "1"

    changed = tmp_path / "small-inspection-2.yaml"
    changed.write_text(
        SMALL_FORM_PATH.read_text("utf-8").replace('version: "1"', 'version: "2"'), "utf-8"
    )
    server.admin(lambda s: publish_form(s, changed))
    got = sync_now(laptop.vault, client_options=FAST)
    assert got.received.forms == 1
    with laptop.vault.reading() as session:
        assert newest_form(session, "small-inspection").version == "2"
        assert session.get(Inspection, draft).form_version == "1"  # type: ignore[union-attr]
        # The shipped checklists still count when nothing newer was published.
        assert newest_form(session, "agency-inspection").version == "2026.2"


def test_a_record_changed_on_two_devices_is_a_conflict_resolved_by_a_person(
    central: Central, make_laptop: Callable[[str], Laptop]
) -> None:
    """A backup restored on a second laptop: both change the same draft answer."""
    import shutil
    import uuid

    from inspector.server.tables import Record
    from inspector.services.inspections import record_answer
    from inspector.services.sync import conflicts, resolve_conflict
    from inspector.vault.store import unlock_vault

    first = make_laptop("asha-desk")
    enrolled(central, first, central.ministry.inspector)
    sync_now(first.vault, client_options=FAST)
    draft = make_inspection(first.vault, local_agency(first.vault), lock=False)
    sync_now(first.vault, client_options=FAST)
    first.vault.close()
    shutil.copytree(first.folder, first.folder.parent / "asha-restored")
    second = Laptop(first.folder.parent / "asha-restored",
                    unlock_vault(first.folder.parent / "asha-restored", PASSPHRASE))  # fmt: skip
    first.reopen()
    try:
        enrolled(central, second, central.ministry.inspector)  # a device of its own
        for laptop, value in ((first, "no"), (second, "na")):
            with UnitOfWork(laptop.vault) as uow:
                record_answer(uow, draft, "licence_displayed", value)
        sync_now(first.vault, client_options=FAST)
        clash = sync_now(second.vault, client_options=FAST)
        assert [c.type for c in clash.conflicts] == ["answer"]
        assert "from another device" in clash.conflicts[0].reason
        with second.vault.reading() as session:
            (open_conflict,) = conflicts(session)
            assert open_conflict.data["value"] == "na"
            assert sync_status(session).conflicts == 1

        resolve_conflict(second.vault, open_conflict.id, "mine")
        settled = sync_now(second.vault, client_options=FAST)
        assert settled.records_sent >= 1 and not settled.conflicts
        answer_id = open_conflict.entity_id
        on_server = central.server.admin(
            lambda s: s.get(Record, ("answer", uuid.UUID(answer_id))).data["value"]
        )
        assert on_server == "na"
        with second.vault.reading() as session:
            assert sync_status(session).conflicts == 0
    finally:
        second.vault.close()


def test_a_sync_over_the_servers_rate_limit_waits_as_told_and_finishes(
    tmp_path: Path, make_laptop: Callable[[str], Laptop]
) -> None:
    """A server that takes 4 requests a second from a device, in bursts of 4: 16 files are
    more than a burst however slowly a busy machine sends them (a request would have to take
    over a quarter of a second)."""
    from tests.serverkit import fresh_postgres_database, seed_ministry, start_server

    with fresh_postgres_database() as url:
        server = start_server(tmp_path / "server", url, extra_args=["--rate", "4", "--burst", "4"])
        try:
            strict = Central(server, seed_ministry(server))
            laptop = make_laptop("asha-many-files")
            enrolled(strict, laptop, strict.ministry.inspector)
            sync_now(laptop.vault, client_options=FAST)
            rng = random.Random(3)  # noqa: S311 - test data
            agency = local_agency(laptop.vault)
            make_inspection(laptop.vault, agency, attachments=16, size=64, rng=rng)
            report = sync_now(laptop.vault, client_options=FAST)
        finally:
            server.stop()
    assert report.files_sent == 16
    assert report.slowed_down >= 1
    with laptop.vault.reading() as session:
        assert sync_status(session).items_waiting == 0
