"""The blob store on S3-compatible object storage (AWS S3, MinIO, Ceph, ...) through boto3.

Layout under the prefix: ``blobs/<sha256>`` for blobs and ``staging/<upload key>/<offset>`` (16
digits) for each chunk of an upload, since S3's multipart parts must be 5 MiB and a chunk is 1 MiB.
What an upload holds is the run of chunks that follow each other from offset 0. A chunk is written
with ``If-None-Match: *``, so of two processes appending at the same offset one is refused; a store
that ignores the condition still stays correct, as overlapping chunks of one file hold the same
bytes and the hash is checked at the end. ``finish`` streams the chunks through SHA-256 into one
put or a multipart upload (parts of ``PART_SIZE``), which becomes visible only when completed.

A bucket should abort incomplete multipart uploads after a day (a lifecycle rule), for the rare
finish interrupted before it could abort its own.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.server.blobstore import (
    CHUNK_SIZE,
    BlobNotFound,
    BlobReader,
    BlobStore,
    HashMismatch,
    WrongOffset,
    check_chunk,
    check_content,
    check_sha256,
    check_upload_key,
)

PART_SIZE = 5 * 1024 * 1024  # S3's smallest multipart part: the most finish holds in memory
_OFFSET_DIGITS = 16


@dataclass(frozen=True)
class _Chunk:
    key: str
    offset: int
    length: int


class _StagingChanged(Exception):
    """A chunk vanished or changed while finish read it: another process finished or discarded."""


def _error_code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))


class S3BlobStore(BlobStore):
    """Blobs in ``bucket`` under ``prefix``; ``client`` is a ready boto3 S3 client (tests), else
    one is made from the options and boto3's usual credentials."""

    def __init__(
        self,
        bucket: str,
        prefix: str = "",
        *,
        client: Any = None,
        endpoint_url: str | None = None,
        region: str | None = None,
        profile: str | None = None,
        addressing_style: str = "auto",
    ) -> None:
        segments = [s for s in prefix.split("/") if s]
        if not bucket or any(s in {".", ".."} for s in segments):
            raise InvalidInput(_("A blob store needs a bucket name and a plain prefix."))
        if addressing_style not in {"auto", "path", "virtual"}:
            raise InvalidInput(_("S3 addressing is auto, path or virtual."))
        if endpoint_url is not None and not endpoint_url.startswith(("https://", "http://")):
            raise InvalidInput(_("An S3 endpoint is an http:// or https:// address."))
        self.bucket = bucket
        self.prefix = "".join(s + "/" for s in segments)
        if client is None:
            import boto3
            from botocore.config import Config

            session = boto3.session.Session(profile_name=profile, region_name=region)
            client = session.client(
                "s3",
                endpoint_url=endpoint_url,
                config=Config(
                    s3={"addressing_style": addressing_style},
                    retries={"mode": "standard", "max_attempts": 5},
                    connect_timeout=10,
                    read_timeout=60,
                ),
            )
        self.client = client

    def _blob_key(self, sha256: str) -> str:
        return f"{self.prefix}blobs/{check_sha256(sha256)}"

    def _staging_prefix(self, upload_key: str) -> str:
        return f"{self.prefix}staging/{'/'.join(check_upload_key(upload_key))}/"

    def _contiguous(self, upload_key: str) -> tuple[list[_Chunk], int]:
        """The chunks that make up the staged bytes, in order, and how many bytes they cover."""
        prefix = self._staging_prefix(upload_key)
        chunks: list[_Chunk] = []
        end = 0
        for item in self._list(prefix):  # keys come sorted, and 16 digits sort as numbers
            name = item["Key"][len(prefix) :]
            if len(name) != _OFFSET_DIGITS or not name.isdigit():
                continue
            offset, length = int(name), int(item["Size"])
            if offset > end:
                break  # a gap: what lies beyond is not received yet
            if offset + length > end:  # overlapping chunks of one file hold the same bytes
                chunks.append(_Chunk(item["Key"], offset, length))
                end = offset + length
        return chunks, end

    def _list(self, prefix: str) -> Iterator[dict[str, Any]]:
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=prefix
        )
        for page in pages:
            yield from page.get("Contents", [])

    def received(self, upload_key: str) -> int:
        return self._contiguous(upload_key)[1]

    def append(self, upload_key: str, offset: int, data: bytes) -> int:
        check_chunk(offset, data)
        received = self.received(upload_key)
        if offset != received:
            raise WrongOffset(received)
        if not data:
            return received
        key = f"{self._staging_prefix(upload_key)}{offset:0{_OFFSET_DIGITS}d}"
        try:
            self.client.put_object(Bucket=self.bucket, Key=key, Body=bytes(data), IfNoneMatch="*")
        except ClientError as error:
            if _error_code(error) in {"PreconditionFailed", "ConditionalRequestConflict"}:
                raise WrongOffset(self.received(upload_key)) from None
            raise
        return offset + len(data)

    def finish(self, upload_key: str, sha256: str, size: int) -> None:
        final = self._blob_key(sha256)
        chunks, staged = self._contiguous(upload_key)
        if staged < size:
            raise WrongOffset(staged)
        if staged != size:
            self.discard(upload_key)
            raise HashMismatch
        writer = None if self.exists(sha256) else _ObjectWriter(self.client, self.bucket, final)
        try:
            self._copy_checked(chunks, sha256, writer)
        except HashMismatch:
            self.discard(upload_key)
            raise
        except _StagingChanged:
            if self.exists(sha256):  # another process finished this upload meanwhile
                return
            raise WrongOffset(self.received(upload_key)) from None
        self.discard(upload_key)

    def _copy_checked(
        self, chunks: list[_Chunk], sha256: str, writer: _ObjectWriter | None
    ) -> None:
        """Hash the staged bytes and, when they match, write them out (``writer``: a new blob)."""
        digest = hashlib.sha256()
        try:
            for piece in self._staged_bytes(chunks):
                digest.update(piece)
                if writer is not None:
                    writer.write(piece)
            if digest.hexdigest() != sha256:
                raise HashMismatch
            if writer is not None:
                writer.complete()
        except BaseException:
            if writer is not None:
                writer.abort()
            raise

    def _staged_bytes(self, chunks: list[_Chunk]) -> Iterator[bytes]:
        position = 0
        for chunk in chunks:
            skip = position - chunk.offset  # bytes an earlier, overlapping chunk already gave
            try:
                body = self.client.get_object(Bucket=self.bucket, Key=chunk.key)["Body"]
            except ClientError as error:
                if _error_code(error) in {"NoSuchKey", "404"}:
                    raise _StagingChanged from None
                raise
            try:
                for piece in body.iter_chunks(CHUNK_SIZE):
                    if skip >= len(piece):
                        skip -= len(piece)
                        continue
                    piece = piece[skip:]
                    skip = 0
                    position += len(piece)
                    yield piece
            finally:
                body.close()
            if position != chunk.offset + chunk.length:
                raise _StagingChanged

    def discard(self, upload_key: str) -> None:
        keys = [item["Key"] for item in self._list(self._staging_prefix(upload_key))]
        for start in range(0, len(keys), 1000):
            batch = [{"Key": key} for key in keys[start : start + 1000]]
            self.client.delete_objects(Bucket=self.bucket, Delete={"Objects": batch, "Quiet": True})

    def _head(self, sha256: str) -> dict[str, Any] | None:
        try:
            head: dict[str, Any] = self.client.head_object(
                Bucket=self.bucket, Key=self._blob_key(sha256)
            )
        except ClientError as error:
            if _error_code(error) in {"404", "NoSuchKey", "NotFound"}:
                return None
            raise
        return head

    def exists(self, sha256: str) -> bool:
        return self._head(sha256) is not None

    def size(self, sha256: str) -> int:
        head = self._head(sha256)
        if head is None:
            raise BlobNotFound
        return int(head["ContentLength"])

    def read(self, sha256: str, chunk_size: int = CHUNK_SIZE) -> BlobReader:
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self._blob_key(sha256))["Body"]
        except ClientError as error:
            if _error_code(error) in {"NoSuchKey", "404"}:
                raise BlobNotFound from None
            raise
        return BlobReader(body.iter_chunks(chunk_size), body)

    def put(self, sha256: str, data: bytes) -> None:
        check_content(sha256, data)
        if not self.exists(sha256):
            self.client.put_object(Bucket=self.bucket, Key=self._blob_key(sha256), Body=data)


class _ObjectWriter:
    """One object written from pieces: a single put when it fits in a part, else a multipart
    upload; nothing is visible at the key before ``complete``."""

    def __init__(self, client: Any, bucket: str, key: str) -> None:
        self.client, self.bucket, self.key = client, bucket, key
        self.pieces: list[bytes] = []  # joined once per part: one copy, not one per piece
        self.buffered = 0
        self.upload_id: str | None = None
        self.parts: list[dict[str, Any]] = []

    def write(self, piece: bytes) -> None:
        self.pieces.append(piece)
        self.buffered += len(piece)
        if self.buffered >= PART_SIZE:
            self._send_part(self._take())

    def _take(self) -> bytes:
        joined = b"".join(self.pieces)
        self.pieces.clear()
        self.buffered = 0
        return joined

    def _send_part(self, part: bytes) -> None:
        if self.upload_id is None:
            started = self.client.create_multipart_upload(Bucket=self.bucket, Key=self.key)
            self.upload_id = str(started["UploadId"])
        number = len(self.parts) + 1
        sent = self.client.upload_part(
            Bucket=self.bucket, Key=self.key, UploadId=self.upload_id, PartNumber=number, Body=part
        )
        self.parts.append({"PartNumber": number, "ETag": sent["ETag"]})

    def complete(self) -> None:
        if self.upload_id is None:
            self.client.put_object(Bucket=self.bucket, Key=self.key, Body=self._take())
            return
        if self.buffered:
            self._send_part(self._take())
        self.client.complete_multipart_upload(
            Bucket=self.bucket,
            Key=self.key,
            UploadId=self.upload_id,
            MultipartUpload={"Parts": self.parts},
        )

    def abort(self) -> None:
        """Best effort: a failure here leaves an upload the bucket's lifecycle rule removes."""
        self.pieces.clear()
        if self.upload_id is not None:
            with contextlib.suppress(BotoCoreError, ClientError):
                self.client.abort_multipart_upload(
                    Bucket=self.bucket, Key=self.key, UploadId=self.upload_id
                )
            self.upload_id = None
