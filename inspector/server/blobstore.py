"""Where the server keeps attachments and reports: content-addressed by SHA-256, uploaded in chunks.

An upload is staged under a key the caller chooses (the server uses ``"{jurisdiction}/{sha256}"``):
``append`` adds a chunk at the offset the store already holds and refuses any other offset with
``WrongOffset(received)``; ``finish`` hashes what was staged and, when it matches, makes it the blob
(``HashMismatch`` otherwise, and the staged bytes are dropped). Several server processes may share
one store and take turns on the same upload: each append is checked against the bytes really held.
The store does not remember who uploaded what; the caller records that in its database.

The store a server is configured with is opened by ``blob_config.open_blob_store``.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import secrets
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _

CHUNK_SIZE = 1024 * 1024  # what a read yields at a time, and the protocol's default chunk

_SHA256 = re.compile(r"[0-9a-f]{64}")
_SEGMENT = re.compile(r"[0-9A-Za-z_-]{1,100}")


class WrongOffset(InvalidInput):
    """An append at another offset than the one the store holds; ``received`` is where to resume."""

    def __init__(self, received: int) -> None:
        super().__init__(
            _("The server holds {received} bytes of this file; send the rest from there.").format(
                received=received
            )
        )
        self.received = received


class HashMismatch(InvalidInput):
    """The staged bytes are not the ones their SHA-256 and size promised; they were dropped."""

    def __init__(self) -> None:
        super().__init__(
            _("The file received does not match its SHA-256 and was dropped; send it again.")
        )


class BlobNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__(_("The server holds no file with this SHA-256."))


def check_sha256(sha256: str) -> str:
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise InvalidInput(_("A file is named by the lower-case hex SHA-256 of its bytes."))
    return sha256


def check_upload_key(upload_key: str) -> list[str]:
    """The key's segments: letters, digits, ``_`` and ``-``, the last one a SHA-256."""
    segments = upload_key.split("/") if isinstance(upload_key, str) else []
    if not (
        1 <= len(segments) <= 4
        and all(_SEGMENT.fullmatch(s) for s in segments)
        and _SHA256.fullmatch(segments[-1])
    ):
        raise InvalidInput(_("An upload is named by folder names and the SHA-256 of the file."))
    return segments


class BlobReader:
    """The bytes of one blob, in chunks, for streaming a download; closes what it opened."""

    def __init__(self, chunks: Iterator[bytes], stream: Any) -> None:
        self._chunks = chunks
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        try:
            return next(self._chunks)
        except StopIteration:
            self.close()
            raise

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class BlobStore(ABC):
    """Chunked, resumable, content-addressed uploads; see the module docstring."""

    @abstractmethod
    def received(self, upload_key: str) -> int:
        """How many bytes of this upload are staged (0 when none)."""

    @abstractmethod
    def append(self, upload_key: str, offset: int, data: bytes) -> int:
        """Stage ``data`` at ``offset`` and return the bytes now staged; ``WrongOffset`` unless
        ``offset`` is exactly what is staged. The caller bounds ``offset + len(data)``."""

    @abstractmethod
    def finish(self, upload_key: str, sha256: str, size: int) -> None:
        """Make the staged bytes the blob ``sha256``. ``WrongOffset`` when fewer than ``size``
        are staged; ``HashMismatch`` (staging dropped) when they are more or hash otherwise."""

    @abstractmethod
    def discard(self, upload_key: str) -> None:
        """Drop whatever is staged for this upload."""

    @abstractmethod
    def exists(self, sha256: str) -> bool: ...

    @abstractmethod
    def size(self, sha256: str) -> int:
        """The blob's size in bytes; ``BlobNotFound`` when there is none."""

    @abstractmethod
    def read(self, sha256: str, chunk_size: int = CHUNK_SIZE) -> BlobReader:
        """The blob's bytes in chunks; ``BlobNotFound`` is raised here, before any byte."""

    @abstractmethod
    def put(self, sha256: str, data: bytes) -> None:
        """Store bytes the server made itself (a timestamped report); their hash is checked."""

    def read_bytes(self, sha256: str) -> bytes:
        with self.read(sha256) as chunks:
            return b"".join(chunks)


def check_content(sha256: str, data: bytes) -> None:
    check_sha256(sha256)
    if hashlib.sha256(data).hexdigest() != sha256:
        raise HashMismatch


def check_chunk(offset: int, data: bytes) -> None:
    if not isinstance(offset, int) or offset < 0:
        raise InvalidInput(_("An upload offset is a whole number of bytes, zero or more."))
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("data must be bytes")


def _mkdirs(root: Path, relative: Path) -> Path:
    """Create the folders of ``relative`` under ``root``, each 0700 (makedirs leaves parents to
    the umask)."""
    folder = root
    for part in relative.parts:
        folder = folder / part
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    return folder


def _sha256_of(fd: int | None) -> str:
    digest = hashlib.sha256()
    position = 0
    while fd is not None and (piece := os.pread(fd, CHUNK_SIZE, position)):
        digest.update(piece)
        position += len(piece)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FolderBlobStore(BlobStore):
    """Blobs as files ``blobs/ab/<sha256>``, uploads as ``staging/<key>.part``, all under ``root``.

    A staged file is changed only under an exclusive ``flock``; after taking it, a process checks
    that the path still names the file it locked (a finish renames it, a discard unlinks it), so two
    processes sharing the folder never write into a finished blob. Files are 0600, folders 0700,
    and no temporary file lives outside ``root``.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        if not self.root.is_dir():
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)

    def _staged_path(self, upload_key: str) -> Path:
        segments = check_upload_key(upload_key)
        return self.root.joinpath("staging", *segments[:-1], segments[-1] + ".part")

    def _blob_path(self, sha256: str) -> Path:
        check_sha256(sha256)
        return self.root / "blobs" / sha256[:2] / sha256

    @contextlib.contextmanager
    def _locked(self, path: Path, create: bool) -> Iterator[int | None]:
        """The staged file, opened and exclusively locked; ``None`` when absent and not created."""
        flags = os.O_RDWR | os.O_CLOEXEC | os.O_NOFOLLOW | (os.O_CREAT if create else 0)
        while True:
            try:
                fd = os.open(path, flags, 0o600)
            except FileNotFoundError:
                if not create:
                    yield None
                    return
                _mkdirs(self.root, path.parent.relative_to(self.root))
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                try:
                    current = os.stat(path, follow_symlinks=False)
                except FileNotFoundError:
                    continue  # finished or discarded while we waited: start again
                mine = os.fstat(fd)
                if (current.st_ino, current.st_dev) != (mine.st_ino, mine.st_dev):
                    continue
                yield fd
                return
            finally:
                os.close(fd)

    def received(self, upload_key: str) -> int:
        with self._locked(self._staged_path(upload_key), create=False) as fd:
            return 0 if fd is None else os.fstat(fd).st_size

    def append(self, upload_key: str, offset: int, data: bytes) -> int:
        check_chunk(offset, data)
        path = self._staged_path(upload_key)
        with self._locked(path, create=True) as fd:
            assert fd is not None  # noqa: S101 (create=True always gives a file)
            received = os.fstat(fd).st_size
            if offset != received:
                if received == 0:
                    path.unlink()  # created by this refused call: leave nothing behind
                raise WrongOffset(received)
            view = memoryview(data).cast("B")
            try:
                written = 0
                while written < len(view):
                    written += os.pwrite(fd, view[written:], received + written)
            except BaseException:
                os.ftruncate(fd, received)  # a full disk leaves no half chunk behind
                raise
            return received + len(view)

    def finish(self, upload_key: str, sha256: str, size: int) -> None:
        final = self._blob_path(sha256)
        path = self._staged_path(upload_key)
        with self._locked(path, create=False) as fd:
            staged = 0 if fd is None else os.fstat(fd).st_size
            if staged < size:
                raise WrongOffset(staged)
            if staged != size or _sha256_of(fd) != sha256:
                if fd is not None:
                    path.unlink()
                raise HashMismatch
            if fd is None:  # an empty file: nothing was staged
                self.put(sha256, b"")
                return
            if final.exists():
                path.unlink()
                return
            os.fsync(fd)
            folder = _mkdirs(self.root, final.parent.relative_to(self.root))
            os.replace(path, final)  # waiters on our lock now find the path gone and start again
            _fsync_dir(folder)

    def discard(self, upload_key: str) -> None:
        path = self._staged_path(upload_key)
        with self._locked(path, create=False) as fd:
            if fd is not None:
                path.unlink()

    def exists(self, sha256: str) -> bool:
        return self._blob_path(sha256).is_file()

    def size(self, sha256: str) -> int:
        try:
            return self._blob_path(sha256).stat().st_size
        except FileNotFoundError:
            raise BlobNotFound from None

    def read(self, sha256: str, chunk_size: int = CHUNK_SIZE) -> BlobReader:
        try:
            stream: IO[bytes] = self._blob_path(sha256).open("rb")
        except FileNotFoundError:
            raise BlobNotFound from None
        return BlobReader(iter(lambda: stream.read(chunk_size), b""), stream)

    def put(self, sha256: str, data: bytes) -> None:
        check_content(sha256, data)
        final = self._blob_path(sha256)
        if final.exists():
            return
        folder = _mkdirs(self.root, final.parent.relative_to(self.root))
        temporary = folder / f".{sha256}.{secrets.token_hex(8)}.tmp"
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, final)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
            raise
        _fsync_dir(folder)
