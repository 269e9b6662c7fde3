"""Choose the emergency classifier's probability threshold left-one-batch-out, on data the
classifier was not trained on in each round.

    .venv/bin/python bench/calibrate_classifier.py [--write bench/results/safety_classifier_calibration.md]

For each scored batch in assistant/safety/corpus/: train the classifier on everything else
(the other batches, the prototypes, the NLU examples), then score the held-out batch with the
screen as deployed (rules, prototypes, unread-language check) without a classifier and with it
at several thresholds: the emergency threshold alone (no border bar), then the deployed
emergency threshold with several border bars (the lower bar used when the rules found a sign
that borders an emergency, lexicon.yml `borders:`). Reported per batch and setting:
must-escalate messages at or above their level, emergencies at emergency level, same-day
messages answered as emergencies (over-triage, allowed but costly), benign messages escalated;
then the totals over every held-out batch, from which the thresholds are chosen. The rules
were read for general fixes after each batch's first contact, so every round flatters the rules;
what it measures is what the classifier adds on a batch it was not trained on. Takes about 10
minutes on 2 cores (most of it embedding; a message's embeddings are computed once and reused
by every setting).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Dict, List

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.safety import build_screen  # noqa: E402
from assistant.safety.classifier import CORPUS_DIR, LabelledText, train, training_texts  # noqa: E402
from assistant.safety.screen import BORDER_PROBABILITY, EMERGENCY_PROBABILITY, SafetyScreen  # noqa: E402
from assistant.safety.urgency import Urgency, rank  # noqa: E402
from assistant.semantic import get_encoder  # noqa: E402
from bench.reporting import git_commit, print_and_write  # noqa: E402

THRESHOLDS = (0.6, 0.7, 0.8, 0.9)
BORDER_THRESHOLDS = (0.4, 0.5, 0.6)
OFF = 1.01  # a probability bar no reading reaches


def _score(screen: SafetyScreen, batch: dict) -> Dict[str, int]:
    at_level = emergencies = raised = false_alarms = 0
    for case in batch["must_escalate"]:
        got = screen.assess(case["text"]).urgency
        at_level += rank(got) >= rank(Urgency(case["urgency"]))
        emergencies += case["urgency"] == "emergency" and got is Urgency.EMERGENCY
        raised += case["urgency"] == "same_day" and got is Urgency.EMERGENCY
    for case in batch["benign"]:
        false_alarms += screen.assess(case["text"]).urgency is not None
    return {"at_level": at_level, "emergencies": emergencies, "raised": raised, "false_alarms": false_alarms}


def calibrate() -> str:
    encoder = get_encoder()
    screen = build_screen()
    signal = screen._semantic
    assert signal is not None, "the sentence encoder is needed to calibrate the classifier"
    # A message's embeddings do not depend on the classifier: compute them once for every setting.
    signal.score = functools.lru_cache(maxsize=None)(signal.score)  # type: ignore[method-assign]
    items: List[LabelledText] = training_texts()
    embeddings = encoder.encode([item.text for item in items])
    batches = sorted(CORPUS_DIR.glob("*.yml"))
    settings = [("none", None, OFF, None)] + [(f"p >= {t}", True, t, None) for t in THRESHOLDS] + [
        (f"p >= {EMERGENCY_PROBABILITY}, border {b}", True, EMERGENCY_PROBABILITY, b) for b in BORDER_THRESHOLDS
    ]
    lines = [
        "# Emergency classifier: thresholds chosen left-one-batch-out",
        "",
        f"Commit {git_commit()}. Command: `.venv/bin/python bench/calibrate_classifier.py`.",
        f"Deployed: emergency threshold {EMERGENCY_PROBABILITY}, border bar {BORDER_PROBABILITY}. Each row: the"
        " classifier trained without that batch (nor its clauses), the batch scored by the deployed screen"
        " without and with it. `same-day raised`: same-day messages answered as emergencies.",
        "",
        "| held-out batch | classifier | at or above level | emergencies | same-day raised | false alarms |",
        "|---|---|---|---|---|---|",
    ]
    totals_by_setting: Dict[str, Dict[str, int]] = {}
    grand = {"must": 0, "emergency": 0, "same_day": 0, "benign": 0}
    for path in batches:
        batch = yaml.safe_load(path.read_text(encoding="utf-8"))
        keep = np.array([not item.source.startswith(path.name) for item in items])
        classifier = train(embeddings[keep], [item.level for item in np.array(items, dtype=object)[keep]])
        must = batch["must_escalate"]
        totals = (len(must), sum(c["urgency"] == "emergency" for c in must),
                  sum(c["urgency"] == "same_day" for c in must), len(batch["benign"]))
        for key, value in zip(("must", "emergency", "same_day", "benign"), totals, strict=True):
            grand[key] += value
        for label, uses, threshold, border in settings:
            variant = screen.with_classifier(classifier if uses else None, threshold, border)
            s = _score(variant, batch)
            summed = totals_by_setting.setdefault(label, dict.fromkeys(s, 0))
            for key, value in s.items():
                summed[key] += value
            lines.append(
                f"| {path.stem} | {label} | {s['at_level']}/{totals[0]} | {s['emergencies']}/{totals[1]}"
                f" | {s['raised']}/{totals[2]} | {s['false_alarms']}/{totals[3]}"
                f" ({s['false_alarms'] / totals[3]:.1%}) |"
            )
    lines += [
        "",
        "## Totals over every held-out batch",
        "",
        "| classifier | at or above level | emergencies | same-day raised | false alarms |",
        "|---|---|---|---|---|",
    ]
    for label, s in totals_by_setting.items():
        lines.append(
            f"| {label} | {s['at_level']}/{grand['must']} | {s['emergencies']}/{grand['emergency']}"
            f" | {s['raised']}/{grand['same_day']} | {s['false_alarms']}/{grand['benign']}"
            f" ({s['false_alarms'] / grand['benign']:.1%}) |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print_and_write(calibrate, __doc__.splitlines()[0])
