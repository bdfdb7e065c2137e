"""What one server process holds: its configuration, database engine, blob store, the
authority's keys (read from the database, made at first start) and per-device rate limits."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from inspector.server.config import ServerConfig
from inspector.server.database import database_url, make_engine, upgrade
from inspector.server.tables import Authority

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from inspector.server.authority import AuthorityMaterial
    from inspector.server.blobstore import BlobStore


@dataclass
class RateLimiter:
    """A token bucket per device: ``rate`` requests a second, bursts of ``burst``."""

    rate: float
    burst: int
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait_for(self, key: str) -> float:
        """0 when the request may go now; otherwise the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, then = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - then) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate


class ServerState:
    def __init__(self, config: ServerConfig) -> None:
        from inspector.server.blob_config import open_blob_store

        self.config = config
        config.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.engine: Engine = make_engine(database_url(config.data_dir, config.db_url))
        upgrade(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.blobs: BlobStore = open_blob_store(config.blob_store, config.data_dir)
        self.rates = RateLimiter(config.rate_per_second, config.rate_burst)
        self.authority: AuthorityMaterial = self._authority()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed at the end, rolled back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    def _authority(self) -> AuthorityMaterial:
        from inspector.server.authority import AuthorityMaterial, create_authority

        with self.session() as session:
            row = session.scalar(select(Authority).where(Authority.id == 1))
        if row is None:
            made = create_authority(self.config.name, crl_url=self.crl_url or None)
            try:
                with self.session() as session:
                    session.add(
                        Authority(
                            id=1,
                            name=self.config.name,
                            ca_certificate=made.ca_certificate,
                            ca_private_key=made.ca_private_key,
                            tsa_certificate=made.tsa_certificate,
                            tsa_private_key=made.tsa_private_key,
                        )
                    )
            except IntegrityError:
                pass  # another process made it first: use theirs
            with self.session() as session:
                row = session.scalar(select(Authority).where(Authority.id == 1))
        if row is None:
            raise RuntimeError("no authority row")
        return AuthorityMaterial(
            ca_certificate=row.ca_certificate,
            ca_private_key=row.ca_private_key,
            tsa_certificate=row.tsa_certificate,
            tsa_private_key=row.tsa_private_key,
        )

    @property
    def crl_url(self) -> str:
        base = self.config.public_url.rstrip("/")
        return f"{base}/api/v1/authority/crl.der" if base else ""
