"""The project's exceptions. Messages are meant for the user: they name the problem and the next
step, and never contain a passphrase, a key, a worker's identity or answer text."""

from __future__ import annotations

from typing import Self


class InspectorError(Exception):
    """Base of every error this package raises on purpose. Its message is the command line's;
    when that names a command to run, ``in_window`` gives the message the window shows instead,
    with the way to do it in the app (the window never sends anyone to a terminal)."""

    exit_code = 1
    window_message = ""

    def in_window(self, message: str) -> Self:
        self.window_message = message
        return self


class VaultError(InspectorError):
    """Something about the vault as a whole: missing, locked, damaged, too new."""


class VaultNotFound(VaultError):
    exit_code = 3


class VaultExists(VaultError):
    exit_code = 3


class WrongPassphrase(VaultError):
    exit_code = 2


class WrongRecoveryKey(VaultError):
    exit_code = 2


class VaultDamaged(VaultError):
    exit_code = 4


class VaultTooNew(VaultError):
    exit_code = 5


class VaultBusy(VaultError):
    """Someone else has the vault open, or is replacing it: nothing was done."""

    exit_code = 16


class DiskFull(InspectorError):
    """The disk (or the user's quota) is full: what was being written was left out whole."""

    exit_code = 17


class PassphraseRejected(InspectorError):
    """A new passphrase that does not meet the minimum."""


class NotFound(InspectorError):
    exit_code = 3


class InvalidInput(InspectorError):
    """A value a user or a file supplied is not acceptable."""


class UnfinishedInterviews(InvalidInput):
    """Complete was asked while worker interviews still miss required answers; the inspector
    continues them, or completes anyway on purpose (``count`` says how many)."""

    def __init__(self, message: str, count: int) -> None:
        super().__init__(message)
        self.count = count


class InspectionLocked(InspectorError):
    """The inspection is completed or locked; changes go through an amendment."""


class InvalidTransition(InspectorError):
    """An inspection cannot move from its status to the one asked for."""


class AuditChainBroken(InspectorError):
    exit_code = 6


class ExpressionError(InspectorError):
    """A checklist expression that cannot be parsed, checked or evaluated."""

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class FormInvalid(InspectorError):
    """A checklist that does not follow the form format; lists every problem found."""

    exit_code = 7

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class SyncError(InspectorError):
    """A sync or an enrolment that could not finish: no network, the server refusing or too
    new. Nothing is lost: the next sync goes on from what the server acknowledged."""

    exit_code = 12


class SyncNotSetUp(SyncError):
    """This laptop is set standalone, is not enrolled, or the server no longer knows it."""

    exit_code = 13


class DeviceRevoked(SyncError):
    """The server revoked this laptop: it syncs no more and its key material is destroyed."""

    exit_code = 14


class VaultRevoked(VaultError):
    """A vault whose key material was destroyed when its laptop was revoked."""

    exit_code = 14


class EnrolmentRefused(SyncError):
    """The enrolment code was refused, or the server's authority was not confirmed."""

    exit_code = 15


class ContactOverdue(InspectorError):
    """The ministry requires a sync every N days and the last was longer ago: no new inspection
    until a sync succeeds (work already started goes on)."""

    exit_code = 18
