"""Where does a turn's time go? In-process profile of a trained Rasa model.

    python bench/profile_turn.py --model models/clinic.tar.gz --label "clinic assistant"

Loads the model with an in-memory tracker store (no HTTP, no database), then
times NLU alone (parse_message) and whole turns (handle_text: NLU, policies,
responses) over the load benchmark's script, and lists the functions with
the most cumulative time. Prints Markdown.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import statistics
import time
import uuid
from pathlib import Path

from evaluate_nlu import quiet_rasa_logs
from load_test import SCRIPT

ROUNDS = 10


def latest_model(path: Path) -> Path:
    if path.is_file():
        return path
    return max(path.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)


async def measure(model: Path) -> str:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    # Warm up every code path (TensorFlow traces its graphs on first use).
    for text in SCRIPT:
        await agent.handle_text(text, sender_id="warm-up")

    parse_times = []
    for _ in range(ROUNDS):
        for text in SCRIPT:
            started = time.perf_counter()
            await agent.parse_message(text)
            parse_times.append(time.perf_counter() - started)

    turn_times = []
    profiler = cProfile.Profile()
    for _ in range(ROUNDS):
        sender = uuid.uuid4().hex
        for text in SCRIPT:
            started = time.perf_counter()
            profiler.enable()
            await agent.handle_text(text, sender_id=sender)
            profiler.disable()
            turn_times.append(time.perf_counter() - started)

    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(r"rasa/(nlu|core/policies|core/processor|engine)", 18)
    nlu_ms = 1000 * statistics.mean(parse_times)
    turn_ms = 1000 * statistics.mean(turn_times)
    return (
        f"- NLU only: {nlu_ms:.1f} ms per message; whole turn (NLU + policies + responses): {turn_ms:.1f} ms; "
        f"so dialogue prediction and responses take about {turn_ms - nlu_ms:.1f} ms\n\n"
        "<details><summary>cProfile, cumulative time, Rasa NLU / policies / processor</summary>\n\n```\n"
        + "\n".join(line for line in out.getvalue().splitlines() if line.strip())[-6000:]
        + "\n```\n</details>\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--label", required=True)
    args = parser.parse_args()
    quiet_rasa_logs()
    print(f"### Profile: {args.label}\n")
    print(asyncio.run(measure(latest_model(args.model))))


if __name__ == "__main__":
    main()
