"""A signed report uploaded to a running server comes back PAdES B-LT; a report the authority
cannot vouch for is not sealed, and the laptop is told why. Blob uploads through an S3 store
behave as through a folder."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from inspector.reports.certificates import SigningMaterial, create_self_signed
from inspector.reports.loops import outside_event_loop
from inspector.reports.signing import sign_pdf
from tests.server.test_sealing import _last_byte_range, _report
from tests.serverkit import (
    EnrolledDevice,
    RunningServer,
    enrol,
    fresh_postgres_database,
    seed_ministry,
    start_server,
)


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with fresh_postgres_database() as url:
        server = start_server(tmp_path_factory.mktemp("server"), url)
        try:
            seed_ministry(server, agencies=1)
            yield server
        finally:
            server.stop()


def _material(device: EnrolledDevice) -> SigningMaterial:
    certificate = x509.load_pem_x509_certificate(device.certificate_pem.encode())
    key = device.private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )  # fmt: skip
    ca = httpx.get(f"{device.server.api}/authority/ca.pem").content
    ca_der = x509.load_pem_x509_certificate(ca).public_bytes(serialization.Encoding.DER)
    return SigningMaterial(certificate.public_bytes(serialization.Encoding.DER), key, (ca_der,))


def _send_report(device: EnrolledDevice, pdf: bytes) -> str:
    inspection_id, report_id = str(uuid.uuid4()), str(uuid.uuid4())
    sha = hashlib.sha256(pdf).hexdigest()
    results = device.send(
        {"type": "inspection", "id": inspection_id, "revision": 3,
         "data": {"id": inspection_id, "status": "locked", "reference": "INS-9"}},
        {"type": "report", "id": report_id, "revision": 1,
         "data": {"id": report_id, "inspection_id": inspection_id, "sha256": sha,
                  "size": len(pdf), "language": "en", "internal": False}},
    )  # fmt: skip
    assert [r["status"] for r in results] == ["stored", "stored"]
    assert device.upload(pdf, chunk=64 * 1024)["complete"]
    return report_id


def _report_change(device: EnrolledDevice, report_id: str) -> dict[str, Any]:
    (change,) = [c for c in device.changes() if c["type"] == "report" and c["id"] == report_id]
    return dict(change["data"])


def test_an_uploaded_report_comes_back_b_lt(running: RunningServer, tmp_path: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    device = enrol(running, "asha")
    signed = sign_pdf(_report(), _material(device), reason="Inspection report")
    report_id = _send_report(device, signed)
    change = _report_change(device, report_id)
    assert change["verified"] is True and change["ltv_sha256"]
    sealed = device.get(f"/blobs/{change['ltv_sha256']}/content").content
    assert hashlib.sha256(sealed).hexdigest() == change["ltv_sha256"]
    assert sealed.startswith(signed)  # an incremental update: what the inspector signed stays

    # pyHanko, revocation checking required, nothing fetched: all of it from the file.
    ca = httpx.get(f"{running.api}/authority/ca.pem").content
    ca_der = x509.load_pem_x509_certificate(ca).public_bytes(serialization.Encoding.DER)
    reader = PdfFileReader(io.BytesIO(sealed))
    context = DocumentSecurityStore.read_dss(reader).as_validation_context(
        {"trust_roots": [asn1_x509.Certificate.load(ca_der)], "allow_fetching": False,
         "revocation_mode": "require"}
    )  # fmt: skip
    signature, stamp = reader.embedded_signatures
    status = outside_event_loop(lambda: validate_pdf_signature(signature, context))
    assert status.bottom_line and status.revoked is False, status.pretty_print_details()
    assert stamp.sig_object_type == "/DocTimeStamp"

    # openssl checks the timestamp token against the server's TSA certificate.
    from inspector.server.sealing import timestamp_token_of

    tsa = httpx.get(f"{running.api}/authority/tsa.pem").content
    (tmp_path / "chain.pem").write_bytes(ca + tsa)
    (tmp_path / "token.der").write_bytes(timestamp_token_of(sealed))
    (tmp_path / "covered.bin").write_bytes(_last_byte_range(sealed))
    done = subprocess.run(
        ["openssl", "ts", "-verify", "-in", str(tmp_path / "token.der"), "-token_in",
         "-data", str(tmp_path / "covered.bin"), "-CAfile", str(tmp_path / "chain.pem")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "Verification: OK" in done.stdout, done.stdout + done.stderr


def test_a_report_the_authority_cannot_vouch_for_is_not_sealed(running: RunningServer) -> None:
    device = enrol(running, "asha")
    forged = sign_pdf(_report(), create_self_signed("Someone"), reason="Inspection report")
    report_id = _send_report(device, forged)
    change = _report_change(device, report_id)
    assert change["verified"] is False and not change["ltv_sha256"]
    assert "authority" in change["problem"] or "issued" in change["problem"]


@pytest.fixture
def s3_server_process(tmp_path: Path, s3_bucket: Any, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret")  # moto takes any
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    with fresh_postgres_database() as url:
        server = start_server(
            tmp_path / "server", url, blob_store=s3_bucket.server.spec(s3_bucket.name, "blobs")
        )
        try:
            seed_ministry(server, agencies=1)
            yield server
        finally:
            server.stop()


def test_blob_uploads_through_an_s3_store_check_hashes_and_resume(s3_server_process) -> None:
    device = enrol(s3_server_process, "asha")
    data = os.urandom(200_000)
    sha = hashlib.sha256(data).hexdigest()
    wrong = device.put(f"/blobs/{hashlib.sha256(b'x').hexdigest()}",
                       params={"offset": 0, "size": 1000}, content=data[:1000])  # fmt: skip
    assert wrong.status_code == 422 and wrong.json()["error"] == "hash_mismatch"
    part = device.put(f"/blobs/{sha}", params={"offset": 0, "size": len(data)},
                      content=data[:70_000])  # fmt: skip
    assert part.json()["received"] == 70_000
    # The connection broke; the server process restarts; the laptop resumes where it says.
    s3_server_process.stop(kill=True)
    s3_server_process.restart()
    assert device.get(f"/blobs/{sha}").json()["received"] == 70_000
    again = device.put(f"/blobs/{sha}", params={"offset": 0, "size": len(data)}, content=data[:5])
    assert again.status_code == 409 and again.json()["received"] == 70_000
    done = device.put(f"/blobs/{sha}", params={"offset": 70_000, "size": len(data)},
                      content=data[70_000:])  # fmt: skip
    assert done.json()["complete"] is True
    assert device.get(f"/blobs/{sha}/content").content == data
