"""The sentence encoder's cost per message, before and after packing: the segments of one message
embedded as before (batches of similar length, padded, one forward pass per batch, every segment)
and as now (one packed forward pass within the word-piece budget), interleaved message by message
so that both meet the same load on the shared cores.

    .venv/bin/python bench/encoder_packing.py [--write bench/results/encoder_packing.md]
"""

from __future__ import annotations

import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.safety import build_screen  # noqa: E402
from assistant.safety.semantic import MAX_ENCODER_TOKENS, segment  # noqa: E402
from assistant.semantic import get_encoder  # noqa: E402
from bench.messages import composed, nlu_messages  # noqa: E402
from bench.reporting import git_commit, print_and_write  # noqa: E402
from bench.safety_latency import CHATTER, SIGNS  # noqa: E402

SAMPLE = 100


def run() -> str:
    encoder = get_encoder()
    signal = build_screen()._semantic
    assert signal is not None
    rng = random.Random(20261121)
    groups: Dict[str, List[str]] = {
        "NLU training and test messages": nlu_messages()[:SAMPLE],
        "2-5 sentences, sign buried (~250 chars)": composed(rng, SAMPLE, 250, CHATTER, SIGNS, sign_share=0.7),
        "long messages (~1,000 chars)": composed(rng, SAMPLE, 1000, CHATTER, SIGNS, sign_share=0.7),
    }
    rows = []
    for name, messages in groups.items():
        before: List[float] = []
        after: List[float] = []
        pieces_before: List[int] = []
        pieces_after: List[int] = []
        for text in messages:
            segments, _ = segment(text)
            kept, _ = signal._within_budget(segments)
            started = time.perf_counter()
            encoder.encode(list(segments))
            before.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            encoder.encode_packed(kept)
            after.append((time.perf_counter() - started) * 1000)
            pieces_before.append(sum(len(encoder.token_ids(s)) for s in segments))
            pieces_after.append(sum(len(encoder.token_ids(s)) for s in kept))
        rows.append(
            f"| {name} | {len(messages)} | {statistics.mean(pieces_before):.0f} | {statistics.median(before):.1f}"
            f" | {statistics.mean(pieces_after):.0f} | {statistics.median(after):.1f} |"
        )
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    return "\n".join(
        [
            "# Sentence encoder per message: separate padded passes vs one packed pass within a budget",
            "",
            "- Command: `.venv/bin/python bench/encoder_packing.py --write bench/results/encoder_packing.md`",
            f"- Date: {datetime.date.today().isoformat()}, commit {git_commit()} (plus uncommitted changes, if any)",
            f"- Budget: {MAX_ENCODER_TOKENS} word pieces per message. Load average (1/5/15 min) at the end: {load}",
            "",
            "| messages | count | word pieces before | median ms before | word pieces after | median ms after |",
            "|---|---|---|---|---|---|",
            *rows,
            "",
            "Before: every segment, in padded batches of similar length (one pass per batch). After: the"
            " segments within the budget (a long message: its most health-worded ones) laid end to end in"
            " one pass, each attending only to itself. The cost is the encoder's arithmetic, about linear"
            " in word pieces; what packing removes is padding and per-pass overhead, what the budget"
            " removes is the word pieces of a long message's chatter.",
            "",
        ]
    )


def main() -> None:
    print_and_write(run, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
