"""AtomicRedisLockStore against the real Redis, beside Rasa's own RedisLockStore.

The barrier race: two "servers" (two store instances, each with its own Redis
connection and event loop, in two threads) take the lock for one conversation
at the same instant. Rasa 3.6's store lets both in (RasaHQ/rasa#9213); the
test that shows it is named for the upstream bug and will fail the day Rasa
fixes it, which is the point. Ours never lets both in.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Callable, List

import pytest
import redis
import yaml
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LockError, LockStore, RedisLockStore
from rasa.utils.endpoints import EndpointConfig, read_endpoint_config

from assistant.exceptions import SettingsError
from rasa_addons.lock_store import AtomicRedisLockStore
from tests.redis_server import REDIS_URL, keys_under, run

CONVERSATION = "patient-42"
ROUNDS = 50


class Overlap:
    """Who is inside the critical section, across threads."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self.inside = 0
        self.most_inside = 0
        self.entries = 0

    def enter(self) -> None:
        with self._guard:
            self.inside += 1
            self.entries += 1
            self.most_inside = max(self.most_inside, self.inside)

    def leave(self) -> None:
        with self._guard:
            self.inside -= 1


def in_two_threads(work: Callable[[int], None]) -> None:
    """Run work(0) and work(1) in two threads and re-raise the first failure."""
    failures: List[BaseException] = []

    def guarded(server: int) -> None:
        try:
            work(server)
        except BaseException as error:  # noqa: B036  (handed to the test's thread)
            failures.append(error)

    threads = [threading.Thread(target=guarded, args=(server,)) for server in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a server's thread hung"
    if failures:
        raise failures[0]


def test_upstream_bug_9213_stock_redis_lock_store_lets_two_servers_into_one_conversation(redis_client, key_prefix):
    # Both servers read the (absent) lock, then both write ticket 0: the read-modify-write of
    # LockStore.issue_ticket. The barrier only fixes an interleaving that load makes happen by chance.
    after_both_read = threading.Barrier(2, timeout=10)
    both_inside = threading.Barrier(2, timeout=10)
    overlap = Overlap()

    def server(number: int) -> None:
        store = RedisLockStore(host="127.0.0.1", port=6379, db=0, key_prefix=key_prefix)
        read_lock = store.get_or_create_lock

        def read_then_wait(conversation_id: str) -> TicketLock:
            lock = read_lock(conversation_id)
            after_both_read.wait()
            return lock

        store.get_or_create_lock = read_then_wait  # type: ignore[method-assign]

        async def turn() -> None:
            async with store.lock(CONVERSATION):
                overlap.enter()
                both_inside.wait()  # passes only if the other server is inside too
                overlap.leave()

        asyncio.run(turn())

    in_two_threads(server)

    assert overlap.most_inside == 2


def test_two_servers_starting_at_the_same_instant_never_share_a_conversation(redis_client, key_prefix):
    start = threading.Barrier(2, timeout=30)
    overlap = Overlap()

    def server(number: int) -> None:
        store = AtomicRedisLockStore(url=REDIS_URL, lock_lifetime_seconds=10, key_prefix=key_prefix)

        async def rounds() -> None:
            for _ in range(ROUNDS):
                start.wait()  # blocks this server's loop: both ask for the lock at the same instant
                async with store.lock(CONVERSATION):
                    overlap.enter()
                    await asyncio.sleep(0.002)
                    overlap.leave()
            await store.close()

        asyncio.run(rounds())

    in_two_threads(server)

    assert (overlap.most_inside, overlap.entries) == (1, 2 * ROUNDS)
    assert keys_under(redis_client, key_prefix) == []


def test_rasa_builds_the_store_from_an_endpoint_config(key_prefix):
    config = EndpointConfig(
        type="rasa_addons.lock_store.AtomicRedisLockStore", url=REDIS_URL, lock_lifetime=7, key_prefix=key_prefix
    )

    store = LockStore.create(config)

    assert isinstance(store, AtomicRedisLockStore)
    assert (store.url, store.lock_lifetime_seconds, store.key_prefix) == (REDIS_URL, 7, key_prefix)


def test_endpoints_yml_without_url_or_lifetime_takes_them_from_the_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    monkeypatch.setenv("LOCK_LIFETIME_SECONDS", "9")
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(yaml.safe_dump({"lock_store": {"type": "rasa_addons.lock_store.AtomicRedisLockStore"}}))

    store = LockStore.create(read_endpoint_config(str(endpoints), "lock_store"))

    assert isinstance(store, AtomicRedisLockStore)
    assert (store.url, store.lock_lifetime_seconds) == (REDIS_URL, 9)


def test_the_lock_holds_the_stores_lifetime_not_the_one_rasa_passes(redis_client, key_prefix):
    store = AtomicRedisLockStore(url=REDIS_URL, lock_lifetime_seconds=2, key_prefix=key_prefix)

    async def scenario() -> List[int]:
        async with store.lock(CONVERSATION, lock_lifetime=60) as lock:
            ttls = [redis_client.pttl(key) for key in keys_under(redis_client, key_prefix)]
            assert lock.now_serving == 1 and not lock.is_locked(1)
        await store.close()
        return ttls

    ttls = run(scenario())

    assert len(ttls) == 2 and all(0 < ttl <= 2000 for ttl in ttls)
    assert keys_under(redis_client, key_prefix) == []


def test_a_wait_past_the_maximum_raises_rasas_lock_error(redis_client, key_prefix):
    store = AtomicRedisLockStore(
        url=REDIS_URL, lock_lifetime_seconds=30, key_prefix=key_prefix, max_wait_seconds=0.3, if_unavailable="refuse"
    )

    async def scenario() -> None:
        async with store.lock(CONVERSATION):
            with pytest.raises(LockError, match="stayed locked"):
                async with store.lock(CONVERSATION, wait_time_in_seconds=0.05):
                    pytest.fail("entered beside the holder")
        await store.close()

    run(scenario())

    assert keys_under(redis_client, key_prefix) == []


def test_an_unreachable_redis_raises_rasas_lock_error_when_told_to_refuse():
    store = AtomicRedisLockStore(url="redis://127.0.0.1:1/0", lock_lifetime_seconds=10, if_unavailable="refuse")

    async def scenario() -> None:
        async with store.lock(CONVERSATION):
            pytest.fail("entered without Redis")

    with pytest.raises(LockError, match="Could not acquire lock"):
        run(scenario())


def test_by_default_a_turn_runs_without_the_lock_when_redis_is_down(caplog):
    """The patient's message, an emergency among them, is answered and stored
    when Redis is down: the tracker store keeps overlapping turns."""
    store = AtomicRedisLockStore(url="redis://127.0.0.1:1/0", lock_lifetime_seconds=10)
    ran = []

    async def scenario() -> None:
        async with store.lock(CONVERSATION) as lock:
            ran.append(lock.conversation_id)

    run(scenario())
    assert ran == [CONVERSATION]
    assert "runs without it" in caplog.text


def test_by_default_a_turn_runs_after_the_longest_wait_behind_a_stuck_one(redis_client, key_prefix):
    store = AtomicRedisLockStore(url=REDIS_URL, lock_lifetime_seconds=30, key_prefix=key_prefix, max_wait_seconds=0.3)
    order = []

    async def scenario() -> None:
        async with store.lock(CONVERSATION):
            order.append("stuck turn holds")
            async with store.lock(CONVERSATION, wait_time_in_seconds=0.05):
                order.append("next turn ran")
        await store.close()

    run(scenario())
    assert order == ["stuck turn holds", "next turn ran"]
    assert keys_under(redis_client, key_prefix) == []


def test_an_unknown_if_unavailable_is_refused():
    with pytest.raises(SettingsError, match="if_unavailable"):
        AtomicRedisLockStore(url=REDIS_URL, lock_lifetime_seconds=10, if_unavailable="maybe")


def test_an_error_inside_the_turn_passes_through_unchanged(redis_client, key_prefix):
    store = AtomicRedisLockStore(url=REDIS_URL, lock_lifetime_seconds=30, key_prefix=key_prefix)

    async def scenario() -> None:
        try:
            async with store.lock(CONVERSATION):
                raise redis.ConnectionError("the tracker store's Redis, not the lock's")
        finally:
            await store.close()

    with pytest.raises(redis.ConnectionError, match="tracker store"):
        run(scenario())
    assert keys_under(redis_client, key_prefix) == []


def test_one_store_serves_one_event_loop_after_another(redis_client, key_prefix):
    store = AtomicRedisLockStore(url=REDIS_URL, lock_lifetime_seconds=10, key_prefix=key_prefix)

    async def turn() -> int:
        async with store.lock(CONVERSATION) as lock:
            return lock.now_serving or 0

    assert [run(turn()), run(turn())] == [1, 1]
    assert keys_under(redis_client, key_prefix) == []


def test_the_synchronous_interface_issues_serves_and_cleans_up_tickets_in_order(redis_client, key_prefix):
    store = AtomicRedisLockStore(url=REDIS_URL, lock_lifetime_seconds=10, key_prefix=key_prefix)

    first = store.issue_ticket(CONVERSATION, lock_lifetime=30)
    second = store.issue_ticket(CONVERSATION, lock_lifetime=30)
    lock = store.get_lock(CONVERSATION)
    assert lock is not None and [t.number for t in lock.tickets] == [first, second] == [1, 2]
    assert lock.now_serving == first and lock.is_locked(second)
    assert store.is_someone_waiting(CONVERSATION)

    store.finish_serving(CONVERSATION, first)
    assert store.get_lock(CONVERSATION).now_serving == second  # type: ignore[union-attr]

    store.cleanup(CONVERSATION, second)
    assert store.get_lock(CONVERSATION) is None
    assert not store.is_someone_waiting(CONVERSATION)
    assert keys_under(redis_client, key_prefix) == []


def test_a_lock_saved_through_rasas_interface_is_read_back_and_numbers_go_on_from_it(redis_client, key_prefix):
    store = AtomicRedisLockStore(url=REDIS_URL, lock_lifetime_seconds=10, key_prefix=key_prefix)
    lock = store.get_or_create_lock(CONVERSATION)  # none yet: Rasa's new, empty lock
    assert lock.tickets == type(lock.tickets)()
    rasa_ticket = lock.issue_ticket(30)  # Rasa numbers from 0

    store.save_lock(lock)
    after = store.issue_ticket(CONVERSATION, lock_lifetime=30)

    assert [t.number for t in store.get_lock(CONVERSATION).tickets] == [rasa_ticket, after] == [0, 1]  # type: ignore[union-attr]
    store.delete_lock(CONVERSATION)
    assert store.get_lock(CONVERSATION) is None
    assert keys_under(redis_client, key_prefix) == []


def test_an_expired_ticket_is_dropped_by_update_lock(redis_client, key_prefix):
    store = AtomicRedisLockStore(url=REDIS_URL, lock_lifetime_seconds=10, key_prefix=key_prefix)
    store.issue_ticket(CONVERSATION, lock_lifetime=0.05)
    time.sleep(0.2)

    store.update_lock(CONVERSATION)

    assert store.get_lock(CONVERSATION) is None
    assert keys_under(redis_client, key_prefix) == []


def test_a_sync_ticket_blocks_an_async_turn_until_it_is_served(redis_client, key_prefix):
    store = AtomicRedisLockStore(
        url=REDIS_URL, lock_lifetime_seconds=10, key_prefix=key_prefix, max_wait_seconds=0.3, if_unavailable="refuse"
    )
    ticket = store.issue_ticket(CONVERSATION, lock_lifetime=30)

    async def turn() -> None:
        async with store.lock(CONVERSATION):
            pass

    with pytest.raises(LockError):
        run(turn())
    store.finish_serving(CONVERSATION, ticket)
    run(turn())
    assert keys_under(redis_client, key_prefix) == []
