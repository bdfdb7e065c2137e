"""The console's reading pages: overview, agencies, inspections (and their reports), complaints,
sync health and the audit log."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, select

from inspector.server.admin import audit
from inspector.server.console import agencies, inspections, overview, people
from inspector.server.console.web import (
    PAGE_SIZE,
    SECURITY_HEADERS,
    Denied,
    Missing,
    ViewerDep,
    page,
    state,
)
from inspector.server.tables import ServerAudit

router = APIRouter(prefix="/console")

PageNumber = Annotated[int, Query(ge=1, le=1_000_000, alias="page")]
Text = Annotated[str, Query(max_length=200)]


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise Missing from None


@router.get("", include_in_schema=False)
def root() -> RedirectResponse:
    return RedirectResponse("/console/", status_code=307)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(
    request: Request, viewer: ViewerDep, days: Annotated[int, Query(ge=1, le=365)] = 14
) -> HTMLResponse:
    with state(request).session() as session:
        months = overview.received_by_month(session, viewer)
        principles = overview.findings_by_principle(session, viewer)
        bands = overview.agencies_by_band(session, viewer)
        overdue_total, overdue = overview.overdue_actions(session, viewer)
        quiet = overview.quiet_devices(session, viewer, days)
    return page(
        request,
        "overview.html",
        viewer,
        months=months,
        principles=principles,
        bands=bands,
        severities=overview.SEVERITIES,
        overdue_total=overdue_total,
        overdue=overdue,
        quiet=quiet,
        days=days,
    )


@router.get("/agencies", response_class=HTMLResponse, include_in_schema=False)
def agency_list(
    request: Request, viewer: ViewerDep, q: Text = "", page_number: PageNumber = 1
) -> HTMLResponse:
    with state(request).session() as session:
        found = agencies.search_agencies(session, viewer, q, page_number, PAGE_SIZE)
    return page(request, "agencies.html", viewer, found=found, q=q)


@router.get("/agencies/{agency_id}", response_class=HTMLResponse, include_in_schema=False)
def agency(request: Request, viewer: ViewerDep, agency_id: str) -> HTMLResponse:
    with state(request).session() as session:
        shown = agencies.agency_page(session, viewer, _uuid(agency_id))
    if shown is None:
        raise Missing
    return page(request, "agency.html", viewer, agency=shown)


@router.get("/inspections", response_class=HTMLResponse, include_in_schema=False)
def inspection_list(
    request: Request,
    viewer: ViewerDep,
    status: Text = "",
    jurisdiction: Text = "",
    q: Text = "",
    since: Text = "",
    agency: Text = "",
    page_number: PageNumber = 1,
) -> HTMLResponse:
    agency_id = None
    if agency:
        try:
            agency_id = uuid.UUID(agency)
        except ValueError:
            agency_id = None
    filters = inspections.Filters(status, jurisdiction, q.strip(), since, agency_id)
    with state(request).session() as session:
        found = inspections.list_inspections(session, viewer, filters, page_number, PAGE_SIZE)
        places = people.jurisdictions_in_scope(session, viewer)
    return page(
        request,
        "inspections.html",
        viewer,
        found=found,
        filters=filters,
        places=places,
        statuses=inspections.STATUSES,
    )


@router.get("/inspections/{inspection_id}", response_class=HTMLResponse, include_in_schema=False)
def inspection(request: Request, viewer: ViewerDep, inspection_id: str) -> HTMLResponse:
    with state(request).session() as session:
        shown = inspections.inspection_page(session, viewer, _uuid(inspection_id))
    if shown is None:
        raise Missing
    return page(request, "inspection.html", viewer, inspection=shown)


@router.get("/reports/{report_id}", include_in_schema=False)
def report_file(request: Request, viewer: ViewerDep, report_id: str) -> Response:
    """The signed report: the server's sealed B-LT copy when there is one."""
    server = state(request)
    with server.session() as session:
        found = inspections.report_download(session, viewer, _uuid(report_id))
        if found is None:
            raise Missing
        sha256, name = found
        audit(session, viewer.actor, "report.download", report=report_id, sha256=sha256)
    content = server.blobs.read_bytes(sha256)
    headers = {**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'}
    return Response(content, media_type="application/pdf", headers=headers)


@router.get("/complaints", response_class=HTMLResponse, include_in_schema=False)
def complaint_list(request: Request, viewer: ViewerDep, page_number: PageNumber = 1) -> Response:
    with state(request).session() as session:
        found = agencies.complaints(session, viewer, page=page_number, limit=PAGE_SIZE)
    return page(request, "complaints.html", viewer, found=found)


@router.get("/sync", response_class=HTMLResponse, include_in_schema=False)
def sync_health(request: Request, viewer: ViewerDep) -> HTMLResponse:
    with state(request).session() as session:
        health = people.sync_health(session, viewer)
    return page(request, "health.html", viewer, health=health)


@router.get("/audit", response_class=HTMLResponse, include_in_schema=False)
def audit_log(request: Request, viewer: ViewerDep, page_number: PageNumber = 1) -> HTMLResponse:
    """The server's audit log: national administrators and national auditors (its entries are
    not kept by jurisdiction)."""
    if not viewer.is_national:
        raise Denied("")
    with state(request).session() as session:
        total = int(session.scalar(select(func.count()).select_from(ServerAudit)) or 0)
        pages = max(1, -(-total // (PAGE_SIZE * 2)))
        number = min(page_number, pages)
        rows = session.scalars(
            select(ServerAudit)
            .order_by(ServerAudit.id.desc())
            .offset((number - 1) * PAGE_SIZE * 2)
            .limit(PAGE_SIZE * 2)
        ).all()
    found = agencies.Paged(list(rows), total, number, pages)
    return page(request, "audit.html", viewer, found=found)
