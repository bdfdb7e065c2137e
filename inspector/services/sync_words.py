"""A sync's outcome in plain words, for the command line and a notification."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspector.i18n import _, ngettext

if TYPE_CHECKING:
    from inspector.sync.run import SyncReport

CLOCK_SKEW_SHOWN_S = 10 * 60  # a laptop clock this far from the server's is worth a word


def describe_report(report: SyncReport) -> list[str]:
    """The sync's outcome in plain words: the first line says what went up and came down; one
    line follows per record quarantined or in conflict and per problem."""
    records = ngettext("{n} record", "{n} records", report.records_sent).format(
        n=report.records_sent
    )
    files = ngettext("{n} file", "{n} files", report.files_sent).format(n=report.files_sent)
    if report.records_sent and report.files_sent:
        sent = _("{records} and {files} sent").format(records=records, files=files)
    elif report.records_sent or report.files_sent:
        sent = _("{items} sent").format(items=records if report.records_sent else files)
    else:
        sent = _("nothing to send")
    got = report.received
    parts = [
        ngettext("{n} agency", "{n} agencies", got.agencies).format(n=got.agencies)
        if got.agencies else "",
        ngettext("{n} checklist", "{n} checklists", got.forms).format(n=got.forms)
        if got.forms else "",
        ngettext("{n} assignment", "{n} assignments", got.assignments).format(n=got.assignments)
        if got.assignments else "",
        ngettext("{n} referred complaint", "{n} referred complaints", got.complaints).format(
            n=got.complaints) if got.complaints else "",
        ngettext("{n} timestamped report", "{n} timestamped reports", got.reports).format(
            n=got.reports) if got.reports else "",
    ]  # fmt: skip
    received = [part for part in parts if part]
    line = (
        sent
        + "; "
        + (
            _("{items} received").format(items=", ".join(received))
            if received
            else _("nothing new received")
        )
    )
    if report.quarantined:
        line += "; " + ngettext(
            "{n} record quarantined", "{n} records quarantined", len(report.quarantined)
        ).format(n=len(report.quarantined))
    if report.conflicts:
        line += "; " + ngettext(
            "{n} conflict to resolve", "{n} conflicts to resolve", len(report.conflicts)
        ).format(n=len(report.conflicts))
    lines = [line + "."]
    for refusal in report.quarantined:
        lines.append(_("  quarantined: {what}: {reason}").format(
            what=refusal.label, reason=refusal.reason))  # fmt: skip
    for refusal in report.conflicts:
        lines.append(_("  conflict: {what}: {reason}").format(
            what=refusal.label, reason=refusal.reason))  # fmt: skip
    if report.files_waiting:
        lines.append(
            ngettext(
                "{n} file waits for the next sync.", "{n} files wait for the next sync.",
                report.files_waiting,
            ).format(n=report.files_waiting)
        )  # fmt: skip
    lines += [_("  note: {problem}").format(problem=problem) for problem in report.problems]
    skew = report.clock_skew_seconds
    if skew is not None and abs(skew) >= CLOCK_SKEW_SHOWN_S:
        lines.append(clock_skew_words(skew))
    return lines


def clock_skew_words(skew_seconds: float) -> str:
    minutes = round(abs(skew_seconds) / 60)
    amount = (
        ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)
        if minutes < 120
        else ngettext("{n} hour", "{n} hours", round(minutes / 60)).format(n=round(minutes / 60))
    )
    if skew_seconds > 0:
        return _("This laptop's clock is {amount} ahead of the server's; set it right.").format(
            amount=amount
        )
    return _("This laptop's clock is {amount} behind the server's; set it right.").format(
        amount=amount
    )
