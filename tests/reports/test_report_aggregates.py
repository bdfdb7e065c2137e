"""Worker interviews in aggregate: when every worker who answered reported something, the
agency-facing report says "all or nearly all", never "4" beside "4 consented" (which tells the
agency what each of them said); the internal report keeps the exact counts."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from inspector.checklists.loader import load_file
from inspector.reports.content import ReportContent, Tally
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import start_inspection
from inspector.services.interviews import add_worker_interview
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.tables import Inspection
from tests.conftest import SMALL_FORM_PATH, small_form
from tests.reports.fixtures import pdf_text

INTERVIEW = load_file(SMALL_FORM_PATH.with_name("small-interview.yaml"))
FEE, PASSPORT = "Worker paid a recruitment fee", "Passport retained"


@pytest.fixture
def inspection(vault: Vault) -> uuid.UUID:
    """Four workers consented and answered: all four paid a fee, three have no passport."""
    with UnitOfWork(vault) as uow:
        agency = create_agency(uow, AgencyData("NP-316", "Aggregate Agency", "NP"))
        inspection_id = start_inspection(uow, agency, small_form())
        for holder in ("agency", "agency", "employer", "self"):
            answers = {"paid_agency": "yes", "passport_holder": holder}
            add_worker_interview(
                uow, inspection_id, consent_given=True, form=INTERVIEW, answers=answers
            )
    return inspection_id


def _content(vault: Vault, inspection: uuid.UUID, **options: object) -> ReportContent:
    from inspector.services.report_content import report_content

    with vault.reading() as session:
        row = session.get(Inspection, inspection)
        return report_content(
            session,
            row,
            language=options.get("language", "en"),  # type: ignore[arg-type]
            internal=bool(options.get("internal", False)),
            issued_at=dt.datetime(2026, 11, 20, tzinfo=dt.UTC),
        )


def test_a_count_of_every_worker_is_not_given_to_the_agency(
    vault: Vault, inspection: uuid.UUID, tmp_path: Path
) -> None:
    from inspector.reports.pdf import build_pdf

    content = _content(vault, inspection)
    assert content.interviews is not None
    assert content.interviews.consented == 4
    assert set(content.interviews.by_rule) == {Tally(FEE, None, "all"), Tally(PASSPORT, 3)}
    path = tmp_path / "agency.pdf"
    path.write_bytes(build_pdf(content).content)
    text = pdf_text(path, "-layout")
    fee = next(line for line in text.splitlines() if FEE in line)
    assert fee.split(FEE)[1].strip() == "all or nearly all", fee
    passport = next(line for line in text.splitlines() if PASSPORT in line)
    assert passport.split(PASSPORT)[1].strip() == "3", passport
    assert "no number is given" in text


def test_the_internal_report_keeps_the_exact_counts(vault: Vault, inspection: uuid.UUID) -> None:
    content = _content(vault, inspection, internal=True)
    assert content.interviews is not None
    assert set(content.interviews.by_rule) == {Tally(FEE, 4), Tally(PASSPORT, 3)}


@pytest.mark.parametrize(
    ("language", "words"), [("fr", "tous ou presque tous"), ("es", "todos o casi todos")]
)
def test_the_words_for_a_share_are_translated(
    vault: Vault, inspection: uuid.UUID, tmp_path: Path, language: str, words: str
) -> None:
    from inspector.reports.pdf import build_pdf

    path = tmp_path / f"{language}.pdf"
    path.write_bytes(build_pdf(_content(vault, inspection, language=language)).content)
    assert words in " ".join(pdf_text(path).split())
