"""Evidence packages: a zip with the signed report, the inspection's attachments, the signer's
certificate and a manifest, which anyone can check without the vault.

The manifest (``manifest.json``) lists every file with its SHA-256 and size, and gives the
inspection's audit chain head and the report's signer. It is itself signed with the key that
signed the report (``manifest.json.sig``, RSA PKCS#1 v1.5 or ECDSA, SHA-256), so a file changed
together with its line in the manifest is caught too. Checking a package means: every listed
file present and unchanged, no file that is not listed, the manifest signature made by the key of
``certificate.pem``, that certificate the one that signed the PDF, and the PDF's signature intact
(and trusted, given the reader's trust roots).
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
import stat
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from inspector.i18n import _
from inspector.reports.certificates import SigningMaterial
from inspector.reports.verify import Verification, verify_pdf

FORMAT = "field-inspector-evidence-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.sig"
CERTIFICATE = "certificate.pem"
REPORT = "report.pdf"
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_REPORT_BYTES = 64 * 1024 * 1024  # read into memory to check its signature
CHUNK = 1024 * 1024


def sign_manifest(material: SigningMaterial, manifest: bytes) -> tuple[str, bytes]:
    """The algorithm's name and the signature of ``manifest`` with the signer's key."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

    key = serialization.load_der_private_key(material.private_key, password=None)
    if isinstance(key, rsa.RSAPrivateKey):
        return "RSA-PKCS1v15-SHA256", key.sign(manifest, padding.PKCS1v15(), hashes.SHA256())
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return "ECDSA-SHA256", key.sign(manifest, ec.ECDSA(hashes.SHA256()))
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "Ed25519", key.sign(manifest)
    raise ValueError("unsupported signing key")


def _signature_valid(certificate_der: bytes, manifest: bytes, signature: bytes) -> bool:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

    try:
        public = x509.load_der_x509_certificate(certificate_der).public_key()
        if isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, manifest, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, manifest, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public, ed25519.Ed25519PublicKey):
            public.verify(signature, manifest)
        else:
            return False
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def signature_file(algorithm: str, signature: bytes) -> bytes:
    return json.dumps(
        {"algorithm": algorithm, "signature": base64.b64encode(signature).decode("ascii")},
        indent=2,
    ).encode("ascii")


# --- checking -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileCheck:
    path: str
    status: str  # "ok", "altered", "missing", "extra", "twice"


@dataclass
class PackageCheck:
    files: list[FileCheck] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)
    manifest_signed: bool = False  # the manifest signature checks out with certificate.pem
    signer_subject: str = ""
    report: Verification | None = None

    @property
    def intact(self) -> bool:
        return (
            not self.problems
            and self.manifest_signed
            and all(f.status == "ok" for f in self.files)
            and self.report is not None
            and self.report.intact
        )

    @property
    def trusted(self) -> bool:
        return self.intact and self.report is not None and self.report.trusted


def is_package(path: Path) -> bool:
    """Whether ``path`` is a zip holding a package manifest (a PDF is not). Only a regular file
    is opened: a device or a pipe is not a package (and is refused when read as a PDF)."""
    try:
        with _open_regular(path) as handle, zipfile.ZipFile(handle) as archive:
            return MANIFEST in archive.namelist()
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return False


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file: a FIFO is not waited on and a
    device such as /dev/zero is not read (``OSError`` otherwise)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if os.name == "posix":
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _digest(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with archive.open(info) as member:
        while chunk := member.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _certificates(pem: bytes) -> list[bytes]:
    from asn1crypto import pem as armor

    if not armor.detect(pem):
        return []
    return [der for kind, _h, der in armor.unarmor(pem, multiple=True) if kind == "CERTIFICATE"]


def verify_package(path: Path, trust_roots: list[bytes] | None = None) -> PackageCheck:
    """Check an evidence package (see the module's docstring). Nothing is extracted to disk."""
    from inspector.checklists.xlsform.bounds import EVIDENCE_PACKAGE, check_archive
    from inspector.errors import InvalidInput

    check = PackageCheck()
    try:
        handle = _open_regular(path)
    except OSError as exc:
        check.problems.append(
            _("Cannot read {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
        )
        return check
    with handle:
        size = handle.seek(0, 2)
        handle.seek(0)
        try:
            archive = zipfile.ZipFile(handle)
            check_archive(archive, size, path, EVIDENCE_PACKAGE)
        except (OSError, zipfile.BadZipFile, ValueError, EOFError):
            check.problems.append(_("The file is not a readable zip archive."))
            return check
        except InvalidInput as exc:
            check.problems.append(str(exc))
            return check
        with archive:
            _check_contents(archive, check, trust_roots)
    return check


def _entries(manifest: Any) -> dict[str, dict[str, Any]]:
    """The files a manifest lists, by path; ``ValueError`` when it is not shaped as ours."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ValueError("format")
    files = manifest.get("files")
    if not isinstance(files, list) or not all(
        isinstance(entry, dict) and isinstance(entry.get("path"), str) for entry in files
    ):
        raise ValueError("files")
    for key in ("report", "audit", "certificate", "signature"):
        if not isinstance(manifest.get(key, {}), dict):
            raise ValueError(key)
    return {entry["path"]: entry for entry in files}


def _check_contents(
    archive: zipfile.ZipFile, check: PackageCheck, trust_roots: list[bytes] | None
) -> None:
    infos = {info.filename: info for info in archive.infolist()}
    for name, count in Counter(i.filename for i in archive.infolist()).items():
        if count > 1:
            check.files.append(FileCheck(name, "twice"))
    try:
        manifest_bytes = _read(archive, infos, MANIFEST, MAX_MANIFEST_BYTES)
        manifest = json.loads(manifest_bytes)
        listed = _entries(manifest)
    except (KeyError, ValueError, TypeError, RecursionError, zipfile.BadZipFile):
        check.problems.append(_("The package has no readable manifest.json."))
        return
    check.manifest = manifest
    certificate = _first_certificate(archive, infos, check)
    _check_manifest_signature(archive, infos, manifest_bytes, certificate, check)
    expected_signer = str(manifest.get("report", {}).get("signer_fingerprint", ""))
    if certificate is not None and hashlib.sha256(certificate).hexdigest() != expected_signer:
        check.problems.append(
            _("certificate.pem is not the certificate the manifest names as the signer.")
        )
    for name, entry in listed.items():
        info = infos.get(name)
        if info is None:
            check.files.append(FileCheck(name, "missing"))
            continue
        try:
            digest, size = _digest(archive, info)
        except zipfile.BadZipFile:
            check.files.append(FileCheck(name, "altered"))
            continue
        same = digest == entry.get("sha256") and size == entry.get("size")
        check.files.append(FileCheck(name, "ok" if same else "altered"))
    for name in infos:
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            check.files.append(FileCheck(name, "extra"))
    report_name = str(manifest.get("report", {}).get("file", REPORT))
    if report_name in infos and infos[report_name].file_size > MAX_REPORT_BYTES:
        check.problems.append(
            _("The report in the package is larger than {limit} MB; it was not read.").format(
                limit=MAX_REPORT_BYTES // (1024 * 1024)
            )
        )
    elif report_name in infos:
        content = archive.read(infos[report_name])
        check.report = verify_pdf(content, trust_roots)
        signed_by = {s.signer_fingerprint for s in check.report.signatures}
        if certificate is not None and signed_by != {hashlib.sha256(certificate).hexdigest()}:
            check.problems.append(
                _("The report was not signed with the certificate in the package.")
            )


def _read(
    archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], name: str, limit: int
) -> bytes:
    info = infos[name]
    if info.file_size > limit:
        raise ValueError("too large")
    return archive.read(info)


def _first_certificate(
    archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], check: PackageCheck
) -> bytes | None:
    try:
        found = _certificates(_read(archive, infos, CERTIFICATE, 1024 * 1024))
    except (KeyError, ValueError, zipfile.BadZipFile):
        found = []
    if not found:
        check.problems.append(_("The package holds no readable certificate.pem."))
        return None
    from inspector.reports.certificates import describe

    try:
        check.signer_subject = describe(found[0]).subject
    except ValueError:
        check.problems.append(_("The package holds no readable certificate.pem."))
        return None
    return found[0]


def _check_manifest_signature(
    archive: zipfile.ZipFile,
    infos: dict[str, zipfile.ZipInfo],
    manifest: bytes,
    certificate: bytes | None,
    check: PackageCheck,
) -> None:
    try:
        doc = json.loads(_read(archive, infos, SIGNATURE, 64 * 1024))
        signature = base64.b64decode(doc["signature"], validate=True)
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile):
        check.problems.append(_("The manifest signature (manifest.json.sig) is missing."))
        return
    if certificate is None:
        return
    check.manifest_signed = _signature_valid(certificate, manifest, signature)
    if not check.manifest_signed:
        check.problems.append(
            _("manifest.json was changed after it was signed, or signed with another key.")
        )
