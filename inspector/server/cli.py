"""``inspector-server``: run the central server, and the administrators' commands.

The database URL may hold a password: give it with ``--db`` or, better, in the
``INSPECTOR_SERVER_DB`` variable, so it stays out of the process list.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from inspector import __version__
from inspector.errors import InspectorError, InvalidInput
from inspector.i18n import _
from inspector.server.config import ServerConfig

DB_ENV = "INSPECTOR_SERVER_DB"
DATA_ENV = "INSPECTOR_SERVER_DATA"


def _config(args: argparse.Namespace) -> ServerConfig:
    data_dir = args.data_dir or os.environ.get(DATA_ENV)
    if not data_dir:
        raise InvalidInput(
            _("Give the server's data folder with --data-dir (or INSPECTOR_SERVER_DATA).")
        )
    config = ServerConfig(
        data_dir=Path(data_dir).expanduser().resolve(),
        db_url=args.db or os.environ.get(DB_ENV) or None,
        blob_store=getattr(args, "blob_store", "") or "",
        name=getattr(args, "name", None) or ServerConfig.name,
        public_url=getattr(args, "public_url", "") or "",
        max_days_offline=getattr(args, "max_days_offline", None),
    )
    rate = getattr(args, "rate", None)
    if rate:
        config = dataclasses.replace(config, rate_per_second=rate, rate_burst=args.burst)
    chunk = getattr(args, "chunk_size", None)
    if chunk:
        config = dataclasses.replace(
            config, chunk_size=chunk, max_body_bytes=max(config.max_body_bytes, chunk + 65536)
        )
    return config


def _state(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from inspector.server.state import ServerState

    return ServerState(_config(args))


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from inspector.server.api import create_app

    state = _state(args)
    if args.demo:
        from inspector.server.demo import seed_demo

        seeded = seed_demo(state)
        if seeded is not None:
            print(seeded.describe())
    if bool(args.tls_cert) != bool(args.tls_key):
        raise InvalidInput(_("Give both --tls-cert and --tls-key, or neither."))
    scheme = "https" if args.tls_cert else "http"
    print(
        _(
            "Field Inspector server {version} on {scheme}://{host}:{port}/api/v1 (data in {folder})"
        ).format(
            version=__version__,
            scheme=scheme,
            host=args.host,
            port=args.port,
            folder=state.config.data_dir,
        ),
        flush=True,
    )
    uvicorn.run(
        create_app(state),
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        log_level="warning",
        access_log=False,
        proxy_headers=args.behind_proxy,
        forwarded_allow_ips=args.forwarded_allow_ips if args.behind_proxy else None,
    )
    return 0


def _with_session(work: Callable[..., object]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        state = _state(args)
        with state.session() as session:
            result = work(session, args)
        if isinstance(result, str):
            print(result)
        return 0

    return run


def _jurisdiction_add(session, args):  # type: ignore[no-untyped-def]
    from inspector.server.admin import add_jurisdiction

    made = add_jurisdiction(session, args.code, args.name, kind=args.kind, country=args.country)
    return _("Jurisdiction {code} added ({kind}).").format(code=made.code, kind=made.kind.value)


def _jurisdictions(session, args):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from inspector.server.tables import Jurisdiction

    rows = session.scalars(select(Jurisdiction).order_by(Jurisdiction.code)).all()
    return "\n".join(f"{j.code}\t{j.kind.value}\t{j.name}" for j in rows) or _("No jurisdictions.")


def _account_add(session, args):  # type: ignore[no-untyped-def]
    from inspector.server.admin import add_account

    made = add_account(
        session,
        args.username,
        args.name,
        role=args.role,
        jurisdiction=args.jurisdiction,
        email=args.email,
    )
    return _("Account {username} added.").format(username=made.username)


def _code(session, args):  # type: ignore[no-untyped-def]
    from inspector.server.admin import new_enrolment_code

    code, expires = new_enrolment_code(session, args.username, days=args.days)
    return _(
        "Enrolment code for {username}: {code} (one use, until {expires:%Y-%m-%d %H:%M} UTC)"
    ).format(username=args.username, code=code, expires=expires)


def _publish(session, args):  # type: ignore[no-untyped-def]
    from inspector.server.admin import publish_form

    form = publish_form(session, Path(args.file))
    return _("Checklist {form} version {version} published.").format(
        form=form.form_id, version=form.version
    )


def _import(session, args):  # type: ignore[no-untyped-def]
    from inspector.server.admin import import_agencies
    from inspector.services.registry_file import parse_mapping

    result = import_agencies(
        session,
        Path(args.file),
        args.jurisdiction,
        mapping=parse_mapping(args.mapping or []),
        date_order=args.date_order,
    )
    lines = [
        _("{created} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.").format(
            created=result.created,
            updated=result.updated,
            unchanged=result.unchanged,
            rejected=len(result.problems),
        )
    ]
    lines += result.problems[:100]
    return "\n".join(lines)


def _assign(session, args):  # type: ignore[no-untyped-def]
    from inspector.server.admin import assign

    due = None
    if args.due:
        try:
            due = dt.date.fromisoformat(args.due)
        except ValueError:
            raise InvalidInput(_("--due takes a date as YYYY-MM-DD.")) from None
    made = assign(
        session,
        args.username,
        args.licence,
        kind=args.kind,
        due=due,
        form_id=args.form,
        notes=args.notes,
    )
    return _("Assignment {id} made; it reaches the laptop on its next sync.").format(id=made.id)


def _revoke(session, args):  # type: ignore[no-untyped-def]
    from inspector.server.admin import revoke_device

    device = revoke_device(session, args.device, reason=args.reason)
    return _(
        "Device {device} revoked: its next request is refused and it destroys its keys."
    ).format(device=device.id)


def _devices(session, args):  # type: ignore[no-untyped-def]
    from inspector.server.admin import list_devices

    rows = list_devices(session)
    if not rows:
        return _("No devices enrolled.")

    def line(r):  # type: ignore[no-untyped-def]
        seen = f"{r.last_seen_at:%Y-%m-%d %H:%M}" if r.last_seen_at else "-"
        state = f"revoked {r.revoked_at:%Y-%m-%d}" if r.revoked_at else "active"
        return f"{r.id}\t{r.username}\t{r.name}\t{r.enrolled_at:%Y-%m-%d}\t{seen}\t{state}"

    return "\n".join(line(r) for r in rows)


def _arrivals(session, args):  # type: ignore[no-untyped-def]
    from inspector.server.admin import arrivals

    since = None
    if args.since:
        try:
            since = dt.datetime.fromisoformat(args.since).replace(tzinfo=dt.UTC)
        except ValueError:
            raise InvalidInput(_("--since takes a date as YYYY-MM-DD.")) from None
    rows = arrivals(session, since)
    if not rows:
        return _("Nothing has arrived yet.")
    return "\n".join(
        f"{a.received_at:%Y-%m-%d %H:%M}\t{a.reference}\t{a.status}\t{a.jurisdiction}\t"
        f"{a.username}\t{a.records}"
        for a in rows
    )


def _create_user(args: argparse.Namespace) -> int:
    """A web console account; the password from --password-file, INSPECTOR_CONSOLE_PASSWORD or
    a prompt (twice), never from the command line."""
    from inspector.server.console.cli import create_user_command

    return create_user_command(args, _state)


def _demo(args: argparse.Namespace) -> int:
    from inspector.server.demo import seed_demo

    seeded = seed_demo(_state(args))
    print(seeded.describe() if seeded else _("The demo ministry is already there; nothing added."))
    return 0


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", help=_("the server's data folder (or INSPECTOR_SERVER_DATA)")
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=_("postgresql://... (or INSPECTOR_SERVER_DB); default: SQLite in the data folder"),
    )
    parser.add_argument(
        "--blob-store",
        metavar="SPEC",
        default="",
        help=_("a folder, or s3://bucket/prefix?endpoint=URL; default: DIR/blobs"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspector-server", description=_("The Field Inspector central server.")
    )
    parser.add_argument("--version", action="version", version=f"inspector-server {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = sub.add_parser("serve", help=_("run the server"))
    _common(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--name", help=_("the authority's name (CA and reports)"))
    serve.add_argument(
        "--public-url",
        default="",
        help=_("the address laptops and agencies reach, e.g. https://inspect.example.gov"),
    )
    serve.add_argument(
        "--tls-cert", metavar="FILE", help=_("serve HTTPS with this certificate (PEM)")
    )
    serve.add_argument("--tls-key", metavar="FILE", help=_("the certificate's private key (PEM)"))
    serve.add_argument(
        "--behind-proxy",
        action="store_true",
        help=_("trust X-Forwarded-* from --forwarded-allow-ips"),
    )
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1")
    serve.add_argument("--chunk-size", type=int, default=None, help=argparse.SUPPRESS)
    serve.add_argument(
        "--rate",
        type=float,
        default=None,
        metavar="N",
        help=_("requests a second each device may make (default 50), in bursts of --burst"),
    )
    serve.add_argument("--burst", type=int, default=200, metavar="N")
    serve.add_argument(
        "--max-days-offline", type=int, default=None, metavar="N",
        help=_("laptops must sync every N days or start no new inspection (default: off)"),
    )  # fmt: skip
    serve.add_argument(
        "--demo", action="store_true", help=_("add a demo ministry when the database is empty")
    )
    serve.set_defaults(handler=_serve)

    demo = sub.add_parser(
        "demo",
        help=_("add a demo ministry: jurisdictions, accounts, a registry, an enrolment code"),
    )
    _common(demo)
    demo.add_argument("--name", help=argparse.SUPPRESS)
    demo.set_defaults(handler=_demo)

    admin = sub.add_parser("admin", help=_("administrators' commands"))
    _common(admin)
    admin.add_argument("--name", help=argparse.SUPPRESS)
    asub = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)

    j = asub.add_parser("jurisdiction-add", help=_("add a jurisdiction or consular post"))
    j.add_argument("code")
    j.add_argument("name")
    j.add_argument("--kind", default="home", choices=["home", "consular-post"])
    j.add_argument("--country", default="")
    j.set_defaults(handler=_with_session(_jurisdiction_add))
    asub.add_parser("jurisdictions", help=_("list jurisdictions")).set_defaults(
        handler=_with_session(_jurisdictions)
    )

    a = asub.add_parser("account-add", help=_("add an inspector or consular official"))
    a.add_argument("username")
    a.add_argument("--name", required=True)
    a.add_argument("--role", required=True, choices=["inspector", "consular-official"])
    a.add_argument("--jurisdiction", required=True)
    a.add_argument("--email", default="")
    a.set_defaults(handler=_with_session(_account_add))

    c = asub.add_parser("enrolment-code", help=_("a one-time code to enrol a laptop"))
    c.add_argument("username")
    c.add_argument("--days", type=float, default=7)
    c.set_defaults(handler=_with_session(_code))

    p = asub.add_parser("publish-form", help=_("publish a checklist (YAML) to every laptop"))
    p.add_argument("file")
    p.set_defaults(handler=_with_session(_publish))

    i = asub.add_parser(
        "import-agencies", help=_("import the agency registry of a jurisdiction (CSV or XLSX)")
    )
    i.add_argument("file")
    i.add_argument("--jurisdiction", required=True)
    i.add_argument("--mapping", nargs="*", metavar="COLUMN=FIELD")
    i.add_argument("--date-order", default="dmy", choices=["dmy", "mdy"])
    i.set_defaults(handler=_with_session(_import))

    s = asub.add_parser("assign", help=_("assign an agency inspection to an inspector"))
    s.add_argument("username")
    s.add_argument("licence")
    s.add_argument("--kind", default="routine")
    s.add_argument("--due", default="")
    s.add_argument("--form", default="agency-inspection")
    s.add_argument("--notes", default="")
    s.set_defaults(handler=_with_session(_assign))

    r = asub.add_parser("revoke", help=_("revoke a lost or retired laptop"))
    r.add_argument("device")
    r.add_argument("--reason", default="")
    r.set_defaults(handler=_with_session(_revoke))

    from inspector.server.console.cli import add_create_user

    add_create_user(asub, _create_user)

    asub.add_parser("devices", help=_("list enrolled laptops")).set_defaults(
        handler=_with_session(_devices)
    )
    ar = asub.add_parser("arrivals", help=_("inspections received, newest first"))
    ar.add_argument("--since", default="")
    ar.set_defaults(handler=_with_session(_arrivals))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import warnings

    from cryptography.utils import CryptographyDeprecationWarning

    warnings.filterwarnings("ignore", category=CryptographyDeprecationWarning)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except InspectorError as exc:
        print(f"inspector-server: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        print(
            _(
                "inspector-server: unexpected error ({kind}); nothing more is shown to protect "
                "data."
            ).format(kind=type(exc).__name__),
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
