"""What a big chat message costs, and what it costs everyone else.

    python bench/message_size.py --url http://localhost:5005 --write bench/results/message_size.md

Against a running assistant (REST, on this machine): for messages from a
short question up to far over CHAT_MAX_MESSAGE_CHARS (the channel cuts them
before the NLU), the time of the big message's own turn, and the time of a
short question in another conversation sent while the big one is in flight.
Bounded: ROUNDS turns per size, each with a 60 s timeout.
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import List, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.chat_client import RestConversation, send, start_conversation  # noqa: E402
from bench.reporting import git_commit, spread  # noqa: E402

ROUNDS = 5
QUESTION = "does mesotherapy hurt?"
SENTENCE = "how long does a mesotherapy session take "
# Messages of given lengths: sentences, and one-letter words (the most tokens per character).
MESSAGES: List[Tuple[str, str]] = [
    ("short question", QUESTION),
    ("1,500 characters, sentences", (SENTENCE * 40)[:1500]),
    ("10,000 characters, sentences", (SENTENCE * 250)[:10_000]),
    ("10,000 characters, one-letter words", "x " * 5000),
    ("100,000 characters, sentences (cut to the cap)", (SENTENCE * 2500)[:100_000]),
    ("100,000 characters, one-letter words (cut to the cap)", "x " * 50_000),
]


def warm(url: str) -> RestConversation:
    conversation = start_conversation(url)
    send(conversation, "hi", timeout=60)  # the disclaimer turn, not measured
    return conversation


def timed(conversation: RestConversation, text: str) -> float:
    started = time.perf_counter()
    send(conversation, text, timeout=60)
    return time.perf_counter() - started


def measure(url: str, text: str) -> Tuple[List[float], List[float]]:
    """The big message's turn times, and a short question's in another conversation meanwhile."""
    own: List[float] = []
    others: List[float] = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        for _ in range(ROUNDS):
            big, other = warm(url), warm(url)
            big_turn = pool.submit(timed, big, text)
            time.sleep(0.01)  # the big message first
            others.append(timed(other, QUESTION))
            own.append(big_turn.result())
    return own, others


def report(url: str) -> str:
    for _ in range(3):  # a fresh server's first turns are slow; not measured
        timed(warm(url), QUESTION)
    lines = [
        "# What a big chat message costs",
        "",
        f"Commit {git_commit()}; `python bench/message_size.py --url {url} --write bench/results/message_size.md`",
        "against this assistant's Rasa and action servers (default settings: CHAT_MAX_MESSAGE_CHARS 10,000),",
        f"after a warm-up. {ROUNDS} rounds per size; milliseconds, median / max. Rasa runs the NLU on its",
        "event loop, so the other conversation waits for the big message's understanding to finish.",
        "",
        "| message | its own turn | a short question in another conversation meanwhile |",
        "|---|---|---|",
    ]
    for label, text in MESSAGES:
        own, others = measure(url, text)
        own_median, _, _, own_max = spread(own)
        other_median, _, _, other_max = spread(others)
        lines.append(
            f"| {label} | {own_median * 1000:.0f} / {own_max * 1000:.0f} "
            f"| {other_median * 1000:.0f} / {other_max * 1000:.0f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://localhost:5005")
    parser.add_argument("--write", type=Path, help="also write the Markdown report to this file")
    args = parser.parse_args()
    if not args.url.startswith(("http://localhost", "http://127.0.0.1")):
        parser.error("the benchmark only targets servers on this machine (localhost)")
    text = report(args.url)
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
