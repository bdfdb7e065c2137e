"""Screenshots of the web console's main pages, for a person to look at.

    python packaging/console_screenshots.py [-o console-screenshots] [--chromium /usr/bin/chromium]

Builds a throwaway central server (SQLite, in a temporary folder) with the demo ministry, lets two
laptops (real vaults, the real sync) send inspections with findings, interviews, evidence and a
signed report, and a consulate refer a complaint; then drives Debian's Chromium (Playwright, no
browser download) through the console and saves one PNG per page. Nothing here is real data."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PASSWORD = "screenshots only, not real"  # a throwaway server's
PASSPHRASE = "screenshots only, not a real vault"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default="console-screenshots", type=Path)
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="console-screens-") as home:
        os.environ["INSPECTOR_HOME"] = str(Path(home) / "laptop-home")
        os.environ["HOME"] = home  # Chromium writes its profile under $HOME
        return shoot(Path(home), args.output, args.chromium)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_server(folder: Path, url: str) -> tuple[dict[str, str], tuple[Any, str, str]]:
    """The demo ministry and a national administrator; the demo's enrolment codes and an agency
    of Bagmati (id, licence number, name) a consulate takes a complaint about."""
    from sqlalchemy import select

    from inspector.server.config import ServerConfig
    from inspector.server.console.auth import create_user
    from inspector.server.demo import seed_demo
    from inspector.server.state import ServerState
    from inspector.server.tables import Agency, Jurisdiction

    state = ServerState(ServerConfig(data_dir=folder, public_url=url))
    try:
        seeded = seed_demo(state, agencies=40)
        if seeded is None:
            raise SystemExit("the demo ministry was there already")
        with state.session() as session:
            create_user(session, "ana", "Ana Karki", role="national-admin", password=PASSWORD)
            create_user(session, "sita", "Sita Thapa", role="supervisor", password=PASSWORD,
                        jurisdictions=["NP-BAG"])  # fmt: skip
            agency = session.execute(
                select(Agency.id, Agency.licence_number, Agency.name)
                .join(Jurisdiction, Jurisdiction.id == Agency.jurisdiction_id)
                .where(Jurisdiction.code == "NP-BAG")
                .order_by(Agency.licence_number)
                .limit(1)
            ).one()
        return dict(seeded.codes), (agency[0], agency[1], agency[2])
    finally:
        state.engine.dispose()


def laptop_work(folder: Path, url: str, code: str, rng: random.Random, visits: int) -> None:
    """A laptop enrolled with ``code``: it receives the registry, inspects ``visits`` agencies
    of it (the last locked with a signed report) and syncs."""
    from sqlalchemy import select

    from inspector.checklists.library import shipped_form
    from inspector.services.evidence import add_attachment
    from inspector.services.inspections import (
        complete_inspection,
        lock_inspection,
        record_answer,
        start_inspection,
    )
    from inspector.services.interviews import add_worker_interview
    from inspector.services.reports import create_report
    from inspector.services.sample_answers import sample_answers
    from inspector.services.sync import enrol, sync_now
    from inspector.services.uow import UnitOfWork
    from inspector.vault.store import create_vault
    from inspector.vault.tables import Agency

    vault = create_vault(folder, PASSPHRASE).vault
    try:
        enrol(vault, url, code, confirm=lambda _fingerprint, _name: True)
        sync_now(vault)
        form = shipped_form("agency-inspection")
        interview = shipped_form("worker-interview")
        with vault.reading() as session:
            agencies = list(session.scalars(select(Agency.id).order_by(Agency.licence_number)))
        locked = None
        for index, agency_id in enumerate(agencies[:visits]):
            visit = dt.date.today() - dt.timedelta(days=27 * (visits - index))
            with UnitOfWork(vault) as uow:
                inspection = start_inspection(uow, agency_id, form, team=["Inspector"],
                                              place="Head office", planned_date=visit)  # fmt: skip
                photo = add_attachment(uow, inspection, b"\x89PNG demo receipt " + bytes(index),
                                       filename="fee-receipt.png", media_type="image/png",
                                       caption="Receipt for a placement fee")  # fmt: skip
                answers = sample_answers(form, rng, breach_rate=0.05 + 0.08 * (index % 4),
                                         today=visit, attachment=str(photo.id))  # fmt: skip
                for path, value in answers:
                    record_answer(uow, inspection, path, value, today=visit)
                for _worker in range(2):
                    add_worker_interview(
                        uow, inspection, consent_given=True, form=interview, language="ne",
                        interpreter_used=index % 2 == 0,
                        answers=dict(sample_answers(interview, rng, breach_rate=0.2, today=visit,
                                                    given={"consent": "yes"})),
                    )  # fmt: skip
                if index < visits - 1 or index % 3:
                    complete_inspection(uow, inspection)
                    lock_inspection(uow, inspection)
                    locked = inspection
        if locked is not None:
            with UnitOfWork(vault) as uow:
                create_report(uow, str(locked))
        sync_now(vault)
    finally:
        vault.close()


def consulate_work(folder: Path, url: str, code: str, agency: tuple[Any, str, str]) -> None:
    """A consular official refers a complaint about an agency of Bagmati (which the consulate's
    laptop knows from the registry it looked up)."""
    from inspector.services.complaints import ComplaintData, record_complaint
    from inspector.services.sync import enrol, sync_now
    from inspector.services.uow import UnitOfWork
    from inspector.vault.store import create_vault
    from inspector.vault.tables import Agency

    vault = create_vault(folder, PASSPHRASE).vault
    try:
        enrol(vault, url, code, confirm=lambda _fingerprint, _name: True)
        sync_now(vault)
        with UnitOfWork(vault) as uow:
            uow.session.add(Agency(id=agency[0], licence_number=agency[1], name=agency[2],
                                   country="NP"))  # fmt: skip
            known = agency[0]
            record_complaint(uow, ComplaintData(
                summary="Paid 1,200 dollars for a visa; the contract on arrival paid less.",
                agency_id=known, origin_country="NP", destination_country="QA",
                allegations=["S03", "S05"], consent_to_share=True, urgent=True,
            ))  # fmt: skip
        sync_now(vault)
    finally:
        vault.close()


def _wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    import httpx

    for _ in range(300):
        if process.poll() is not None:
            raise SystemExit("the server stopped at start")
        try:
            if httpx.get(f"{url}/api/v1/hello", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not answer")


def shoot(home: Path, output: Path, chromium: str) -> int:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    codes, agency = build_server(home / "server", url)
    process = subprocess.Popen(  # noqa: S603 - this Python, our own server
        [sys.executable, "-m", "inspector.server.cli", "serve", "--data-dir",
         str(home / "server"), "--port", str(port), "--public-url", url],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait_ready(url, process)
        rng = random.Random(7)  # noqa: S311 - invented demo data
        consulate_work(home / "leila", url, codes["leila"], agency)
        laptop_work(home / "asha", url, codes["asha"], rng, visits=7)
        laptop_work(home / "bikram", url, codes["bikram"], rng, visits=3)
        output.mkdir(parents=True, exist_ok=True)
        taken = browse(url, output, chromium)
    finally:
        process.terminate()
        process.wait(timeout=10)
    for name in taken:
        print(output / name)
    return 0


def browse(url: str, output: Path, chromium: str) -> list[str]:
    from playwright.sync_api import sync_playwright

    taken: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})

        def snap(name: str, full: bool = True) -> None:
            page.screenshot(path=str(output / name), full_page=full)
            taken.append(name)

        page.goto(f"{url}/console/login")
        snap("console-login.png", full=False)
        page.fill("input[name=username]", "ana")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{url}/console/")
        snap("console-overview.png")
        for path, name in (
            ("/agencies", "console-agencies.png"),
            ("/inspections", "console-inspections.png"),
            ("/complaints", "console-complaints.png"),
            ("/people", "console-people.png"),
            ("/forms", "console-forms.png"),
            ("/sync", "console-sync-health.png"),
            ("/users", "console-users.png"),
            ("/audit", "console-audit.png"),
        ):
            page.goto(f"{url}/console{path}")
            snap(name)
        page.goto(f"{url}/console/inspections")
        page.click("td:has-text('signed, verified') >> xpath=.. >> a >> nth=0")
        snap("console-inspection.png")
        page.click("dd a >> nth=0")
        snap("console-agency.png")
        page.goto(f"{url}/console/complaints")
        page.click("a:text('Assign an inspection')")
        snap("console-assignment-from-complaint.png")
        page.goto(f"{url}/console/people")
        page.click("#person-asha button:text('New enrolment code')")
        snap("console-enrolment-code.png")
        browser.close()
    return taken


if __name__ == "__main__":
    sys.exit(main())
