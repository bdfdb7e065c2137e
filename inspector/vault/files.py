"""Files the app reads and writes, handled so that vault content stays private and hostile paths
do no harm.

- Everything written that holds vault content is created mode 600 (readable by the user only)
  in a folder the app made mode 700. On Windows the modes mean little: files there inherit the
  per-user profile folder's ACL, which only the user (and administrators) can read.
- A file is created with ``O_EXCL`` and ``O_NOFOLLOW``: a symbolic link planted where the file
  goes is replaced (the link, never what it points to) or refused, and never written through.
- Only regular files are read: a FIFO, a device such as ``/dev/zero`` or a folder is refused at
  once instead of blocking or reading forever, and a file over the size the app can use is
  refused with the bound named.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from inspector.errors import InvalidInput
from inspector.i18n import _

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def make_private_dir(folder: Path) -> None:
    """Make ``folder`` (and missing parents) and set it to mode 700. For folders the app owns
    (the vault folder, its backups): a folder the user chose for an export is only made, never
    changed."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) != PRIVATE_DIR:
        os.chmod(folder, PRIVATE_DIR)


def make_private(path: Path) -> None:
    """Set an existing file to mode 600 (a vault made by an older version, or by a copy)."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileNotFoundError):
        if stat.S_IMODE(os.lstat(path).st_mode) != PRIVATE_FILE and path.is_file():
            os.chmod(path, PRIVATE_FILE)


def create_private(path: Path, *, replace: bool = False) -> int:
    """A new file at ``path``, mode 600, open for writing (a file descriptor). With ``replace``
    an existing file or symbolic link there is removed first: the link itself, never what it
    points to. Without it an existing path raises ``FileExistsError``."""
    if replace and os.path.lexists(path):
        mode = os.lstat(path).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
        os.unlink(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
    return os.open(path, flags, PRIVATE_FILE)


def write_private(path: Path, content: bytes, *, replace: bool = False) -> None:
    """Write ``content`` into a new private file (see :func:`create_private`)."""
    fd = create_private(path, replace=replace)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _cannot_read(path: Path, reason: str) -> InvalidInput:
    return InvalidInput(_("Cannot read {path}: {reason}.").format(path=path, reason=reason))


@contextlib.contextmanager
def open_regular(path: Path, *, limit: int | None = None) -> Iterator[BinaryIO]:
    """``path`` opened for reading, once it is known to be a regular file (no FIFO, device or
    folder) of at most ``limit`` bytes; ``InvalidInput`` names what is wrong otherwise."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _CLOEXEC | _BINARY)
    except OSError as exc:
        raise _cannot_read(path, exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = (
                _("it is a folder")
                if stat.S_ISDIR(info.st_mode)
                else _("it is not a regular file (a device, a pipe or a socket)")
            )
            raise _cannot_read(path, kind)
        if limit is not None and info.st_size > limit:
            raise too_large(path, info.st_size, limit)
        if _NONBLOCK and os.name == "posix":
            os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle


def too_large(path: Path | str, size: int, limit: int) -> InvalidInput:
    return InvalidInput(
        _(
            "{path} is too large: {size} where Field Inspector reads at most {limit}; it is not "
            "a file this app wrote."
        ).format(path=path, size=describe_size(size), limit=describe_size(limit))
    )


def read_regular(path: Path, *, limit: int) -> bytes:
    """The bytes of the regular file ``path``, refused past ``limit`` bytes (the file may grow
    while it is read: the bound holds anyway)."""
    with open_regular(path, limit=limit) as handle:
        content = handle.read(limit + 1)
    if len(content) > limit:
        raise too_large(path, len(content), limit)
    return content


def describe_size(size: int) -> str:
    """Bytes for a person: 512 bytes, 3.2 MB, 4 GB."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover - the loop returns
