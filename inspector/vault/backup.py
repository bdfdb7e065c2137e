"""Consistent, still-encrypted copies of a live vault, and backup files that restore on another
laptop with the passphrase or the recovery key.

A copy is made with SQLite's online backup API, from a keyed connection into a new file keyed
with the same raw key, in a single step: the step reads one consistent snapshot (WAL readers do
not block writers, and writers in other processes cannot make a one-step backup start over), and
SQLCipher encrypts every page it writes. A live WAL database is never copied as a file: the file
alone may miss committed frames still in ``-wal``, or catch a checkpoint half-way.

A backup file is a zip archive, stored rather than deflated (encrypted pages do not compress):

- ``manifest.json``: format and version, the vault id, the schema revision, when the copy was
  taken, and the SHA-256 and size of the two other members;
- ``vault.key``: the key file as it was, the data key wrapped under the passphrase and under the
  recovery key (AES-256-GCM); nothing in it is a secret in clear;
- ``vault.db``: the encrypted copy.

While a backup is made, the only temporary files are the encrypted copy and the partial archive,
both beside the destination, mode 600, removed on any failure. A restore checks the hashes,
unwraps the key, reads every page (``PRAGMA cipher_integrity_check`` and ``integrity_check``) in a
staging folder beside the target, and only then renames it into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from inspector.errors import InvalidInput, VaultDamaged, VaultExists
from inspector.i18n import _
from inspector.vault import keys
from inspector.vault.engine import DB_FILE_NAME

if TYPE_CHECKING:
    from inspector.vault.store import Vault

FORMAT = "field-inspector-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEMBERS = (keys.KEY_FILE_NAME, DB_FILE_NAME)
CHUNK = 1024 * 1024
# (bytes done, bytes in all); called from the thread doing the work.
Progress = Callable[[int, int], None]


def schema_revision(path: Path, data_key: bytes) -> str | None:
    from inspector.vault.engine import connect

    conn = connect(path, data_key)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(found[0]) if found else None
    finally:
        conn.close()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    vault_id: str
    created_at: dt.datetime
    revision: str | None
    size: int  # of the backup file
    sha256: str  # of the backup file


def _sha256_of(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _member(name: str, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    info.file_size = size  # known up front, so zipfile chooses ZIP64 for a vault over 2 GiB
    info.external_attr = 0o600 << 16
    return info


def _copy_into(
    archive: zipfile.ZipFile, name: str, source: Path, progress: Callable[[int], None]
) -> tuple[str, int]:
    """Copy ``source`` into the archive; its SHA-256 and size, computed on the way."""
    size = source.stat().st_size
    digest = hashlib.sha256()
    with source.open("rb") as handle, archive.open(_member(name, size), "w") as out:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
            progress(len(chunk))
    return digest.hexdigest(), size


@contextlib.contextmanager
def _temp_file(folder: Path, prefix: str) -> Iterator[Path]:
    """A name for a file beside the destination (same file system, so the last step is a
    rename); the file is removed on the way out unless it was renamed away."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".partial", dir=folder)
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        for leftover in (path, Path(name + "-wal"), Path(name + "-shm")):
            leftover.unlink(missing_ok=True)


def write_backup(
    vault: Vault, output: Path, *, overwrite: bool = False, progress: Progress | None = None
) -> BackupInfo:
    """Write a backup file of the open ``vault`` to ``output`` (see the module's docstring)."""
    from inspector.vault.leftovers import pending_files
    from inspector.vault.migrate import current_revision

    output = output.expanduser()
    if output.exists() and not overwrite:
        raise InvalidInput(
            _("{path} already exists; choose another name or add --force.").format(path=output)
        )
    if vault.folder.resolve() in output.resolve().parents:
        raise InvalidInput(
            _(
                "Write the backup outside the vault folder ({folder}): a backup beside the vault "
                "is lost with the laptop."
            ).format(folder=vault.folder)
        )
    folder = output.parent
    if not folder.is_dir():
        raise InvalidInput(_("The folder {folder} does not exist.").format(folder=folder))
    created_at = dt.datetime.now(dt.UTC)
    with (
        _temp_file(folder, f".{output.name}.db-") as copy,
        _temp_file(folder, f".{output.name}-") as partial,
        # Recorded in the vault folder: a crash leaves them to the next start to remove.
        pending_files(vault.folder, copy, partial),
    ):
        vault.copy_to(copy)
        revision = current_revision(vault.engine)
        # The key file as it is, bound to the copy's own salt (the copy is a new database file).
        key_file = keys.read_key_file(vault.folder / keys.KEY_FILE_NAME)
        key_file.database_salt = keys.database_salt_of(copy)
        key_bytes = json.dumps(keys.key_file_to_json(key_file), indent=2, sort_keys=True).encode(
            "ascii"
        )
        total = copy.stat().st_size
        done = 0

        def advanced(count: int) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(done, total)

        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr(_member(keys.KEY_FILE_NAME, len(key_bytes)), key_bytes)
            # Hashed as it goes into the archive; the manifest, which needs the hash, comes last.
            db_sha, db_size = _copy_into(archive, DB_FILE_NAME, copy, advanced)
            manifest = {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "vault_id": vault.vault_id,
                "schema_revision": revision,
                "created_at": created_at.isoformat(timespec="seconds"),
                "files": {
                    keys.KEY_FILE_NAME: {
                        "sha256": hashlib.sha256(key_bytes).hexdigest(),
                        "size": len(key_bytes),
                    },
                    DB_FILE_NAME: {"sha256": db_sha, "size": db_size},
                },
            }
            archive.writestr(_member(MANIFEST, 0), json.dumps(manifest, indent=2))
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, output)
        _fsync_dir(folder)
    sha, size = _sha256_of(output)
    return BackupInfo(output, vault.vault_id, created_at, revision, size, sha)


# --- reading and restoring --------------------------------------------------------------------


def _damaged(path: Path, reason: str) -> VaultDamaged:
    return VaultDamaged(
        _("The backup file {path} cannot be used: {reason}. Nothing was changed.").format(
            path=path, reason=reason
        )
    )


@dataclass(frozen=True)
class BackupManifest:
    vault_id: str
    created_at: dt.datetime
    schema_revision: str | None
    files: dict[str, tuple[str, int]]  # name -> (sha256, size)


MAX_MANIFEST_BYTES = 64 * 1024


def _check_members(path: Path, archive: zipfile.ZipFile, size: int) -> dict[str, zipfile.ZipInfo]:
    """The members of a backup, as this app writes them: exactly a manifest, a key file and a
    database, each stored (not compressed), so that nothing unpacks to more than the file's own
    size, and the manifest and key file small."""
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if sorted(names) != sorted([MANIFEST, *MEMBERS]):
        raise _damaged(path, _("it does not hold exactly a manifest, a key file and a database"))
    for info in infos:
        if info.compress_type != zipfile.ZIP_STORED or info.file_size != info.compress_size:
            raise _damaged(
                path,
                _("{name} is compressed, and Field Inspector stores it as it is (a zip bomb "
                  "cannot be ruled out)").format(name=info.filename),
            )  # fmt: skip
        if info.file_size > size:
            raise _damaged(path, _("{name} claims to be larger than the file").format(
                name=info.filename))  # fmt: skip
    by_name = {info.filename: info for info in infos}
    if by_name[MANIFEST].file_size > MAX_MANIFEST_BYTES:
        raise _damaged(path, _("its manifest is larger than {limit} bytes").format(
            limit=MAX_MANIFEST_BYTES))  # fmt: skip
    if by_name[keys.KEY_FILE_NAME].file_size > keys.MAX_KEY_FILE_BYTES:
        raise _damaged(path, _("its key file is larger than {limit} bytes").format(
            limit=keys.MAX_KEY_FILE_BYTES))  # fmt: skip
    return by_name


@contextlib.contextmanager
def _open_archive(path: Path) -> Iterator[tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]]:
    """The backup archive at ``path`` (a regular file) and its checked members."""
    from inspector.vault.files import open_regular

    with open_regular(path) as handle:
        size = handle.seek(0, 2)
        handle.seek(0)
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, ValueError, EOFError):
            raise _damaged(path, _("it is not a Field Inspector backup file")) from None
        with archive:
            yield archive, _check_members(path, archive, size)


def read_manifest(path: Path) -> BackupManifest:
    """The manifest of a backup file, after checking the archive holds exactly what it lists."""
    try:
        with _open_archive(path) as (archive, infos):
            doc = json.loads(archive.read(infos[MANIFEST]))
            sizes = {name: infos[name].file_size for name in MEMBERS}
    except OSError as exc:
        raise InvalidInput(
            _("Cannot read {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from None
    except (zipfile.BadZipFile, ValueError, RecursionError):
        raise _damaged(path, _("it is not a Field Inspector backup file")) from None
    try:
        if doc["format"] != FORMAT:
            raise ValueError("format")
        if doc["version"] != FORMAT_VERSION:
            raise _damaged(path, _("it was written by another version of Field Inspector"))
        files = {
            name: (str(doc["files"][name]["sha256"]), int(doc["files"][name]["size"]))
            for name in MEMBERS
        }
        if any(files[name][1] != sizes[name] for name in MEMBERS):
            raise _damaged(path, _("its files are not the size its manifest gives"))
        return BackupManifest(
            vault_id=str(doc["vault_id"]),
            created_at=dt.datetime.fromisoformat(doc["created_at"]),
            schema_revision=doc.get("schema_revision"),
            files=files,
        )
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
        raise _damaged(path, _("its manifest is not one Field Inspector writes")) from None


def _extract(
    archive: zipfile.ZipFile, name: str, target: Path, expected: tuple[str, int], source: Path
) -> None:
    digest = hashlib.sha256()
    size = 0
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    out: IO[bytes]
    with os.fdopen(fd, "wb") as out, archive.open(name) as member:
        while chunk := member.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if (digest.hexdigest(), size) != expected:
        raise _damaged(
            source, _("{name} does not match the SHA-256 in its manifest").format(name=name)
        )


def check_database(path: Path, data_key: bytes) -> list[str]:
    """Every page read and checked: SQLCipher's HMAC of each page, then SQLite's structure.
    The problems found (empty when sound); SQLCipher names pages, never content."""
    from inspector.vault.engine import connect

    conn = connect(path, data_key)
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [
            str(row[0]) for row in conn.execute("PRAGMA integrity_check") if str(row[0]) != "ok"
        ]
    finally:
        conn.close()
    return problems


@dataclass(frozen=True)
class Restored:
    folder: Path
    vault_id: str
    taken_at: dt.datetime
    schema_revision: str | None
    set_aside: Path | None  # where the vault that was replaced now is


def restore_backup(
    archive_path: Path,
    folder: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    replace: bool = False,
    sleep: Callable[[float], None] = time.sleep,
) -> Restored:
    """Put the vault of a backup file in ``folder``, after checking every page of it with the
    passphrase (or the recovery key) it was made under.

    An existing vault in ``folder`` is refused unless ``replace``; then it is renamed, never
    deleted, and the new name is returned. Nothing in ``folder`` changes until every check passed.
    """
    from inspector.vault.layout import vault_exists
    from inspector.vault.leftovers import clean_restores
    from inspector.vault.lock import acquire

    manifest = read_manifest(archive_path)
    folder = folder.expanduser()
    clean_restores(folder)  # a restore cut short before this one
    if vault_exists(folder) and not replace:
        raise VaultExists(
            _(
                "A vault already exists in {folder}; nothing was changed. Restore into another "
                "folder, or add --force to replace it (it is kept, renamed)."
            ).format(folder=folder)
        )
    if folder.exists() and not vault_exists(folder) and any(folder.iterdir()):
        raise InvalidInput(
            _("{folder} is not empty and holds no vault; restore into a new folder.").format(
                folder=folder
            )
        )
    folder.parent.mkdir(parents=True, exist_ok=True)
    # Refused while the vault there is open anywhere: its writers would go on writing into the
    # vault set aside, and report success.
    lock = acquire(folder, exclusive=True) if vault_exists(folder) else None
    try:
        return _restore(archive_path, folder, manifest, passphrase, recovery_key, sleep)
    finally:
        if lock is not None:
            lock.release()


def _restore(
    archive_path: Path,
    folder: Path,
    manifest: BackupManifest,
    passphrase: str | None,
    recovery_key: str | None,
    sleep: Callable[[float], None],
) -> Restored:
    from inspector.vault.access import unwrap_data_key
    from inspector.vault.layout import vault_exists
    from inspector.vault.leftovers import (
        CHECKED_MARKER,
        mark_checked,
        set_aside_name,
        staging_marker,
    )

    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.restore-", dir=folder.parent))
    swapped = False
    try:
        with staging_marker(staging):
            try:
                with _open_archive(archive_path) as (archive, _infos):
                    for name in MEMBERS:
                        _extract(archive, name, staging / name, manifest.files[name], archive_path)
            except zipfile.BadZipFile:
                raise _damaged(archive_path, _("the archive is damaged")) from None
            key_file = keys.read_key_file(staging / keys.KEY_FILE_NAME)
            if key_file.vault_id != manifest.vault_id:
                raise _damaged(archive_path, _("its key file belongs to another vault"))
            data_key = unwrap_data_key(key_file, passphrase, recovery_key, sleep)
            if check_database(staging / DB_FILE_NAME, data_key):
                raise _damaged(archive_path, _("pages of its database do not check out"))
            revision = schema_revision(staging / DB_FILE_NAME, data_key)
            _refuse_newer(revision)
            salt = keys.database_salt_of(staging / DB_FILE_NAME)
            if key_file.database_salt != salt:  # a backup made before salts were recorded
                key_file.database_salt = salt
                keys.write_key_file(staging / keys.KEY_FILE_NAME, key_file)
            mark_checked(staging)
            set_aside = None
            if vault_exists(folder):
                set_aside = set_aside_name(folder)
                # One atomic exchange where the OS has it: the path is never without a vault.
                if _exchange(staging, folder):
                    swapped = True  # staging now holds the vault being replaced
                    os.rename(staging, set_aside)
                else:
                    os.rename(folder, set_aside)  # a crash here is settled at the next start
                    try:
                        os.rename(staging, folder)
                    except BaseException:
                        os.rename(set_aside, folder)
                        raise
                    swapped = True
            else:
                if folder.exists():
                    folder.rmdir()  # empty, checked above
                os.rename(staging, folder)
                swapped = True
            (folder / CHECKED_MARKER).unlink(missing_ok=True)
            _fsync_dir(folder.parent)
    except BaseException:
        if not swapped:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    return Restored(folder, manifest.vault_id, manifest.created_at, revision, set_aside)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one step (Linux ``renameat2`` with ``RENAME_EXCHANGE``); False where
    the OS or the file system cannot."""
    import sys

    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import errno

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _refuse_newer(revision: str | None) -> None:
    from inspector.errors import VaultTooNew
    from inspector.vault.migrate import script_directory

    if revision is None:
        return
    known = {rev.revision for rev in script_directory().walk_revisions()}
    if revision not in known:
        raise VaultTooNew(
            _(
                "This backup was made by a newer version of Field Inspector (schema {revision}). "
                "Install the newer version to restore it; nothing was changed."
            ).format(revision=revision)
        )
