"""Signing in and out, the second factor, and a person's own account (password, TOTP)."""

from __future__ import annotations

import hmac
import secrets
import time

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.server.admin import audit
from inspector.server.console import auth
from inspector.server.console.passwords import (
    new_totp_secret,
    password_matches,
    totp_secret_from_text,
    totp_secret_text,
    totp_step_matched,
    totp_uri,
)
from inspector.server.console.web import (
    LOGIN_CSRF_COOKIE,
    FormDep,
    ViewerDep,
    checked,
    clear_session_cookie,
    client_of,
    cookie_name,
    is_https,
    page,
    redirect,
    set_session_cookie,
    state,
    text_field,
)
from inspector.server.tables import ConsoleSession, ConsoleUser
from inspector.vault.types import utcnow

router = APIRouter(prefix="/console")


def _login_page(request: Request, message: str = "", status: int = 200) -> HTMLResponse:
    token = secrets.token_urlsafe(32)
    response = page(request, "login.html", None, status, login_csrf=token, message=message)
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        secure=is_https(request),
        samesite="strict",
        path="/console/login",
        max_age=3600,
    )
    return response


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_form(request: Request) -> HTMLResponse:
    return _login_page(request)


def _wait_words(seconds: float) -> str:
    return _(
        "Too many failed sign-ins for this account or from this computer. Wait {seconds} "
        "seconds and try again."
    ).format(seconds=max(1, round(seconds)))


@router.post("/login", response_class=HTMLResponse, include_in_schema=False)
def login(request: Request, form: FormDep) -> Response:
    sent = form.get("csrf_token")
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not (isinstance(sent, str) and cookie and hmac.compare_digest(sent, cookie)):
        return _login_page(
            request, _("The sign-in form expired; please sign in again."), status=403
        )
    username = text_field(form, "username", 100)
    password = form.get("password")
    password = password if isinstance(password, str) else ""
    client = client_of(request)
    server = state(request)
    with server.session() as session:
        wait = auth.seconds_to_wait(session, username, client)
        if wait > 0:
            return _login_page(request, _wait_words(wait), status=429)
        user = session.scalar(select(ConsoleUser).where(ConsoleUser.username == username))
        encoded = user.password_hash if user is not None and user.active else None
    good = password_matches(password, encoded)
    with server.session() as session:
        if not good or user is None:
            auth.note_attempt(session, username, client, succeeded=False)
            return _login_page(request, _("The user name or the password is wrong."), status=401)
        pending = user.totp_secret is not None
        if not pending:  # with a second factor, only the code's success counts as one
            auth.note_attempt(session, username, client, succeeded=True)
        token = auth.start_session(session, user, second_factor_pending=pending)
        if not pending:
            audit(session, f"console:{user.username}", "console.login")
    response = redirect("/login/second-factor" if pending else "/")
    set_session_cookie(response, request, token)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/console/login")
    return response


def _pending(request: Request) -> tuple[ConsoleSession, ConsoleUser] | None:
    with state(request).session() as session:
        found = auth.live_session(session, request.cookies.get(cookie_name(request)))
    if found is None or not found[0].second_factor_pending:
        return None
    return found


@router.get("/login/second-factor", response_class=HTMLResponse, include_in_schema=False)
def second_factor_form(request: Request) -> Response:
    found = _pending(request)
    if found is None:
        return redirect("/login")
    return page(request, "second_factor.html", None, csrf=found[0].csrf_token)


@router.post("/login/second-factor", response_class=HTMLResponse, include_in_schema=False)
def second_factor(request: Request, form: FormDep) -> Response:
    found = _pending(request)
    if found is None:
        return redirect("/login")
    held, user = found
    sent = form.get("csrf_token")
    if not (isinstance(sent, str) and hmac.compare_digest(sent, held.csrf_token)):
        return page(
            request,
            "second_factor.html",
            None,
            403,
            csrf=held.csrf_token,
            message=_("The form expired; enter the code again."),
        )
    client = client_of(request)
    server = state(request)
    with server.session() as session:
        wait = auth.seconds_to_wait(session, user.username, client)
        if wait > 0:
            return page(
                request,
                "second_factor.html",
                None,
                429,
                csrf=held.csrf_token,
                message=_wait_words(wait),
            )
        fresh = session.get(ConsoleUser, user.id)
        step = 0
        if fresh is not None and fresh.totp_secret is not None:
            step = totp_step_matched(
                fresh.totp_secret, text_field(form, "code", 20), fresh.totp_last_step
            )
        auth.note_attempt(session, user.username, client, succeeded=bool(step))
        if not step or fresh is None:
            return page(
                request,
                "second_factor.html",
                None,
                401,
                csrf=held.csrf_token,
                message=_("That code is not right; use the newest one."),
            )
        fresh.totp_last_step = step
        # A new token once both factors are in: the half-signed-in one is ended.
        row = session.get(ConsoleSession, held.token_hash)
        if row is not None:
            row.ended_at = utcnow()
        token = auth.start_session(session, fresh, second_factor_pending=False)
        audit(session, f"console:{fresh.username}", "console.login", second_factor=True)
    response = redirect("/")
    set_session_cookie(response, request, token)
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, viewer: ViewerDep, form: FormDep) -> Response:
    checked(request, viewer, form, write=False)
    with state(request).session() as session:
        auth.end_session(session, request.cookies.get(cookie_name(request)))
        audit(session, viewer.actor, "console.logout")
    response = redirect("/login")
    clear_session_cookie(response, request)
    return response


# --- one's own account ---


@router.get("/account", response_class=HTMLResponse, include_in_schema=False)
def account(request: Request, viewer: ViewerDep) -> HTMLResponse:
    return page(request, "account.html", viewer)


@router.post("/account/password", response_class=HTMLResponse, include_in_schema=False)
def change_password(request: Request, viewer: ViewerDep, form: FormDep) -> Response:
    checked(request, viewer, form, write=False)
    current = form.get("current")
    new = form.get("new")
    again = form.get("again")
    if not all(isinstance(v, str) for v in (current, new, again)):
        return page(request, "account.html", viewer, 400, message=_("Fill in every field."))
    server = state(request)
    with server.session() as session:
        user = session.get(ConsoleUser, viewer.user_id)
        encoded = user.password_hash if user else None
    if not password_matches(str(current), encoded):
        return page(
            request, "account.html", viewer, 400, message=_("The current password is wrong.")
        )
    if new != again:
        return page(
            request, "account.html", viewer, 400, message=_("The two new passwords differ.")
        )
    try:
        with server.session() as session:
            auth.set_password(session, viewer.user_id, str(new), actor=viewer.actor)
            user = session.get(ConsoleUser, viewer.user_id)
            token = auth.start_session(session, user, second_factor_pending=False)  # type: ignore[arg-type]
    except InvalidInput as error:
        return page(request, "account.html", viewer, 400, message=str(error))
    response = redirect("/account", notice="password")
    set_session_cookie(response, request, token)
    return response


@router.post("/account/second-factor", response_class=HTMLResponse, include_in_schema=False)
def second_factor_setup(request: Request, viewer: ViewerDep, form: FormDep) -> Response:
    """Step one (no code): a new secret, shown as text and QR code. Step two (secret and code):
    the code proves the app holds the secret, which is then stored. 'remove' turns it off."""
    checked(request, viewer, form, write=False)
    server = state(request)
    if form.get("remove"):
        with server.session() as session:
            user = session.get(ConsoleUser, viewer.user_id)
            if user is not None:
                user.totp_secret = None
                audit(session, viewer.actor, "console-user.second-factor-off")
        return redirect("/account", notice="second-factor-off")
    secret_text = text_field(form, "secret", 200)
    if not secret_text:
        secret = new_totp_secret()
        return _setup_page(request, viewer, secret)
    try:
        secret = totp_secret_from_text(secret_text)
    except InvalidInput as error:
        return page(request, "account.html", viewer, 400, message=str(error))
    step = totp_step_matched(secret, text_field(form, "code", 20), 0, time.time())
    if not step:
        return _setup_page(request, viewer, secret, _("That code is not right; try the newest."))
    with server.session() as session:
        user = session.get(ConsoleUser, viewer.user_id)
        if user is not None:
            user.totp_secret = secret
            user.totp_last_step = step
            audit(session, viewer.actor, "console-user.second-factor-on")
    return redirect("/account", notice="second-factor-on")


def _setup_page(
    request: Request, viewer: auth.Viewer, secret: bytes, message: str = ""
) -> Response:
    from inspector.server.console.qr import qr_svg

    uri = totp_uri(secret, viewer.username, state(request).config.name)
    return page(
        request,
        "second_factor_setup.html",
        viewer,
        200 if not message else 400,
        secret=totp_secret_text(secret),
        qr=qr_svg(uri),
        message=message,
    )
