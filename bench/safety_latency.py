"""Latency of the safety screen per message: the rules alone (target: under
2 ms) and the screen as deployed, rules plus the sentence encoder (target:
at most 25 ms).

    .venv/bin/python bench/safety_latency.py                   # prints Markdown
    .venv/bin/python bench/safety_latency.py --write bench/results/safety_latency.md

Builds the screen once (timed separately), then assesses a few thousand
realistic messages: the development examples, the NLU training and test
messages (FAQ, chit-chat, handoff), messages made of several booking,
price and aftercare sentences with a warning sign buried among them, and
messages of about 1,000 characters. Each message is timed on its own with
perf_counter; reported are the median, p90, p99 and maximum per group and
overall. Everything runs in one process. The deployed screen is timed on
the first SAMPLE messages of each group, once after a warm-up pass (the
encoder costs milliseconds per message, the rules microseconds).
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
from typing import Dict, List

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.safety import build_screen  # noqa: E402
from assistant.safety.semantic import MAX_ENCODER_TOKENS  # noqa: E402
from bench.messages import composed, nlu_messages  # noqa: E402
from bench.reporting import git_commit, print_and_write, spread  # noqa: E402

DEV_EXAMPLES = ROOT / "tests" / "assistant" / "safety" / "dev_examples.yml"
TARGET_MS = 2.0  # the rules alone
DEPLOYED_TARGET_MS = 25.0  # rules and encoder (issue: screen plus encoder at most 25 ms)
SAMPLE = 150
ROUNDS = 3

# Sentences patients write around a question (none of them a warning sign).
CHATTER = [
    "Hi there, hope you're well.",
    "I had my first session of hair meso on Tuesday with Dr Patel.",
    "Can I rebook my next appointment for a Saturday morning?",
    "How much is a course of three sessions and do you take card?",
    "The aftercare sheet says no make-up for 12 hours, is that right?",
    "I've been using the serum you recommended twice a day.",
    "My face is a little red and there are tiny dots where the needles went.",
    "Is there parking near the clinic or should I get the bus?",
    "Thanks so much for your help last time, the receptionist was lovely!!",
    "Could you send me the price list by email please?",
    "Also, when will I start to see results on my scalp?",
    "I'm a bit nervous about needles but I'll manage.",
]
SIGNS = [
    "my throat feels tight",
    "part of my cheek has gone white and really hurts",
    "i think it's infected, there's pus",
    "im on warfarin",
    "no puedo respirar",
    "j'ai de la fièvre depuis la séance",
    "ich bin schwanger",
    "mam opryszczkę",
]


def _dev_messages() -> List[str]:
    data = yaml.safe_load(DEV_EXAMPLES.read_text(encoding="utf-8"))
    return [case["text"] for key in ("escalate", "none") for case in data[key]]


def _time(screen, messages: List[str], rounds: int = ROUNDS) -> List[float]:
    for text in messages:  # warm the word caches as a running server would be
        screen.assess(text)
    gc.collect()
    times = []
    for _ in range(rounds):
        for text in messages:
            started = time.perf_counter()
            screen.assess(text)
            times.append((time.perf_counter() - started) * 1000.0)
    return times


def _row(name: str, messages: List[str], times: List[float]) -> str:
    median, p90, p99, top = spread(times)
    chars = statistics.mean(len(m) for m in messages)
    return f"| {name} | {len(messages)} | {chars:.0f} | {median:.3f} | {p90:.3f} | {p99:.3f} | {top:.3f} |"


def run() -> str:
    rng = random.Random(20261121)
    started = time.perf_counter()
    screen = build_screen(semantic=False)
    build_s = time.perf_counter() - started
    started = time.perf_counter()
    deployed = build_screen()
    deployed_build_s = time.perf_counter() - started

    groups: Dict[str, List[str]] = {
        "development examples": _dev_messages(),
        "NLU training and test messages": nlu_messages(),
        "2-5 sentences, sign buried (~250 chars)": composed(rng, 600, 250, CHATTER, SIGNS, sign_share=0.7),
        "long messages (~1,000 chars)": composed(rng, 500, 1000, CHATTER, SIGNS, sign_share=0.7),
    }
    all_messages: List[str] = []
    all_times: List[float] = []
    rows = []
    for name, messages in groups.items():
        times = _time(screen, messages)
        rows.append(_row(name, messages, times))
        all_messages += messages
        all_times += times
    overall = sorted(all_times)
    p99 = overall[int(0.99 * len(overall))]
    verdict = "meets" if p99 < TARGET_MS and statistics.median(overall) < TARGET_MS else "MISSES"

    deployed_rows = []
    deployed_messages: List[str] = []
    deployed_times: List[float] = []
    group_medians: Dict[str, float] = {}
    for name, messages in groups.items():
        sample = messages[:SAMPLE]
        times = _time(deployed, sample, rounds=1)
        deployed_rows.append(_row(name, sample, times))
        deployed_messages += sample
        deployed_times += times
        group_medians[name] = statistics.median(times)
    deployed_median = statistics.median(deployed_times)
    slowest = max(group_medians, key=group_medians.__getitem__)
    deployed_verdict = "meets" if group_medians[slowest] <= DEPLOYED_TARGET_MS else "MISSES"
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())

    commit = git_commit()
    lines = [
        "# Safety screen latency",
        "",
        "- Command: `.venv/bin/python bench/safety_latency.py --write bench/results/safety_latency.md`",
        f"- Date: {datetime.date.today().isoformat()}, commit {commit} (plus uncommitted changes, if any)",
        f"- Machine: {platform.machine()}, Python {platform.python_version()}, 1 process, "
        f"{ROUNDS} timed rounds after one warm-up round",
        f"- Build (load and compile lexicon.yml and context.yml): {build_s:.2f} s, once per process; "
        f"with the encoder and its prototypes (embeddings from the disk cache when present): {deployed_build_s:.2f} s",
        "",
        "## The rules alone",
        "",
        "| messages | count | mean chars | median ms | p90 ms | p99 ms | max ms |",
        "|---|---|---|---|---|---|---|",
        *rows,
        _row("**all**", all_messages, all_times),
        "",
        f"Target: under {TARGET_MS:g} ms per message. Result: the screen {verdict} it "
        f"(overall median {statistics.median(overall):.3f} ms, p99 {p99:.3f} ms "
        f"over {len(overall)} timings).",
        "",
        "## As deployed: rules and sentence encoder (English messages below an emergency)",
        "",
        "| messages | count | mean chars | median ms | p90 ms | p99 ms | max ms |",
        "|---|---|---|---|---|---|---|",
        *deployed_rows,
        _row("**all**", deployed_messages, deployed_times),
        "",
        f"Target: at most {DEPLOYED_TARGET_MS:g} ms per message. Result: the slowest group's median "
        f"{deployed_verdict} it ({slowest!r}, median {group_medians[slowest]:.1f} ms; overall median "
        f"{deployed_median:.1f} ms over {len(deployed_times)} messages). A message's segments go through the encoder "
        f"in one packed forward pass of at most {MAX_ENCODER_TOKENS} word pieces (a long message: its most "
        "health-worded segments; the rules read all of it).",
        "",
        f"Load average while measuring (1/5/15 min): {load}. Single maxima and p99 include garbage-collection "
        "pauses and the other processes on the 2 shared cores.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    print_and_write(run, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
