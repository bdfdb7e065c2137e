"""The console's administrative pages against a real server: checklists checked by the laptop's
engine (problems by line) and published; a registry file with its rejected rows listed; a
consulate's complaint turned into an assignment without the complainant; the overview's numbers;
``inspector-server admin create-user``; and every page loading only from the server."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tests.conftest import SMALL_FORM_PATH
from tests.console.conftest import PASSWORD, Console, sign_in
from tests.serverkit import enrol


def test_a_checklist_is_checked_with_the_laptops_engine_then_published(
    page: Any, console: Console, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: x\n  bad: [\n", "utf-8")
    changed = tmp_path / "small-v2.yaml"
    changed.write_text(
        SMALL_FORM_PATH.read_text("utf-8").replace('version: "1"', 'version: "2"'), "utf-8"
    )
    sign_in(page, console, "ana")
    page.click("nav >> text=Forms and registry")
    form = "form[action$='/forms']"
    page.set_input_files(f"{form} input[name=file]", str(broken))
    page.click(f"{form} button[value=publish]")
    assert "broken.yaml: line 3, column 6" in page.inner_text(".error")
    page.set_input_files(f"{form} input[name=file]", str(changed))
    page.click(f"{form} button[value=check]")
    assert "small-inspection version 2" in page.inner_text(".notice")
    assert "small-inspection" not in page.inner_text("table.list")  # checked, not published
    page.set_input_files(f"{form} input[name=file]", str(changed))
    page.click(f"{form} button[value=publish]")
    assert "Published small-inspection version 2" in page.inner_text(".notice")
    laptop = enrol(console.server, console.ministry.inspector)
    published = [c for c in laptop.changes() if c["type"] == "form"]
    assert {"small-inspection", "2"} <= {
        v for c in published for v in (c["data"]["form_id"], c["data"]["version"])
    }


def test_a_registry_upload_lists_its_rejected_rows(
    page: Any, console: Console, tmp_path: Path
) -> None:
    from inspector.server.tables import Agency

    registry = tmp_path / "registry.csv"
    registry.write_text(
        "licence_number,name,country\n"
        "NP-BAG-9001,Console Upload Manpower,NP\n"
        ",Agency without a licence number,NP\n"
        "NP-KOS-0001,Another jurisdiction's licence,NP\n",
        "utf-8",
    )
    sign_in(page, console, "sita")  # a supervisor: their own jurisdiction only
    page.click("nav >> text=Forms and registry")
    assert page.locator("form[action$='/forms']").count() == 0  # checklists: national only
    assert page.locator("select[name=jurisdiction] option").all_inner_texts() == [
        "NP-BAG · Bagmati"
    ]
    page.set_input_files("form[action$='/registry'] input[name=file]", str(registry))
    page.click("form[action$='/registry'] button[type=submit]")
    assert "1 new, 0 updated, 0 unchanged, 2 rejected" in page.inner_text(".notice")
    rejected = page.locator("ul.problems li").all_inner_texts()
    assert any("line 3" in line and "licence number is missing" in line for line in rejected)
    assert any("line 4" in line and "another jurisdiction" in line for line in rejected)
    names = console.server.admin(lambda s: list(s.scalars(select(Agency.name))))
    assert "Console Upload Manpower" in names and "Another jurisdiction's licence" not in names


def test_a_referred_complaint_becomes_an_assignment_without_the_complainant(
    page: Any, console: Console
) -> None:
    from inspector.server.tables import Agency

    agency_id = console.server.admin(
        lambda s: str(s.scalar(select(Agency.id).where(Agency.licence_number == "NP-BAG-0004")))
    )
    consulate = enrol(console.server, console.ministry.consular)
    complaint_id = str(uuid.uuid4())
    stored = consulate.send({
        "type": "complaint", "id": complaint_id, "revision": 1, "base_revision": None,
        "data": {"id": complaint_id, "revision": 1, "reference": "DOH-CMP-77",
                 "agency_id": agency_id, "complainant_code": "W-SECRET-77",
                 "summary": "Charged a visa fee", "consent_to_share": False,
                 "allegations": ["S03"], "urgent": True, "status": "received"},
    })  # fmt: skip
    assert stored[0]["status"] == "stored"
    sign_in(page, console, "sita")
    page.click("nav >> text=Complaints")
    row = page.locator("tr", has_text="DOH-CMP-77")
    assert "urgent" in row.inner_text()
    assert "Charged a visa fee" not in page.content()  # no consent to share the summary
    assert "W-SECRET-77" not in page.content()
    row.locator("a:text('Assign an inspection')").click()
    assert page.input_value("input[name=licence]") == "NP-BAG-0004"
    assert page.input_value("select[name=kind]") == "complaint-driven"
    page.select_option("select[name=inspector]", console.ministry.inspector)
    page.click("form[action$='/assignments'] button[type=submit]")
    assert "Assigned" in page.inner_text(".notice")
    assert "assigned" in page.goto(f"{console.url}/complaints").text()  # type: ignore[union-attr]

    laptop = enrol(console.server, console.ministry.inspector)
    (assignment,) = [
        c["data"] for c in laptop.changes()
        if c["type"] == "assignment" and c["data"]["complaint_id"] == complaint_id
    ]  # fmt: skip
    assert assignment["licence_number"] == "NP-BAG-0004"
    assert assignment["kind"] == "complaint-driven"
    assert "W-SECRET-77" not in str(laptop.changes())
    from inspector.server.tables import ServerAudit

    audited = console.server.admin(
        lambda s: [(a.actor, a.details.get("licence")) for a in s.scalars(
            select(ServerAudit).where(ServerAudit.action == "assign"))]
    )  # fmt: skip
    assert ("console:sita", "NP-BAG-0004") in audited


def test_the_overview_draws_what_sql_counted(page: Any, console: Console) -> None:
    laptop = enrol(console.server, console.ministry.inspector)
    from inspector.server.tables import Agency

    agency_id = console.server.admin(
        lambda s: str(s.scalar(select(Agency.id).where(Agency.licence_number == "NP-BAG-0005")))
    )
    inspection = str(uuid.uuid4())
    finding = str(uuid.uuid4())
    action = str(uuid.uuid4())
    laptop.send(
        {"type": "inspection", "id": inspection, "revision": 1,
         "data": {"reference": "OVERVIEW-1", "status": "locked", "agency_id": agency_id,
                  "completed_at": "2026-11-20T09:00:00"}},
        {"type": "finding", "id": finding, "revision": 1,
         "data": {"inspection_id": inspection, "severity": "critical", "standard": "IRIS-1",
                  "title": "Fees charged"}},
        {"type": "corrective_action", "id": action, "revision": 1,
         "data": {"inspection_id": inspection, "finding_id": finding, "status": "open",
                  "deadline": "2026-01-02", "description": "Refund the fees"}},
    )  # fmt: skip
    sign_in(page, console, "sita")
    text = page.inner_text("main")
    assert "Refund the fees" in text and "OVERVIEW-1" in text
    iris = page.locator("svg[aria-label^='Findings by IRIS'] rect.sev-critical title")
    assert "critical: 1" in iris.all_text_contents()
    assert page.locator("svg.risk text.label").all_text_contents()[:4] == [
        "low", "medium", "high", "critical"
    ]  # fmt: skip
    values = page.locator("svg.risk text.value").all_text_contents()
    assert int(values[3]) >= 1  # the agency with a critical finding is in the critical band


def test_create_user_makes_an_administrator_who_can_sign_in(
    page: Any, console: Console, tmp_path: Path
) -> None:
    secret = tmp_path / "password"
    secret.write_text("a first administrator's password\n", "utf-8")
    env = {**os.environ, "INSPECTOR_SERVER_DB": console.server.db_url or ""}
    made = subprocess.run(
        [sys.executable, "-m", "inspector.server.cli", "admin", "--data-dir",
         str(console.server.data_dir), "create-user", "root", "--name", "Root Admin",
         "--password-file", str(secret)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "a first administrator" not in made.stdout + made.stderr
    sign_in(page, console, "root", "a first administrator's password")
    assert "national administrator" in page.inner_text("header")
    page.goto(f"{console.url}/audit")
    assert "console-user.add" in page.inner_text("main")
    assert PASSWORD not in page.content()


def test_every_page_loads_its_assets_from_the_server_itself(page: Any, console: Console) -> None:
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    sign_in(page, console, "ana")
    for target in ("/agencies", "/inspections", "/assignments", "/complaints", "/people",
                   "/forms", "/sync", "/users", "/audit", "/account"):  # fmt: skip
        response = page.goto(console.url + target)
        assert response is not None and response.status == 200
        assert "default-src 'none'" in response.headers["content-security-policy"]
    assert any(url.endswith("/console/static/console.css") for url in seen)
    assert any(url.endswith("/console/static/console.js") for url in seen)
    assert all(url.startswith(console.server.url) for url in seen), seen


def test_the_legal_provisions_overlay_is_published_to_every_laptop(
    page: Any, console: Console, tmp_path: Path
) -> None:
    overlay = tmp_path / "provisions.yaml"
    overlay.write_text(
        'version: "2026-12"\n'
        "provisions:\n"
        "  NATIONAL:\n"
        '    en: "Foreign Employment Act 2064, section 11"\n'
        "    fr: \"Loi de 2064 sur l'emploi à l'étranger, article 11\"\n"
        "rules:\n"
        "  agency-inspection:\n"
        "    S01-no-licence:\n"
        '      citation: {en: "Foreign Employment Act 2064, section 10"}\n',
        "utf-8",
    )
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "version: 1\nrules:\n  agency-inspection:\n    S01-no-licnce: {citation: {en: x}}\n",
        "utf-8",
    )
    sign_in(page, console, "ana")
    page.click("nav >> text=Forms and registry")
    page.set_input_files("form[action$='/legal'] input[name=file]", str(broken))
    page.click("form[action$='/legal'] button[type=submit]")
    # The laptop's own loader, against the rules of the checklists published here.
    error = page.inner_text(".error")
    assert "broken.yaml: rules.agency-inspection.S01-no-licnce" in error, error
    assert "S01-no-licence" in error  # did you mean
    page.set_input_files("form[action$='/legal'] input[name=file]", str(overlay))
    page.click("form[action$='/legal'] button[type=submit]")
    assert "The legal provisions were published." in page.inner_text(".notice")
    assert "2026-12" in page.inner_text("main")
    laptop = enrol(console.server, console.ministry.other_inspector)
    (change,) = [c for c in laptop.changes() if c["type"] == "legal_provisions"]
    assert change["data"]["provisions"]["NATIONAL"]["en"].startswith("Foreign Employment Act")
    citation = change["data"]["rules"]["agency-inspection"]["S01-no-licence"]["citation"]
    assert citation == {"en": "Foreign Employment Act 2064, section 10"}


def test_sync_health_lists_conflicts_and_reports_waiting_for_their_file(
    page: Any, console: Console
) -> None:
    first = enrol(console.server, console.ministry.inspector)
    second = enrol(console.server, console.ministry.inspector)  # a restored backup, say
    inspection = str(uuid.uuid4())
    report = str(uuid.uuid4())
    body = {"reference": "HEALTH-1", "status": "draft"}
    assert first.send({"type": "inspection", "id": inspection, "revision": 1,
                       "data": body})[0]["status"] == "stored"  # fmt: skip
    answer = second.send({"type": "inspection", "id": inspection, "revision": 2,
                          "data": {**body, "place": "elsewhere"}})  # fmt: skip
    assert answer[0]["status"] == "conflict"
    assert first.send({"type": "report", "id": report, "revision": 1,
                       "data": {"inspection_id": inspection, "sha256": "ab" * 32,
                                "size": 1000}})[0]["status"] == "stored"  # fmt: skip
    sign_in(page, console, "sita")
    page.click("nav >> text=Sync health")
    conflicts = page.locator("section", has_text="Conflicts waiting on a laptop")
    assert inspection[:8] in conflicts.inner_text() and "2 / 1" in conflicts.inner_text()
    waiting = page.locator("section", has_text="Reports not yet timestamped")
    assert "HEALTH-1" in waiting.inner_text() and "the PDF has not arrived" in waiting.inner_text()


def test_the_registry_is_searched_and_paged_by_the_server(page: Any, console: Console) -> None:
    from inspector.server import admin
    from inspector.server.tables import Jurisdiction

    def seed(session: Any) -> None:
        place = session.scalar(select(Jurisdiction).where(Jurisdiction.code == "NP-BAG"))
        for index in range(30):
            data = {"licence_number": f"PG-{index:03d}", "name": f"Paging Manpower {index:03d}"}
            admin.store_agency(session, place, data)

    console.server.admin(seed)
    sign_in(page, console, "sita")
    page.click("nav >> text=Agencies")
    page.fill("input[name=q]", "paging manpower")
    page.click("form.search button[type=submit]")
    assert "30 agencies" in page.inner_text("main")
    assert page.locator("table.list tbody tr").count() == 25
    assert "Page 1 of 2" in page.inner_text(".pager")
    page.click("a[rel=next]")
    rows = page.locator("table.list tbody tr").all_inner_texts()
    assert len(rows) == 5 and "Paging Manpower 029" in rows[-1]
    page.fill("input[name=q]", "PG-007")
    page.click("form.search button[type=submit]")
    assert page.locator("table.list tbody tr").all_inner_texts()[0].startswith("PG-007")
