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
what it measures is what the classifier adds on a batch it was not trained on. The lower bars
(same day, review) are measured the same way: the classifier may then add a same-day or review
reading where the rules found nothing at that level. A same-day bar is also measured on the messages
the deployed screen already escalates only ("escalated only": it may raise a review reading to same
day, never escalate a message the screen leaves alone), which cannot add a false alarm; its cost is
review messages answered as same day or higher (`review raised`). Takes about 20 minutes on 2 cores
(most of it embedding; a message's embeddings are computed once and reused by every setting).
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Mapping

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.safety import build_screen  # noqa: E402
from assistant.safety.classifier import CORPUS_DIR, LabelledText, train, training_texts  # noqa: E402
from assistant.safety.screen import (  # noqa: E402
    BORDER_PROBABILITY,
    EMERGENCY_PROBABILITY,
    LOWER_PROBABILITIES,
    SafetyScreen,
)
from assistant.safety.urgency import Urgency, rank  # noqa: E402
from assistant.semantic import get_encoder  # noqa: E402
from bench.reporting import git_commit, print_and_write  # noqa: E402

THRESHOLDS = (0.7, 0.8, 0.9)
BORDER_THRESHOLDS = (0.6,)
# (same-day bar, review bar); None: that level is not added by the classifier.
LOWER_BARS = (
    (0.95, None),
    (0.9, None),
    (0.8, None),
    (0.7, None),
    (None, 0.95),
    (None, 0.9),
    (None, 0.8),
    (None, 0.7),
    (0.8, 0.9),
    (0.8, 0.8),
    (0.7, 0.7),
)
# Same-day bars applied only to messages the deployed screen already escalates.
ESCALATED_ONLY_SAME_DAY_BARS = (0.9, 0.8, 0.7)
OFF = 1.01  # a probability bar no reading reaches
COUNTS = ("at_level", "emergencies", "same_day", "review", "raised", "review_raised", "false_alarms")


@dataclass(frozen=True)
class Setting:
    label: str
    uses_classifier: bool
    threshold: float
    border: float | None = None
    lower: Mapping[Urgency, float] = field(default_factory=dict)
    escalated_only: bool = False  # the lower bars apply only where the deployed screen escalates


def _settings() -> List[Setting]:
    out = [Setting("none", False, OFF)]
    out += [Setting(f"p >= {t}", True, t) for t in THRESHOLDS]
    out += [
        Setting(f"p >= {EMERGENCY_PROBABILITY}, border {b}", True, EMERGENCY_PROBABILITY, b) for b in BORDER_THRESHOLDS
    ]
    for same_day, review in LOWER_BARS:
        lower = {
            level: bar for level, bar in ((Urgency.SAME_DAY, same_day), (Urgency.REVIEW, review)) if bar is not None
        }
        described = ", ".join(f"{level.value} {bar}" for level, bar in lower.items())
        out.append(
            Setting(f"p >= {EMERGENCY_PROBABILITY}, lower: {described}", True, EMERGENCY_PROBABILITY, None, lower)
        )
    out += [
        Setting(
            f"p >= {EMERGENCY_PROBABILITY}, escalated only: same_day {bar}",
            True,
            EMERGENCY_PROBABILITY,
            None,
            {Urgency.SAME_DAY: bar},
            escalated_only=True,
        )
        for bar in ESCALATED_ONLY_SAME_DAY_BARS
    ]
    return out


def _score(screen: SafetyScreen, batch: dict, deployed: SafetyScreen | None = None) -> Dict[str, int]:
    """Counts for one batch. With `deployed`, a message that screen leaves alone stays alone."""

    def urgency(text: str) -> Urgency | None:
        if deployed is not None and deployed.assess(text).urgency is None:
            return None
        return screen.assess(text).urgency

    counts = dict.fromkeys(COUNTS, 0)
    for case in batch["must_escalate"]:
        got = urgency(case["text"])
        reached = rank(got) >= rank(Urgency(case["urgency"]))
        counts["at_level"] += reached
        counts["emergencies"] += case["urgency"] == "emergency" and reached
        counts["same_day"] += case["urgency"] == "same_day" and reached
        counts["review"] += case["urgency"] == "review" and reached
        counts["raised"] += case["urgency"] == "same_day" and got is Urgency.EMERGENCY
        counts["review_raised"] += case["urgency"] == "review" and got is not None and rank(got) > rank(Urgency.REVIEW)
    for case in batch["benign"]:
        counts["false_alarms"] += urgency(case["text"]) is not None
    return counts


def _row(first: str, label: str, s: Dict[str, int], totals: Dict[str, int]) -> str:
    cells = [first, label] + [f"{s[key]}/{totals[key]}" for key in COUNTS[:-1]]
    cells.append(
        f"{s['false_alarms']}/{totals['false_alarms']} ({s['false_alarms'] / max(totals['false_alarms'], 1):.1%})"
    )
    return "| " + " | ".join(cells) + " |"


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
    settings = _settings()
    header = (
        "| {} | classifier | at or above level | emergencies | same day | review | same-day raised | review raised"
        " | false alarms |"
    )
    lines = [
        "# Safety classifier: bars chosen left-one-batch-out",
        "",
        f"Commit {git_commit()}. Command: `.venv/bin/python bench/calibrate_classifier.py`.",
        f"Deployed: emergency bar {EMERGENCY_PROBABILITY}, border bar {BORDER_PROBABILITY}, lower bars"
        f" {({level.value: bar for level, bar in LOWER_PROBABILITIES.items()}) or 'off'}. Each row: the"
        " classifier trained without that batch (nor its clauses), the batch scored by the deployed screen"
        " without and with it. Columns per level: messages of that level escalated at or above it."
        " `same-day raised`: same-day messages answered as emergencies; `review raised`: review messages"
        " answered as same day or higher. `escalated only`: the same-day bar applied only to messages the"
        " screen escalates with the deployed bars (it cannot add a false alarm).",
        "",
        header.format("held-out batch"),
        "|---|---|---|---|---|---|---|---|---|",
    ]
    totals_by_setting: Dict[str, Dict[str, int]] = {}
    grand = dict.fromkeys(COUNTS, 0)
    for path in batches:
        batch = yaml.safe_load(path.read_text(encoding="utf-8"))
        keep = np.array([not item.source.startswith(path.name) for item in items])
        classifier = train(embeddings[keep], [item.level for item in np.array(items, dtype=object)[keep]])
        must = batch["must_escalate"]
        totals = {
            "at_level": len(must),
            "emergencies": sum(c["urgency"] == "emergency" for c in must),
            "same_day": sum(c["urgency"] == "same_day" for c in must),
            "review": sum(c["urgency"] == "review" for c in must),
            "raised": sum(c["urgency"] == "same_day" for c in must),
            "review_raised": sum(c["urgency"] == "review" for c in must),
            "false_alarms": len(batch["benign"]),
        }
        for key, value in totals.items():
            grand[key] += value
        deployed = screen.with_classifier(classifier)
        for setting in settings:
            variant = screen.with_classifier(
                classifier if setting.uses_classifier else None, setting.threshold, setting.border, setting.lower
            )
            s = _score(variant, batch, deployed if setting.escalated_only else None)
            summed = totals_by_setting.setdefault(setting.label, dict.fromkeys(s, 0))
            for key, value in s.items():
                summed[key] += value
            lines.append(_row(path.stem, setting.label, s, totals))
        print(f"{path.stem} done", file=sys.stderr, flush=True)
    lines += [
        "",
        "## Totals over every held-out batch",
        "",
        header.format("batches"),
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for label, s in totals_by_setting.items():
        lines.append(_row(f"{len(batches)}", label, s, grand))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print_and_write(calibrate, __doc__.splitlines()[0])
