"""What the agency reads is plain: no rule expression in the agency-facing report (the
internal report keeps it for the authority); the signer printed is the certificate's."""

from __future__ import annotations

import subprocess
from pathlib import Path

from inspector.reports.content import AnswerLine, FindingEntry
from inspector.reports.pdf import build_pdf
from inspector.vault.store import Vault
from tests.reports.fixtures import DemoVault
from tests.reports.test_report_content import minimal_content

DERIVED = FindingEntry(
    1,
    "major",
    "Workers were charged recruitment fees",
    derived=True,
    rule_id="fees-charged",
    rule_when="count_selected(.) > 0",
    answers=(AnswerLine("Which fees did workers pay?", "Visa fee, medical test"),),
)


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_agency_report_shows_no_rule_expression(tmp_path: Path) -> None:
    for internal in (False, True):
        path = tmp_path / f"report-{internal}.pdf"
        content = minimal_content(findings=(DERIVED,), internal=internal)
        path.write_bytes(build_pdf(content).content)
        text = _text(path)
        assert "Derived by rule fees-charged of the checklist" in text
        assert "Visa fee, medical test" in text  # the answers it follows from
        shown = "count_selected(.) > 0" in text and "condition:" in text
        assert shown == internal, text


def test_the_printed_signer_is_the_certificate_s_subject(
    demo: DemoVault, demo_vault: Vault, tmp_path: Path
) -> None:
    """A profile renamed after its certificate was made is refused, naming both names; one
    that spells it in other capitals and spaces gets the certificate's name printed, the one
    the signature is checked against, and not the profile's beside it."""
    import pytest
    from sqlalchemy import select

    from inspector.errors import InvalidInput
    from inspector.reports.certificates import describe
    from inspector.services.reports import create_report, list_reports
    from inspector.services.signing import signing_material
    from inspector.services.uow import UnitOfWork
    from inspector.vault.tables import InspectorProfile

    with UnitOfWork(demo_vault) as uow:
        profile = uow.session.scalars(select(InspectorProfile)).one()
        certificate_name = profile.name
        profile_authority = profile.authority
        profile.name = "Renamed Person"
    with pytest.raises(InvalidInput) as refused, UnitOfWork(demo_vault) as uow:
        create_report(uow, demo.routine)
    message = str(refused.value)
    assert "'Renamed Person'" in message and f"'{certificate_name}'" in message
    assert "inspector profile --name" in message and "inspector cert create" in message
    assert "inspector profile" not in refused.value.window_message
    assert "inspector cert" not in refused.value.window_message
    assert "Settings" in refused.value.window_message
    with demo_vault.reading() as session:
        assert list_reports(session, demo.routine) == []
    with UnitOfWork(demo_vault) as uow:
        profile = uow.session.scalars(select(InspectorProfile)).one()
        profile.name = "  " + certificate_name.upper().replace(" ", "   ")
    with UnitOfWork(demo_vault) as uow:
        made = create_report(uow, demo.routine)
    path = tmp_path / "report.pdf"
    path.write_bytes(made.content)
    text = " ".join(_text(path).split())
    assert f"Signed digitally by {certificate_name}" in text
    assert certificate_name.upper() not in text
    # The stamp: a label, the signer, the authority and the certificate's serial.
    with demo_vault.reading() as session:
        serial = describe(signing_material(session).certificate).serial_number.upper()
    stamp = _stamp_text(path)
    assert stamp[0] == f"Digitally signed by {certificate_name}", stamp
    assert stamp[2] == profile_authority and stamp[3].startswith("Certificate serial "), stamp
    assert stamp[3] == f"Certificate serial {serial}", stamp


def test_the_internal_report_s_title_says_internal(demo: DemoVault, demo_vault: Vault) -> None:
    from inspector.services.reports import create_report
    from inspector.services.uow import UnitOfWork

    with UnitOfWork(demo_vault) as uow:
        internal = create_report(uow, demo.routine, internal=True)
        agency = create_report(uow, demo.routine)
    assert _title(internal.content).startswith("INTERNAL inspection report ")
    assert _title(agency.content).startswith("Inspection report ")


def _title(content: bytes) -> str:
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(content)) as pdf:
        return str(pdf.docinfo["/Title"])


def _stamp_text(path: Path) -> list[str]:
    """The lines of the signature stamp, as pdftotext reads them from the signature's page."""
    number = _signature_page(path)
    text = subprocess.run(
        ["pdftotext", "-f", str(number), "-l", str(number), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith("Digitally signed by"))
    return lines[start : start + 5]


def _signature_page(path: Path) -> int:
    import pikepdf

    with pikepdf.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            if any("/AP" in a for a in page.obj.get("/Annots", [])):
                return number
    raise AssertionError("no stamp")
