"""When should an unfamiliar question be held back? The familiarity gate's bars, swept.

    .venv/bin/python bench/calibrate_familiarity.py [--model models/clinic.tar.gz]
        [--write bench/results/nlu_familiarity.md]

Parses every message of the held-out NLU set (`tests/nlu/`) and of three sets
of questions already scored and read (the real public questions
`tests/real_phrasing/labelled.yml` and `batch_02.yml`, and the first blind
batch `tests/blind_nlu/batch_01.yml`) once with the trained model. For each, it
reads the classifier's best answer and its probability (from under any
fallback or familiarity override) and measures, as assistant/familiarity.py
does, how close the message is to that answer's training examples. Then it
scores each setting (neighbours, min_similarity, below_probability) as if the
model held back exactly those answers:
- held-out set: right (the expected label) and wrong (another answer);
- questions: right / unsure / wrong as bench/evaluate_real_phrasing.py counts.
The blind batches written later (`tests/blind_nlu/batch_02.yml` on) are not
read here: they measure the chosen setting.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.clarify import ranked_labels  # noqa: E402
from assistant.familiarity import Familiarity, Gate  # noqa: E402
from assistant.semantic import get_encoder  # noqa: E402
from bench.compare_encoder_classifiers import nlu_examples  # noqa: E402
from bench.evaluate_nlu import parse_messages, predicted_label, quiet_rasa_logs  # noqa: E402
from bench.evaluate_real_phrasing import accepted, load_added_answers, outcome  # noqa: E402
from bench.reporting import git_commit  # noqa: E402

FALLBACK = "nlu_fallback"
QUESTION_SETS = (
    "tests/real_phrasing/labelled.yml",
    "tests/real_phrasing/batch_02.yml",
    "tests/blind_nlu/batch_01.yml",
)
NEIGHBOURS = (1, 3, 5)
MIN_SIMILARITIES = (0.0, 0.4, 0.45, 0.5, 0.55, 0.6)
BELOW_PROBABILITIES = (0.7, 0.8, 0.9, 1.01)


@dataclass(frozen=True)
class Parsed:
    final: str  # what the model answered (after the fallback, the gate, the input guard, the screen)
    label: str  # the classifier's own best answer
    probability: float
    held_back: bool  # whether the model's own gate held it back
    text: str


def parsed(parse: dict, text: str) -> Parsed:
    ranked = ranked_labels(parse)
    label, probability = ranked[0] if ranked else (predicted_label(parse), 1.0)
    held_back = bool((parse.get("familiarity") or {}).get("held_back"))
    return Parsed(predicted_label(parse), label, probability, held_back, text)


def answer(item: Parsed, similarity: float, gate: Gate, fallback_threshold: float) -> str:
    """The answer the model would give with this gate (and no other)."""
    final = item.label if item.held_back else item.final
    if final not in (FALLBACK, item.label):  # the input guard or the safety screen answered
        return final
    if item.probability < fallback_threshold:
        return FALLBACK
    return FALLBACK if gate.holds_back(item.label, item.probability, similarity, item.text) else item.label


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "clinic.tar.gz")
    parser.add_argument("--fallback-threshold", type=float, default=0.3, help="the FallbackClassifier's (config.yml)")
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    quiet_rasa_logs()

    training = nlu_examples(sorted((ROOT / "data" / "nlu").glob("*.yml")))
    held_out = nlu_examples(sorted((ROOT / "tests" / "nlu").glob("*.yml")))
    added = load_added_answers()
    questions: List[Tuple[str, Sequence[str]]] = []
    for path in QUESTION_SETS:
        for case in yaml.safe_load((ROOT / path).read_text()):
            questions.append((case["text"], accepted(case, added)))
    texts = [t for t, _ in held_out] + [t for t, _ in questions]
    items = [parsed(p, t) for p, t in zip(asyncio.run(parse_messages(args.model, texts)), texts, strict=True)]

    encoder = get_encoder()
    example_embeddings = np.asarray(encoder.encode([t for t, _ in training]), dtype=np.float32)
    question_embeddings = np.asarray(encoder.encode(texts), dtype=np.float32)
    labels = np.asarray([label for _, label in training], dtype=str)

    n_held = len(held_out)
    lines = [
        "# The familiarity gate, swept",
        "",
        f"- Command: `python bench/calibrate_familiarity.py` (commit {git_commit()})",
        f"- Held-out NLU set: {n_held} messages; questions already read: {len(questions)} ({', '.join(QUESTION_SETS)})",
        "- An answer is held back when the question's similarity to its answer's training examples "
        "(mean of the `neighbours` nearest) is below `min_similarity` AND the classifier's probability "
        "is below `below_probability` (1.01: whatever the probability). min_similarity 0.00 = no gate.",
        "",
        "| neighbours | min_similarity | below_probability | held-out right | held-out wrong "
        "| questions right | unsure | wrong |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for neighbours in NEIGHBOURS:
        familiarity = Familiarity(labels, example_embeddings, neighbours)
        similarity = [familiarity.similarity(i.label, e) for i, e in zip(items, question_embeddings, strict=True)]
        for min_similarity in MIN_SIMILARITIES:
            for below in BELOW_PROBABILITIES if min_similarity else (1.01,):
                gate = Gate(min_similarity, below)
                answers = [answer(i, s, gate, args.fallback_threshold) for i, s in zip(items, similarity, strict=True)]
                held = answers[:n_held]
                right = sum(a == gold for a, (_, gold) in zip(held, held_out, strict=True))
                wrong = sum(a not in (gold, FALLBACK) for a, (_, gold) in zip(held, held_out, strict=True))
                counts: Dict[str, int] = Counter(
                    outcome(accept, a) for a, (_, accept) in zip(answers[n_held:], questions, strict=True)
                )
                n = len(questions)
                lines.append(
                    f"| {neighbours} | {min_similarity:.2f} | {below:.2f} | {right}/{n_held} ({right / n_held:.3f}) "
                    f"| {wrong} | {counts['right']}/{n} | {counts['unsure']} "
                    f"| {counts['wrong'] + counts['escalated']} ({(counts['wrong'] + counts['escalated']) / n:.1%}) |"
                )
    text = "\n".join(lines) + "\n"
    if args.write:
        args.write.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
