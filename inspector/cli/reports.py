"""``inspector report``, ``reports list``, ``verify`` and ``cert``: signed PDF reports and the
certificate that signs them."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from inspector.cli.output import print_table, write_new_file
from inspector.i18n import _

# Exit codes of 'inspector verify' (README): 8 the document is not intact, 9 intact but the
# signer is not trusted.
NOT_INTACT = 8
NOT_TRUSTED = 9
P12_PASSWORD_ENV = "INSPECTOR_P12_PASSWORD"  # noqa: S105 - a variable name, not a secret


def register(sub: Any) -> None:
    report = sub.add_parser("report", help=_("make the signed PDF report of a locked inspection"))
    report.add_argument("inspection", metavar="INSPECTION", help=_("reference or id"))
    report.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    report.add_argument("--lang", default="en", choices=["en", "fr", "es"])
    report.add_argument(
        "--internal",
        action="store_true",
        help=_("the authority's version with confidential annexes (never for the agency)"),
    )
    report.add_argument("--paper", default="a4", choices=["a4", "letter"])
    report.add_argument("--force", action="store_true", help=_("overwrite FILE.pdf"))
    report.set_defaults(handler=cmd_report)

    reports = sub.add_parser("reports", help=_("reports stored in the vault"))
    reports_sub = reports.add_subparsers(dest="reports_command", metavar="COMMAND", required=True)
    listing = reports_sub.add_parser("list", help=_("the reports made of an inspection"))
    listing.add_argument("inspection", metavar="INSPECTION", help=_("reference or id"))
    listing.set_defaults(handler=cmd_reports_list)
    export = reports_sub.add_parser("export", help=_("write a stored report to a file"))
    export.add_argument("report", metavar="REPORT_ID")
    export.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    export.add_argument("--force", action="store_true", help=_("overwrite FILE.pdf"))
    export.set_defaults(handler=cmd_reports_export)

    verify = sub.add_parser(
        "verify",
        help=_("check a signed report or an evidence package: signer, time, intact, trusted"),
    )
    verify.add_argument("file", metavar="FILE.pdf|FILE.zip")
    verify.add_argument(
        "--trust",
        metavar="CA.pem",
        action="append",
        default=[],
        help=_("a certificate to trust (the authority's CA, or a self-signed inspector's)"),
    )
    verify.set_defaults(handler=cmd_verify)

    cert = sub.add_parser("cert", help=_("the inspector's signing certificate"))
    cert_sub = cert.add_subparsers(dest="cert_command", metavar="COMMAND", required=True)
    create = cert_sub.add_parser("create", help=_("make a self-signed certificate"))
    create.add_argument("--replace", action="store_true", help=_("replace the current one"))
    create.set_defaults(handler=cmd_cert_create)
    imported = cert_sub.add_parser(
        "import", help=_("import a certificate and key from a PKCS#12 file")
    )
    imported.add_argument("file", metavar="FILE.p12")
    imported.add_argument(
        "--password-file",
        metavar="FILE",
        help=_("read the PKCS#12 password from FILE (or set INSPECTOR_P12_PASSWORD)"),
    )
    imported.add_argument("--replace", action="store_true", help=_("replace the current one"))
    imported.set_defaults(handler=cmd_cert_import)
    show = cert_sub.add_parser("show", help=_("the certificate in use"))
    show.add_argument("--pem", action="store_true", help=_("print the certificate as PEM"))
    show.set_defaults(handler=cmd_cert_show)


def cmd_report(args: argparse.Namespace) -> int:
    import os

    from inspector.cli.vault_access import open_vault
    from inspector.errors import InvalidInput
    from inspector.services.reports import create_report
    from inspector.services.uow import UnitOfWork

    if os.path.exists(args.output) and not args.force:
        raise InvalidInput(
            _("{path} already exists; add --force to overwrite it.").format(path=args.output)
        )
    with open_vault(args) as vault, UnitOfWork(vault) as uow:
        made = create_report(
            uow, args.inspection, language=args.lang, internal=args.internal, paper=args.paper
        )
    write_new_file(args.output, made.content, force=True)
    kind = _("internal report") if args.internal else _("report")
    print(
        _(
            "Signed {kind} of {reference} written to {path}: {pages} pages, SHA-256 {sha256}."
        ).format(
            kind=kind,
            reference=made.reference,
            path=args.output,
            pages=made.pages,
            sha256=made.sha256,
        )
    )
    print(_("A copy is kept in the vault (report {id}).").format(id=made.id))
    return 0


def cmd_reports_list(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.services.reports import list_reports

    with open_vault(args) as vault, vault.reading() as session:
        rows = list_reports(session, args.inspection)
    print_table(
        [_("Report"), _("Made"), _("Language"), _("Version"), _("Paper"), _("SHA-256")],
        [
            (
                r.id,
                r.created_at.strftime("%Y-%m-%d %H:%M UTC"),
                r.language,
                _("internal") if r.internal else _("agency"),
                r.paper,
                r.sha256,
            )
            for r in rows
        ],
    )
    return 0


def cmd_reports_export(args: argparse.Namespace) -> int:
    import uuid

    from inspector.cli.vault_access import open_vault
    from inspector.errors import InvalidInput
    from inspector.services.reports import report_file

    try:
        report_id = uuid.UUID(args.report)
    except ValueError:
        raise InvalidInput(_("'{id}' is not a report id.").format(id=args.report)) from None
    with open_vault(args) as vault, vault.reading() as session:
        content = report_file(session, report_id)
    write_new_file(args.output, content, args.force)
    print(_("Report {id} written to {path}.").format(id=report_id, path=args.output))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inspector.reports.verify import load_trust_roots, verify_pdf

    def read(path: str) -> bytes:
        from inspector.vault.files import read_regular

        # Only a regular file, and no larger than a report can be: not /dev/zero, not a FIFO.
        return read_regular(Path(path), limit=256 * 1024 * 1024)

    roots = [der for path in args.trust for der in load_trust_roots(read(path))]
    from inspector.reports.package import is_package

    if is_package(Path(args.file)):
        return _verify_package(Path(args.file), roots)
    result = verify_pdf(read(args.file), roots)
    for problem in result.problems:
        print(_("NOT INTACT: {problem}").format(problem=problem))
    for check in result.signatures:
        when = check.signing_time.strftime("%Y-%m-%d %H:%M:%S UTC") if check.signing_time else "-"
        print(_("Signature {field}").format(field=check.field))
        print("  " + _("Signer: {signer}").format(signer=check.signer or "-"))
        print("  " + _("Signing time: {time}").format(time=when))
        intact = check.intact and check.unchanged_since
        print("  " + (_("Intact: yes") if intact else _("Intact: NO")))
        print("  " + (_("Trusted: yes") if check.trusted else _("Trusted: NO")))
        if check.revocation:
            print("  " + check.revocation)
        for added in check.upkeep:
            print("  " + _("Added after signing (allowed): {what}").format(what=added))
        for problem in check.problems:
            print("  - " + problem)
    _print_timestamps(result)
    if not result.intact:
        print(_("The document is NOT intact: do not rely on it."), file=sys.stderr)
        return NOT_INTACT
    if not result.trusted:
        print(
            _(
                "The document is intact, but its signer is not trusted: pass the authority's "
                "CA certificate (or the inspector's own) with --trust."
            ),
            file=sys.stderr,
        )
        return NOT_TRUSTED
    print(_("The document is intact and signed by a trusted signer."))
    return 0


def _print_timestamps(result: Any) -> None:
    """Document timestamps (an authority's time, not the signer's clock) and whether the file
    carries its own validation data (PAdES B-LT)."""
    if not result.signatures:
        return
    for stamp in result.timestamps:
        when = stamp.time.strftime("%Y-%m-%d %H:%M:%S UTC") if stamp.time else "-"
        print(_("Document timestamp {field}").format(field=stamp.field))
        print("  " + _("Time: {time}").format(time=when))
        print("  " + _("Timestamping authority: {name}").format(name=stamp.authority or "-"))
        print("  " + (_("Intact: yes") if stamp.intact else _("Intact: NO")))
        print("  " + (_("Trusted: yes") if stamp.trusted else _("Trusted: NO")))
        for problem in stamp.problems:
            print("  - " + problem)
    data = result.validation_data
    if data is None:
        print(_("Validation data (DSS): not embedded"))
    else:
        print(
            _(
                "Validation data (DSS): embedded ({certificates} certificates, {crls} CRLs, "
                "{ocsps} OCSP responses)"
            ).format(certificates=data.certificates, crls=data.crls, ocsps=data.ocsp_responses)
        )
    levels = {
        "B-B": _(
            "PAdES level: B-B (as signed on the laptop; the authority's server makes it B-LT "
            "with its timestamp and validation data)"
        ),
        "B-T": _("PAdES level: B-T (timestamped; no validation data embedded)"),
        "B-LT": _("PAdES level: B-LT (the authority's timestamp and validation data embedded)"),
    }
    print(levels[result.pades_level])


def _printable(name: str) -> str:
    """A file name from a package as it may be printed: no terminal control characters."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name)


def _verify_package(path: Any, roots: list[bytes]) -> int:
    from inspector.reports.package import verify_package

    check = verify_package(path, roots)
    inspection = check.manifest.get("inspection", {})
    if inspection:
        agency = inspection.get("agency", {})
        print(
            _("Evidence package of {reference} ({agency}, licence {licence})").format(
                reference=_printable(str(inspection.get("reference", "?"))),
                agency=_printable(str(agency.get("name", "?"))),
                licence=_printable(str(agency.get("licence_number", "?"))),
            )
        )
    labels = {
        "ok": _("ok"),
        "altered": _("ALTERED"),
        "missing": _("MISSING"),
        "extra": _("EXTRA (not in the manifest)"),
        "twice": _("TWICE in the archive"),
    }
    for item in sorted(check.files, key=lambda f: (f.status == "ok", f.path)):
        print(f"  {labels[item.status]:<10} {_printable(item.path)}")
    if check.manifest_signed:
        print(_("Manifest signed by: {signer}").format(signer=check.signer_subject))
    head = check.manifest.get("audit", {}).get("inspection_chain_head", {})
    if head.get("hash"):
        print(
            _("Audit chain head of the inspection: event #{seq}, {hash}").format(
                seq=head.get("seq"), hash=_printable(str(head.get("hash")))
            )
        )
    for problem in check.problems:
        print(_("NOT INTACT: {problem}").format(problem=problem))
    if check.report is not None:
        for signature in check.report.signatures:
            print(_("Report signed by: {signer}").format(signer=signature.signer or "-"))
            for problem in signature.problems:
                print("  - " + problem)
        for problem in check.report.problems:
            print(_("NOT INTACT: {problem}").format(problem=problem))
    if not check.intact:
        bad = [f.path for f in check.files if f.status != "ok"]
        print(
            _("The package is NOT intact{files}: do not rely on it.").format(
                files=(" (" + ", ".join(_printable(p) for p in bad) + ")") if bad else ""
            ),
            file=sys.stderr,
        )
        return NOT_INTACT
    if not check.trusted:
        print(
            _("The package is intact, but its signer is not trusted: pass the authority's CA "
              "certificate (or the inspector's own) with --trust."),
            file=sys.stderr,
        )  # fmt: skip
        return NOT_TRUSTED
    print(_("The package is intact and signed by a trusted signer."))
    return 0


def _print_certificate(info: Any) -> None:
    print(_("Subject: {subject}").format(subject=info.subject))
    print(_("Issuer: {issuer}").format(issuer=info.issuer))
    print(
        _("Valid: {start} to {end}").format(
            start=info.not_valid_before.date().isoformat(),
            end=info.not_valid_after.date().isoformat(),
        )
    )
    print(_("SHA-256 fingerprint: {fingerprint}").format(fingerprint=info.fingerprint))
    print(_("Self-signed: yes") if info.self_signed else _("Self-signed: no"))


def cmd_cert_create(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.services.signing import create_certificate
    from inspector.services.uow import UnitOfWork

    with open_vault(args) as vault, UnitOfWork(vault) as uow:
        info = create_certificate(uow, replace=args.replace)
    print(_("Created a self-signed signing certificate; its key stays in the vault."))
    _print_certificate(info)
    print(
        _(
            "Readers trust it only if given it: 'inspector cert show --pem > inspector.pem', "
            "then 'inspector verify FILE.pdf --trust inspector.pem'."
        )
    )
    return 0


def cmd_cert_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inspector.cli.secrets import read_secret
    from inspector.cli.vault_access import open_vault
    from inspector.errors import InvalidInput
    from inspector.services.signing import import_certificate
    from inspector.services.uow import UnitOfWork

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise InvalidInput(
            _("Cannot read {path}: {reason}.").format(path=args.file, reason=exc.strerror or exc)
        ) from None
    with open_vault(args) as vault:
        password = read_secret(args.password_file, P12_PASSWORD_ENV, _("PKCS#12 password: "))
        with UnitOfWork(vault) as uow:
            info = import_certificate(uow, data, password, replace=args.replace)
    print(_("Imported the signing certificate and its key into the vault."))
    _print_certificate(info)
    return 0


def cmd_cert_show(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.errors import NotFound
    from inspector.services.signing import certificate_pem, current_certificate

    with open_vault(args) as vault, vault.reading() as session:
        info = current_certificate(session)
        if info is None:
            raise NotFound(
                _(
                    "This vault has no signing certificate yet: make one with 'inspector cert "
                    "create', or import one with 'inspector cert import FILE.p12'."
                )
            )
        pem = certificate_pem(session) if args.pem else ""
    if args.pem:
        print(pem, end="")
        return 0
    _print_certificate(info)
    return 0
