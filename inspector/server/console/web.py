"""What every console route shares: the page renderer (Jinja2, autoescaped), security headers,
the session cookie, the signed-in ``Viewer`` as a dependency, and the checks every posted form
goes through (CSRF token, same origin, write permission)."""

from __future__ import annotations

import datetime as dt
import hmac
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from inspector.i18n import _, ngettext
from inspector.server.console.auth import Viewer, live_session, viewer_of
from inspector.server.http import state_of
from inspector.server.state import ServerState

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
PREFIX = "/console"
PAGE_SIZE = 25
LOGIN_CSRF_COOKIE = "fi_console_login"

# Nothing from another host, no inline script or style: the ministry network may be closed,
# and a page that injected markup could not run anything.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class LoginRequired(Exception):
    """No good session: the browser goes to the sign-in page."""


class Denied(Exception):
    """Signed in, but not allowed (role, jurisdiction, CSRF)."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class Missing(Exception):
    """Nothing of that name in this person's jurisdictions (said the same way whether it exists
    elsewhere or not)."""


_environment: Any = None


def environment() -> Any:
    global _environment
    if _environment is None:
        from jinja2 import Environment, FileSystemLoader, select_autoescape

        env = Environment(
            loader=FileSystemLoader(str(TEMPLATES)),
            autoescape=select_autoescape(["html"], default_for_string=True, default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.globals.update(_=_, ngettext=ngettext, url=url, PREFIX=PREFIX)
        env.filters.update(when=when, day=day, size=human_size, short=short_id)
        _environment = env
    return _environment


def url(path: str = "/", **params: Any) -> str:
    """A console address with its query (empty values left out)."""
    query = {k: v for k, v in params.items() if v not in (None, "")}
    return PREFIX + path + ("?" + urlencode(query) if query else "")


def when(value: dt.datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M} UTC" if value else "—"


def day(value: Any) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(value, dt.datetime | dt.date):
        return f"{value:%Y-%m-%d}"
    return str(value)[:10]


def human_size(value: Any) -> str:
    try:
        size = float(value)
    except (TypeError, ValueError):
        return "—"
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(value)


def short_id(value: Any) -> str:
    return str(value)[:8]


def notices() -> dict[str, str]:
    """What a page says after an action sent the browser back to it (?notice=KEY)."""
    return {
        "assigned": _("Assigned. It reaches the inspector's laptop on its next sync."),
        "person-added": _("Added. Issue an enrolment code for their laptop below."),
        "revoked": _("Revoked: the device's next request is refused and it destroys its keys."),
        "provisions": _("The legal provisions were published."),
        "user-added": _("The console user was added."),
        "user-changed": _("The console user was changed."),
        "jurisdiction-added": _("The jurisdiction was added."),
        "password": _("Your password was changed; your other sessions were signed out."),
        "second-factor-on": _("The second factor is on."),
        "second-factor-off": _("The second factor is off."),
    }


def page(
    request: Request, template: str, viewer: Viewer | None, status: int = 200, **values: Any
) -> HTMLResponse:
    html = (
        environment()
        .get_template(template)
        .render(request=request, viewer=viewer, path=request.url.path, notices=notices(), **values)
    )
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def redirect(path: str, **params: Any) -> RedirectResponse:
    return RedirectResponse(url(path, **params), status_code=303, headers=SECURITY_HEADERS)


def is_https(request: Request) -> bool:
    return request.url.scheme == "https"


def cookie_name(request: Request) -> str:
    # The __Host- prefix: the browser keeps it only when Secure, for this host, on path /.
    return "__Host-fi_console" if is_https(request) else "fi_console"


def set_session_cookie(response: Response, request: Request, token: str) -> None:
    response.set_cookie(
        cookie_name(request),
        token,
        httponly=True,
        secure=is_https(request),
        samesite="strict",
        path="/",
    )


def clear_session_cookie(response: Response, request: Request) -> None:
    response.delete_cookie(
        cookie_name(request), path="/", secure=is_https(request), httponly=True, samesite="strict"
    )


def client_of(request: Request) -> str:
    return request.client.host if request.client else "?"


def current_viewer(request: Request) -> Viewer:
    """The signed-in person, or LoginRequired."""
    state = state_of(request)
    token = request.cookies.get(cookie_name(request))
    with state.session() as session:
        found = live_session(session, token)
        if found is None or found[0].second_factor_pending:
            raise LoginRequired
        return viewer_of(session, *found)


ViewerDep = Annotated[Viewer, Depends(current_viewer)]


async def form_of(request: Request) -> FormData:
    """The posted form (files included), within the server's body limit."""
    return await request.form(max_files=4, max_fields=200)


FormDep = Annotated[FormData, Depends(form_of)]


def same_origin(request: Request) -> bool:
    """False when the browser says the form came from another origin. A missing or opaque
    ("null") origin is left to the CSRF token, which every form needs anyway."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return True
    return origin.rstrip("/") == f"{request.url.scheme}://{request.url.netloc}"


def checked(request: Request, viewer: Viewer, form: FormData, *, write: bool = True) -> None:
    """Every posted form: its CSRF token, its origin, and (``write``) a role that may change
    things. Raises Denied."""
    token = form.get("csrf_token")
    if not isinstance(token, str) or not hmac.compare_digest(
        token.encode("utf-8"), viewer.csrf_token.encode("utf-8")
    ):
        raise Denied(
            _(
                "This form has expired or did not come from this console; reload the page and "
                "try again."
            )
        )
    if not same_origin(request):
        raise Denied(_("This form was sent from another site."))
    if write and not viewer.can_write:
        raise Denied(_("Auditors read; they cannot change anything."))


def text_field(form: FormData, name: str, limit: int = 2000) -> str:
    value = form.get(name)
    return value.strip()[:limit] if isinstance(value, str) else ""


def state(request: Request) -> ServerState:
    return state_of(request)
