"""pyHanko's synchronous functions call ``asyncio.run``, which refuses to start in a thread that
already runs an event loop (an ``async def`` route of the server, a test tool driving a browser).
``outside_event_loop`` runs such work where it can: here, or else in a thread of its own."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


def outside_event_loop(work: Callable[[], T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return work()
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(work).result()
