"""Bounds on zip archives (XLSX workbooks, evidence packages) before anything unpacks them.

A zip member can expand a thousandfold: a 2 MB workbook can hold gigabytes of XML, which a
spreadsheet reader then holds in memory. Each kind of archive gets bounds from what Field
Inspector itself writes or uses (with room to spare): how many members, how large each one and
all of them are once unpacked, and how much a large member may expand. A file past a bound is
refused before it is read, and the message names the bound.

The declared sizes are what ``zipfile`` holds a member to when it unpacks it (it stops at the
declared size and checks the CRC), so bounding them bounds the work.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from inspector.errors import InvalidInput
from inspector.i18n import _

MB = 1024 * 1024
_SMALL_MEMBER = 1 * MB  # the ratio bound applies only above this size


@dataclass(frozen=True)
class ZipBounds:
    what: str  # for messages: "workbook", "evidence package"
    max_file: int  # the archive itself
    max_members: int
    max_member: int  # one member, unpacked
    max_total: int  # all members, unpacked
    max_ratio: int  # unpacked / packed, for members over 1 MB


# An agency registry of 250,000 rows is about 60 MB of sheet XML; shared strings stay smaller.
REGISTRY_WORKBOOK = ZipBounds("workbook", 100 * MB, 1_000, 160 * MB, 200 * MB, 200)
# An XLSForm of 2,000 questions in 5 languages is under 2 MB of XML; the reader holds it all.
XLSFORM_WORKBOOK = ZipBounds("workbook", 16 * MB, 500, 8 * MB, 12 * MB, 200)
# Attachments are at most 200 MB each; PDFs and photos hardly compress.
EVIDENCE_PACKAGE = ZipBounds("evidence package", 16 * 1024 * MB, 10_000, 256 * MB, 16 * 1024 * MB,
                             100)  # fmt: skip
# Rows and columns a registry or checklist sheet may have.
MAX_SHEET_ROWS = 250_000
MAX_SHEET_COLUMNS = 200
MAX_XLSFORM_ROWS = 20_000


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB else _("{n} bytes").format(n=size)


def refuse(path: Path | str, bound: str) -> InvalidInput:
    return InvalidInput(
        _("{path} was refused before it was read: {bound}.").format(path=path, bound=bound)
    )


def check_archive(archive: zipfile.ZipFile, size: int, path: Path | str, bounds: ZipBounds) -> None:
    """Raise ``InvalidInput`` naming the bound an archive of ``size`` bytes passes."""
    if size > bounds.max_file:
        bound = _("the {what} is {size}; Field Inspector reads at most {limit}")
        raise refuse(
            path, bound.format(what=bounds.what, size=_mb(size), limit=_mb(bounds.max_file))
        )
    infos = archive.infolist()
    if len(infos) > bounds.max_members:
        bound = _("it holds {n} files; a {what} has at most {limit}")
        raise refuse(path, bound.format(n=len(infos), what=bounds.what, limit=bounds.max_members))
    total = 0
    for info in infos:
        name = info.filename
        if info.file_size > bounds.max_member:
            bound = _("{name} unpacks to {size}; at most {limit} is read")
            limit = _mb(bounds.max_member)
            raise refuse(path, bound.format(name=name, size=_mb(info.file_size), limit=limit))
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _SMALL_MEMBER and ratio > bounds.max_ratio:
            bound = _(
                "{name} expands {ratio:.0f} times when unpacked; at most {limit} times is "
                "accepted (a zip bomb)"
            )
            raise refuse(path, bound.format(name=name, ratio=ratio, limit=bounds.max_ratio))
        total += info.file_size
    if total > bounds.max_total:
        bound = _("its files unpack to {size}; at most {limit} is read")
        raise refuse(path, bound.format(size=_mb(total), limit=_mb(bounds.max_total)))


def check_zip_file(path: Path, bounds: ZipBounds) -> None:
    """Check the zip archive at ``path`` (a regular file) against ``bounds``; a file that is not
    a zip archive passes (the reader then says what it is not)."""
    from inspector.vault.files import open_regular

    with open_regular(path) as handle:
        size = handle.seek(0, 2)
        handle.seek(0)
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            return
        with archive:
            check_archive(archive, size, path, bounds)
