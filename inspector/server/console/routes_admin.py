"""The console's administrative pages: assignments, complaints turned into assignments,
inspectors and their devices (enrolment codes, revocation), checklists, the registry and the
legal provisions overlay, and console users. Every change goes through the administrators' use
cases in inspector.server.admin with the person as actor, so it lands in the audit log."""

from __future__ import annotations

import datetime as dt
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from starlette.datastructures import FormData, UploadFile

from inspector.errors import FormInvalid, InspectorError, InvalidInput
from inspector.i18n import _
from inspector.server import admin
from inspector.server.console import agencies, auth, people
from inspector.server.console.web import (
    PAGE_SIZE,
    Denied,
    FormDep,
    Missing,
    ViewerDep,
    checked,
    page,
    redirect,
    state,
    text_field,
)
from inspector.server.tables import (
    Account,
    Agency,
    Assignment,
    ConsoleUser,
    ConsoleUserJurisdiction,
    Form,
    Jurisdiction,
    LegalProvisions,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

router = APIRouter(prefix="/console")
KINDS = ("routine", "complaint-driven", "follow-up")
MAX_UPLOAD = 8 * 1024 * 1024


class Problem(Exception):
    """An action that could not be done; the page says why and links back."""

    def __init__(self, message: str, back: str) -> None:
        super().__init__(message)
        self.message = message
        self.back = back


@contextmanager
def _problems(back: str) -> Iterator[None]:
    try:
        yield
    except FormInvalid as error:
        raise Problem("\n".join(error.problems[:200]), back) from None
    except InspectorError as error:
        raise Problem(str(error), back) from None


# --- assignments and complaints ---


@router.get("/assignments", response_class=HTMLResponse, include_in_schema=False)
def assignments(request: Request, viewer: ViewerDep, complaint: str = "") -> HTMLResponse:
    with state(request).session() as session:
        rows = session.execute(
            select(
                Assignment, Agency.name, Agency.licence_number, Account.username, Jurisdiction.code
            )
            .join(Agency, Agency.id == Assignment.agency_id)
            .join(Account, Account.id == Assignment.account_id)
            .join(Jurisdiction, Jurisdiction.id == Assignment.jurisdiction_id)
            .where(viewer.scope(Assignment.jurisdiction_id))
            .order_by(Assignment.created_at.desc())
            .limit(200)
        ).all()
        inspectors = people.inspectors_in_scope(session, viewer)
        forms = sorted(set(session.scalars(select(Form.form_id))))
        from_complaint = None
        if complaint:
            try:
                from_complaint = agencies.complaint_in_scope(session, viewer, uuid.UUID(complaint))
            except ValueError:
                from_complaint = None
            if from_complaint is None:
                raise Missing
    return page(
        request,
        "assignments.html",
        viewer,
        rows=rows,
        inspectors=inspectors,
        forms=forms,
        kinds=KINDS,
        complaint=from_complaint,
    )


@router.post("/assignments", include_in_schema=False)
def assign(request: Request, viewer: ViewerDep, form: FormDep) -> Response:
    checked(request, viewer, form)
    back = "/console/assignments"
    username = text_field(form, "inspector", 100)
    licence = text_field(form, "licence", 64)
    kind = text_field(form, "kind", 40) or "routine"
    due_text = text_field(form, "due", 20)
    complaint_text = text_field(form, "complaint", 64)
    with _problems(back), state(request).session() as session:
        if people.account_in_scope(session, viewer, username) is None:
            raise InvalidInput(_("Choose an inspector of your jurisdictions."))
        due = None
        if due_text:
            try:
                due = dt.date.fromisoformat(due_text)
            except ValueError:
                raise InvalidInput(_("The due date is a date such as 2027-03-31.")) from None
        complaint_id = None
        notes = text_field(form, "notes", 2000)
        if complaint_text:
            try:
                complaint = agencies.complaint_in_scope(session, viewer, uuid.UUID(complaint_text))
            except ValueError:
                complaint = None
            if complaint is None:
                raise InvalidInput(_("That complaint is not one of your jurisdictions."))
            if complaint.licence_number and complaint.licence_number != licence:
                raise InvalidInput(_("The complaint names another agency."))
            complaint_id = complaint.id
            kind = "complaint-driven"
        admin.assign(
            session,
            username,
            licence,
            kind=kind,
            due=due,
            form_id=text_field(form, "form", 100) or "agency-inspection",
            notes=notes,
            complaint_id=complaint_id,
            actor=viewer.actor,
        )
    return redirect("/assignments", notice="assigned")


@router.get("/people", response_class=HTMLResponse, include_in_schema=False)
def people_page(
    request: Request,
    viewer: ViewerDep,
    page_number: Annotated[int, Query(ge=1, le=1_000_000, alias="page")] = 1,
) -> HTMLResponse:
    with state(request).session() as session:
        found = people.people(session, viewer, page_number, PAGE_SIZE)
        places = people.jurisdictions_in_scope(session, viewer)
    return page(request, "people.html", viewer, found=found, places=places)


@router.post("/people", include_in_schema=False)
def add_person(request: Request, viewer: ViewerDep, form: FormDep) -> Response:
    checked(request, viewer, form)
    code = text_field(form, "jurisdiction", 40)
    with _problems("/console/people"), state(request).session() as session:
        place = session.scalar(select(Jurisdiction).where(Jurisdiction.code == code))
        if place is None or not viewer.sees(place.id):
            raise InvalidInput(_("Choose one of your jurisdictions."))
        admin.add_account(
            session,
            text_field(form, "username", 100),
            text_field(form, "name", 200),
            role=text_field(form, "role", 40),
            jurisdiction=code,
            email=text_field(form, "email", 200),
            actor=viewer.actor,
        )
    return redirect("/people", notice="person-added")


@router.post("/people/{username}/code", response_class=HTMLResponse, include_in_schema=False)
def enrolment_code(request: Request, viewer: ViewerDep, form: FormDep, username: str) -> Response:
    """A one-time enrolment code, shown on this page once (only its hash is kept)."""
    from inspector.server.console.qr import qr_svg

    checked(request, viewer, form)
    server = state(request)
    try:
        days = float(text_field(form, "days", 10) or 7)
    except ValueError:
        days = 7.0
    with _problems("/console/people"), server.session() as session:
        account = people.account_in_scope(session, viewer, username)
        if account is None:
            raise Missing
        code, expires = admin.new_enrolment_code(session, username, days=days, actor=viewer.actor)
        name = account.name
    address = server.config.public_url.rstrip("/") or f"{request.url.scheme}://{request.url.netloc}"
    command = f"inspector enroll {address} {code}"
    return page(
        request,
        "code.html",
        viewer,
        code=code,
        expires=expires,
        username=username,
        name=name,
        command=command,
        qr=qr_svg(command),
    )


@router.post("/devices/{device_id}/revoke", include_in_schema=False)
def revoke(request: Request, viewer: ViewerDep, form: FormDep, device_id: str) -> Response:
    checked(request, viewer, form)
    with _problems("/console/people"), state(request).session() as session:
        try:
            key = uuid.UUID(device_id)
        except ValueError:
            raise Missing from None
        if people.device_in_scope(session, viewer, key) is None:
            raise Missing
        admin.revoke_device(
            session, device_id, reason=text_field(form, "reason", 500), actor=viewer.actor
        )
    return redirect("/people", notice="revoked")


# --- checklists, registry, legal provisions ---


def _upload(form: FormData, name: str, suffixes: tuple[str, ...]) -> tuple[bytes, str, str]:
    """(content, suffix, file name as sent) of an uploaded file."""
    upload = form.get(name)
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise InvalidInput(_("Choose a file to upload."))
    suffix = Path(upload.filename).suffix.lower()
    if suffix not in suffixes:
        raise InvalidInput(
            _("This file should end in {suffixes}.").format(suffixes=", ".join(suffixes))
        )
    content = upload.file.read(MAX_UPLOAD + 1)
    if len(content) > MAX_UPLOAD:
        raise InvalidInput(_("The file is larger than 8 MB."))
    shown = "".join(ch for ch in Path(upload.filename).name if ch.isprintable())[:100]
    return content, suffix, shown


@contextmanager
def _as_file(content: bytes, suffix: str) -> Iterator[Path]:
    """The upload as a file of its own in a private temporary folder, removed afterwards (the
    checklist and registry readers take paths)."""
    with tempfile.TemporaryDirectory(prefix="fi-console-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(content)
        yield path


def _forms_page(
    request: Request, viewer: auth.Viewer, status: int = 200, **values: object
) -> Response:
    with state(request).session() as session:
        forms = session.scalars(select(Form).order_by(Form.form_id, Form.published_at)).all()
        provisions = session.scalars(
            select(LegalProvisions).order_by(LegalProvisions.published_at.desc())
        ).all()
        places = people.jurisdictions_in_scope(session, viewer)
    return page(
        request,
        "forms.html",
        viewer,
        status,
        forms=forms,
        provisions=provisions,
        places=places,
        **values,
    )


@router.get("/forms", response_class=HTMLResponse, include_in_schema=False)
def forms_page(request: Request, viewer: ViewerDep) -> Response:
    return _forms_page(request, viewer)


@router.post("/forms", response_class=HTMLResponse, include_in_schema=False)
def upload_form(request: Request, viewer: ViewerDep, form: FormDep) -> Response:
    """Check a checklist (YAML, or an XLSForm workbook) with the laptop's engine; publish it
    when asked and it is sound. National administrators only: checklists go to every laptop."""
    from inspector.checklists.loader import load_file

    checked(request, viewer, form)
    if not viewer.is_national_admin:
        raise Denied(_("Only national administrators publish checklists."))
    publish = form.get("action") == "publish"
    shown = ""
    try:
        content, suffix, shown = _upload(form, "file", (".yaml", ".yml", ".xlsx"))
        with _as_file(content, suffix) as path:
            checklist = path
            if suffix == ".xlsx":
                import yaml

                from inspector.checklists.xlsform import convert_workbook

                conversion = convert_workbook(path)
                checklist = path.with_suffix(".yaml")
                checklist.write_text(
                    yaml.safe_dump(conversion.document, allow_unicode=True, sort_keys=False),
                    "utf-8",
                )
            loaded = load_file(checklist, display=shown)
            questions = len(loaded.all_questions())
            published = None
            if publish:
                with state(request).session() as session:
                    made = admin.publish_form(session, checklist, actor=viewer.actor)
                    published = (made.form_id, made.version)
    except FormInvalid as error:
        return _forms_page(
            request,
            viewer,
            400,
            form_problems=error.problems[:200],
            form_file=shown,
        )
    except InspectorError as error:
        return _forms_page(request, viewer, 400, form_problems=[str(error)])
    return _forms_page(
        request,
        viewer,
        form_checked={
            "id": loaded.id,
            "version": loaded.version,
            "questions": questions,
            "file": shown,
        },
        form_published=published,
    )


@router.post("/registry", response_class=HTMLResponse, include_in_schema=False)
def upload_registry(request: Request, viewer: ViewerDep, form: FormDep) -> Response:
    checked(request, viewer, form)
    code = text_field(form, "jurisdiction", 40)
    try:
        content, suffix, shown = _upload(form, "file", (".csv", ".xlsx"))
        with state(request).session() as session:
            place = session.scalar(select(Jurisdiction).where(Jurisdiction.code == code))
            if place is None or not viewer.sees(place.id):
                raise InvalidInput(_("Choose one of your jurisdictions."))
            with _as_file(content, suffix) as path:
                result = admin.import_agencies(session, path, code, actor=viewer.actor)
    except InspectorError as error:
        return _forms_page(request, viewer, 400, registry_problems=[str(error)])
    return _forms_page(
        request, viewer, registry_result=result, registry_file=shown, registry_jurisdiction=code
    )


def _read_provisions(session: Session, content: bytes, shown: str) -> dict[str, object]:
    """The ministry's overlay of national legal provisions (docs/forms.md), read and checked by
    the laptop's own loader against the rules of every form version published here: what
    laptops install is what was checked. A problem: every one of them, ``PATH: PROBLEM``."""
    from inspector.checklists.document import read_yaml
    from inspector.checklists.loader import load_document
    from inspector.checklists.overlay import known_rules, load_overlay_document

    with _as_file(content, ".yaml") as path:
        document = read_yaml(path, shown)
    published = session.scalars(select(Form.content)).all()
    known = known_rules(load_document(form) for form in published)
    load_overlay_document(document, shown, known)
    return dict(document)


@router.post("/legal", response_class=HTMLResponse, include_in_schema=False)
def upload_provisions(request: Request, viewer: ViewerDep, form: FormDep) -> Response:
    """Publish the overlay of national legal provisions; it goes to every laptop as a
    ``legal_provisions`` change."""
    from inspector.checklists.overlay import published_sha256
    from inspector.server.changes import append_change

    checked(request, viewer, form)
    if not viewer.is_national_admin:
        raise Denied(_("Only national administrators publish the legal provisions."))
    try:
        content, _suffix, shown = _upload(form, "file", (".yaml", ".yml"))
        with state(request).session() as session:
            document = _read_provisions(session, content, shown)
            version = str(document["version"]).strip()
            digest = published_sha256(document)
            if session.scalar(select(LegalProvisions.id).where(LegalProvisions.version == version)):
                raise InvalidInput(
                    _("Version {version} is published already; give a new version.").format(
                        version=version
                    )
                )
            session.add(
                LegalProvisions(
                    version=version, sha256=digest, content=document, published_by=viewer.username
                )
            )
            session.flush()
            admin.audit(
                session, viewer.actor, "legal-provisions.publish", version=version, sha256=digest
            )
            append_change(session, "legal_provisions", version, {**document, "sha256": digest})
    except FormInvalid as error:
        return _forms_page(request, viewer, 400, legal_problems=error.problems[:200])
    except InspectorError as error:
        return _forms_page(request, viewer, 400, legal_problems=[str(error)])
    return redirect("/forms", notice="provisions")


# --- console users and jurisdictions (national administrators) ---


def _national_admin(viewer: auth.Viewer) -> None:
    if not viewer.is_national_admin:
        raise Denied(_("Only national administrators manage console users."))


@router.get("/users", response_class=HTMLResponse, include_in_schema=False)
def users(request: Request, viewer: ViewerDep) -> HTMLResponse:
    _national_admin(viewer)
    with state(request).session() as session:
        rows = session.scalars(select(ConsoleUser).order_by(ConsoleUser.username)).all()
        places = session.scalars(select(Jurisdiction).order_by(Jurisdiction.code)).all()
        codes = {place.id: place.code for place in places}
        scopes: dict[int, list[str]] = {}
        for user_id, place_id in session.execute(
            select(ConsoleUserJurisdiction.user_id, ConsoleUserJurisdiction.jurisdiction_id)
        ):
            scopes.setdefault(user_id, []).append(codes.get(place_id, "?"))
    return page(request, "users.html", viewer, rows=rows, places=places, scopes=scopes)


@router.post("/users", include_in_schema=False)
def add_user(request: Request, viewer: ViewerDep, form: FormDep) -> Response:
    checked(request, viewer, form)
    _national_admin(viewer)
    password = form.get("password")
    with _problems("/console/users"), state(request).session() as session:
        auth.create_user(
            session,
            text_field(form, "username", 100),
            text_field(form, "name", 200),
            role=text_field(form, "role", 40),
            password=password if isinstance(password, str) else "",
            jurisdictions=[v for v in form.getlist("jurisdictions") if isinstance(v, str)],
            actor=viewer.actor,
        )
    return redirect("/users", notice="user-added")


@router.post("/users/{user_id}/active", include_in_schema=False)
def user_active(request: Request, viewer: ViewerDep, form: FormDep, user_id: int) -> Response:
    checked(request, viewer, form)
    _national_admin(viewer)
    if user_id == viewer.user_id:
        raise Problem(_("You cannot disable your own account."), "/console/users")
    with _problems("/console/users"), state(request).session() as session:
        auth.set_active(session, user_id, form.get("active") == "1", actor=viewer.actor)
    return redirect("/users", notice="user-changed")


@router.post("/jurisdictions", include_in_schema=False)
def add_jurisdiction(request: Request, viewer: ViewerDep, form: FormDep) -> Response:
    checked(request, viewer, form)
    _national_admin(viewer)
    with _problems("/console/users"), state(request).session() as session:
        admin.add_jurisdiction(
            session,
            text_field(form, "code", 40),
            text_field(form, "name", 200),
            kind=text_field(form, "kind", 40) or "home",
            country=text_field(form, "country", 2).upper(),
            actor=viewer.actor,
        )
    return redirect("/users", notice="jurisdiction-added")
