"""Which features should classify intents and FAQ topics? Compared outside Rasa.

    .venv/bin/python bench/compare_encoder_classifiers.py [--folds 3] [--write bench/results/encoder_classifiers.md]

Every candidate is a logistic regression over one flat label set (each intent,
and each FAQ topic as `faq/<topic>`), trained on `data/nlu/` and scored three
ways:
- k-fold cross-validation on the training data;
- the held-out NLU test set (`tests/nlu/`, what `make eval` scores);
- the real public patient questions (`tests/real_phrasing/labelled.yml`),
  right / wrong as `bench/evaluate_real_phrasing.py` counts them, with
  questions below a confidence threshold counted as "I don't know".

Features: word uni- and bigrams and character 2-4-grams of the lemmatised text
(counted and weighted as the production classifier does), the sentence
encoder's 384-dimensional embedding (assistant/semantic), or both side by side.
The safety screen, input guard and contact details are not part of this
comparison: it measures the classifier alone, to choose one.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Tuple

import numpy as np
import yaml
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.semantic import get_encoder  # noqa: E402
from bench.evaluate_real_phrasing import accepted, load_added_answers, outcome  # noqa: E402
from rasa_addons.intent_topic_classifier import (  # noqa: E402
    char_vectorizer,
    idf_weights,
    lemmatised,
    vocabulary_of,
    weighted_sparse,
    word_vectorizer,
)

_ENTITY_MARKUP = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")
DONT_KNOW = "nlu_fallback"


def nlu_examples(paths: Sequence[Path]) -> List[Tuple[str, str]]:
    """(text, label) for every example of every intent in Rasa YAML files, entity markup removed."""
    examples: List[Tuple[str, str]] = []
    for path in paths:
        for block in (yaml.safe_load(path.read_text()) or {}).get("nlu") or []:
            if "intent" not in block:
                continue
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    examples.append((_ENTITY_MARKUP.sub(r"\1", line[2:].strip()), block["intent"]))
    return examples


@dataclass
class Features:
    """Fitted on training texts, then turns any texts into one feature matrix: the n-grams and
    weighting of rasa_addons/intent_topic_classifier.py, the embedding, or both."""

    use_sparse: bool
    use_dense: bool
    dense_weight: float = 1.0

    def fit(self, texts: Sequence[str]) -> Features:
        if self.use_sparse:
            lemmas = [lemmatised(t) for t in texts]
            self.words = vocabulary_of(word_vectorizer().fit(lemmas))
            self.chars = vocabulary_of(char_vectorizer(max_features=12000).fit(lemmas))
            self.idf = idf_weights(self._counts(texts))
        return self

    def _counts(self, texts: Sequence[str]) -> sparse.csr_matrix:
        lemmas = [lemmatised(t) for t in texts]
        return sparse.hstack(
            [word_vectorizer(self.words).transform(lemmas), char_vectorizer(self.chars).transform(lemmas)]
        ).tocsr()

    def transform(self, texts: Sequence[str], embeddings: np.ndarray) -> sparse.csr_matrix:
        parts = []
        if self.use_sparse:
            parts.append(weighted_sparse(self._counts(texts), self.idf))
        if self.use_dense:
            parts.append(sparse.csr_matrix(embeddings * self.dense_weight))
        return sparse.hstack(parts).tocsr()


@dataclass(frozen=True)
class Candidate:
    name: str
    features: Callable[[], Features]
    c: float


CANDIDATES = (
    Candidate("sparse (lemma n-grams, tf-idf)", lambda: Features(True, False), 10.0),
    Candidate("encoder only", lambda: Features(False, True), 10.0),
    Candidate("encoder only, C=30", lambda: Features(False, True), 30.0),
    Candidate("sparse + encoder", lambda: Features(True, True), 10.0),
    Candidate("sparse + encoder x2", lambda: Features(True, True, 2.0), 10.0),
)


def fit_predict(candidate: Candidate, train: Sequence[str], train_emb: np.ndarray, labels: Sequence[str],
                test: Sequence[str], test_emb: np.ndarray) -> Tuple[List[str], np.ndarray]:
    features = candidate.features().fit(train)
    model = LogisticRegression(C=candidate.c, max_iter=2000, class_weight=None)
    model.fit(features.transform(train, train_emb), labels)
    probabilities = model.predict_proba(features.transform(test, test_emb))
    return [str(c) for c in model.classes_[probabilities.argmax(axis=1)]], probabilities.max(axis=1)


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> Tuple[float, float]:
    """(intent accuracy, FAQ topic accuracy among FAQ examples)."""
    intents = np.mean([g.split("/")[0] == p.split("/")[0] for g, p in zip(gold, predicted, strict=True)])
    faq = [g == p for g, p in zip(gold, predicted, strict=True) if g.startswith("faq/")]
    return float(intents), float(np.mean(faq)) if faq else float("nan")


def real_phrasing(
    cases: List[dict], predicted: Sequence[str], confidence: np.ndarray, threshold: float
) -> Dict[str, int]:
    counts = {"right": 0, "unsure": 0, "escalated": 0, "wrong": 0}
    added = load_added_answers()
    for case, label, conf in zip(cases, predicted, confidence, strict=True):
        label = label if conf >= threshold else DONT_KNOW
        counts[outcome(accepted(case, added), label)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()

    train = nlu_examples(sorted((ROOT / "data" / "nlu").glob("*.yml")))
    held_out = nlu_examples(sorted((ROOT / "tests" / "nlu").glob("*.yml")))
    cases = yaml.safe_load((ROOT / "tests" / "real_phrasing" / "labelled.yml").read_text())
    encoder = get_encoder()
    started = time.perf_counter()
    train_emb = encoder.encode([t for t, _ in train])
    held_emb = encoder.encode([t for t, _ in held_out])
    real_emb = encoder.encode([c["text"] for c in cases])
    encode_seconds = time.perf_counter() - started
    texts, labels = [t for t, _ in train], [label for _, label in train]

    lines = [
        "# Intent and FAQ-topic classifiers on the sentence encoder, compared outside Rasa",
        "",
        f"- Command: `python bench/compare_encoder_classifiers.py --folds {args.folds}`",
        f"- Training examples: {len(train)}; held-out: {len(held_out)}; real questions: {len(cases)}",
        f"- Encoding all {len(train) + len(held_out) + len(cases)} texts: {encode_seconds:.1f} s",
        "- Real questions: right/wrong at confidence thresholds 0 (always answer), 0.3 and 0.5",
        "",
        "| candidate | CV intent acc | CV FAQ acc | held-out intent acc | held-out FAQ acc "
        "| real right/wrong @0 | @0.3 | @0.5 | fit s |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for candidate in CANDIDATES:
        gold_cv: List[str] = []
        pred_cv: List[str] = []
        folds = StratifiedKFold(args.folds, shuffle=True, random_state=1)
        for fit_idx, test_idx in folds.split(texts, labels):
            predicted, _ = fit_predict(
                candidate,
                [texts[i] for i in fit_idx], train_emb[fit_idx], [labels[i] for i in fit_idx],
                [texts[i] for i in test_idx], train_emb[test_idx],
            )
            gold_cv += [labels[i] for i in test_idx]
            pred_cv += predicted
        started = time.perf_counter()
        held_pred, _ = fit_predict(candidate, texts, train_emb, labels, [t for t, _ in held_out], held_emb)
        fit_seconds = time.perf_counter() - started
        real_pred, real_conf = fit_predict(candidate, texts, train_emb, labels, [c["text"] for c in cases], real_emb)
        cv_intent, cv_faq = accuracy(gold_cv, pred_cv)
        ho_intent, ho_faq = accuracy([g for _, g in held_out], held_pred)
        real = [real_phrasing(cases, real_pred, real_conf, t) for t in (0.0, 0.3, 0.5)]
        lines.append(
            f"| {candidate.name} | {cv_intent:.3f} | {cv_faq:.3f} | {ho_intent:.3f} | {ho_faq:.3f} | "
            + " | ".join(f"{r['right']}/{r['wrong']}" for r in real)
            + f" | {fit_seconds:.1f} |"
        )
        print(lines[-1], flush=True)
    text = "\n".join(lines) + "\n"
    if args.write:
        args.write.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
