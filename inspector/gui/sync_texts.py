"""Sync in words for the window: a moment, a step of a running sync, the whole status in
sentences. Used by the status area (``sync_status``), the details window and the conflicts view,
which import it instead of each other."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from inspector.gui import labels

if TYPE_CHECKING:
    from inspector.services.sync import SyncStatus

translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def when_text(moment: dt.datetime | None) -> str:
    """A moment in local time: "today 14:32", else its date and time as the window shows them."""
    if moment is None:
        return translate("sync", "never")
    local = moment.astimezone() if moment.tzinfo else moment
    if local.date() == dt.date.today():
        return translate("sync", "today {time}").format(time=labels.time_text(local))
    return labels.moment_text(local)


def waiting_text(status: SyncStatus) -> str:
    """ "Not yet sent: 1 record and 3 files." (each count with its plural)."""
    return translate("sync", "Not yet sent: {records} and {files}.").format(
        records=translate("sync", "%n records", "", status.records_waiting),
        files=translate("sync", "%n files", "", status.files_waiting),
    )


def step_text(step: str, done: int, total: int) -> str:
    if step == "records":
        return translate("sync", "Sending records: {done} of {total}").format(
            done=done, total=total
        )
    if step == "audit":
        return translate("sync", "Sending the audit trail: {done}").format(done=done)
    if step == "files":
        percent = round(100 * done / total) if total else 100
        return translate("sync", "Sending files: {percent}%").format(percent=percent)
    if step == "changes":
        return translate("sync", "Receiving changes")
    return translate("sync", "Syncing…")


def status_sentences(status: SyncStatus) -> list[str]:
    """The whole status in sentences (a tooltip, the details window)."""
    if status.standalone:
        return [
            translate(
                "sync",
                "This laptop is set standalone: it never syncs. Turn that off in Settings if "
                "your authority runs a server.",
            )
        ]
    if not status.enrolled:
        return [
            translate(
                "sync",
                "This laptop is not enrolled with a server yet: enrol it in Settings with the "
                "address and the one-time code your administrator gave you.",
            ),
            waiting_text(status),
        ]
    from inspector.services.sync import clock_skew_words

    lines = [
        translate("sync", "Server: {name} ({url})").format(
            name=status.server_name or "?", url=status.server_url or "?"
        ),
        translate("sync", "Last sync: {when}.").format(when=when_text(status.last_sync)),
        waiting_text(status),
        translate("sync", "Quarantined records: {n}. Conflicts to resolve: {m}.").format(
            n=status.quarantined, m=status.conflicts
        ),
    ]
    if status.last_error:
        lines.append(
            translate("sync", "The last sync ({when}) could not finish: {reason}").format(
                when=when_text(status.last_attempt), reason=status.last_error
            )
        )
    if status.clock_skew_shown and status.clock_skew_seconds is not None:
        lines.append(clock_skew_words(status.clock_skew_seconds))
    return lines
