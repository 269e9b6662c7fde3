"""Latency of the semantic safety signal per message (target: about 15 ms for a short one).

    .venv/bin/python bench/semantic_latency.py
    .venv/bin/python bench/semantic_latency.py --write bench/results/semantic_latency.md

Times, message by message with perf_counter, after one warm-up round:
- the encoder alone (assistant.semantic: one forward pass over the message), and
- SemanticSignal.assess (cut into at most 8 segments, one batched forward pass, comparison
  with every prototype, decision),
for short messages (the NLU training and test messages, a few words each), for messages of
2-5 sentences (~250 characters) and for long ones (~1,000 characters). Reports the median,
p90, p99 and maximum per group. One process; numpy's BLAS uses the machine's 2 cores as it
would in the server.
"""

from __future__ import annotations

import datetime
import gc
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.safety.semantic import build_semantic_signal  # noqa: E402
from assistant.semantic import get_encoder  # noqa: E402
from bench.messages import composed, nlu_messages  # noqa: E402
from bench.reporting import git_commit, print_and_write, spread  # noqa: E402

ROUNDS = 2
SHORT_SAMPLE = 200

# Sentences patients write around a question, and a few warnings to bury among them.
CHATTER = [
    "Hi there, hope you're well.",
    "I had my first session of hair meso on Tuesday with the nurse.",
    "Can I move my next appointment to a Saturday morning?",
    "How much is a course of three sessions and do you take card?",
    "The aftercare sheet says no make-up for 12 hours, is that right?",
    "I've been using the serum you recommended twice a day.",
    "Is there parking near the clinic or should I get the bus?",
    "Thanks so much for your help last time, the receptionist was lovely!!",
    "Could you send me the price list by email please?",
    "Also, when will I start to see results on my scalp?",
]
SIGNS = [
    "my neck feels huge and food won't go down",
    "a patch on my cheek has gone pale and it really hurts",
    "there's yellow stuff oozing from one of the spots",
    "i'm on warfarin",
]


def _short_messages(rng: random.Random) -> List[str]:
    out = nlu_messages()
    rng.shuffle(out)
    return out[:SHORT_SAMPLE]


def _time(call: Callable[[str], object], messages: List[str]) -> List[float]:
    for text in messages[:20]:
        call(text)
    gc.collect()
    times = []
    for _ in range(ROUNDS):
        for text in messages:
            started = time.perf_counter()
            call(text)
            times.append((time.perf_counter() - started) * 1000.0)
    return times


def _row(name: str, what: str, messages: List[str], times: List[float]) -> str:
    median, p90, p99, top = spread(times)
    words = statistics.mean(len(m.split()) for m in messages)
    return (
        f"| {name} | {what} | {len(messages)} | {words:.0f} | {median:.1f} | {p90:.1f} | {p99:.1f} | {top:.1f} |"
    )


def run() -> str:
    rng = random.Random(20261204)
    started = time.perf_counter()
    encoder = get_encoder()
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    signal = build_semantic_signal()  # no disk cache: the cost of embedding every prototype
    build_s = time.perf_counter() - started

    groups: Dict[str, List[str]] = {
        "short (NLU messages)": _short_messages(rng),
        "2-5 sentences (~250 chars)": composed(rng, 80, 250, CHATTER, SIGNS),
        "long (~1,000 chars)": composed(rng, 50, 1000, CHATTER, SIGNS),
    }
    rows = []
    for name, messages in groups.items():
        rows.append(_row(name, "encoder, whole message", messages, _time(lambda t: encoder.encode([t]), messages)))
        rows.append(_row(name, "SemanticSignal.assess", messages, _time(signal.assess, messages)))
    segments = {name: statistics.mean(len(signal.assess(m).segments) for m in ms) for name, ms in groups.items()}
    commit = git_commit()
    return "\n".join([
        "# Semantic safety signal latency",
        "",
        "- Command: `.venv/bin/python bench/semantic_latency.py --write bench/results/semantic_latency.md`",
        f"- Date: {datetime.date.today().isoformat()}, commit {commit} (plus uncommitted changes, if any)",
        f"- Machine: {platform.machine()}, Python {platform.python_version()}, 2 cores shared with other work, "
        f"{ROUNDS} timed rounds after a warm-up; load average at the end {os.getloadavg()[0]:.1f} "
        "(above 2, other work was competing for the cores and the figures are inflated)",
        f"- Load and verify the model (SHA-256 of 91 MB, safetensors): {load_s:.2f} s; embed the "
        f"{len(signal.prototypes.texts)} prototypes without the disk cache: {build_s:.2f} s (once per process)",
        "- Segments embedded per message by assess: "
        + ", ".join(f"{name} {count:.1f}" for name, count in segments.items()),
        "",
        "| messages | what | count | mean words | median ms | p90 ms | p99 ms | max ms |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        "Maxima and p99 include other processes on the 2 shared cores and garbage-collection pauses.",
        "",
    ])


def main() -> None:
    print_and_write(run, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
