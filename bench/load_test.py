"""Drive a Rasa REST webhook with concurrent conversations and report latency.

    python bench/load_test.py --url http://localhost:5005 --conversations 20 --turns 10 --rounds 5 --label ours

Each conversation is started as any REST client starts one (the server
issues its id and token) and sends `--turns` messages one after another (a
patient waits for the answer before typing again); all conversations run at once.
With --rounds, does it again with fresh conversations and pools the rounds.
Prints p50/p95/p99 latency and throughput, and appends a JSON line to
--record (if given) for bench/summarise_load.py. Bounded: at most
rounds x conversations x turns requests, each with a 60 s timeout; loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import time
import uuid
from pathlib import Path
from typing import Dict, List, Tuple

import aiohttp

# A realistic mix: greetings, FAQ questions in patients' words, thanks.
SCRIPT = [
    "hi there",
    "what is mesotherapy exactly",
    "does it hurt much?",
    "how many sessions would i need for my face",
    "how long till i see results",
    "can i wear makeup the next day",
    "when can i go back to the gym after",
    "is it safe? is it approved",
    "thanks that's helpful",
    "bye",
]


def disguised(text: str, rng: random.Random) -> str:
    """The text with a random mix of upper and lower case. Both assistants read text lower-cased
    (the n-gram featurizers and the uncased sentence encoder), so their work is the same; but
    every conversation's messages differ, so nothing computed for one conversation (this
    assistant keeps recent sentence embeddings, assistant/semantic/encoder.py) is reused by
    another, as it would not be with real patients' messages."""
    return "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in text)


def percentile(values: List[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


async def start_conversation(session: aiohttp.ClientSession, url: str) -> Tuple[str, Dict[str, str]]:
    """A conversation id and the headers that present its token. This assistant
    issues both (POST /webhooks/rest/conversations, assistant/chat_access.py);
    Rasa's stock REST channel has no such route (404) and takes any id."""
    async with session.post(f"{url}/webhooks/rest/conversations") as response:
        if response.status == 404:
            return f"bench-{uuid.uuid4().hex[:12]}", {}
        response.raise_for_status()
        body = await response.json()
    return body["sender"], {"Authorization": f"Bearer {body['token']}"}


async def conversation(session: aiohttp.ClientSession, url: str, turns: int, latencies: List[float]) -> int:
    sender, headers = await start_conversation(session, url)  # not timed: only the messages are
    failures = 0
    rng = random.Random(sender)
    for turn in range(turns):
        text = disguised(SCRIPT[turn % len(SCRIPT)], rng)
        started = time.perf_counter()
        try:
            async with session.post(
                f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, headers=headers
            ) as response:
                body = await response.json()
                if response.status != 200 or not body:
                    failures += 1
        except (aiohttp.ClientError, asyncio.TimeoutError):
            failures += 1
        latencies.append(time.perf_counter() - started)
    return failures


async def run(url: str, conversations: int, turns: int, rounds: int = 1) -> dict:
    latencies: List[float] = []
    failures = 0
    elapsed = 0.0
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        # One warm-up turn so model loading and caches are not measured.
        await conversation(session, url, 1, [])
        # Rounds of fresh conversations, pooled: one round of 200 requests
        # lasts a few seconds, short enough for a noisy neighbour to skew it.
        for _ in range(rounds):
            started = time.perf_counter()
            round_failures = await asyncio.gather(
                *(conversation(session, url, turns, latencies) for _ in range(conversations))
            )
            elapsed += time.perf_counter() - started
            failures += sum(round_failures)
    return {
        "requests": len(latencies),
        "failures": failures,
        "seconds": elapsed,
        "throughput_rps": len(latencies) / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * percentile(latencies, 95),
        "p99_ms": 1000 * percentile(latencies, 99),
    }


def main(argv: List[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=1, help="repeat with fresh conversations, results pooled")
    parser.add_argument("--label", default="assistant")
    parser.add_argument("--record", type=Path)
    args = parser.parse_args(argv)
    if not args.url.startswith(("http://localhost", "http://127.0.0.1")):
        parser.error("the benchmark only targets servers on this machine (localhost)")

    result = {"label": args.label, "conversations": args.conversations, "turns": args.turns, "rounds": args.rounds}
    result.update(asyncio.run(run(args.url, args.conversations, args.turns, args.rounds)))
    print(
        f"{args.label}: {result['requests']} requests ({result['failures']} failed) in {result['seconds']:.1f}s  "
        f"throughput {result['throughput_rps']:.1f} req/s  p50 {result['p50_ms']:.0f} ms  "
        f"p95 {result['p95_ms']:.0f} ms  p99 {result['p99_ms']:.0f} ms"
    )
    if args.record:
        with args.record.open("a") as record:
            record.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
