"""The report's letterhead comes from the inspector's profile: the authority's name, its emblem
and office address; the subtitle is the form's title, not its internal id."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from PIL import Image

from inspector.services.profile import update_profile
from inspector.services.reports import create_report
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from tests.reports.fixtures import DemoVault, pdf_text

AUTHORITY = "वैदेशिक रोजगार विभाग"
ADDRESS = "Tahachal, Kathmandu"


def emblem_png(size: tuple[int, int] = (300, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (180, 20, 40)).save(out, "PNG")
    return out.getvalue()


def _images_on(page: pikepdf.Page) -> list[tuple[int, int]]:
    return [(int(i.Width), int(i.Height)) for i in page.get_images().values()]


def test_cover_shows_the_profiles_authority_emblem_and_address(
    demo: DemoVault, demo_vault: Vault, tmp_path: Path
) -> None:
    with UnitOfWork(demo_vault) as uow:
        update_profile(uow, authority=AUTHORITY, office_address=ADDRESS, emblem=emblem_png())
    with UnitOfWork(demo_vault) as uow:
        made = create_report(uow, demo.routine)
    path = tmp_path / "report.pdf"
    path.write_bytes(made.content)
    cover = pdf_text(path, "-f", "1", "-l", "1")
    assert AUTHORITY in cover and ADDRESS in cover
    # The form's title is the subtitle; its internal id is nowhere on the cover.
    assert "Recruitment agency inspection" in cover
    assert "agency-inspection@" not in cover
    with pikepdf.open(path) as pdf:
        assert (300, 200) in _images_on(pdf.pages[0])


def test_without_an_emblem_the_cover_has_no_image(
    demo: DemoVault, demo_vault: Vault, tmp_path: Path
) -> None:
    with UnitOfWork(demo_vault) as uow:
        update_profile(uow, office_address=ADDRESS)
        made = create_report(uow, demo.routine)
    path = tmp_path / "report.pdf"
    path.write_bytes(made.content)
    assert ADDRESS in pdf_text(path, "-f", "1", "-l", "1")
    with pikepdf.open(path) as pdf:
        assert _images_on(pdf.pages[0]) == []
