"""Benchmark: build and sign the report of an inspection with 100 findings and 30 photos
(3-megapixel JPEGs), against reportlab alone laying out the same content.

    python benchmarks/report.py [--runs 3] [--out benchmarks/results/report.json]

'full' is what `inspector report` does: gather the content from the vault (photos read and
downscaled), lay it out, sign it (PAdES) and store it. 'reportlab' is the layout alone on the
already gathered content. The figures and their ratio are printed and written as JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase 2026"  # noqa: S105 - a throwaway vault


def photo(index: int, size: tuple[int, int] = (2048, 1536)) -> bytes:
    """A 3-megapixel JPEG with photo-like noise, different for each index."""
    from PIL import Image, ImageDraw

    image = Image.effect_noise(size, 40 + index).convert("RGB")
    ImageDraw.Draw(image).rectangle((100, 100, 900, 600), fill=(40 * (index % 6), 90, 160))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def make_big_inspection(  # type: ignore[no-untyped-def]
    vault, findings: int = 100, photos: int = 30, photo_size: tuple[int, int] = (2048, 1536)
) -> str:
    """A locked inspection on the small-footprint path: an agency, the shipped inspection form
    answered by the sample answerer, manual findings up to ``findings`` (each with a corrective
    action), and ``photos`` photos. Returns its reference."""
    import random

    from inspector.checklists.library import shipped_form
    from inspector.services.agencies import AgencyData, create_agency
    from inspector.services.evidence import add_attachment
    from inspector.services.findings import add_corrective_action, add_finding
    from inspector.services.inspections import (
        complete_inspection,
        get_inspection,
        lock_inspection,
        record_answer,
        start_inspection,
    )
    from inspector.services.profile import set_profile
    from inspector.services.sample_answers import sample_answers
    from inspector.services.uow import UnitOfWork
    from inspector.vault.tables import Finding, Severity

    rng = random.Random(11)  # noqa: S311 - invented data
    today = dt.date.today()
    form = shipped_form("agency-inspection")
    with UnitOfWork(vault) as uow:
        set_profile(uow, "Benchmark Inspector", authority="Department of Foreign Employment")
        agency = create_agency(
            uow,
            AgencyData(
                licence_number=f"NP-RA-{uuid.uuid4().hex[:6]}",
                name="Big Report Manpower Services",
                country="NP",
                city="Kathmandu",
                responsible_person="A. Sharma",
            ),
        )
        inspection_id = start_inspection(uow, agency, form, team=["Benchmark Inspector"])
        first = add_attachment(
            uow, inspection_id, photo(0, photo_size), filename="photo-00.jpg", caption="Photo 0"
        )
        for index in range(1, photos):
            add_attachment(
                uow, inspection_id, photo(index, photo_size), filename=f"photo-{index:02d}.jpg",
                caption=f"Office, ledger and notices, photo {index}",
            )  # fmt: skip
        for path, value in sample_answers(
            form, rng, breach_rate=0.3, today=today, attachment=str(first.id)
        ):
            record_answer(uow, inspection_id, path, value, today=today)
        have = uow.session.query(Finding).filter_by(inspection_id=inspection_id).count()
        severities = list(Severity)
        for index in range(have, findings):
            finding = add_finding(
                uow,
                inspection_id,
                severity=severities[index % len(severities)],
                title=f"Observed irregularity number {index + 1} in the records",
                standard="NATIONAL",
                description="Seen on site and in the ledger; copies taken as evidence.",
            )
            add_corrective_action(
                uow, finding, "Correct the records and send proof.", today + dt.timedelta(60)
            )
        complete_inspection(uow, inspection_id)
        lock_inspection(uow, inspection_id)
        return get_inspection(uow.session, inspection_id).reference


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "report.json"))
    args = parser.parse_args()

    from inspector.reports.pdf import build_pdf
    from inspector.services.report_content import report_content
    from inspector.services.reports import create_report
    from inspector.services.signing import create_certificate
    from inspector.services.uow import UnitOfWork
    from inspector.vault.keys import KdfParams
    from inspector.vault.store import create_vault
    from inspector.vault.tables import Inspection
    from inspector.vault.types import utcnow

    with tempfile.TemporaryDirectory() as folder:
        created = create_vault(Path(folder) / "vault", PASSPHRASE, KdfParams(1, 1, 8 * 1024))
        vault = created.vault
        started = time.perf_counter()
        reference = make_big_inspection(vault)
        setup = time.perf_counter() - started
        with UnitOfWork(vault) as uow:
            create_certificate(uow)
        full, layout, sizes, pages = [], [], [], 0
        for _run in range(args.runs):
            started = time.perf_counter()
            with UnitOfWork(vault) as uow:
                made = create_report(uow, reference)
            full.append(time.perf_counter() - started)
            sizes.append(made.size)
            pages = made.pages
            with vault.reading() as session:
                inspection = session.query(Inspection).filter_by(reference=reference).one()
                content = report_content(
                    session, inspection, language="en", internal=False, issued_at=utcnow()
                )
            started = time.perf_counter()
            build_pdf(content)
            layout.append(time.perf_counter() - started)
        vault.close()
    result = {
        "benchmark": "report: 100 findings, 30 photos of 3 megapixels",
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}",
        "runs": args.runs,
        "pages": pages,
        "pdf_bytes": statistics.median(sizes),
        "setup_seconds": round(setup, 2),
        "full_seconds_median": round(statistics.median(full), 3),
        "reportlab_layout_seconds_median": round(statistics.median(layout), 3),
        "ratio_full_to_reportlab": round(statistics.median(full) / statistics.median(layout), 2),
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
