"""A fault-injecting TCP proxy for sync tests (asyncio, in a thread of its own): it forwards
bytes between a client and a server on loopback and cuts connections at random byte offsets,
in either direction, or slows them down so a test can kill a client mid-sync."""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass
class Faults:
    """``cut_within``: each connection is cut once this many bytes (a random number up to it,
    counted over both directions) have passed; 0 never cuts. ``cut_up_at``: the connection
    carrying the client's byte number N (counted over the proxy's life) is cut there, once;
    0 never. ``delay``: seconds slept per forwarded piece of at most ``piece`` bytes."""

    cut_within: int = 0
    cut_up_at: int = 0
    delay: float = 0.0
    piece: int = 65536
    seed: int = 2026
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)  # noqa: S311 - test faults, not security


class FaultyProxy:
    def __init__(self, target_port: int, faults: Faults | None = None) -> None:
        self.target_port = target_port
        self.faults = faults or Faults()
        self.port = 0
        self.cuts = 0
        self.bytes_up = 0  # client to server
        self.bytes_down = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultyProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()
            for writer in list(self._writers):
                writer.close()

        if self._loop.is_running():
            asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self._server = self._loop.run_until_complete(asyncio.start_server(self._handle, sock=sock))
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        self._writers.update((writer, up_writer))
        for each in (writer, up_writer):  # no Nagle delay on pieces passed along
            sock = each.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        faults = self.faults
        budget = [faults.rng.randrange(1, faults.cut_within) if faults.cut_within else -1]

        async def pump(source: asyncio.StreamReader, sink: asyncio.StreamWriter, up: bool) -> None:
            try:
                while True:
                    data = await source.read(faults.piece)
                    if not data:
                        break
                    if faults.delay:
                        await asyncio.sleep(faults.delay)
                    if up and 0 < faults.cut_up_at <= self.bytes_up + len(data):
                        # What the client wrote is counted: it left the client, in vain.
                        sink.write(data[: faults.cut_up_at - self.bytes_up])
                        with contextlib.suppress(OSError):
                            await sink.drain()
                        self.bytes_up += len(data)
                        self.cuts += 1
                        faults.cut_up_at = 0
                        raise ConnectionAbortedError
                    if budget[0] >= 0 and len(data) >= budget[0]:
                        sink.write(data[: budget[0]])
                        with contextlib.suppress(OSError):
                            await sink.drain()
                        self.cuts += 1
                        budget[0] = 0
                        raise ConnectionAbortedError
                    if budget[0] >= 0:
                        budget[0] -= len(data)
                    if up:
                        self.bytes_up += len(data)
                    else:
                        self.bytes_down += len(data)
                    sink.write(data)
                    await sink.drain()
            except (OSError, ConnectionError):
                pass
            finally:
                for each in (writer, up_writer):
                    each.close()

        await asyncio.gather(
            pump(reader, up_writer, True), pump(up_reader, writer, False), return_exceptions=True
        )
        self._writers.difference_update((writer, up_writer))


@contextlib.contextmanager
def faulty_proxy(target_port: int, faults: Faults | None = None) -> Iterator[FaultyProxy]:
    proxy = FaultyProxy(target_port, faults).start()
    try:
        yield proxy
    finally:
        proxy.stop()
