"""The real Redis (127.0.0.1:6379, database 14; TEST_REDIS_URL for another) for
the tests of the production configuration: a client that fails with a clear
message when Redis is not running, and a key prefix of each test's own whose
keys are deleted afterwards."""

from __future__ import annotations

import asyncio
import os
import secrets
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Coroutine, Iterator, List, TypeVar

import pytest
import redis

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T], timeout: float = 60) -> T:
    """Run `coroutine` in a fresh event loop of its own thread (in the full suite Playwright's loop runs)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result(timeout=timeout)


@pytest.fixture(scope="session")
def redis_client() -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(REDIS_URL, socket_timeout=5, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.fail(
            f"These tests need the Redis server at {REDIS_URL} and could not reach it ({error}). "
            "Start it (e.g. `sudo service redis-server start`); CI provides one.",
            pytrace=False,
        )
    yield client
    client.close()


def keys_under(client: redis.Redis, key_prefix: str) -> List[str]:
    return sorted(key.decode() for key in client.scan_iter(match=f"{key_prefix}*"))


@pytest.fixture
def key_prefix(redis_client: redis.Redis) -> Iterator[str]:
    # Alphanumeric: Rasa's RedisLockStore ignores any other prefix.
    prefix = f"testlock{secrets.token_hex(6)}"
    yield prefix
    for key in redis_client.scan_iter(match=f"{prefix}*"):
        redis_client.delete(key)
