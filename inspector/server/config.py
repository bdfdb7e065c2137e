"""What a server process is told at start: its data folder, database, blob store and limits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

API_VERSION = 1
MIN_CLIENT_API = 1


@dataclass(frozen=True)
class ServerConfig:
    data_dir: Path
    db_url: str | None = None  # None: SQLite in data_dir
    blob_store: str = ""  # "" : a folder in data_dir; or s3://bucket/prefix?endpoint=...
    name: str = "Ministry of Labour"
    public_url: str = ""  # how laptops and agencies reach this server (for the CRL address)
    max_body_bytes: int = 8 * 1024 * 1024
    chunk_size: int = 1024 * 1024
    max_batch_records: int = 500
    max_changes_per_page: int = 1000
    rate_per_second: float = 50.0  # per device, per process; bursts of rate_burst
    rate_burst: int = 200
    enrolment_code_days: int = 7
    max_days_offline: int | None = None  # laptops must sync every N days; None: no such rule
