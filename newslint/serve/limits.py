"""What keeps one client from hurting the others: body size, auth, bounded work, a time limit."""

from __future__ import annotations

import asyncio
import hmac
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable

from starlette.requests import Request


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 1_000_000
    #: seconds a request may take before it is answered 504
    timeout: float = 10.0
    #: linting threads (the GIL makes more than a couple useless: run more processes for more CPUs)
    workers: int = 2
    #: requests waiting for a thread before new ones are answered 503
    queue: int = 64
    token: str | None = None


class HTTPError(Exception):
    """Answered as ``{"error": {"status", "message"}}`` with this status."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def check_token(request: Request, token: str | None) -> None:
    if token is None:
        return
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPError(401, "missing or wrong bearer token (send 'Authorization: Bearer <token>')", {"WWW-Authenticate": "Bearer"})


async def read_body(request: Request, max_bytes: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``max_bytes`` (before reading it all)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise HTTPError(400, "Content-Length is not a number")
        if int(declared) > max_bytes:
            raise HTTPError(413, f"request body is {declared} bytes; the limit is {max_bytes}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise HTTPError(413, f"request body is over the limit of {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


class Pool:
    """Runs linting off the event loop on a fixed number of threads, with a queue bound and a time limit.

    A timed-out lint cannot be killed (Python threads cannot be): its thread
    finishes the article, but the client has its 504 and the thread count
    stays bounded, so a hostile text slows the pool rather than growing it.
    """

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.executor = ThreadPoolExecutor(max_workers=limits.workers, thread_name_prefix="newslint-serve")
        self._admitted = asyncio.Semaphore(limits.workers + limits.queue)

    async def run(self, work: Callable[..., Any], *args: Any) -> Any:
        if self._admitted.locked():
            raise HTTPError(503, "too many requests in progress; try again shortly", {"Retry-After": "1"})
        async with self._admitted:
            future = asyncio.get_running_loop().run_in_executor(self.executor, work, *args)
            try:
                return await asyncio.wait_for(future, self.limits.timeout)
            except asyncio.TimeoutError:
                raise HTTPError(504, f"linting took longer than {self.limits.timeout:g} s") from None

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
