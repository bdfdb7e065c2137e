"""Evidence files: checked on arrival (an image must decode, a PDF must parse, anything else is a
generic document never drawn), removed for good (not only from the answer: the signed report
no longer lists it), captioned each on its own and re-captioned, linked to the finding they
support (the report shows them there)."""

from __future__ import annotations

import io
import os
import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector.errors import InvalidInput
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.evidence import (
    add_attachment,
    link_to_finding,
    read_attachment,
    remove_attachment,
    set_caption,
)
from inspector.services.inspections import (
    answers_of,
    complete_inspection,
    get_inspection,
    lock_inspection,
    record_answer,
    start_inspection,
)
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.tables import Attachment, AttachmentBlob, Finding
from tests.conftest import SMALL_COMPLIANT, small_form


def photo(colour: str = "steelblue", size: tuple[int, int] = (64, 48)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


def one_page_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Employment contract")
    canvas.save()
    return out.getvalue()


@pytest.fixture
def inspection(vault: Vault) -> uuid.UUID:
    """An in-progress inspection of the small checklist whose agency holds passports (so the
    passport photo question is asked, and a finding derived)."""
    with UnitOfWork(vault) as uow:
        agency_id = create_agency(uow, AgencyData("NP-EV-1", "Evidence Agency", "NP"))
        inspection_id = start_inspection(uow, agency_id, small_form(), team=["A. Inspector"])
        for path, value in {**SMALL_COMPLIANT, "passports_held": "yes"}.items():
            record_answer(uow, inspection_id, path, value)
    return inspection_id


def _attach(vault: Vault, inspection_id: uuid.UUID, *files: tuple[str, bytes, str]) -> list[str]:
    ids = []
    with UnitOfWork(vault) as uow:
        for name, content, caption in files:
            info = add_attachment(uow, inspection_id, content, filename=name, caption=caption,
                                  question_path="passport_photo")  # fmt: skip
            ids.append(str(info.id))
        record_answer(uow, inspection_id, "passport_photo", ids)
    return ids


def test_random_bytes_named_pdf_are_refused_with_the_name(vault: Vault, inspection: uuid.UUID):
    noise = b"%PDF-1.7\n" + os.urandom(60 * 1024 * 1024)  # the 60 MB file of the issue
    refused_pdf = r"scan\.pdf is named as a PDF but is not a readable PDF"
    with pytest.raises(InvalidInput, match=refused_pdf), UnitOfWork(vault) as uow:
        add_attachment(uow, inspection, noise, filename="scan.pdf")
    with (
        pytest.raises(InvalidInput, match=r"wall\.jpg is not a readable image"),
        UnitOfWork(vault) as uow,
    ):
        add_attachment(uow, inspection, noise[:4096], filename="wall.jpg")
    cut = photo()[:200]
    with pytest.raises(InvalidInput, match="damaged or cut short"), UnitOfWork(vault) as uow:
        add_attachment(uow, inspection, cut, filename="cut.jpg")
    with vault.reading() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 0


def test_real_files_are_kept_and_other_files_are_generic_documents(
    vault: Vault, inspection: uuid.UUID
):
    with UnitOfWork(vault) as uow:
        pdf = add_attachment(uow, inspection, one_page_pdf(), filename="contract.pdf")
        jpeg = add_attachment(uow, inspection, photo(), filename="office.jpg")
        # Random bytes under any other name: kept as what they say, never drawn.
        other = add_attachment(uow, inspection, os.urandom(4096), filename="ledger.xlsx")
        unknown = add_attachment(uow, inspection, os.urandom(4096), filename="blob")
    assert pdf.media_type == "application/pdf" and jpeg.media_type == "image/jpeg"
    assert other.media_type.startswith("application/vnd.openxmlformats")
    assert unknown.media_type == "application/octet-stream"
    from inspector.services.evidence import is_rendered

    assert is_rendered(jpeg.media_type)
    assert not any(is_rendered(i.media_type) for i in (pdf, other, unknown))


def test_removing_a_file_takes_it_out_of_the_answer_the_record_and_the_vault(
    vault: Vault, inspection: uuid.UUID
):
    first, second = _attach(
        vault, inspection, ("a.jpg", photo("red"), "Passports in the drawer"),
        ("b.jpg", photo("blue"), "Safe in the office"),
    )  # fmt: skip
    with UnitOfWork(vault) as uow:
        remove_attachment(uow, inspection, uuid.UUID(first))
    with vault.reading() as session:
        assert answers_of(session, inspection)["passport_photo"] == [second]
        assert session.get(Attachment, uuid.UUID(first)) is None
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 1
        assert read_attachment(session, uuid.UUID(second)) == photo("blue")
    with UnitOfWork(vault) as uow:
        remove_attachment(uow, inspection, uuid.UUID(second))
    with vault.reading() as session:
        assert "passport_photo" not in answers_of(session, inspection)
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 0


def test_a_file_shared_by_two_attachments_keeps_its_bytes(vault: Vault, inspection: uuid.UUID):
    first, second = _attach(
        vault, inspection, ("a.jpg", photo(), "one"), ("copy.jpg", photo(), "two")
    )
    with UnitOfWork(vault) as uow:
        remove_attachment(uow, inspection, uuid.UUID(first))
    with vault.reading() as session:
        assert read_attachment(session, uuid.UUID(second)) == photo()


def test_signed_report_lists_only_kept_files_with_their_own_captions_and_linked_photos(
    vault: Vault, inspection: uuid.UUID, tmp_path: Path
):
    from inspector.services.profile import set_profile
    from inspector.services.reports import create_report
    from inspector.services.signing import create_certificate
    from tests.reports.fixtures import pdf_text

    removed, kept, linked = _attach(
        vault, inspection, ("removed-drawer.jpg", photo("red"), "Caption of the removed file"),
        ("kept-safe.jpg", photo("blue"), "Safe in the office"),
        ("passport-pile.jpg", photo("green"), "Passports of twelve workers"),
    )  # fmt: skip
    with UnitOfWork(vault) as uow:
        remove_attachment(uow, inspection, uuid.UUID(removed))
        set_caption(uow, inspection, uuid.UUID(kept), "Safe in the back office")
        finding = uow.session.scalar(
            select(Finding.id).where(
                Finding.inspection_id == inspection, Finding.rule_id == "passports-held"
            )
        )
        assert finding is not None
        link_to_finding(uow, inspection, uuid.UUID(linked), finding)
        complete_inspection(uow, inspection)
        lock_inspection(uow, inspection)
        set_profile(uow, "A. Inspector", authority="Labour Department")
        create_certificate(uow)
        reference = get_inspection(uow.session, inspection).reference
    with UnitOfWork(vault) as uow:
        made = create_report(uow, reference)
    path = tmp_path / "report.pdf"
    path.write_bytes(made.content)
    text = pdf_text(path)
    assert "removed-drawer.jpg" not in text and "Caption of the removed file" not in text
    assert "kept-safe.jpg" in text and "Safe in the back office" in text
    # Two files left, numbered E1 and E2 (as words: a certificate serial may hold "E3").
    assert re.search(r"\bE1\b", text) and not re.search(r"\bE3\b", text)
    # The linked photo is shown with its finding: its number and caption there, before the
    # evidence list repeats it.
    findings_part = text.split("F1. Passports retained")[1].split("Corrective actions\n")[0]
    assert "E2. Passports of twelve workers" in findings_part


def test_a_locked_inspection_keeps_its_files(vault: Vault, inspection: uuid.UUID):
    (only,) = _attach(vault, inspection, ("a.jpg", photo(), "kept"))
    with UnitOfWork(vault) as uow:
        complete_inspection(uow, inspection)
    with pytest.raises(Exception, match="completed"), UnitOfWork(vault) as uow:
        remove_attachment(uow, inspection, uuid.UUID(only))
