"""Choose the emergency classifier's probability threshold left-one-batch-out, on data the
classifier was not trained on in each round.

    .venv/bin/python bench/calibrate_classifier.py [--write bench/results/safety_classifier_calibration.md]

For each scored batch in assistant/safety/corpus/: train the classifier on everything else
(the other batches, the prototypes, the NLU examples), then score the held-out batch with the
screen as deployed (rules, prototypes, unread-language check) without a classifier and with it
at several thresholds. Reported per batch and threshold: must-escalate messages at or above
their level, emergencies at emergency level, benign messages escalated. The screen's rules were
tuned on batches 1-3 and (two changes) 5, so batch 4 is the cleanest round; every round is
shown. Takes about 10 minutes on 2 cores (most of it embedding).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Dict, List

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.safety import build_screen  # noqa: E402
from assistant.safety.classifier import CORPUS_DIR, LabelledText, train, training_texts  # noqa: E402
from assistant.safety.screen import EMERGENCY_PROBABILITY, SafetyScreen  # noqa: E402
from assistant.safety.urgency import Urgency, rank  # noqa: E402
from assistant.semantic import get_encoder  # noqa: E402
from bench.reporting import git_commit, print_and_write  # noqa: E402

THRESHOLDS = (0.6, 0.7, 0.8, 0.9)


def _score(screen: SafetyScreen, batch: dict) -> Dict[str, int]:
    at_level = emergencies = false_alarms = 0
    for case in batch["must_escalate"]:
        got = screen.assess(case["text"]).urgency
        at_level += rank(got) >= rank(Urgency(case["urgency"]))
        emergencies += case["urgency"] == "emergency" and got is not None and got.value == "emergency"
    for case in batch["benign"]:
        false_alarms += screen.assess(case["text"]).urgency is not None
    return {"at_level": at_level, "emergencies": emergencies, "false_alarms": false_alarms}


def calibrate() -> str:
    encoder = get_encoder()
    screen = build_screen()
    items: List[LabelledText] = training_texts()
    embeddings = encoder.encode([item.text for item in items])
    batches = sorted(CORPUS_DIR.glob("*.yml"))
    lines = [
        "# Emergency classifier: threshold chosen left-one-batch-out",
        "",
        f"Commit {git_commit()}. Command: `.venv/bin/python bench/calibrate_classifier.py`.",
        f"Deployed threshold: {EMERGENCY_PROBABILITY}. Each row: the classifier trained without that batch"
        " (nor its clauses), the batch scored by the deployed screen without and with it.",
        "",
        "| held-out batch | classifier | at or above level | emergencies | false alarms |",
        "|---|---|---|---|---|",
    ]
    for path in batches:
        batch = yaml.safe_load(path.read_text(encoding="utf-8"))
        keep = np.array([not item.source.startswith(path.name) for item in items])
        classifier = train(embeddings[keep], [item.level for item in np.array(items, dtype=object)[keep]])
        totals = (len(batch["must_escalate"]), sum(c["urgency"] == "emergency" for c in batch["must_escalate"]),
                  len(batch["benign"]))
        variants = [("none", screen.with_classifier(None))] + [
            (f"p >= {t}", screen.with_classifier(classifier, t)) for t in THRESHOLDS
        ]
        for label, variant in variants:
            s = _score(variant, batch)
            lines.append(
                f"| {path.stem} | {label} | {s['at_level']}/{totals[0]} | {s['emergencies']}/{totals[1]}"
                f" | {s['false_alarms']}/{totals[2]} ({s['false_alarms'] / totals[2]:.1%}) |"
            )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print_and_write(calibrate, __doc__.splitlines()[0])
