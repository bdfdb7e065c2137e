"""The central console: a web console for the people who run the programme (national
administrators, supervisors, auditors), served by ``inspector-server`` under ``/console``.

Server-rendered pages (Jinja2) with their templates and static files in this package; nothing
is loaded from another host. People sign in with console accounts of their own (Argon2id,
CSRF tokens, secure session cookies, optional TOTP); devices never use them. What the pages
show is computed in SQL, paged, and scoped by jurisdiction in the query itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI


def mount(app: FastAPI) -> None:
    """Add the console's routes, static files and error pages to the server's app."""
    from fastapi import Request
    from fastapi.responses import Response
    from starlette.staticfiles import StaticFiles

    from inspector.i18n import _
    from inspector.server.console import routes_admin, routes_auth, routes_pages
    from inspector.server.console.observer import SyncObserver
    from inspector.server.console.web import (
        STATIC,
        Denied,
        LoginRequired,
        Missing,
        current_viewer,
        page,
        redirect,
    )

    def _viewer_or_none(request: Request):  # type: ignore[no-untyped-def]
        try:
            return current_viewer(request)
        except LoginRequired:
            return None

    async def _login(request: Request, _error: Exception) -> Response:
        return redirect("/login")

    async def _denied(request: Request, error: Exception) -> Response:
        message = getattr(error, "message", "") or _("You may not open this page.")
        return page(
            request,
            "error.html",
            _viewer_or_none(request),
            403,
            title=_("Not allowed"),
            message=message,
        )

    async def _missing(request: Request, _error: Exception) -> Response:
        return page(
            request,
            "error.html",
            _viewer_or_none(request),
            404,
            title=_("Not found"),
            message=_("There is nothing here, or it is not in your jurisdictions."),
        )

    async def _problem(request: Request, error: Exception) -> Response:
        return page(
            request,
            "error.html",
            _viewer_or_none(request),
            400,
            title=_("That could not be done"),
            message=getattr(error, "message", ""),
            back=getattr(error, "back", ""),
        )

    app.add_exception_handler(LoginRequired, _login)
    app.add_exception_handler(Denied, _denied)
    app.add_exception_handler(Missing, _missing)
    app.add_exception_handler(routes_admin.Problem, _problem)
    app.include_router(routes_auth.router)
    app.include_router(routes_pages.router)
    app.include_router(routes_admin.router)

    app.mount("/console/static", StaticFiles(directory=STATIC), name="console-static")

    @app.get("/console/{rest:path}", include_in_schema=False)
    def _nothing_here(rest: str) -> Response:
        raise Missing

    app.add_middleware(SyncObserver, server=app.state.server)
