"""Where should "I'm not sure" start? The fallback threshold, swept on two test sets.

    .venv/bin/python bench/calibrate_nlu_fallback.py [--model models/clinic.tar.gz]
        [--write bench/results/nlu_fallback_threshold.md]

Parses every message of the held-out NLU set (`tests/nlu/`) and of the real
public patient questions (`tests/real_phrasing/labelled.yml`) once with the
trained model, reads the classifier's own best label and its probability
(before the FallbackClassifier replaced it), and scores each threshold as if
the model had been trained with it:
- held-out set: the share answered with the expected label (what `make eval`
  reports: a fallback counts as a miss), and the share answered wrongly;
- real questions: right / unsure / wrong as bench/evaluate_real_phrasing.py counts them.
Messages that the input guard or the safety screen answered instead keep that
answer at every threshold. A confident wrong answer is the worst outcome, an
honest "I'm not sure" costs a rephrase: the threshold is the lowest that keeps
wrong real answers near their minimum without losing held-out accuracy.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Dict, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.compare_encoder_classifiers import nlu_examples  # noqa: E402
from bench.evaluate_nlu import parse_messages, predicted_label, quiet_rasa_logs  # noqa: E402
from bench.evaluate_real_phrasing import accepted, load_added_answers, outcome  # noqa: E402
from bench.reporting import git_commit  # noqa: E402

FALLBACK = "nlu_fallback"
THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def classifier_choice(parse: dict) -> Tuple[str, float]:
    """The classifier's best label and probability, from under the fallback's override."""
    ranking = [r for r in parse.get("intent_ranking") or [] if r.get("name") != FALLBACK]
    if not ranking:
        return predicted_label(parse), 1.0
    top = ranking[0]
    if top["name"] == "faq":
        selected = parse.get("response_selector", {}).get("faq", {}).get("response", {})
        return selected.get("intent_response_key") or "faq/None", float(top["confidence"])
    return str(top["name"]), float(top["confidence"])


def at_threshold(final: str, choice: Tuple[str, float], threshold: float) -> str:
    label, confidence = choice
    if final not in (FALLBACK, label):  # the input guard or the safety screen answered
        return final
    return label if confidence >= threshold else FALLBACK


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "clinic.tar.gz")
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    quiet_rasa_logs()

    held_out = nlu_examples(sorted((ROOT / "tests" / "nlu").glob("*.yml")))
    cases = yaml.safe_load((ROOT / "tests" / "real_phrasing" / "labelled.yml").read_text())
    parses = asyncio.run(parse_messages(args.model, [t for t, _ in held_out] + [c["text"] for c in cases]))
    parsed = [(predicted_label(parse), classifier_choice(parse)) for parse in parses]
    held_parsed, real_parsed = parsed[: len(held_out)], parsed[len(held_out):]

    added = load_added_answers()
    lines = [
        "# The NLU fallback threshold, swept",
        "",
        f"- Command: `python bench/calibrate_nlu_fallback.py` (commit {git_commit()})",
        f"- Held-out NLU set: {len(held_out)} messages; real questions: {len(cases)}",
        "",
        "| threshold | held-out right | held-out wrong | real right | real unsure | real wrong |",
        "|---|---|---|---|---|---|",
    ]
    for threshold in THRESHOLDS:
        held = [at_threshold(final, choice, threshold) for final, choice in held_parsed]
        held_right = sum(p == gold for p, (_, gold) in zip(held, held_out, strict=True))
        held_wrong = sum(p != gold and p != FALLBACK for p, (_, gold) in zip(held, held_out, strict=True))
        real: Dict[str, int] = {"right": 0, "unsure": 0, "escalated": 0, "wrong": 0}
        for case, (final, choice) in zip(cases, real_parsed, strict=True):
            real[outcome(accepted(case, added), at_threshold(final, choice, threshold))] += 1
        n = len(held_out)
        lines.append(
            f"| {threshold:.2f} | {held_right}/{n} ({held_right / n:.3f}) | {held_wrong} | "
            f"{real['right']} | {real['unsure']} | {real['wrong'] + real['escalated']} |"
        )
    text = "\n".join(lines) + "\n"
    if args.write:
        args.write.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
