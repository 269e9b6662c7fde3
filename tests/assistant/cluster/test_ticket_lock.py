"""The Redis ticket lock against the real Redis: exclusion across clients, ticket
order, a dead holder's expiry, the keep-alive, cancellation, the bounded wait,
and no keys left behind. Short lifetimes (1 s) keep the expiry tests quick;
nothing here asserts how fast anything was (bench/lock_contention.py does)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator, List

import pytest
import redis
import redis.asyncio

from assistant.cluster.exceptions import LockWaitTimeout, TicketExpired
from assistant.cluster.keepalive import TicketKeeper
from assistant.cluster.sync_ticket_lock import SyncTicketLocks
from assistant.cluster.ticket_lock import RedisTicketLocks
from tests.redis_server import REDIS_URL, keys_under, run

CONVERSATION = "patient-42"
ROOT = Path(__file__).resolve().parents[3]


@asynccontextmanager
async def ticket_locks(key_prefix: str, lifetime_seconds: float = 1.0, **options) -> AsyncIterator[RedisTicketLocks]:
    """Locks on Redis connections of their own and a keep-alive thread of their own, as one server has."""
    client = redis.asyncio.Redis.from_url(REDIS_URL)
    sync_client = redis.Redis.from_url(REDIS_URL)
    keeper = TicketKeeper(SyncTicketLocks(sync_client, key_prefix=key_prefix), lifetime_seconds)
    try:
        yield RedisTicketLocks(client, keeper, **options)
    finally:
        keeper.stop_refreshing()
        await client.close(close_connection_pool=True)
        sync_client.close()


async def wait_until_tickets(locks: RedisTicketLocks, count: int) -> None:
    while len(await locks.live_tickets(CONVERSATION)) < count:
        await asyncio.sleep(0.005)


def test_many_turns_on_three_servers_never_overlap_and_leave_no_keys(redis_client, key_prefix):
    inside: List[int] = []
    most_inside = 0
    entered = 0

    async def turn(locks: RedisTicketLocks, number: int) -> None:
        nonlocal most_inside, entered
        async with locks.hold(CONVERSATION):
            inside.append(number)
            most_inside = max(most_inside, len(inside))
            await asyncio.sleep(0.002)
            entered += 1
            inside.remove(number)

    async def scenario() -> None:
        async with ticket_locks(key_prefix) as a, ticket_locks(key_prefix) as b, ticket_locks(key_prefix) as c:
            servers = [a, b, c]
            await asyncio.gather(*(turn(servers[i % 3], i) for i in range(45)))

    run(scenario())

    assert (most_inside, entered) == (1, 45)
    assert keys_under(redis_client, key_prefix) == []


def test_turns_enter_in_the_order_their_tickets_were_issued(redis_client, key_prefix):
    entered: List[int] = []

    async def turn(locks: RedisTicketLocks, number: int) -> None:
        async with locks.hold(CONVERSATION):
            entered.append(number)

    async def scenario() -> None:
        async with ticket_locks(key_prefix) as locks:
            waiters = []
            async with locks.hold(CONVERSATION):
                for number in range(6):
                    waiters.append(asyncio.create_task(turn(locks, number)))
                    await wait_until_tickets(locks, number + 2)  # this one's ticket is issued before the next
            await asyncio.gather(*waiters)

    run(scenario())

    assert entered == [0, 1, 2, 3, 4, 5]
    assert keys_under(redis_client, key_prefix) == []


def test_every_key_has_a_time_to_live_no_longer_than_the_lifetime(redis_client, key_prefix):
    async def scenario() -> None:
        async with ticket_locks(key_prefix, lifetime_seconds=1.0) as locks:
            await locks.issue(CONVERSATION)
            await locks.issue(CONVERSATION)

    run(scenario())

    keys = keys_under(redis_client, key_prefix)
    assert len(keys) == 2
    assert all(0 < redis_client.pttl(key) <= 1000 for key in keys)


def test_a_dead_holders_ticket_expires_after_the_lifetime_and_the_next_turn_goes_in(redis_client, key_prefix):
    async def scenario() -> List[int]:
        async with ticket_locks(key_prefix, lifetime_seconds=1.0) as locks:
            dead = await locks.issue(CONVERSATION)  # a server that took the lock and died: no keep-alive, no release
            assert await locks.try_acquire(CONVERSATION, dead) == 0
            async with locks.hold(CONVERSATION) as held:
                # Entered only once the dead ticket was gone, not beside it.
                return [ticket.number for ticket in await locks.live_tickets(CONVERSATION)] + [held.ticket]

    numbers = run(scenario())

    assert numbers == [2, 2]
    assert keys_under(redis_client, key_prefix) == []


# A server process that takes the lock, says so, and holds it (keep-alive running) until killed.
HOLDER_PROCESS = """
import asyncio, sys
import redis, redis.asyncio
from assistant.cluster.keepalive import TicketKeeper
from assistant.cluster.sync_ticket_lock import SyncTicketLocks
from assistant.cluster.ticket_lock import RedisTicketLocks

async def main():
    keeper = TicketKeeper(SyncTicketLocks(redis.Redis.from_url(sys.argv[1]), key_prefix=sys.argv[2]), 1.0)
    locks = RedisTicketLocks(redis.asyncio.Redis.from_url(sys.argv[1]), keeper)
    async with locks.hold(sys.argv[3]):
        print("held", flush=True)
        await asyncio.sleep(3600)

asyncio.run(main())
"""


def test_a_server_killed_while_holding_the_lock_frees_its_conversation_after_the_lifetime(redis_client, key_prefix):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER_PROCESS, REDIS_URL, key_prefix, CONVERSATION],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        time.sleep(1.5)  # past one lifetime: only the keep-alive keeps the dead-to-be holder's ticket
    finally:
        holder.kill()
        holder.wait(timeout=10)

    async def scenario() -> List[str]:
        async with ticket_locks(key_prefix, lifetime_seconds=1.0) as locks:
            dead_tickets = len(await locks.live_tickets(CONVERSATION))
            async with locks.hold(CONVERSATION):
                return [f"{dead_tickets} dead ticket", "then in"]

    assert run(scenario()) == ["1 dead ticket", "then in"]
    assert keys_under(redis_client, key_prefix) == []


def test_a_dead_waiter_does_not_hold_up_the_turns_behind_it(redis_client, key_prefix):
    entered: List[str] = []

    async def scenario() -> None:
        async with ticket_locks(key_prefix, lifetime_seconds=1.0) as locks:
            async with locks.hold(CONVERSATION):
                await locks.issue(CONVERSATION)  # a waiter whose server died
                behind = asyncio.create_task(hold_and_note(locks, entered))
                await wait_until_tickets(locks, 3)
            await behind

    run(scenario())

    assert entered == ["behind the dead waiter"]
    assert keys_under(redis_client, key_prefix) == []


async def hold_and_note(locks: RedisTicketLocks, entered: List[str]) -> None:
    async with locks.hold(CONVERSATION):
        entered.append("behind the dead waiter")


def test_the_keep_alive_holds_a_long_turn_past_the_lifetime(redis_client, key_prefix):
    events: List[str] = []

    async def long_turn(locks: RedisTicketLocks) -> None:
        async with locks.hold(CONVERSATION):
            events.append("long turn in")
            await asyncio.sleep(2.5)  # two and a half lifetimes
            events.append("long turn out")

    async def second_turn(locks: RedisTicketLocks) -> None:
        async with locks.hold(CONVERSATION):
            events.append("second turn in")

    async def scenario() -> None:
        async with ticket_locks(key_prefix, lifetime_seconds=1.0) as one, ticket_locks(key_prefix) as other:
            first = asyncio.create_task(long_turn(one))
            await wait_until_tickets(one, 1)
            await asyncio.gather(first, second_turn(other))

    run(scenario())

    assert events == ["long turn in", "long turn out", "second turn in"]
    assert keys_under(redis_client, key_prefix) == []


def test_a_holder_whose_event_loop_is_blocked_past_the_lifetime_keeps_the_lock(redis_client, key_prefix):
    # Rasa runs the NLU and the policies synchronously on its event loop: the keep-alive must not stop with it.
    events: List[str] = []
    holding = threading.Event()

    async def blocked_turn() -> None:
        async with ticket_locks(key_prefix, lifetime_seconds=1.0) as locks:
            async with locks.hold(CONVERSATION):
                events.append("blocked turn in")
                holding.set()
                time.sleep(2.5)  # two and a half lifetimes without yielding to the loop
                events.append("blocked turn out")

    async def other_server_turn() -> None:
        async with ticket_locks(key_prefix, lifetime_seconds=1.0) as locks:
            async with locks.hold(CONVERSATION):
                events.append("other server's turn in")

    blocked = threading.Thread(target=run, args=(blocked_turn(),))
    blocked.start()
    try:
        assert holding.wait(timeout=30)
        run(other_server_turn())
    finally:
        blocked.join(timeout=60)

    assert events == ["blocked turn in", "blocked turn out", "other server's turn in"]
    assert keys_under(redis_client, key_prefix) == []


def test_cancelled_holder_and_waiter_give_their_tickets_back(redis_client, key_prefix):
    async def hold_forever(locks: RedisTicketLocks) -> None:
        async with locks.hold(CONVERSATION):
            await asyncio.sleep(3600)

    async def scenario() -> int:
        async with ticket_locks(key_prefix, lifetime_seconds=30.0) as locks:
            holder = asyncio.create_task(hold_forever(locks))
            await wait_until_tickets(locks, 1)
            waiter = asyncio.create_task(hold_forever(locks))
            await wait_until_tickets(locks, 2)
            waiter.cancel()
            holder.cancel()
            await asyncio.gather(holder, waiter, return_exceptions=True)
            return len(await locks.live_tickets(CONVERSATION))

    # Nothing left to wait for, although the 30 s lifetime has not run out.
    assert run(scenario()) == 0
    assert keys_under(redis_client, key_prefix) == []


def test_a_turn_that_raises_gives_its_ticket_back(redis_client, key_prefix):
    async def scenario() -> None:
        async with ticket_locks(key_prefix, lifetime_seconds=30.0) as locks:
            with pytest.raises(RuntimeError, match="the turn failed"):
                async with locks.hold(CONVERSATION):
                    raise RuntimeError("the turn failed")

    run(scenario())

    assert keys_under(redis_client, key_prefix) == []


def test_a_wait_longer_than_the_maximum_raises_and_gives_the_ticket_back(redis_client, key_prefix):
    async def scenario() -> List[int]:
        async with ticket_locks(key_prefix, lifetime_seconds=30.0, max_wait_seconds=0.3) as locks:
            async with locks.hold(CONVERSATION) as held:
                with pytest.raises(LockWaitTimeout, match="stayed locked"):
                    async with locks.hold(CONVERSATION):
                        pytest.fail("entered beside the holder")
                return [held.ticket] + [ticket.number for ticket in await locks.live_tickets(CONVERSATION)]

    assert run(scenario()) == [1, 1]
    assert keys_under(redis_client, key_prefix) == []


def test_a_ticket_that_vanished_while_waiting_is_reported(redis_client, key_prefix):
    async def scenario() -> None:
        async with ticket_locks(key_prefix) as locks:
            await locks.issue(CONVERSATION)
            mine = await locks.issue(CONVERSATION)
            redis_client.delete(*locks.keys(CONVERSATION).as_list())
            with pytest.raises(TicketExpired):
                await locks.try_acquire(CONVERSATION, mine)

    run(scenario())


def test_different_conversations_do_not_wait_for_each_other(redis_client, key_prefix):
    async def scenario() -> None:
        async with ticket_locks(key_prefix, lifetime_seconds=30.0, max_wait_seconds=0.5) as locks:
            async with locks.hold("patient-1"), locks.hold("patient-2"), locks.hold("patient-3"):
                pass

    run(scenario())  # a wait would raise LockWaitTimeout

    assert keys_under(redis_client, key_prefix) == []


@pytest.mark.parametrize("lifetime", [0, -1])
def test_a_lifetime_that_is_not_positive_is_refused(lifetime):
    with pytest.raises(ValueError, match="positive"):
        TicketKeeper(SyncTicketLocks(redis.Redis.from_url(REDIS_URL)), lifetime)
