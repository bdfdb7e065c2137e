"""A demo ministry for a trial server: two home jurisdictions, a consular post, an inspector in
each, a consular official, the shipped checklists, a registry and enrolment codes."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.i18n import _
from inspector.server.state import ServerState
from inspector.server.tables import Jurisdiction


@dataclass
class DemoMinistry:
    codes: dict[str, str] = field(default_factory=dict)  # username -> enrolment code
    agencies: int = 0
    administrator: str = "admin"
    password: str = ""  # the console administrator's, shown once

    def describe(self) -> str:
        lines = [
            _(
                "Demo ministry added: jurisdictions NP-BAG, NP-KOS and the post QA-DOH; "
                "{n} agencies."
            ).format(n=self.agencies)
        ]
        lines += [
            _("Enrolment code for {username}: {code}").format(username=user, code=code)
            for user, code in self.codes.items()
        ]
        if self.password:
            lines.append(
                _(
                    "Web console (/console): user {username}, password {password} (shown once)"
                ).format(username=self.administrator, password=self.password)
            )
        return "\n".join(lines)


def _console_administrator(session: Session, username: str) -> str:
    """A national administrator for the web console, with a random password to show once."""
    import secrets

    from inspector.server.console.auth import create_user

    password = "-".join(secrets.token_urlsafe(6) for _ in range(3))
    create_user(
        session,
        username,
        "Demo Administrator",
        role="national-admin",
        password=password,
        jurisdictions=[],
        actor="demo",
    )
    return password


def seed_demo(state: ServerState, *, agencies: int = 40) -> DemoMinistry | None:
    """Fill an empty server; None when it already holds jurisdictions."""
    from inspector.checklists.library import shipped_form_files
    from inspector.server.admin import (
        add_account,
        add_jurisdiction,
        json_value,
        new_enrolment_code,
        publish_form,
        store_agency,
    )
    from inspector.services.demo import _agency_data

    with state.session() as session:
        if session.scalar(select(func.count()).select_from(Jurisdiction)):
            return None
        bagmati = add_jurisdiction(
            session, "NP-BAG", "Bagmati Province", country="NP", actor="demo"
        )
        koshi = add_jurisdiction(session, "NP-KOS", "Koshi Province", country="NP", actor="demo")
        add_jurisdiction(
            session, "QA-DOH", "Embassy in Doha", kind="consular-post", country="QA", actor="demo"
        )
        add_account(
            session, "asha", "Asha Rai", role="inspector", jurisdiction="NP-BAG", actor="demo"
        )
        add_account(
            session,
            "bikram",
            "Bikram Shrestha",
            role="inspector",
            jurisdiction="NP-KOS",
            actor="demo",
        )
        add_account(
            session,
            "leila",
            "Leila Haddad",
            role="consular-official",
            jurisdiction="QA-DOH",
            actor="demo",
        )
        for path in shipped_form_files():
            publish_form(session, path, actor="demo")
        rng = random.Random(2026)  # noqa: S311 - invented demo data
        made = DemoMinistry()
        for index in range(agencies):
            data = _agency_data(rng, index)
            place = bagmati if index % 2 == 0 else koshi
            row = {name: json_value(getattr(data, name)) for name in data.__dataclass_fields__}
            if store_agency(session, place, row) == "created":
                made.agencies += 1
        for username in ("asha", "bikram", "leila"):
            made.codes[username], _expires = new_enrolment_code(session, username, actor="demo")
        made.password = _console_administrator(session, made.administrator)
    return made
