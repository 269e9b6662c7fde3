"""Contention on one conversation's lock: Rasa 3.6's RedisLockStore against
rasa_addons.lock_store.AtomicRedisLockStore on the same Redis.

    .venv/bin/python bench/lock_contention.py                  # prints Markdown
    .venv/bin/python bench/lock_contention.py --write bench/results/lock_contention.md

Why this exists: Rasa's store issues tickets by read-modify-write, so two
servers can both take one conversation's lock (RasaHQ/rasa#9213), and a
waiting turn polls once a second; ours issues tickets atomically and polls
every 20 ms. Each round, SERVERS threads (each a "server": its own store
instance, Redis connection and event loop) start TURNS_PER_SERVER turns at
the same instant on one fresh conversation; each turn holds the lock for
HOLD_MS. Rasa's store runs with its defaults, as Rasa's agent calls it
(`lock(sender_id)`: 1 s between tries, 60 s lifetime).

Reported per store, over every round:
- handover gap: from one turn leaving the lock to the next turn entering it
  (only handovers where the next turn entered after the previous left);
- excess wait: a turn's wait minus the time the turns served before it
  held the lock (its fair share of waiting);
- wall time per round, against the ideal (every hold back to back);
- broken exclusion: turns that entered while another turn was inside;
- turns that failed with LockError, and keys left in Redis after a round.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import os
import platform
import secrets
import statistics
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List, Sequence

import redis

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasa.core.lock_store import LockError, LockStore, RedisLockStore  # noqa: E402

from bench.reporting import git_commit  # noqa: E402
from rasa_addons.lock_store import AtomicRedisLockStore  # noqa: E402

REDIS_URL = "redis://127.0.0.1:6379/0"


@dataclass
class Turn:
    server: int
    asked: float
    entered: float | None = None
    left: float | None = None
    error: str | None = None


@dataclass
class RoundResult:
    turns: List[Turn]
    keys_left: int


@dataclass(frozen=True)
class Options:
    servers: int
    turns_per_server: int
    hold_seconds: float
    rounds: int


def run_server(number: int, store: LockStore, conversation: str, options: Options,
               start: threading.Barrier, turns: List[Turn]) -> None:
    async def one_turn() -> None:
        turn = Turn(server=number, asked=time.perf_counter())
        turns.append(turn)
        try:
            async with store.lock(conversation):  # Rasa's call: default lifetime and wait
                turn.entered = time.perf_counter()
                await asyncio.sleep(options.hold_seconds)
                turn.left = time.perf_counter()
        except LockError as error:
            turn.error = str(error).splitlines()[0]

    async def main() -> None:
        start.wait()  # every server asks at the same instant
        await asyncio.gather(*(one_turn() for _ in range(options.turns_per_server)))
        if isinstance(store, AtomicRedisLockStore):
            await store.close()

    asyncio.run(main())


def run_round(make_store: Callable[[], LockStore], key_pattern: str, options: Options,
              client: redis.Redis) -> RoundResult:
    conversation = f"bench-{secrets.token_hex(4)}"
    start = threading.Barrier(options.servers)
    turns: List[Turn] = []
    threads = [
        threading.Thread(target=run_server, args=(n, make_store(), conversation, options, start, turns))
        for n in range(options.servers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    keys = list(client.scan_iter(match=key_pattern.format(conversation=conversation)))
    if keys:
        client.delete(*keys)
    return RoundResult(turns=turns, keys_left=len(keys))


@dataclass
class Figures:
    gaps_ms: List[float]
    excess_ms: List[float]
    walls_s: List[float]
    ideal_walls_s: List[float]
    broken: int
    failed: int
    turns: int
    keys_left: int


def analyse(rounds: Sequence[RoundResult]) -> Figures:
    figures = Figures([], [], [], [], 0, 0, 0, 0)
    for result in rounds:
        figures.turns += len(result.turns)
        figures.keys_left += result.keys_left
        figures.failed += sum(1 for turn in result.turns if turn.error)
        served = sorted((t for t in result.turns if t.entered is not None), key=lambda t: t.entered)
        held_before = 0.0
        latest_left = None
        for index, turn in enumerate(served):
            if any(other.entered < turn.entered < other.left for other in served[:index]):
                figures.broken += 1
            elif latest_left is not None:
                figures.gaps_ms.append((turn.entered - latest_left) * 1000)
            figures.excess_ms.append(max(0.0, turn.entered - turn.asked - held_before) * 1000)
            held_before += turn.left - turn.entered
            latest_left = max(latest_left or turn.left, turn.left)
        figures.walls_s.append(max(t.left or t.asked for t in result.turns) - min(t.asked for t in result.turns))
        figures.ideal_walls_s.append(sum(t.left - t.entered for t in served))
    return figures


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def row(name: str, f: Figures) -> str:
    def three(values: Sequence[float]) -> str:
        if not values:
            return "- | - | -"
        return f"{statistics.median(values):.0f} | {percentile(values, 0.95):.0f} | {max(values):.0f}"

    return (
        f"| {name} | {three(f.gaps_ms)} | {three(f.excess_ms)} | {statistics.median(f.walls_s):.2f} "
        f"({statistics.median(f.ideal_walls_s):.2f}) | {f.broken} of {f.turns} | {f.failed} | {f.keys_left} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--servers", type=int, default=2)
    parser.add_argument("--turns-per-server", type=int, default=10)
    parser.add_argument("--hold-ms", type=float, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--write", type=Path, help="also write the Markdown report to this file")
    args = parser.parse_args()
    options = Options(args.servers, args.turns_per_server, args.hold_ms / 1000, args.rounds)

    client = redis.Redis.from_url(REDIS_URL)
    client.ping()
    stock_prefix = f"benchstock{secrets.token_hex(3)}"
    ours_prefix = f"bench-ours-{secrets.token_hex(3)}:"
    stores = {
        "Rasa's RedisLockStore (1 s poll)": (
            lambda: RedisLockStore(host="127.0.0.1", port=6379, db=0, key_prefix=stock_prefix),
            stock_prefix + ":lock:{conversation}",
        ),
        "AtomicRedisLockStore (20 ms poll)": (
            lambda: AtomicRedisLockStore(url=REDIS_URL, lock_lifetime_seconds=10, key_prefix=ours_prefix),
            ours_prefix + "{{{conversation}}}:*",
        ),
    }
    load_before = os.getloadavg()
    started = time.perf_counter()
    results = {name: [] for name in stores}
    for _ in range(options.rounds):  # alternate, so both see the same machine load
        for name, (make_store, pattern) in stores.items():
            results[name].append(run_round(make_store, pattern, options, client))
    elapsed = time.perf_counter() - started
    load_after = os.getloadavg()

    command = " ".join([".venv/bin/python bench/lock_contention.py", *sys.argv[1:]])
    total = options.servers * options.turns_per_server
    lines = [
        "# Lock contention on one conversation",
        "",
        f"- Command: `{command}`",
        f"- Date: {datetime.date.today().isoformat()}, commit {git_commit()} (plus uncommitted changes, if any)",
        f"- Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"Redis {client.info('server')['redis_version']} on 127.0.0.1; load average "
        f"{load_before[0]:.2f} before, {load_after[0]:.2f} after; run took {elapsed:.0f} s",
        f"- Each round: {options.servers} servers (threads, each its own store, Redis connection and event "
        f"loop) start {options.turns_per_server} turns each at the same instant ({total} turns) on one "
        f"conversation; each turn holds the lock {args.hold_ms:.0f} ms. {options.rounds} rounds per store, "
        "alternating.",
        "",
        "| store | handover gap median ms | p95 | max | excess wait median ms | p95 | max "
        "| wall s per round (ideal) | entered beside another turn | LockError | keys left |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    lines += [row(name, analyse(rounds)) for name, rounds in results.items()]
    lines += [
        "",
        "Handover gap: one turn leaves, the next enters (handovers where turns overlapped are not counted "
        "here but under \"entered beside another turn\"). Excess wait: a turn's wait minus the time the "
        "turns served before it held the lock. Wall: from the first request to the last release; ideal: "
        "the holds back to back. LockError: turns Rasa's store refused, e.g. because another server's "
        "write erased their ticket. Keys left: keys of the round's conversation still in Redis after every "
        "turn ended (Rasa's keys have no time-to-live). Excess wait adds up every handover gap before a "
        "turn, so the last of 20 turns waits about 19 gaps beyond its share.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.write:
        args.write.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
