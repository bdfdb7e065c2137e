"""The console and a laptop together: an inspector and an enrolment code made in the browser,
the laptop enrolled with ``inspector enroll``, an inspection made on it (the services the window
uses) and synced with ``inspector sync``, then seen in the
console with its signed report downloadable and verified; an assignment made in the console
reaching the laptop; a device revoked in the console refused at its next sync."""

from __future__ import annotations

import hashlib
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tests.conftest import PASSPHRASE, run_cli
from tests.console.conftest import Console, sign_in

WORKER = "Maya Tamang"
INTERVIEW_NOTE = "She said the agency kept her passport"


def _cli(folder: Path, passphrase_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = run_cli(*args, "--vault", str(folder), "--passphrase-file", str(passphrase_file))
    return result


def test_an_inspector_enrolled_from_the_console_syncs_and_the_report_shows_verified(
    page: Any, console: Console, laptop_folder: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    sign_in(page, console, "ana")
    page.click("nav >> text=Inspectors and devices")
    page.fill("form[action$='/people'] input[name=username]", "chandra")
    page.fill("form[action$='/people'] input[name=name]", "Chandra Gurung")
    page.select_option("form[action$='/people'] select[name=jurisdiction]", "NP-BAG")
    page.click("form[action$='/people'] button[type=submit]")
    page.wait_for_selector("#person-chandra")
    page.click("#person-chandra button:text('New enrolment code')")
    code = page.inner_text("#enrolment-code").strip()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    assert page.locator(".qr svg path").count() >= 1  # the QR code, drawn on the page

    enrolled = _cli(laptop_folder, passphrase_file, "enroll", console.server.url, code, "--yes")
    assert enrolled.returncode == 0, enrolled.stderr
    assert "Chandra Gurung" in enrolled.stdout
    with ThreadPoolExecutor(1) as worker:  # pyHanko runs asyncio; Playwright's loop is here
        reference = worker.submit(_inspection_with_a_signed_report, laptop_folder).result()
    synced = _cli(laptop_folder, passphrase_file, "sync")
    assert synced.returncode == 0, synced.stderr

    page.click("nav >> text=Inspections")
    page.fill("input[name=q]", reference)
    page.click("form.search button[type=submit]")
    page.click(f"a:text('{reference}')")
    assert "Signature verified by the server; signed by Chandra Gurung" in page.inner_text("main")
    assert "Timestamped and sealed (PAdES B-LT)" in page.inner_text("main")
    assert "Intact:" in page.inner_text("main")
    # Interviews: counts only. Their notes and the workers' names never reach the page.
    assert "3 interviews: 3 with consent, 3 with an interpreter" in page.inner_text("main")
    assert INTERVIEW_NOTE not in page.content() and WORKER not in page.content()
    with page.expect_download() as waiting:
        page.click("text=Download the signed report")
    downloaded = Path(waiting.value.path()).read_bytes()
    assert downloaded.startswith(b"%PDF")
    assert hashlib.sha256(downloaded).hexdigest() in page.inner_text("main")  # the sealed copy
    pdf = tmp_path / "downloaded.pdf"
    pdf.write_bytes(downloaded)
    checked = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" in checked.stdout, checked.stdout

    # The complaint arrived too, without the complainant's code or name.
    page.click("nav >> text=Complaints")
    codes = _complainant_codes(laptop_folder)
    assert codes and not any(c in page.content() for c in codes)
    assert "Paid a placement fee" in page.inner_text("main")  # shared with consent
    assert WORKER not in page.content()


def _inspection_with_a_signed_report(folder: Path) -> str:
    """After a first sync (registry and checklists down): an inspection of a registry agency
    with evidence, a finding, three confidential interviews, locked and its report signed with
    the certificate enrolment gave; a complaint with a complainant. The reference."""
    from inspector.services.complaints import ComplaintData, record_complaint
    from inspector.services.findings import add_finding
    from inspector.services.inspections import complete_inspection, lock_inspection
    from inspector.services.interviews import WorkerIdentityData, add_worker_interview
    from inspector.services.reports import create_report
    from inspector.services.sync import sync_now
    from inspector.services.uow import UnitOfWork
    from inspector.vault.store import unlock_vault
    from inspector.vault.tables import Inspection, Severity
    from tests.sync.conftest import FAST, local_agency, make_inspection

    vault = unlock_vault(folder, PASSPHRASE)
    try:
        sync_now(vault, client_options=FAST)
        agency = local_agency(vault)
        inspection_id = make_inspection(vault, agency, attachments=1, lock=False)
        with UnitOfWork(vault) as uow:
            add_finding(uow, inspection_id, severity=Severity.MAJOR,
                        title="Fee schedule not posted", standard="IRIS-1, NATIONAL")  # fmt: skip
            for _worker in range(3):
                add_worker_interview(
                    uow, inspection_id, consent_given=True, language="ne",
                    interpreter_used=True, notes=INTERVIEW_NOTE,
                    identity=WorkerIdentityData(full_name=WORKER),
                )  # fmt: skip
            complete_inspection(uow, inspection_id)
            lock_inspection(uow, inspection_id)
            record_complaint(uow, ComplaintData(
                summary="Paid a placement fee and was given a different contract.",
                agency_id=agency, origin_country="NP", destination_country="QA",
                consent_to_share=True, complainant=WorkerIdentityData(full_name=WORKER),
            ))  # fmt: skip
        with UnitOfWork(vault) as uow:
            create_report(uow, str(inspection_id))
            reference = uow.session.get(Inspection, inspection_id).reference  # type: ignore[union-attr]
        return str(reference)
    finally:
        vault.close()


def _complainant_codes(folder: Path) -> list[str]:
    from inspector.vault.store import unlock_vault
    from inspector.vault.tables import Complaint

    vault = unlock_vault(folder, PASSPHRASE)
    try:
        with vault.reading() as session:
            return [c for c in session.scalars(select(Complaint.complainant_code)) if c]
    finally:
        vault.close()


def _enrolled_laptop(console: Console, folder: Path, username: str) -> Any:
    from inspector.services.sync import enrol, sync_now
    from inspector.sync.client import RetryPolicy
    from inspector.vault.store import unlock_vault
    from tests.serverkit import enrolment_code

    vault = unlock_vault(folder, PASSPHRASE)
    fast = {"retry": RetryPolicy(base=0.01, cap=0.2)}
    enrol(vault, console.server.url, enrolment_code(console.server, username),
          confirm=lambda _fingerprint, _name: True, client_options=fast)  # fmt: skip
    sync_now(vault, client_options=fast)
    return vault


def test_an_assignment_made_in_the_console_reaches_the_laptop_at_its_next_sync(
    page: Any, console: Console, laptop_folder: Path, passphrase_file: Path
) -> None:
    from inspector.vault.tables import Assignment

    vault = _enrolled_laptop(console, laptop_folder, console.ministry.inspector)
    vault.close()
    sign_in(page, console, "sita")
    page.click("nav >> text=Assignments")
    page.select_option("select[name=inspector]", console.ministry.inspector)
    page.fill("input[name=licence]", "NP-BAG-0003")
    page.fill("input[name=due]", "2027-03-31")
    page.fill("input[name=notes]", "Fee complaints reported by the consulate")
    page.click("form[action$='/assignments'] button[type=submit]")
    assert "It reaches the inspector's laptop on its next sync" in page.inner_text(".notice")
    assert "NP-BAG-0003" in page.inner_text("table.list")

    synced = _cli(laptop_folder, passphrase_file, "sync")
    assert synced.returncode == 0, synced.stderr
    from inspector.vault.store import unlock_vault

    vault = unlock_vault(laptop_folder, PASSPHRASE)
    try:
        with vault.reading() as session:
            rows = session.scalars(select(Assignment)).all()
            found = [(r.licence_number, str(r.due_date), r.notes) for r in rows]
    finally:
        vault.close()
    assert ("NP-BAG-0003", "2027-03-31", "Fee complaints reported by the consulate") in found


def test_a_device_revoked_in_the_console_is_refused_at_its_next_sync(
    page: Any, console: Console, laptop_folder: Path, passphrase_file: Path
) -> None:
    from inspector.sync import state

    vault = _enrolled_laptop(console, laptop_folder, console.ministry.inspector)
    with vault.reading() as session:
        enrolment = state.enrolment(session)
        assert enrolment is not None
        device = str(enrolment.device_id)
    vault.close()

    sign_in(page, console, "ana")
    page.click("nav >> text=Inspectors and devices")
    row = page.locator("tr", has_text=device)
    row.locator("input[name=reason]").fill("reported stolen")
    page.once("dialog", lambda dialog: dialog.accept())  # "Revoke this device?"
    row.locator("button:text('Revoke')").click()
    assert "Revoked" in page.inner_text(".notice")
    assert "reported stolen" in page.locator("tr", has_text=device).inner_text()

    refused = _cli(laptop_folder, passphrase_file, "sync")
    assert refused.returncode == 14, refused.stdout + refused.stderr  # DeviceRevoked
    assert "revoked" in refused.stderr.lower()
