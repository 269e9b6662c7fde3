"""How low may a "Did you mean...?" button go? The suggestion floor, swept on the held-out set.

    .venv/bin/python bench/calibrate_suggestions.py [--model models/clinic.tar.gz]
        [--write bench/results/suggestion_floor.md]

Parses every message of the held-out NLU set (`tests/nlu/`) once with the
trained model and keeps those the assistant would not answer (the intent is
`nlu_fallback`): the messages that get the buttons of
assistant/clarify.py. For each floor it counts how often the expected answer
is among the buttons, how many buttons there are, and how many of them are
wrong. A floor too high loses right answers; too low fills the buttons with
wrong guesses.

Few held-out messages fall back, so a second table reads every message: of
the answerable labels ranked second to fourth (the runners-up a button would
offer), how often is one in each band of probability the expected answer?
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.clarify import MAX_SUGGESTIONS, offerable, ranked_labels, suggestions  # noqa: E402
from bench.compare_encoder_classifiers import nlu_examples  # noqa: E402
from bench.evaluate_nlu import parse_messages, quiet_rasa_logs  # noqa: E402
from bench.reporting import git_commit  # noqa: E402

FLOORS = (0.0, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2)
BANDS = (0.0, 0.03, 0.05, 0.08, 0.1, 0.15, 0.3, 1.01)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "clinic.tar.gz")
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    quiet_rasa_logs()

    held_out = nlu_examples(sorted((ROOT / "tests" / "nlu").glob("*.yml")))
    parses = asyncio.run(parse_messages(args.model, [text for text, _ in held_out]))
    missed = [
        (gold, parse)
        for (_, gold), parse in zip(held_out, parses, strict=True)
        if (parse.get("intent") or {}).get("name") == "nlu_fallback"
    ]
    n = len(missed)
    lines = [
        "# The \"Did you mean...?\" floor, swept",
        "",
        f"- Command: `python bench/calibrate_suggestions.py` (commit {git_commit()})",
        f"- Held-out NLU set: {len(held_out)} messages, of which {n} fall back (the ones that get buttons)",
        f"- At most {MAX_SUGGESTIONS} buttons (plus \"something else\"); labels without an answer are never offered",
        "",
        "| floor | right answer offered | first button right | no buttons | buttons per message | wrong buttons |",
        "|---|---|---|---|---|---|",
    ]
    for floor in FLOORS:
        offered = [([s.label for s in suggestions(parse, min_confidence=floor)], gold) for gold, parse in missed]
        hit = sum(gold in labels for labels, gold in offered)
        first = sum(bool(labels) and labels[0] == gold for labels, gold in offered)
        empty = sum(not labels for labels, _ in offered)
        buttons = sum(len(labels) for labels, _ in offered)
        wrong = sum(len([label for label in labels if label != gold]) for labels, gold in offered)
        lines.append(
            f"| {floor:.2f} | {hit}/{n} | {first}/{n} | {empty}/{n} | {buttons / max(n, 1):.2f} | {wrong} |"
        )
    lines += [
        "",
        f"Runners-up (answerable labels ranked 2nd to 4th) of all {len(held_out)} messages, by probability:",
        "",
        "| probability | runners-up | of which the expected answer |",
        "|---|---|---|",
    ]
    counts = [[0, 0] for _ in BANDS[:-1]]
    for (_, gold), parse in zip(held_out, parses, strict=True):
        runners_up = [(label, p) for label, p in ranked_labels(parse) if offerable(label)][1:4]
        for label, probability in runners_up:
            band = next(i for i in range(len(BANDS) - 1) if BANDS[i] <= probability < BANDS[i + 1])
            counts[band][0] += 1
            counts[band][1] += label == gold
    for i, (seen, right) in enumerate(counts):
        share = f" ({right / seen:.0%})" if seen else ""
        lines.append(f"| {BANDS[i]:.2f}-{min(BANDS[i + 1], 1.0):.2f} | {seen} | {right}{share} |")
    text = "\n".join(lines) + "\n"
    if args.write:
        args.write.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
