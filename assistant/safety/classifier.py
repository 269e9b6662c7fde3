"""A third safety signal: a classifier on sentence embeddings that says how much a message
reads like an emergency, trained on labelled patient messages rather than matched against a
few phrasings.

    classifier = build_emergency_classifier(encoder, cache_dir=Path("var/semantic"))
    classifier.emergency_probability(encoder.encode(["my tongue feels too big for my mouth"]))
    -> array([0.93], dtype=float32)

Why a classifier beside the prototypes: nearest-prototype similarity only sees wordings close to
one of ~550 phrasings, and fresh batches written blind kept landing 14-18% below level with the
misses spread thinly over lay descriptions ("breathing through a straw", "my tongue is too big").
A logistic regression over the same embeddings learns from every labelled message at once which
directions of the embedding space mean "emergency". Left-one-batch-out on the corpus
(bench/calibrate_classifier.py) it added emergencies at a small false-alarm cost; it is used only
to RAISE a message to emergency, never to lower one, and only through the screen's context gate
(a segment that is hypothetical, negated, about someone else or in the past adds nothing).

What it learns from (read at build time, never fetched):
- corpus/*.yml: blind evaluation batches that have been scored (their first-contact figures are
  in bench/results/safety_batches/) and then became training data; must_escalate messages are
  labelled with their level, benign ones "none" and so are their clauses (so a clause such as
  "my lips swelled up years ago" read on its own is a known non-emergency);
- prototypes.yml: the clinician-reviewable phrasings of each situation (its level), and benign;
- data/nlu/*.yml: the assistant's NLU examples; the safety intents by level, everything else
  (FAQ, booking, chit-chat) "none", so ordinary questions stay quiet.
The regression set (tests/safety/evaluation.yml) is deliberately left out, so it still measures
this classifier's false alarms on messages it has not seen.

Training is deterministic (lbfgs, fixed data order) and takes about a minute the first time (most
of it embedding the corpus); the coefficients are cached in ``cache_dir`` under a key made of
every input file and the encoder weights' SHA-256, so `make train` builds it once and a server
start reads 3 KB. Thread safety: a built classifier holds read-only arrays.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Sequence, Tuple

import numpy as np
import yaml

from assistant.safety.exceptions import SafetyScreenError
from assistant.safety.lexicon import LEXICON_FILE, situation_list
from assistant.safety.semantic import PROTOTYPES_FILE, segment
from assistant.safety.urgency import Urgency
from assistant.semantic import EMBEDDING_DIM, SentenceEncoder
from assistant.semantic.encoder import EXPECTED_SHA256, WEIGHTS_FILE

log = logging.getLogger(__name__)

CORPUS_DIR = Path(__file__).with_name("corpus")
NLU_DIR = Path(__file__).resolve().parents[2] / "data" / "nlu"
CLASSIFIER_VERSION = "1"  # bump when the way the training set is built changes

# Classes, in the order of the model's outputs.
LEVELS: Tuple[str, ...] = ("none", Urgency.REVIEW.value, Urgency.SAME_DAY.value, Urgency.EMERGENCY.value)
EMERGENCY = LEVELS.index(Urgency.EMERGENCY.value)
NLU_LEVELS = {"safety_emergency": "emergency", "safety_same_day": "same_day", "safety_review": "review"}
# NLU intents that are answers inside a safety episode ("yes", "the ambulance is here"), not reports.
NLU_SKIPPED = frozenset({"red_flag_answer", "help_arrived"})
# Regularisation of the logistic regression (sklearn's C). 1.0 did as well as 0.5 and 2.0
# left-one-batch-out and is the library default; see bench/calibrate_classifier.py.
REGULARISATION_C = 1.0

_ENTITY_MARKUP = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


class ClassifierCorpusError(SafetyScreenError):
    """A corpus file is malformed."""


@dataclass(frozen=True)
class LabelledText:
    text: str
    level: str  # one of LEVELS
    source: str  # file it came from, for calibration reports


def corpus_texts(corpus_dir: Path = CORPUS_DIR) -> List[LabelledText]:
    """The scored blind batches: must_escalate at their level, benign as none (routine skipped:
    the matrix's routine follow-ups are neither escalations nor "nothing to see")."""
    out: List[LabelledText] = []
    for path in sorted(corpus_dir.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ClassifierCorpusError(f"{path}: expected must_escalate/benign lists")
        for case in data.get("must_escalate") or []:
            level = case.get("urgency")
            if level not in LEVELS[1:]:
                raise ClassifierCorpusError(f"{path}: unknown urgency {level!r}")
            out.append(LabelledText(str(case["text"]), level, path.name))
        for case in data.get("benign") or []:
            out.append(LabelledText(str(case["text"]), "none", path.name))
    return out


def prototype_texts(prototypes_path: Path = PROTOTYPES_FILE, lexicon_path: Path = LEXICON_FILE) -> List[LabelledText]:
    data = yaml.safe_load(prototypes_path.read_text(encoding="utf-8"))
    levels = {s.key: s.urgency.value for s in situation_list(lexicon_path)}
    out = [
        LabelledText(" ".join(text.split()), levels[key], prototypes_path.name)
        for key, texts in data["situations"].items()
        if key in levels
        for text in texts
    ]
    out += [LabelledText(" ".join(text.split()), "none", prototypes_path.name) for text in data["benign"]]
    return out


def nlu_examples(paths: Iterable[Path]) -> List[Tuple[str, str]]:
    """(intent, example text with entity markup removed) for every example in Rasa NLU files."""
    out = []
    for path in paths:
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if "intent" not in block:
                continue
            for line in str(block.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    out.append((str(block["intent"]), _ENTITY_MARKUP.sub(r"\1", line.strip()[2:])))
    return out


def nlu_texts(nlu_dir: Path = NLU_DIR) -> List[LabelledText]:
    return [
        LabelledText(text, NLU_LEVELS.get(intent, "none"), f"nlu:{intent}")
        for intent, text in nlu_examples(sorted(nlu_dir.glob("*.yml")))
        if intent not in NLU_SKIPPED
    ]


def training_texts(
    corpus_dir: Path = CORPUS_DIR, prototypes_path: Path = PROTOTYPES_FILE, nlu_dir: Path = NLU_DIR
) -> List[LabelledText]:
    """Whole messages, then the clauses of the benign ones (labelled none), in a fixed order."""
    whole = corpus_texts(corpus_dir) + prototype_texts(prototypes_path) + nlu_texts(nlu_dir)
    clauses = [
        LabelledText(piece, "none", f"{item.source} (clause)")
        for item in whole
        if item.level == "none"
        for piece in segment(item.text)[0]
        if piece != item.text
    ]
    return whole + clauses


class EmergencyClassifier:
    """Multinomial logistic regression over sentence embeddings (none / review / same day /
    emergency). The screen uses the emergency probability; the "at least this level" sums serve the
    lower bars, which are measured and off (screen.LOWER_PROBABILITIES)."""

    def __init__(self, coefficients: np.ndarray, intercepts: np.ndarray) -> None:
        if coefficients.shape != (len(LEVELS), EMBEDDING_DIM) or intercepts.shape != (len(LEVELS),):
            raise SafetyScreenError("classifier coefficients do not match the encoder")
        self._coefficients_t = np.ascontiguousarray(coefficients.T, dtype=np.float32)
        self._intercepts = intercepts.astype(np.float32)

    def probabilities(self, embeddings: np.ndarray) -> np.ndarray:
        """(n, 4) class probabilities for n embeddings (rows of length 1, as the encoder gives)."""
        logits = embeddings @ self._coefficients_t + self._intercepts
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def emergency_probability(self, embeddings: np.ndarray) -> np.ndarray:
        return self.probabilities(embeddings)[:, EMERGENCY]

    def at_least_probabilities(self, embeddings: np.ndarray) -> Dict[Urgency, np.ndarray]:
        """Per level, the probability that each embedding needs at least that level (the sum
        of that level's probability and every higher level's)."""
        at_least = np.cumsum(self.probabilities(embeddings)[:, ::-1], axis=1)[:, ::-1]
        return {Urgency(level): at_least[:, index] for index, level in enumerate(LEVELS) if index > 0}


def train(embeddings: np.ndarray, levels: Sequence[str], c: float = REGULARISATION_C) -> EmergencyClassifier:
    """Fit the classifier. Classes are weighted by inverse frequency: emergencies are a small
    share of the messages and must not be out-voted by the many ordinary questions."""
    from sklearn.linear_model import LogisticRegression  # imported here: only training needs it

    labels = np.array([LEVELS.index(level) for level in levels])
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(embeddings, labels)
    if list(model.classes_) != list(range(len(LEVELS))):
        raise ClassifierCorpusError("the training set must hold every level")
    return EmergencyClassifier(model.coef_, model.intercept_)


def _cache_key(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for part in (CLASSIFIER_VERSION, str(REGULARISATION_C), EXPECTED_SHA256[WEIGHTS_FILE]):
        digest.update(part.encode())
        digest.update(b"\0")
    for path in paths:
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def build_emergency_classifier(
    encoder: SentenceEncoder,
    cache_dir: Path | None = None,
    corpus_dir: Path = CORPUS_DIR,
    prototypes_path: Path = PROTOTYPES_FILE,
    nlu_dir: Path = NLU_DIR,
) -> EmergencyClassifier:
    """Read the cached coefficients for these inputs, or train (about a minute) and cache them."""
    inputs = sorted(corpus_dir.glob("*.yml")) + [prototypes_path, LEXICON_FILE] + sorted(nlu_dir.glob("*.yml"))
    cache_file = cache_dir / f"classifier-{_cache_key(inputs)[:24]}.npz" if cache_dir else None
    if cache_file is not None and cache_file.exists():
        try:
            with np.load(cache_file, allow_pickle=False) as saved:
                return EmergencyClassifier(saved["coefficients"], saved["intercepts"])
        except (OSError, ValueError, KeyError, SafetyScreenError) as error:
            log.warning("ignoring unreadable classifier cache %s: %s", cache_file, error)
    items = training_texts(corpus_dir, prototypes_path, nlu_dir)
    log.info("training the emergency classifier on %d texts", len(items))
    classifier_model = train(encoder.encode([item.text for item in items]), [item.level for item in items])
    if cache_file is not None:
        _write_cache(cache_file, classifier_model)
    return classifier_model


def _write_cache(path: Path, classifier_model: EmergencyClassifier) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".classifier-", suffix=".npz")
        with os.fdopen(handle, "wb") as out:
            np.savez(
                out,
                coefficients=classifier_model._coefficients_t.T,
                intercepts=classifier_model._intercepts,
            )
        os.replace(temporary, path)  # atomic: a concurrent reader sees no file or the whole file
    except OSError as error:  # a read-only disk only costs the next start the training time
        log.warning("could not write the classifier cache %s: %s", path, error)
