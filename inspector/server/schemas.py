"""The bodies of the sync API (docs/sync-protocol.md), as the OpenAPI document shows them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    error: str
    message: str
    received: int | None = None


class Hello(BaseModel):
    api_version: int
    min_client_api: int
    max_body_bytes: int
    chunk_size: int
    max_batch_records: int
    server_time: dt.datetime
    ca_fingerprint: str
    name: str
    max_days_offline: int | None = None  # the ministry requires a sync every N days (None: off)


class EnrolRequest(BaseModel):
    code: str = Field(max_length=64)
    csr_pem: str = Field(max_length=20_000)
    device_name: str = Field(default="", max_length=200)
    vault_id: str = Field(default="", max_length=64)


class EnrolledAccount(BaseModel):
    name: str
    role: str
    jurisdiction: str
    jurisdiction_name: str
    authority: str


class Enrolled(BaseModel):
    device_id: uuid.UUID
    credential: str
    certificate_pem: str
    chain_pem: list[str]
    account: EnrolledAccount
    ca_fingerprint: str


class RecordBatch(BaseModel):
    records: list[Any] = Field(max_length=10_000)


class RecordResult(BaseModel):
    type: str
    id: str
    status: str
    revision: int | None = None
    reason: str | None = None


class BatchResult(BaseModel):
    results: list[RecordResult]
    server_time: dt.datetime


class ChangeOut(BaseModel):
    seq: int
    type: str
    id: str
    data: dict[str, Any]


class ChangePage(BaseModel):
    changes: list[ChangeOut]
    cursor: int
    more: bool


class BlobStatus(BaseModel):
    sha256: str
    size: int
    received: int
    complete: bool


class AuditHead(BaseModel):
    seq: int = Field(ge=0, le=2**62)
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    signed_at: dt.datetime
    signature: str = Field(max_length=2000)


class AuditHeadResult(BaseModel):
    status: str


class ServerRecord(BaseModel):
    type: str
    id: uuid.UUID
    revision: int
    deleted: bool
    data: dict[str, Any]
    updated_at: dt.datetime
