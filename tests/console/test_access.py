"""Who sees and does what in the console: a supervisor walking every page and link never meets
another jurisdiction's agencies, inspections or complaints; an auditor cannot submit any form;
a form without its CSRF token is refused; a signed-out session's cookie is refused; ten wrong
passwords slow the next attempt down; the optional second factor."""

from __future__ import annotations

import datetime as dt
import re
import time
import uuid
from collections import deque
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import select

from tests.console.conftest import PASSWORD, Console, csrf_of, sign_in, sign_out
from tests.serverkit import EnrolledDevice, enrol


def _agency_id(console: Console, licence: str) -> str:
    from inspector.server.tables import Agency

    return str(
        console.server.admin(
            lambda s: s.scalar(select(Agency.id).where(Agency.licence_number == licence))
        )
    )


def _record(type_: str, **data: Any) -> dict[str, Any]:
    record_id = str(uuid.uuid4())
    return {"type": type_, "id": record_id, "revision": 1, "base_revision": None,
            "data": {"id": record_id, "revision": 1, **data}}  # fmt: skip


def _inspection_with_everything(device: EnrolledDevice, agency_id: str, tag: str) -> str:
    """An inspection with a finding, an overdue action and a confidential interview; a
    complaint about the same agency; and one refused record."""
    inspection = _record("inspection", reference=f"{tag}-INS-1", status="completed",
                         kind="routine", agency_id=agency_id,
                         completed_at="2026-11-02T10:00:00")  # fmt: skip
    finding = _record("finding", inspection_id=inspection["id"], severity="critical",
                      title=f"{tag} finding: passports retained",
                      standard="IRIS-2, GPOG-12")  # fmt: skip
    action = _record("corrective_action", inspection_id=inspection["id"],
                     finding_id=finding["id"], description=f"{tag} action: return passports",
                     deadline="2026-01-15", status="open")  # fmt: skip
    interview = _record("worker_interview", inspection_id=inspection["id"], code=f"{tag}-W1",
                        consent_given=True,
                        notes=f"{tag} worker said something private")  # fmt: skip
    complaint = _record("complaint", reference=f"{tag}-CMP-1", agency_id=agency_id,
                        complainant_code=f"{tag}-CC-9", summary=f"{tag} complaint summary",
                        consent_to_share=True, status="received")  # fmt: skip
    bad = _record("answer", inspection_id=str(uuid.uuid4()), question_path="x", value=1)
    results = device.send(inspection, finding, action, interview, complaint, bad)
    assert [r["status"] for r in results] == ["stored"] * 5 + ["refused"], results
    return str(inspection["id"])


def _both_jurisdictions(console: Console) -> dict[str, str]:
    """Work in Bagmati (asha) and in Koshi (bikram); an assignment in each."""
    from inspector.server import admin

    ministry = console.ministry
    home = _agency_id(console, f"{ministry.home}-0001")
    other = _agency_id(console, f"{ministry.other}-0001")
    ids = {
        "home": _inspection_with_everything(enrol(console.server, ministry.inspector), home, "BAG"),
        "other": _inspection_with_everything(
            enrol(console.server, ministry.other_inspector), other, "KOS"
        ),
        "other_agency": other,
    }
    console.server.admin(
        lambda s: admin.assign(s, ministry.other_inspector, f"{ministry.other}-0002",
                               notes="KOS visit")
    )  # fmt: skip
    console.server.admin(lambda s: admin.assign(s, ministry.inspector, f"{ministry.home}-0002",
                                                notes="BAG visit"))  # fmt: skip
    return ids


FOREIGN = ("NP-KOS", "Koshi", "KOS-", "bikram", "Bikram")


def _walk(page: Any, console: Console) -> dict[str, str]:
    """Every console page reachable by links from the overview: {path: text of the page}."""
    seen: dict[str, str] = {}
    queue = deque(["/console/"])
    while queue and len(seen) < 400:
        path = queue.popleft()
        if path in seen:
            continue
        if path.startswith("/console/reports/"):
            answer = page.request.get(console.server.url + path)
            assert answer.status == 200 and answer.body().startswith(b"%PDF")
            seen[path] = ""
            continue
        response = page.goto(console.server.url + path)
        assert response is not None and response.status == 200, path
        seen[path] = page.content()
        for href in page.eval_on_selector_all(
            "a[href]", "els => els.map(e => e.getAttribute('href'))"
        ):
            target = urlsplit(href)
            if target.netloc or not target.path.startswith("/console") or "/static/" in target.path:
                continue
            queue.append(target.path + (f"?{target.query}" if target.query else ""))
    return seen


def test_a_supervisor_walking_every_page_and_link_sees_only_their_jurisdiction(
    page: Any, console: Console
) -> None:
    ids = _both_jurisdictions(console)
    sign_in(page, console, "sita")
    pages = _walk(page, console)
    nav = {"/console/", "/console/agencies", "/console/inspections", "/console/assignments",
           "/console/complaints", "/console/people", "/console/forms", "/console/sync"}  # fmt: skip
    assert nav <= set(pages), set(pages)
    assert f"/console/inspections/{ids['home']}" in pages  # the walk reached their own work
    assert len([p for p in pages if p.startswith("/console/agencies/")]) >= 6
    everything = "\n".join(pages.values())
    assert "BAG-INS-1" in everything and "BAG-CMP-1" in everything and "BAG visit" in everything
    for marker in FOREIGN:
        assert marker not in everything, marker
    # Confidential interview content and the complainant's code appear nowhere.
    assert "BAG worker said" not in everything and "BAG-W1" not in everything
    assert "BAG-CC-9" not in everything
    # Asked for directly, the other jurisdiction's things are not there.
    for path in (f"/inspections/{ids['other']}", f"/agencies/{ids['other_agency']}"):
        response = page.goto(console.url + path)
        assert response is not None and response.status == 404
        assert not any(marker in page.content() for marker in FOREIGN)
    page.goto(f"{console.url}/inspections?jurisdiction=NP-KOS")
    assert "No inspection matches." in page.inner_text("main")
    page.goto(f"{console.url}/agencies?q=KOS")
    assert "No agency matches." in page.inner_text("main")
    # The sync health page shows their laptop's refused record, not the other's.
    page.goto(f"{console.url}/sync")
    assert page.locator("text=has not arrived").count() >= 1


def _post_routes() -> list[str]:
    """Every console route that takes a posted form, except signing in and out and one's own
    account."""
    from inspector.server.console import routes_admin

    paths = []
    for route in routes_admin.router.routes:
        if "POST" in getattr(route, "methods", set()):
            paths.append(route.path)  # type: ignore[attr-defined]
    return paths


def test_an_auditor_cannot_submit_any_form(page: Any, console: Console) -> None:
    from inspector.server.tables import Device

    enrol(console.server, console.ministry.inspector)
    device = console.server.admin(lambda s: str(s.scalar(select(Device.id).limit(1))))
    sign_in(page, console, "otto")
    for target in ("/", "/agencies", "/inspections", "/assignments", "/complaints", "/people",
                   "/forms", "/sync", "/audit"):  # fmt: skip
        page.goto(console.url + target)
        actions = page.eval_on_selector_all(
            "form[method=post]", "els => els.map(e => e.getAttribute('action'))"
        )
        assert actions == ["/console/logout"], (target, actions)
    token = csrf_of(page)
    before = console.audit_count()
    routes = _post_routes()
    assert len(routes) >= 9
    for path in routes:
        path = path.replace("{username}", console.ministry.inspector)
        path = path.replace("{device_id}", device).replace("{user_id}", str(console.users["sita"]))
        answer = page.request.post(
            console.server.url + path,
            multipart={"csrf_token": token, "username": "x", "name": "x", "role": "inspector",
                       "jurisdiction": "NP-BAG", "inspector": console.ministry.inspector,
                       "licence": "NP-BAG-0001", "code": "ZZ", "active": "0"},
        )  # fmt: skip
        assert answer.status == 403, (path, answer.status)
        assert "Auditors read" in answer.text() or "Only national" in answer.text(), path
    assert console.audit_count() == before
    assert console.server.admin(
        lambda s: s.get(Device, uuid.UUID(device)).revoked_at
    ) is None  # fmt: skip


def test_a_form_without_its_csrf_token_is_refused(page: Any, console: Console) -> None:
    from inspector.server.tables import Account

    sign_in(page, console, "ana")
    page.click("nav >> text=Inspectors and devices")
    page.eval_on_selector_all("input[name=csrf_token]", "els => els.forEach(e => e.remove())")
    page.fill("form[action$='/people'] input[name=username]", "mallory")
    page.fill("form[action$='/people'] input[name=name]", "Mallory")
    page.click("form[action$='/people'] button[type=submit]")
    assert "did not come from this console" in page.inner_text("main")
    answer = page.request.post(f"{console.url}/people",
                               form={"csrf_token": "forged", "username": "mallory",
                                     "name": "Mallory", "role": "inspector",
                                     "jurisdiction": "NP-BAG"})  # fmt: skip
    assert answer.status == 403
    assert console.server.admin(
        lambda s: s.scalar(select(Account.id).where(Account.username == "mallory"))
    ) is None  # fmt: skip


def test_a_signed_out_sessions_cookie_is_refused(page: Any, console: Console) -> None:
    sign_in(page, console, "ana")
    (cookie,) = [c for c in page.context.cookies() if c["name"] == "fi_console"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    with httpx.Client(base_url=console.server.url, cookies={"fi_console": cookie["value"]}) as c:
        assert c.get("/console/agencies").status_code == 200
        sign_out(page)
        answer = c.get("/console/agencies")
        assert answer.status_code == 303 and answer.headers["location"] == "/console/login"
    page.context.add_cookies([{**cookie}])
    page.goto(f"{console.url}/agencies")
    assert page.url.endswith("/console/login")


def test_ten_wrong_passwords_slow_the_next_attempt_down(page: Any, console: Console) -> None:
    from inspector.server.tables import ConsoleLoginAttempt

    console.add_user("tara", "Tara Lama", "auditor")
    page.goto(f"{console.url}/login")
    messages = []
    for attempt in range(10):
        page.fill("input[name=username]", "tara")
        page.fill("input[name=password]", f"wrong password {attempt}")
        page.click("button[type=submit]")
        messages.append(page.inner_text("p.error"))
    assert messages[0] == "The user name or the password is wrong."
    assert "Too many failed sign-ins" in messages[-1]
    # The right password now waits too: the attempt is refused without being tried.
    page.fill("input[name=username]", "tara")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    wait = int(re.search(r"Wait (\d+) seconds", page.inner_text("p.error")).group(1))  # type: ignore[union-attr]
    assert wait >= 1 and page.url.endswith("/console/login")

    def later(session: Any) -> None:  # the clock moves on past the wait
        for attempt in session.scalars(
            select(ConsoleLoginAttempt).where(ConsoleLoginAttempt.username == "tara")
        ):
            attempt.at -= dt.timedelta(seconds=wait + 1)

    console.server.admin(later)
    sign_in(page, console, "tara")


def test_the_second_factor_is_asked_once_set_up(page: Any, console: Console) -> None:
    from inspector.server.console.passwords import totp_code, totp_secret_from_text

    console.add_user("tomas", "Tomas Ruiz", "auditor")
    sign_in(page, console, "tomas")
    page.goto(f"{console.url}/account")
    page.click("button:text('Set up')")
    secret = totp_secret_from_text(page.inner_text(".the-secret"))
    assert page.locator(".qr svg").count() == 1
    page.fill("input[name=code]", totp_code(secret, time.time()))
    page.click("button:text('Turn on')")
    assert "The second factor is on." in page.inner_text(".notice")
    sign_out(page)
    page.fill("input[name=username]", "tomas")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/login/second-factor$"))
    page.goto(f"{console.url}/agencies")  # half signed in is not signed in
    assert page.url.endswith("/console/login")
    page.goto(f"{console.url}/login/second-factor")
    page.fill(
        "input[name=code]", "000000" if totp_code(secret, time.time()) != "000000" else "111111"
    )
    page.click("button[type=submit]")
    assert "not right" in page.inner_text("p.error")
    page.fill("input[name=code]", totp_code(secret, time.time() + 30))  # the next code
    page.click("button[type=submit]")
    page.wait_for_url(f"{console.url}/")
