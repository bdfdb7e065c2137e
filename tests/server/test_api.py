"""The sync API as laptops meet it, against a real server process, on PostgreSQL and on SQLite."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.serverkit import (
    EnrolledDevice,
    Ministry,
    RunningServer,
    enrol,
    enrolment_code,
    fresh_postgres_database,
    make_csr,
    seed_ministry,
    start_server,
)


@pytest.fixture(scope="module", params=["postgresql", "sqlite"])
def running(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[RunningServer, Ministry]]:
    folder = tmp_path_factory.mktemp("server")
    if request.param == "postgresql":
        with fresh_postgres_database() as url:
            server = start_server(folder, url)
            try:
                yield server, seed_ministry(server)
            finally:
                server.stop()
    else:
        server = start_server(folder)
        try:
            yield server, seed_ministry(server)
        finally:
            server.stop()


@pytest.fixture(scope="module")
def asha(running: tuple[RunningServer, Ministry]) -> EnrolledDevice:
    server, ministry = running
    return enrol(server, ministry.inspector)


@pytest.fixture(scope="module")
def bikram(running: tuple[RunningServer, Ministry]) -> EnrolledDevice:
    server, ministry = running
    return enrol(server, ministry.other_inspector)


def inspection(agency_id: str | None = None, **data: Any) -> dict[str, Any]:
    record_id = str(uuid.uuid4())
    return {
        "type": "inspection",
        "id": record_id,
        "revision": 1,
        "base_revision": None,
        "data": {"id": record_id, "revision": 1, "status": "draft", "reference": "INS-1",
                 "agency_id": agency_id, **data},
    }  # fmt: skip


def child(kind: str, parent: dict[str, Any], **data: Any) -> dict[str, Any]:
    record_id = str(uuid.uuid4())
    return {
        "type": kind,
        "id": record_id,
        "revision": 1,
        "base_revision": None,
        "data": {"id": record_id, "revision": 1, "inspection_id": parent["id"], **data},
    }


def revised(record: dict[str, Any], base: int | None, **data: Any) -> dict[str, Any]:
    revision = record["revision"] + 1
    return {
        **record,
        "revision": revision,
        "base_revision": base,
        "data": {**record["data"], "revision": revision, **data},
    }


def agencies_of(device: EnrolledDevice) -> dict[str, str]:
    return {
        change["data"]["licence_number"]: change["id"]
        for change in device.changes()
        if change["type"] == "agency"
    }


def stored_records(server: RunningServer, kind: str, record_id: str) -> list[Any]:
    from sqlalchemy import select

    from inspector.server.tables import Record

    return server.admin(
        lambda s: [
            (r.revision, r.data)
            for r in s.scalars(
                select(Record).where(Record.type == kind, Record.id == uuid.UUID(record_id))
            )
        ]
    )


# --- idempotence, conflicts, one bad record ---


def test_the_same_upload_twice_stores_one_copy(running, asha: EnrolledDevice) -> None:
    server, _ministry = running
    record = inspection()
    answer = child("answer", record, question_path="s01.fees", value="yes")
    first = asha.send(record, answer)
    second = asha.send(record, answer)
    assert [r["status"] for r in first] == ["stored", "stored"]
    assert [r["status"] for r in second] == ["duplicate", "duplicate"]
    assert len(stored_records(server, "inspection", record["id"])) == 1
    assert len(stored_records(server, "answer", answer["id"])) == 1


def test_a_stale_revision_gets_a_conflict_and_both_versions_are_kept(
    running, asha: EnrolledDevice
) -> None:
    server, ministry = running
    record = inspection(notes="first")
    assert asha.send(record)[0]["status"] == "stored"
    # A second laptop restored from the same backup, enrolled on its own, edits the same record.
    twin = enrol(server, ministry.inspector, vault_id=asha.vault_id)
    assert twin.device_id != asha.device_id
    assert twin.send(revised(record, base=1, notes="the twin's"))[0]["status"] == "stored"
    mine = revised(record, base=1, notes="mine, on a stale base")
    (result,) = asha.send(mine)
    assert result["status"] == "conflict"
    assert "revision 2" in result["reason"]
    # The server's version stays; the stale one is kept beside it for a person.
    ((_revision, data),) = stored_records(server, "inspection", record["id"])
    assert data["notes"] == "the twin's"
    # The laptop can show the server's version beside its own.
    shown = asha.get(f"/records/inspection/{record['id']}").json()
    assert shown["revision"] == 2 and shown["data"]["notes"] == "the twin's"
    from sqlalchemy import select

    from inspector.server.tables import Conflict

    kept = server.admin(
        lambda s: [
            c.data["notes"]
            for c in s.scalars(
                select(Conflict).where(Conflict.record_id == uuid.UUID(record["id"]))
            )
        ]
    )
    assert kept == ["mine, on a stale base"]


def test_a_locked_inspection_never_conflicts(running, asha: EnrolledDevice) -> None:
    server, ministry = running
    record = inspection(notes="draft")
    asha.send(record)
    twin = enrol(server, ministry.inspector, vault_id=asha.vault_id)
    twin.send(revised(record, base=1, notes="twin edit"))
    locked = revised(record, base=1, status="locked", notes="final")
    assert asha.send(locked)[0]["status"] == "stored"
    ((_revision, data),) = stored_records(server, "inspection", record["id"])
    assert data["status"] == "locked" and data["notes"] == "final"
    # Later edits of a locked inspection are refused: changes are amendments.
    (late,) = twin.send(revised(revised(record, base=2), base=2, notes="after lock"))
    assert late["status"] == "refused" and "locked" in late["reason"]


def test_a_batch_with_one_bad_record_stores_the_others_and_names_the_bad_one(
    running, asha: EnrolledDevice
) -> None:
    server, _ministry = running
    record = inspection()
    good = child("finding", record, severity="major", title="Fees charged")
    orphan = child("answer", {"id": str(uuid.uuid4())}, question_path="x", value=1)
    nul = child("answer", record, question_path="y", value="a\x00b")
    results = asha.send(record, orphan, good, nul, {"type": "answer", "id": "not-a-uuid"})
    assert [r["status"] for r in results] == ["stored", "refused", "stored", "refused", "refused"]
    assert "has not arrived" in results[1]["reason"]
    assert "NUL" in results[3]["reason"]
    assert results[4]["id"] == "not-a-uuid" and "UUID" in results[4]["reason"]
    assert stored_records(server, "finding", good["id"])


# --- enrolment and revocation ---


def test_an_expired_or_reused_enrolment_code_is_refused(running) -> None:
    server, ministry = running
    _key, csr = make_csr()
    code = enrolment_code(server, ministry.inspector)
    body = {"code": code, "csr_pem": csr, "device_name": "x", "vault_id": "v"}
    assert httpx.post(f"{server.api}/enroll", json=body).status_code == 200
    again = httpx.post(f"{server.api}/enroll", json=body)
    assert again.status_code == 400 and again.json()["error"] == "bad_code"
    expired = enrolment_code(server, ministry.inspector, days=1 / 86400)  # one second
    import time

    time.sleep(1.5)
    answer = httpx.post(f"{server.api}/enroll", json={**body, "code": expired})
    assert answer.status_code == 400 and "expired" in answer.json()["message"]
    bad_csr = httpx.post(
        f"{server.api}/enroll",
        json={**body, "code": enrolment_code(server, ministry.inspector), "csr_pem": "junk"},
    )
    assert bad_csr.status_code == 400 and bad_csr.json()["error"] == "bad_csr"


def test_a_revoked_device_is_refused_on_its_next_request_and_listed_in_the_crl(running) -> None:
    from cryptography import x509

    from inspector.server.admin import revoke_device

    server, ministry = running
    device = enrol(server, ministry.inspector)
    assert device.get("/changes").status_code == 200
    server.admin(lambda s: revoke_device(s, device.device_id, reason="lost in transit"))
    refused = device.get("/changes")
    assert refused.status_code == 403 and refused.json()["error"] == "revoked"
    assert device.post("/records", json={"records": []}).status_code == 403
    serial = x509.load_pem_x509_certificate(device.certificate_pem.encode()).serial_number
    crl = x509.load_der_x509_crl(httpx.get(f"{server.api}/authority/crl.der").content)
    assert crl.get_revoked_certificate_by_serial_number(serial) is not None


def test_a_credential_that_is_wrong_or_missing_is_refused(running, asha: EnrolledDevice) -> None:
    server, _ministry = running
    assert httpx.get(f"{server.api}/changes").status_code == 401
    forged = asha.credential[:-4] + "AAAA"
    answer = httpx.get(f"{server.api}/changes", headers={"Authorization": f"Bearer {forged}"})
    assert answer.status_code == 401 and answer.json()["error"] == "unauthenticated"


# --- referral of complaints ---


def test_a_complaint_from_a_consular_post_reaches_the_agencys_jurisdiction_only(
    running, asha: EnrolledDevice, bikram: EnrolledDevice
) -> None:
    server, ministry = running
    leila = enrol(server, ministry.consular)
    agency_id = agencies_of(asha)[f"{ministry.home}-0001"]
    complaint_id = str(uuid.uuid4())
    complaint = {
        "type": "complaint", "id": complaint_id, "revision": 1, "base_revision": None,
        "data": {"id": complaint_id, "revision": 1, "reference": "CMP-1",
                 "complainant_code": "W-7Q2", "agency_id": agency_id,
                 "summary": "He kept my passport.", "consent_to_share": False,
                 "allegations": ["S05"]},
    }  # fmt: skip
    assert leila.send(complaint)[0]["status"] == "stored"
    seen_by_asha = [c for c in asha.changes() if c["type"] == "complaint"]
    assert [c["id"] for c in seen_by_asha] == [complaint_id]
    assert "complainant_code" not in seen_by_asha[0]["data"]
    assert seen_by_asha[0]["data"]["summary"] == ""  # no consent to share the account
    assert seen_by_asha[0]["data"]["allegations"] == ["S05"]
    assert not [c for c in bikram.changes() if c["type"] == "complaint"]


# --- blobs ---


def test_a_blob_that_does_not_match_its_hash_is_refused(running, asha: EnrolledDevice) -> None:
    data = os.urandom(5000)
    claimed = hashlib.sha256(b"something else").hexdigest()
    answer = asha.put(f"/blobs/{claimed}", params={"offset": 0, "size": 5000}, content=data)
    assert answer.status_code == 422 and answer.json()["error"] == "hash_mismatch"
    assert asha.get(f"/blobs/{claimed}").status_code == 404


def test_an_interrupted_upload_resumes_from_the_offset_the_server_reports(
    running, asha: EnrolledDevice
) -> None:
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    first = asha.put(f"/blobs/{sha}", params={"offset": 0, "size": len(data)},
                     content=data[:100_000])  # fmt: skip
    assert first.json()["received"] == 100_000
    # The connection broke: the laptop asks where to resume, and a resend of old bytes is told.
    assert asha.get(f"/blobs/{sha}").json()["received"] == 100_000
    stale = asha.put(f"/blobs/{sha}", params={"offset": 0, "size": len(data)}, content=data[:10])
    assert stale.status_code == 409 and stale.json()["received"] == 100_000
    done = asha.put(f"/blobs/{sha}", params={"offset": 100_000, "size": len(data)},
                    content=data[100_000:])  # fmt: skip
    assert done.json()["complete"] is True
    assert asha.get(f"/blobs/{sha}/content").content == data


def test_limits_are_advertised_and_honoured(running, asha: EnrolledDevice) -> None:
    server, _ministry = running
    hello = httpx.get(f"{server.api}/hello").json()
    assert hello["chunk_size"] > 0 and hello["max_body_bytes"] >= hello["chunk_size"]
    too_big = asha.put(
        f"/blobs/{'0' * 64}",
        params={"offset": 0, "size": hello["chunk_size"] + 2},
        content=b"x" * (hello["chunk_size"] + 1),
    )
    assert too_big.status_code == 413 and too_big.json()["error"] == "too_large"
    batch = [inspection() for _ in range(hello["max_batch_records"] + 1)]
    answer = asha.post("/records", json={"records": batch})
    assert answer.status_code == 413
    import gzip
    import json

    record = inspection()
    packed = asha.post(
        "/records",
        content=gzip.compress(json.dumps({"records": [record]}).encode()),
        headers={**asha.headers, "Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    assert packed.json()["results"][0]["status"] == "stored"
    old = httpx.get(f"{server.api}/hello", headers={"X-Inspector-Api": "0"})
    assert old.status_code == 426 and old.json()["error"] == "client_too_old"


# --- the audit trail's head ---


def _audit_events(count: int, start_hash: str = "0" * 64) -> list[dict[str, Any]]:
    import datetime as dt

    from inspector.vault.audit import event_hash

    events, previous = [], start_hash
    for seq in range(1, count + 1):
        event_id = uuid.uuid4()
        at = dt.datetime.now(dt.UTC)
        fields = {"seq": seq, "at": at.isoformat(), "actor": "Asha", "action": "answer.record",
                  "entity_type": "answer", "entity_id": str(uuid.uuid4()),
                  "inspection_id": None, "details": {}, "prev_hash": previous}  # fmt: skip
        digest = event_hash(
            seq=seq, event_id=event_id, at=at, actor="Asha", action="answer.record",
            entity_type="answer", entity_id=fields["entity_id"], inspection_id=None,
            details={}, prev_hash=previous,
        )  # fmt: skip
        events.append({"type": "audit_event", "id": str(event_id), "revision": 1,
                       "data": {**fields, "id": str(event_id), "hash": digest}})  # fmt: skip
        previous = digest
    return events


def _signed_head(device: EnrolledDevice, seq: int, digest: str) -> dict[str, Any]:
    import base64
    import datetime as dt

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    message = f"{device.vault_id}:{seq}:{digest}".encode()
    signature = device.private_key.sign(message, ec.ECDSA(hashes.SHA256()))
    return {"seq": seq, "hash": digest, "signed_at": dt.datetime.now(dt.UTC).isoformat(),
            "signature": base64.b64encode(signature).decode()}  # fmt: skip


def test_a_history_rewritten_on_the_laptop_is_detected(running) -> None:
    server, ministry = running
    device = enrol(server, ministry.inspector)
    events = _audit_events(4)
    assert [r["status"] for r in device.send(*events)] == ["stored"] * 4
    head = events[-1]["data"]
    assert device.post("/audit-head", json=_signed_head(device, 4, head["hash"])).status_code == 200
    # An edited event 3 re-hashed with everything after it: the server holds the old ones.
    rewritten = _audit_events(5)
    answers = device.send(*rewritten[2:])
    assert answers[0]["status"] == "refused" and "rewritten" in answers[0]["reason"]
    lie = device.post("/audit-head", json=_signed_head(device, 4, rewritten[3]["data"]["hash"]))
    assert lie.status_code == 409 and lie.json()["error"] == "history_rewritten"
    forged = _signed_head(device, 4, head["hash"])
    forged["signature"] = forged["signature"][:-8] + "AAAAAAA="
    assert device.post("/audit-head", json=forged).status_code == 422
    # A tampered event (its hash no longer covers its content) is refused.
    tampered = _audit_events(1)[0]
    tampered["data"]["actor"] = "Someone else"
    other = enrol(server, ministry.inspector)
    assert other.send(tampered)[0]["status"] == "refused"


# --- every route, with a foreign credential ---


PUBLIC = {
    ("get", "/api/v1/hello"): "the server's name, limits and CA fingerprint",
    ("get", "/api/v1/authority/ca.pem"): "the CA certificate agencies trust",
    ("get", "/api/v1/authority/tsa.pem"): "the timestamping certificate",
    ("get", "/api/v1/authority/crl.der"): "the revocation list agencies check",
    ("post", "/api/v1/enroll"): "takes a one-time code instead of a credential",
}


def test_every_route_refuses_a_foreign_credential(running, asha, bikram) -> None:
    """Bikram (Koshi) tries every route of the OpenAPI document on Asha's (Bagmati) data."""
    server, ministry = running
    record = inspection()
    secret_text = "Asha's own draft"
    record["data"]["notes"] = secret_text
    asha.send(record)
    data = os.urandom(2000)
    sha = hashlib.sha256(data).hexdigest()
    asha.upload(data)
    from inspector.server.admin import assign

    server.admin(lambda s: assign(s, ministry.inspector, f"{ministry.home}-0002"))
    events = _audit_events(2)
    asha_head_before = stored_audit_head(server, asha)

    def records() -> None:
        takeover = revised(record, base=1, notes="Bikram's")
        answer = child("answer", record, question_path="q", value="no")
        results = bikram.send(takeover, answer)
        assert [r["status"] for r in results] == ["refused", "refused"]
        assert all("another jurisdiction" in r["reason"] for r in results)
        ((_revision, stored),) = stored_records(server, "inspection", record["id"])
        assert stored["notes"] == secret_text

    def changes() -> None:
        seen = bikram.changes()
        mine = agencies_of(asha)
        assert not {c["id"] for c in seen} & set(mine.values())
        assert not [c for c in seen if c["type"] == "assignment"]
        assert secret_text not in str(seen)

    def blob_status() -> None:
        answer = bikram.get(f"/blobs/{sha}")
        assert answer.status_code == 404

    def blob_upload() -> None:
        # Claiming Asha's file without its bytes fails, and gives no access.
        answer = bikram.put(f"/blobs/{sha}", params={"offset": 0, "size": 2000},
                            content=os.urandom(2000))  # fmt: skip
        assert answer.status_code == 422
        assert bikram.get(f"/blobs/{sha}/content").status_code == 404

    def blob_content() -> None:
        answer = bikram.get(f"/blobs/{sha}/content")
        assert answer.status_code == 404 and data not in answer.content

    def audit_head() -> None:
        bikram.send(*events)
        head = _signed_head(bikram, 2, events[-1]["data"]["hash"])
        assert bikram.post("/audit-head", json=head).status_code == 200
        assert stored_audit_head(server, asha) == asha_head_before
        # A head signed by someone else's key does not pass for this device's.
        stolen = _signed_head(asha, 2, events[-1]["data"]["hash"])
        assert bikram.post("/audit-head", json=stolen).status_code == 422

    def server_record() -> None:
        assert asha.get(f"/records/inspection/{record['id']}").json()["data"]["notes"] == (
            secret_text
        )
        answer = bikram.get(f"/records/inspection/{record['id']}")
        assert answer.status_code == 404 and secret_text not in answer.text

    cases = {
        ("post", "/api/v1/records"): records,
        ("get", "/api/v1/records/{kind}/{record_id}"): server_record,
        ("get", "/api/v1/changes"): changes,
        ("get", "/api/v1/blobs/{sha256}"): blob_status,
        ("put", "/api/v1/blobs/{sha256}"): blob_upload,
        ("get", "/api/v1/blobs/{sha256}/content"): blob_content,
        ("post", "/api/v1/audit-head"): audit_head,
    }
    document = httpx.get(f"{server.api}/openapi.json").json()
    routes = {(method, path) for path, item in document["paths"].items() for method in item}
    # A route added without a case here (or a public one) fails this test.
    assert routes == set(cases) | set(PUBLIC)
    for route in sorted(cases):
        cases[route]()


def stored_audit_head(server: RunningServer, device: EnrolledDevice) -> tuple[int, str]:
    from inspector.server.tables import Device

    return server.admin(
        lambda s: (lambda d: (d.audit_signed_seq, d.audit_signed_hash))(
            s.get(Device, uuid.UUID(device.device_id))
        )
    )


def test_the_trial_server_starts_with_a_demo_ministry(tmp_path: Path) -> None:
    """The README's trial command: a SQLite file in the data folder, a demo ministry, codes."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "inspector.server.cli", "demo", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Enrolment code for asha:" in done.stdout
    assert (tmp_path / "server.db").stat().st_mode & 0o077 == 0
    again = subprocess.run(
        [sys.executable, "-m", "inspector.server.cli", "demo", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert again.returncode == 0 and "already there" in again.stdout
