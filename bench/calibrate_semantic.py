"""Choose the semantic safety signal's thresholds and margin (assistant/safety/semantic.py).

    .venv/bin/python bench/calibrate_semantic.py
    .venv/bin/python bench/calibrate_semantic.py --write bench/results/semantic_calibration.md

Reads the English cases of tests/safety/evaluation.yml (the project's regression suite: the
encoder is English-only), embeds each message's segments once, then applies the decision
rule of SemanticSignal.decide for a grid of thresholds and margins:

    a situation is flagged when, in one segment, its best similarity >= the threshold of its
    urgency AND exceeds that segment's best benign similarity by >= the margin

and prints, per grid point, the recall per urgency level (must_escalate cases flagged at the
specified level or higher) and the false alarms (benign cases flagged at all). Table 1 uses one
threshold for every level; table 2 lets the emergency threshold go lower than the others
("when unsure, the higher") and lists the settings that no other setting beats on emergency
recall, total recall and false alarms together. The constants in semantic.py are marked
"<- in use"; the script checks that its fast grid reproduces SemanticSignal.assess for them.

The rule-based screen's own result on the same cases is printed for reference: the semantic
signal is a second signal beside it, not a replacement.
"""

from __future__ import annotations

import datetime
import itertools
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Mapping, Tuple

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.safety import build_screen  # noqa: E402
from assistant.safety.semantic import MARGIN, THRESHOLDS, SegmentScores, build_semantic_signal  # noqa: E402
from assistant.safety.urgency import Urgency, rank  # noqa: E402
from bench.reporting import git_commit, print_and_write  # noqa: E402

EVAL = ROOT / "tests" / "safety" / "evaluation.yml"
MAX_FALSE_ALARMS = 0.03
LEVELS = (Urgency.EMERGENCY, Urgency.SAME_DAY, Urgency.REVIEW)
UNIFORM = (0.50, 0.55, 0.60, 0.65, 0.70)
MARGINS = (0.0, 0.03, 0.05, 0.08, 0.10, 0.12)
EMERGENCY_GRID = (0.45, 0.50, 0.55, 0.60, 0.65)
OTHER_GRID = (0.55, 0.60, 0.65, 0.70, 0.75)


@dataclass(frozen=True)
class Case:
    text: str
    need: Urgency | None  # None: benign
    scores: SegmentScores
    screen: Urgency | None


@dataclass(frozen=True)
class Outcome:
    hits: Mapping[Urgency, int]
    totals: Mapping[Urgency, int]
    false_alarms: int
    benign: int

    def recall(self, level: Urgency) -> float:
        return self.hits[level] / self.totals[level]

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.benign

    def cells(self) -> str:
        parts = [f"{self.hits[lv]}/{self.totals[lv]} ({self.recall(lv):.0%})" for lv in LEVELS]
        return " | ".join(parts) + f" | {self.false_alarms}/{self.benign} ({self.false_alarm_rate:.1%})"


def urgency_of(case: Case, thresholds: np.ndarray, ranks: np.ndarray, margin: float) -> int:
    """The rank of the most urgent flagged situation (0: none); SemanticSignal.decide, vectorised."""
    if not case.scores.segments:
        return 0
    best, benign = case.scores.best, case.scores.benign[:, None]
    flagged = ((best >= thresholds) & (best - benign >= margin)).any(axis=0)
    return int(ranks[flagged].max()) if flagged.any() else 0


def evaluate(cases: List[Case], thresholds: np.ndarray, ranks: np.ndarray, margin: float) -> Outcome:
    hits = {lv: 0 for lv in LEVELS}
    totals = {lv: 0 for lv in LEVELS}
    false_alarms = benign = 0
    for case in cases:
        got = urgency_of(case, thresholds, ranks, margin)
        if case.need is None:
            benign += 1
            false_alarms += got > 0
        else:
            totals[case.need] += 1
            hits[case.need] += got >= rank(case.need)
    return Outcome(hits, totals, false_alarms, benign)


def load_cases(signal, screen) -> List[Case]:
    data = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    cases = []
    for key in ("must_escalate", "benign"):
        for item in data[key]:
            if item.get("lang", "en") != "en":
                continue
            need = Urgency(item["urgency"]) if key == "must_escalate" else None
            cases.append(Case(item["text"], need, signal.score(item["text"]), screen.assess(item["text"]).urgency))
    return cases


def run() -> str:
    signal = build_semantic_signal(cache_dir=ROOT / "var" / "semantic")
    screen = build_screen()
    cases = load_cases(signal, screen)
    situations = signal.prototypes.situations
    ranks = np.array([s.urgency.rank for s in situations])

    def vector(levels: Mapping[Urgency, float]) -> np.ndarray:
        return np.array([levels[s.urgency] for s in situations], dtype=np.float32)

    in_use = (dict(THRESHOLDS), MARGIN)
    mismatches = [
        c.text for c in cases
        if urgency_of(c, vector(THRESHOLDS), ranks, MARGIN) != rank(signal.assess(c.text).urgency)
    ]
    if mismatches:
        raise SystemExit(f"the fast grid disagrees with SemanticSignal.assess on {len(mismatches)} cases")

    header = "| emergency recall | same-day recall | review recall | benign false alarms |"
    lines = [
        "# Semantic safety signal: calibration",
        "",
        "- Command: `.venv/bin/python bench/calibrate_semantic.py --write bench/results/semantic_calibration.md`",
        f"- Date: {datetime.date.today().isoformat()}, commit {git_commit()} (plus uncommitted changes, if any)",
        f"- Cases: the English cases of `tests/safety/evaluation.yml`: "
        f"{sum(c.need is not None for c in cases)} must_escalate, {sum(c.need is None for c in cases)} benign",
        f"- Prototypes: {len(signal.prototypes.texts)} ({signal.prototypes.starts[-1]} for "
        f"{len(situations)} situations, {len(signal.prototypes.texts) - signal.prototypes.starts[-1]} benign)",
        "- Recall: flagged at the case's level or higher. False alarm: a benign case flagged at all.",
        "- Caveat: these figures are optimistic. The prototypes were written from the triage matrix, but the",
        "  benign contrasts (denials, general questions, other people) and a few self-harm phrasings were added",
        "  after looking at which kinds of evaluation cases the first draft got wrong; no evaluation sentence is",
        "  copied (a test checks). Judge the signal on a blind set before relying on these numbers.",
        "",
        "Rule-based screen alone on the same cases (reference): "
        + _screen_line(cases),
        "",
        "## 1. One threshold for every level",
        "",
        "| threshold | margin " + header,
        "|---|---|---|---|---|---|",
    ]
    for threshold, margin in itertools.product(UNIFORM, MARGINS):
        outcome = evaluate(cases, vector({lv: threshold for lv in LEVELS}), ranks, margin)
        lines.append(f"| {threshold:.2f} | {margin:.2f} | {outcome.cells()} |")

    rows: List[Tuple[Tuple[float, float], float, Outcome]] = []
    for e, other, margin in itertools.product(EMERGENCY_GRID, OTHER_GRID, MARGINS):
        levels = {Urgency.EMERGENCY: e, Urgency.SAME_DAY: other, Urgency.REVIEW: other}
        rows.append(((e, other), margin, evaluate(cases, vector(levels), ranks, margin)))
    # Keep the settings no other setting beats on all three: emergency recall, all recall, false alarms.
    def key(o: Outcome) -> Tuple[int, int, int]:
        return o.hits[Urgency.EMERGENCY], sum(o.hits.values()), -o.false_alarms

    frontier = [r for r in rows if not any(
        all(a >= b for a, b in zip(key(o[2]), key(r[2]), strict=True)) and key(o[2]) != key(r[2]) for o in rows
    )]
    frontier.sort(key=lambda r: (r[2].false_alarms, -r[2].hits[Urgency.EMERGENCY]))
    chosen = (THRESHOLDS[Urgency.EMERGENCY], THRESHOLDS[Urgency.SAME_DAY]), MARGIN
    lines += [
        "",
        "## 2. Emergency threshold apart (same-day and review share one): the settings no other beats",
        "",
        f"Target of the rule screen, for comparison: at most {MAX_FALSE_ALARMS:.0%} false alarms.",
        "",
        "| emergency threshold | same-day and review threshold | margin " + header,
        "|---|---|---|---|---|---|---|",
    ]
    shown = set()
    for (e, other), margin, outcome in frontier:
        if key(outcome) in shown:
            continue
        shown.add(key(outcome))
        mark = " <- in use" if ((e, other), margin) == chosen else ""
        lines.append(f"| {e:.2f} | {other:.2f} | {margin:.2f} | {outcome.cells()}{mark} |")
    current = evaluate(cases, vector(in_use[0]), ranks, in_use[1])
    lines += [
        "",
        f"In use (semantic.py): thresholds {', '.join(f'{k.value} {v:.2f}' for k, v in in_use[0].items())}, "
        f"margin {in_use[1]:.2f}: {current.cells()}.",
        "",
        "The benign false alarms of the setting in use:",
        "",
    ]
    for case in cases:
        if case.need is None:
            result = signal.assess(case.text)
            if result.flagged:
                top = result.flagged[0]
                lines.append(
                    f"- \u201c{case.text}\u201d: {top.situation} ({top.urgency.value}) {top.similarity:.2f} vs benign "
                    f"{top.benign_similarity:.2f}, nearest \u201c{top.prototype}\u201d"
                )
    lines.append("")
    return "\n".join(lines)


def _screen_line(cases: List[Case]) -> str:
    hits: Dict[Urgency, List[int]] = {lv: [0, 0] for lv in LEVELS}
    false_alarms = benign = 0
    for case in cases:
        if case.need is None:
            benign += 1
            false_alarms += case.screen is not None
        else:
            hits[case.need][1] += 1
            hits[case.need][0] += rank(case.screen) >= rank(case.need)
    recall = ", ".join(f"{lv.value} {h}/{t}" for lv, (h, t) in hits.items())
    return f"recall {recall}; false alarms {false_alarms}/{benign}."


def main() -> None:
    print_and_write(run, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
