"""The editor makes the signed report of a locked inspection, off the GUI thread; the file it
saves verifies, and the vault keeps it. Without a signing certificate it says what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from inspector.reports.verify import verify_pdf
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import (
    complete_inspection,
    lock_inspection,
    record_answer,
    start_inspection,
)
from inspector.services.profile import set_profile
from inspector.services.reports import list_reports
from inspector.services.uow import UnitOfWork
from tests.conftest import SMALL_COMPLIANT, small_form
from tests.gui.conftest import vault_of, wait_idle


def locked_inspection(context):  # type: ignore[no-untyped-def]
    with UnitOfWork(vault_of(context)) as uow:
        set_profile(uow, "Asha Karki", authority="Department of Foreign Employment")
        agency = create_agency(uow, AgencyData("NP-RA-9301", "Reported Agency", "NP"))
        inspection = start_inspection(uow, agency, small_form())
        for path, value in SMALL_COMPLIANT.items():
            record_answer(uow, inspection, path, value)
        complete_inspection(uow, inspection)
        lock_inspection(uow, inspection)
    return inspection


def test_report_from_the_editor(qtbot, window, context, tmp_path: Path) -> None:
    from inspector.services.signing import create_certificate

    inspection = locked_inspection(context)
    editor = window.workspace.open_inspection(inspection)
    qtbot.waitUntil(lambda: editor.data is not None, timeout=20_000)
    assert editor.report_button.isEnabled()
    assert not editor.complete_button.isEnabled()

    # No certificate yet: a clear message, nothing saved.
    target = tmp_path / "report.pdf"
    editor.make_report()
    editor.report_dialog.path.setText(str(target))
    qtbot.mouseClick(editor.report_dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert "certificate" in editor.banner.text().lower()
    assert not target.exists()

    with UnitOfWork(vault_of(context)) as uow:
        create_certificate(uow)
    editor.make_report()
    dialog = editor.report_dialog
    dialog.path.setText(str(target))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert "Signed report saved" in editor.banner.text()
    assert verify_pdf(target.read_bytes()).intact
    with vault_of(context).reading() as session:
        (row,) = list_reports(session, str(inspection))
    assert row.language == "fr" and not row.internal
