"""Knowing when it doesn't know: ways to hold back an answer to an unanswered topic, compared.

    .venv/bin/python bench/calibrate_answer_support.py [--model models/clinic.tar.gz]
        [--write bench/results/answer_support.md] [--cache var/answer_support]

Parses, once with the trained model, the held-out NLU set that `make eval` scores
(`tests/nlu/test_faq.yml`, with `test_clinic.yml` reported beside it) and the five sets
of real-phrasing questions already scored and read (tests/real_phrasing/labelled.yml,
batch_02.yml, tests/blind_nlu/batch_01-03.yml; evaluation only, never training). For
every message it reads the classifier's best answer and probability (from under any
fallback or familiarity override) and measures with the sentence encoder:
- `examples`: how close the message is to the chosen answer's training examples
  (mean cosine of the 3 nearest: assistant/familiarity.py, the gate in use);
- `answer`: how close it is to the chosen answer's own text (FAQ topics; the clinic
  answers are built from the clinic file and have no fixed text);
- `own bar`: the chosen answer's own examples, each measured against the others
  (leave one out): how close its typical question is, so a bar can follow each answer.

Each candidate holds back (answers "I'm not sure", `nlu_fallback`) some answers the
model would give. Its free setting is chosen by leave-one-set-out: on four question
sets, the setting with the most (right - wrong) that keeps `make eval` right no lower
than without it; then scored on the fifth. The sums over the five left-out sets are
honest figures; the setting chosen on all five is the one to deploy.
Outcomes are bench/evaluate_real_phrasing.py's (right / unsure / wrong, escalated
counted with wrong), with the answers added after first contact accepted.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import itertools
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Tuple

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.clarify import ranked_labels  # noqa: E402
from assistant.familiarity import Familiarity, is_checked, is_elliptical_follow_up, unit_rows  # noqa: E402
from assistant.semantic import get_encoder  # noqa: E402
from bench.compare_encoder_classifiers import nlu_examples  # noqa: E402
from bench.evaluate_nlu import parse_messages, predicted_label, quiet_rasa_logs  # noqa: E402
from bench.evaluate_real_phrasing import accepted, load_added_answers, outcome  # noqa: E402
from bench.reporting import git_commit  # noqa: E402

FALLBACK = "nlu_fallback"
FALLBACK_THRESHOLD = 0.3  # config.yml's FallbackClassifier
MAKE_EVAL_SET = "tests/nlu/test_faq.yml"
HELD_OUT_SETS = (MAKE_EVAL_SET, "tests/nlu/test_clinic.yml")
QUESTION_SETS = (
    "tests/real_phrasing/labelled.yml",
    "tests/real_phrasing/batch_02.yml",
    "tests/blind_nlu/batch_01.yml",
    "tests/blind_nlu/batch_02.yml",
    "tests/blind_nlu/batch_03.yml",
)


@dataclass(frozen=True)
class Item:
    text: str
    origin: str  # the file it comes from
    gold: Tuple[str, ...]  # held-out: its one label; questions: the accepted answers (none: a missing topic)
    final: str  # what the model answered
    label: str  # the classifier's own best answer
    probability: float
    held_back: bool  # the model's familiarity gate held it back
    several_questions: bool  # answered part by part (further_answers): never gated
    examples: float = 0.0
    answer: float = 1.0
    own_bar: float = 0.0
    team_only: float = 0.0  # the classifier's probability that it is a question only the team can answer


# ---------------------------------------------------------------- reading the model


def model_key(model: Path) -> str:
    stat = model.stat()
    return hashlib.sha256(f"{model.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:16]


def parses(model: Path, texts: List[str], cache: Path) -> List[dict]:
    path = cache / f"parses_{model_key(model)}.json"
    if path.exists():
        stored = json.loads(path.read_text())
        if stored.get("texts") == texts:
            return stored["parses"]
    parsed = asyncio.run(parse_messages(model, texts))
    keep = ("intent", "intent_ranking", "response_selector", "familiarity", "further_answers")
    parsed = [{k: p.get(k) for k in keep} for p in parsed]
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"texts": texts, "parses": parsed}, default=str))
    return parsed


def embeddings(texts: List[str], cache: Path, name: str) -> np.ndarray:
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = cache / f"{name}_{digest}.npy"
    if path.exists():
        return np.load(path)
    vectors = unit_rows(np.asarray(get_encoder().encode(texts), dtype=np.float32))
    cache.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def answer_texts() -> Dict[str, List[str]]:
    """faq/<topic> -> the texts of its response."""
    responses = (yaml.safe_load((ROOT / "domain" / "faq.yml").read_text()) or {}).get("responses") or {}
    return {
        name.removeprefix("utter_"): [v["text"] for v in variants if v.get("text")]
        for name, variants in responses.items()
        if name.startswith("utter_faq/")
    }


def own_bars(familiarity: Familiarity, labels: np.ndarray, vectors: np.ndarray) -> Dict[str, np.ndarray]:
    """label -> each of its training examples' familiarity to the others (leave one out), sorted."""
    bars: Dict[str, np.ndarray] = {}
    k = familiarity.neighbours
    for label in np.unique(labels):
        own = vectors[labels == label]
        if len(own) < 2:
            bars[str(label)] = np.zeros(1, np.float32)
            continue
        sims = own @ own.T
        np.fill_diagonal(sims, -np.inf)
        nearest = min(k, len(own) - 1)
        bars[str(label)] = np.sort(np.sort(sims, axis=1)[:, -nearest:].mean(axis=1))
    return bars


# ---------------------------------------------------------------- candidates


Gate = Callable[[Item], bool]  # True: hold this answer back


def familiarity_gate(min_similarity: float = 0.5, below_probability: float = 0.9) -> Gate:
    return lambda i: i.probability < below_probability and i.examples < min_similarity


def answer_support_gate(min_answer: float, below_probability: float) -> Gate:
    """(a) the gate in use, and also: far from the chosen answer's own text."""
    base = familiarity_gate()
    return lambda i: base(i) or (i.probability < below_probability and i.answer < min_answer)


def support_gate(min_support: float, below_probability: float) -> Gate:
    """(a') one support score: the better of the question's closeness to the examples and to the text."""
    return lambda i: i.probability < below_probability and max(i.examples, i.answer) < min_support


def own_bar_gate(margin: float, below_probability: float) -> Gate:
    """(c) a bar per answer: held back when the question is further from the answer's examples than
    the answer's least typical training example is from the others, by `margin`."""
    base = familiarity_gate()
    return lambda i: base(i) or (i.probability < below_probability and i.examples < i.own_bar - margin)


def team_share_gate(min_team_only: float) -> Gate:
    """(c') with a trained "one for the team" class (b): also hold back an answer when that class
    is a close runner-up, the classifier's own doubt about whether any answer covers the question."""
    base = familiarity_gate()
    return lambda i: base(i) or i.team_only >= min_team_only


def held_back(item: Item, gate: Gate) -> str:
    """The answer the model gives with `gate` in place of the familiarity gate in use."""
    final = item.label if item.held_back else item.final
    if final not in (FALLBACK, item.label):  # the input guard or the safety screen answered
        return final
    if final == FALLBACK or item.probability < FALLBACK_THRESHOLD:  # the FallbackClassifier
        return FALLBACK
    if item.several_questions or not is_checked(item.label) or is_elliptical_follow_up(item.text):
        return item.label
    return FALLBACK if gate(item) else item.label


@dataclass(frozen=True)
class Score:
    eval_right: int
    eval_n: int
    clinic_right: int
    clinic_n: int
    counts: Counter  # right / unsure / wrong over the questions

    @property
    def gain(self) -> int:
        return self.counts["right"] - self.counts["wrong"]


def score(items: List[Item], gate: Gate, question_sets: Sequence[str]) -> Score:
    eval_items = [i for i in items if i.origin == MAKE_EVAL_SET]
    clinic_items = [i for i in items if i.origin == HELD_OUT_SETS[1]]
    counts: Counter = Counter()
    for item in items:
        if item.origin in question_sets:
            result = outcome(item.gold, held_back(item, gate))
            counts["wrong" if result == "escalated" else result] += 1
    return Score(
        sum(held_back(i, gate) == i.gold[0] for i in eval_items),
        len(eval_items),
        sum(held_back(i, gate) == i.gold[0] for i in clinic_items),
        len(clinic_items),
        counts,
    )


CANDIDATES: Dict[str, Tuple[str, Callable[..., Gate], List[tuple]]] = {
    "in use: familiarity gate (examples < 0.5, p < 0.9)": ("", lambda: familiarity_gate(), [()]),
    "(a) + far from the answer's text": (
        "min_answer, below_probability",
        answer_support_gate,
        list(itertools.product((0.2, 0.25, 0.3, 0.35, 0.4, 0.45), (0.6, 0.7, 0.8, 0.9, 1.01))),
    ),
    "(a') one support score max(examples, answer)": (
        "min_support, below_probability",
        support_gate,
        list(itertools.product((0.45, 0.5, 0.55, 0.6, 0.65), (0.6, 0.7, 0.8, 0.9, 1.01))),
    ),
    "(c) + a bar per answer from its own examples": (
        "margin, below_probability",
        own_bar_gate,
        list(itertools.product((-0.1, -0.05, 0.0, 0.05, 0.1, 0.15), (0.6, 0.7, 0.8, 0.9, 1.01))),
    ),
    '(c\') + "one for the team" a close runner-up': (
        "min_team_only",
        team_share_gate,
        [(t,) for t in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3)],
    ),
}


def choose(items: List[Item], make: Callable[..., Gate], settings: List[tuple], sets: Sequence[str], floor: int):
    """The setting with the most (right - wrong) on `sets` that keeps make eval at `floor` or above."""
    best = None
    for setting in settings:
        s = score(items, make(*setting), sets)
        if s.eval_right < floor:
            continue
        key = (s.gain, -s.counts["unsure"])
        if best is None or key > best[0]:
            best = (key, setting)
    return best[1] if best else None


# ---------------------------------------------------------------- the report


def row(name: str, setting: str, s: Score) -> str:
    n = sum(s.counts.values())
    return (
        f"| {name} | {setting} | {s.counts['right']}/{n} | {s.counts['unsure']} | {s.counts['wrong']} "
        f"| {s.eval_right}/{s.eval_n} | {s.clinic_right}/{s.clinic_n} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "clinic.tar.gz")
    parser.add_argument("--cache", type=Path, default=ROOT / "var" / "answer_support")
    parser.add_argument("--write", type=Path)
    parser.add_argument(
        "--floor", type=int, help="make eval right to keep (default: this model's, with the gate in use)"
    )
    args = parser.parse_args()
    quiet_rasa_logs()

    added = load_added_answers()
    cases: List[Tuple[str, str, Tuple[str, ...]]] = []
    for path in HELD_OUT_SETS:
        cases += [(t, path, (label,)) for t, label in nlu_examples([ROOT / path])]
    for path in QUESTION_SETS:
        cases += [(c["text"], path, tuple(accepted(c, added))) for c in yaml.safe_load((ROOT / path).read_text())]
    texts = [t for t, _, _ in cases]

    training = nlu_examples(sorted((ROOT / "data" / "nlu").glob("*.yml")))
    labels = np.asarray([label for _, label in training], dtype=str)
    example_vectors = embeddings([t for t, _ in training], args.cache, "training")
    familiarity = Familiarity(labels, example_vectors, 3)
    bars = own_bars(familiarity, labels, example_vectors)
    answers = answer_texts()
    answer_keys = sorted(answers)
    answer_vectors = embeddings([" ".join(answers[k]) for k in answer_keys], args.cache, "answers")
    answer_of = dict(zip(answer_keys, answer_vectors, strict=True))
    question_vectors = embeddings(texts, args.cache, "questions")

    items: List[Item] = []
    for (text, origin, gold), parse, vector in zip(
        cases, parses(args.model, texts, args.cache), question_vectors, strict=True
    ):
        ranked = ranked_labels(parse)
        label, probability = ranked[0] if ranked else (predicted_label(parse), 1.0)
        bar = bars.get(label, np.zeros(1))
        items.append(
            Item(
                text=text,
                origin=origin,
                gold=gold,
                final=predicted_label(parse),
                label=label,
                probability=probability,
                held_back=bool((parse.get("familiarity") or {}).get("held_back")),
                several_questions=bool(parse.get("further_answers")),
                examples=familiarity.similarity(label, vector),
                answer=float(answer_of[label] @ vector) if label in answer_of else 1.0,
                own_bar=float(bar[0]),
                team_only=dict(ranked).get("team_only_question", 0.0),
            )
        )

    no_gate = score(items, lambda i: False, QUESTION_SETS)
    in_use = score(items, familiarity_gate(), QUESTION_SETS)
    floor = in_use.eval_right if args.floor is None else args.floor
    lines = [
        "# Knowing when it doesn't know: answer-support checks compared",
        "",
        f"- Command: `python bench/calibrate_answer_support.py --model {args.model.name}` (commit {git_commit()})",
        f"- Questions already read: {sum(no_gate.counts.values())} ({', '.join(QUESTION_SETS)}), "
        f"{sum(1 for i in items if i.origin in QUESTION_SETS and not i.gold)} of them on a topic with no answer",
        f"- `make eval` set: {MAKE_EVAL_SET}; beside it {HELD_OUT_SETS[1]}",
        "- Each setting chosen by leave-one-set-out: most (right - wrong) on four sets with `make eval` right "
        "no lower than with the gate in use; scored on the fifth; sums over the five left-out sets.",
        "",
        "| candidate | setting | right | unsure | wrong | make eval right | clinic held-out right |",
        "|---|---|---|---|---|---|---|",
        row("no gate", "-", no_gate),
    ]
    chosen_settings: Dict[str, tuple] = {}
    for name, (params, make, settings) in CANDIDATES.items():
        folds: Counter = Counter()
        per_fold = []
        for left_out in QUESTION_SETS:
            rest = [s for s in QUESTION_SETS if s != left_out]
            setting = choose(items, make, settings, rest, floor) if params else ()
            per_fold.append(setting)
            # No setting keeps make eval: the candidate is not deployed on that fold (the gate in use is).
            folds.update(
                score(items, make(*setting) if setting is not None else familiarity_gate(), (left_out,)).counts
            )
        # The gate in use has no setting to choose: shown whatever make eval says.
        chosen = choose(items, make, settings, QUESTION_SETS, floor) if params else ()
        if chosen is None:
            lines.append(
                row(
                    f"{name}",
                    "no setting keeps make eval: the gate in use",
                    score(items, familiarity_gate(), QUESTION_SETS),
                )
            )
            continue
        chosen_settings[name] = chosen
        all_sets = score(items, make(*chosen), QUESTION_SETS)
        loso = Score(all_sets.eval_right, all_sets.eval_n, all_sets.clinic_right, all_sets.clinic_n, folds)
        shown = f"{params} = {chosen}" if params else "-"
        lines.append(
            row(f"{name}, left-out sets", "per fold: " + "; ".join(map(str, per_fold)) if params else "-", loso)
        )
        lines.append(row(f"{name}, chosen on all", shown, all_sets))
    lines += [
        "",
        "## The gate in use, set by set",
        "",
        "| set | questions | on a topic with no answer | right | unsure | wrong | wrong on a topic with no answer |",
        "|---|---|---|---|---|---|---|",
    ]
    for path in QUESTION_SETS:
        s = score(items, familiarity_gate(), (path,))
        missing = [i for i in items if i.origin == path and not i.gold]
        wrong_missing = sum(outcome(i.gold, held_back(i, familiarity_gate())) != "right" for i in missing)
        lines.append(
            f"| {path} | {sum(s.counts.values())} | {len(missing)} | {s.counts['right']} | {s.counts['unsure']} "
            f"| {s.counts['wrong']} | {wrong_missing} |"
        )
    lines += ["", "## Every setting on all five sets", ""]
    for name, (params, make, settings) in CANDIDATES.items():
        if not params:
            continue
        lines += [
            f"### {name}",
            "",
            f"| {params} | right | unsure | wrong | make eval right | clinic right |",
            "|---|---|---|---|---|---|",
        ]
        for setting in settings:
            s = score(items, make(*setting), QUESTION_SETS)
            lines.append(
                f"| {setting} | {s.counts['right']} | {s.counts['unsure']} | {s.counts['wrong']} "
                f"| {s.eval_right} | {s.clinic_right} |"
            )
        lines.append("")
    # What is still answered wrongly on a missing topic with the gate in use, and its measures.
    lines += [
        "## Missing topics still answered with the gate in use",
        "",
        "| set | answered | p | examples | answer | own bar |",
        "|---|---|---|---|---|---|",
    ]
    for item in items:
        if item.origin in QUESTION_SETS and not item.gold:
            given = held_back(item, familiarity_gate())
            if outcome(item.gold, given) == "wrong":
                lines.append(
                    f"| {Path(item.origin).stem} | {given} | {item.probability:.2f} | {item.examples:.2f} "
                    f"| {item.answer:.2f} | {item.own_bar:.2f} |"
                )
    text = "\n".join(lines) + "\n"
    if args.write:
        args.write.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
