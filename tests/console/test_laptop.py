"""The console and a laptop together: an inspector and an enrolment code made in the browser,
the laptop enrolled with ``inspector enroll`` and its demo inspection synced, then seen in the
console with its signed report downloadable and verified; an assignment made in the console
reaching the laptop; a device revoked in the console refused at its next sync."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tests.conftest import PASSPHRASE, run_cli
from tests.console.conftest import Console, sign_in


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
    demo = _cli(laptop_folder, passphrase_file, "demo", "--agencies", "8")
    assert demo.returncode == 0, demo.stderr
    listed = _cli(laptop_folder, passphrase_file, "inspections", "list", "--status", "locked",
                  "--json")  # fmt: skip
    reference = json.loads(listed.stdout)[0]["reference"]
    made = _cli(laptop_folder, passphrase_file, "report", reference, "-o", str(tmp_path / "r.pdf"))
    assert made.returncode == 0, made.stderr
    synced = _cli(laptop_folder, passphrase_file, "sync")
    assert synced.returncode == 0, synced.stderr

    page.click("nav >> text=Inspections")
    page.fill("input[name=q]", reference)
    page.click("form.search button[type=submit]")
    page.click(f"a:text('{reference}')")
    assert "Signature verified by the server; signed by Chandra Gurung" in page.inner_text("main")
    assert "Timestamped and sealed (PAdES B-LT)" in page.inner_text("main")
    assert "Intact:" in page.inner_text("main")
    # Interviews: counts only. The demo's interview notes and answers never reach the page.
    assert "3 interviews: 3 with consent" in page.inner_text("main")
    with page.expect_download() as waiting:
        page.click("text=Download the signed report")
    downloaded = Path(waiting.value.path()).read_bytes()
    assert downloaded.startswith(b"%PDF")
    assert hashlib.sha256(downloaded).hexdigest() in page.inner_text("main")  # the sealed copy
    pdf = tmp_path / "downloaded.pdf"
    pdf.write_bytes(downloaded)
    checked = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" in checked.stdout, checked.stdout

    # The demo's complaints arrived too, without the complainant's code.
    page.click("nav >> text=Complaints")
    codes = _complainant_codes(laptop_folder)
    assert codes and not any(c in page.content() for c in codes)
    assert page.locator("table.list tbody tr").count() == 2


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
