"""A second, semantic safety signal: how close a message is in meaning to the
clinician-reviewable example phrasings of each situation (prototypes.yml).

    signal = build_semantic_signal()              # once per process (a few seconds; cached on disk if asked)
    result = signal.assess("it's hard to get my food down and my neck feels huge")
    result.urgency          -> Urgency.EMERGENCY   (None: nothing flagged)
    result.flagged          -> (SituationScore(situation="airway_compromise", row="B19", ...),)
    result.scores           -> every situation's best similarity, nearest prototype and segment

The rule-based screen (screen.py) stays the primary signal. This one catches wordings the
lexicon does not list ("food won't go down and my neck looks enormous"); it is English-only,
because the encoder (all-MiniLM-L6-v2, assistant.semantic) is.

How a message is read: it is cut into segments (the whole message when it is short, its
sentences, and the clauses of sentences that have several), at most MAX_SEGMENTS of at most
MAX_SEGMENT_WORDS words, so a warning buried in a long booking question is embedded on its
own. Each segment is compared (cosine) with every prototype. A situation is flagged when, in
one segment, its best similarity reaches the threshold of its urgency AND beats that segment's
best `benign:` similarity by MARGIN: "can i take ibuprofen, it's sore" is near "worsening
pain" but nearer the benign aftercare question.

Thread safety: a SemanticSignal holds read-only arrays after it is built; assess() can be
called from any number of threads.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Mapping, Sequence, Tuple

import numpy as np
import yaml

from assistant.safety.exceptions import SafetyScreenError
from assistant.safety.lexicon import LEXICON_FILE, Situation, situation_list
from assistant.safety.urgency import Urgency, max_urgency
from assistant.semantic import EMBEDDING_DIM, SentenceEncoder, get_encoder
from assistant.semantic.encoder import EXPECTED_SHA256, WEIGHTS_FILE

log = logging.getLogger(__name__)

PROTOTYPES_FILE = Path(__file__).with_name("prototypes.yml")

# Decision constants, chosen with bench/calibrate_semantic.py on the English cases of
# tests/safety/evaluation.yml (258 must_escalate, 216 benign; table in
# bench/results/semantic_calibration.md). Rule: of the settings no other beats, the one with the
# most recall whose benign false alarms stay within the screen's 3% target, with the emergency
# threshold below the others ("when unsure, the higher"). It gave recall emergency 64%, same-day
# 57%, review 60% and 6/216 (2.8%) false alarms. Lower values buy recall with false alarms
# (e.g. 0.45 / 0.55 / 0.05: 88% / 88% / 83% recall, 11.6% false alarms): most false alarms are
# denials, hypotheticals, general questions and other people, which embeddings barely tell from
# the real thing - the rule screen's context rules do, so combine the two.
THRESHOLDS: Mapping[Urgency, float] = {
    Urgency.EMERGENCY: 0.60,
    Urgency.SAME_DAY: 0.65,
    Urgency.REVIEW: 0.65,
}
MARGIN = 0.12

MAX_SEGMENTS = 8  # embeddings per message: bounds the cost of a long one
# Word pieces the encoder reads per message, over all its segments (one packed forward pass). The
# pass costs about linearly in word pieces: a ~1,000-character message cut into 8 segments was ~250
# pieces and 80-110 ms; this budget keeps every message within the screen's 25 ms target on 2
# shared cores (bench/results/safety_latency.md). Short and mid-length messages fit whole; a long
# one is read by the rules in full and by the encoder in its most health-worded segments.
MAX_ENCODER_TOKENS = 112
MAX_SEGMENT_WORDS = 64
WHOLE_MESSAGE_MAX_WORDS = 32  # a message up to this long is also embedded whole (context across sentences)
MAX_CHARS = 4000  # characters read from one message (the rule screen reads all of it)
MIN_CLAUSE_WORDS = 3  # shorter clauses ("hi", "thanks") are joined to their neighbour
CACHE_VERSION = "1"  # bump when the way prototypes are embedded changes

# Situations that no English phrasing can describe: "unread_language_health" is a health word in a
# language the screen cannot read (found by assistant/safety/unread_language.py, not by meaning).
NOT_PHRASED = frozenset({"unread_language_health", "unread_language_emergency"})

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+|(?<=[.!?])(?=[A-Za-z])")
_CLAUSE_BREAK = re.compile(
    r"\s*,\s*|\s+-+\s+|\s+(?=(?:but|btw|also|although|though|plus|and also|and now|and then|because|cos|coz)\b)",
    re.IGNORECASE,
)


class PrototypesError(SafetyScreenError):
    """prototypes.yml is malformed or names a situation lexicon.yml does not have."""


@dataclass(frozen=True)
class SituationScore:
    """How close the message came to one situation."""

    situation: str
    row: str
    urgency: Urgency
    similarity: float  # best cosine between a segment and this situation's prototypes
    prototype: str  # the nearest prototype
    segment: str  # the part of the message it was nearest to
    benign_similarity: float  # that segment's best cosine with a benign prototype
    benign_prototype: str

    @property
    def margin(self) -> float:
        return self.similarity - self.benign_similarity


@dataclass(frozen=True)
class SemanticResult:
    """The signal's reading of one message."""

    flagged: Tuple[SituationScore, ...]  # the decision: most urgent first, then most similar
    scores: Tuple[SituationScore, ...]  # every situation, most similar first
    segments: Tuple[str, ...]  # what was embedded
    complete: bool  # False when the message was longer than the work cap and its end was not read

    @property
    def urgency(self) -> Urgency | None:
        return max_urgency(score.urgency for score in self.flagged)

    @property
    def situations(self) -> Tuple[str, ...]:
        return tuple(score.situation for score in self.flagged)


@dataclass(frozen=True)
class SegmentScores:
    """Raw similarities of one message, before the decision (what calibration varies)."""

    segments: Tuple[str, ...]
    complete: bool
    embeddings: np.ndarray  # (segments, EMBEDDING_DIM): what the emergency classifier reads too
    best: np.ndarray  # (segments, situations) best similarity per situation
    best_index: np.ndarray  # (segments, situations) index of that prototype in the prototype list
    benign: np.ndarray  # (segments,) best benign similarity
    benign_index: np.ndarray  # (segments,)


@dataclass(frozen=True)
class Prototypes:
    situations: Tuple[Situation, ...]  # in lexicon order; only those with prototypes
    texts: Tuple[str, ...]  # all prototypes, grouped: situation 0, situation 1, ..., then benign
    starts: Tuple[int, ...]  # start of each situation's group in texts; benign starts at starts[-1]
    digest: str  # SHA-256 of the file


def load_prototypes(path: Path = PROTOTYPES_FILE, lexicon_path: Path = LEXICON_FILE) -> Prototypes:
    """Read and check prototypes.yml against the situations of lexicon.yml."""
    raw = path.read_bytes()
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        raise PrototypesError(f"{path}: not valid YAML: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("situations"), dict):
        raise PrototypesError(f"{path}: expected a `situations:` mapping and a `benign:` list")
    known = {situation.key: situation for situation in situation_list(lexicon_path)}
    unknown = sorted(set(data["situations"]) - (set(known) - NOT_PHRASED))
    if unknown:
        raise PrototypesError(f"{path}: situations not in {lexicon_path.name}: {', '.join(unknown)}")

    def phrases(where: str, value: object) -> List[str]:
        if not isinstance(value, list) or not value:
            raise PrototypesError(f"{path}: {where} must be a non-empty list of phrasings")
        out = []
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise PrototypesError(f"{path}: {where} has an entry that is not a phrasing: {item!r}")
            out.append(" ".join(item.split()))
        return out

    situations: List[Situation] = []
    texts: List[str] = []
    starts: List[int] = []
    for key, situation in known.items():  # lexicon order
        if key in data["situations"]:
            situations.append(situation)
            starts.append(len(texts))
            texts += phrases(f"situations.{key}", data["situations"][key])
    starts.append(len(texts))
    texts += phrases("benign", data.get("benign"))
    return Prototypes(tuple(situations), tuple(texts), tuple(starts), hashlib.sha256(raw).hexdigest())


def segment(text: str) -> Tuple[Tuple[str, ...], bool]:
    """The parts of a message to embed, and whether all of the message is in them."""
    complete = len(text) <= MAX_CHARS
    text = " ".join(text[:MAX_CHARS].split())
    if not text:
        return (), True
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
    sentences = _join_short(sentences)
    clauses: List[str] = []
    for sentence in sentences:
        parts = _join_short([p for p in _CLAUSE_BREAK.split(sentence) if p and p.strip()])
        if len(parts) > 1:
            clauses += parts
    words = text.split()
    whole = [text] if len(words) <= WHOLE_MESSAGE_MAX_WORDS and (len(sentences) > 1 or clauses) else []
    candidates = _unique(whole + sentences + clauses)
    if len(candidates) > MAX_SEGMENTS:
        # Too many pieces: drop the whole message, then read sentences only, then pack
        # neighbouring sentences together so that every word is still in some segment.
        candidates = _unique(sentences + clauses)
        if len(candidates) > MAX_SEGMENTS:
            candidates = _pack(sentences, MAX_SEGMENTS)
    out = []
    for piece in candidates:
        piece_words = piece.split()
        if len(piece_words) > MAX_SEGMENT_WORDS:
            complete = False
            piece = " ".join(piece_words[:MAX_SEGMENT_WORDS])
        out.append(piece)
    return tuple(out), complete


def containing_sentence(text: str, piece: str) -> str:
    """The sentence of ``text`` (split as ``segment`` splits it) that holds ``piece``, or
    ``piece`` itself when it is the whole message or spans several sentences."""
    text = " ".join(text[:MAX_CHARS].split())
    for sentence in _join_short([s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]):
        if piece in sentence:
            return sentence
    return piece


def _join_short(parts: List[str]) -> List[str]:
    out: List[str] = []
    for part in parts:
        part = part.strip(" ,-")
        if not part:
            continue
        if out and (len(part.split()) < MIN_CLAUSE_WORDS or len(out[-1].split()) < MIN_CLAUSE_WORDS):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def _unique(parts: List[str]) -> List[str]:
    seen, out = set(), []
    for part in parts:
        if part.lower() not in seen:
            seen.add(part.lower())
            out.append(part)
    return out


def _pack(sentences: List[str], count: int) -> List[str]:
    """Join neighbouring sentences into at most ``count`` groups of similar word counts."""
    total = sum(len(s.split()) for s in sentences)
    target = total / count
    groups: List[List[str]] = [[]]
    size = 0
    for sentence in sentences:
        if groups[-1] and size + len(sentence.split()) > target and len(groups) < count:
            groups.append([])
            size = 0
        groups[-1].append(sentence)
        size += len(sentence.split())
    return [" ".join(group) for group in groups]


class SemanticSignal:
    """Compares messages with the prototypes. Build with ``build_semantic_signal``."""

    def __init__(
        self,
        encoder: SentenceEncoder,
        prototypes: Prototypes,
        embeddings: np.ndarray,
        thresholds: Mapping[Urgency, float] = THRESHOLDS,
        margin: float = MARGIN,
    ) -> None:
        if embeddings.shape != (len(prototypes.texts), EMBEDDING_DIM):
            raise PrototypesError("prototype embeddings do not match the prototypes")
        self._encoder = encoder
        self.prototypes = prototypes
        self._embeddings_t = np.ascontiguousarray(embeddings.T)
        self.thresholds: Dict[Urgency, float] = dict(thresholds)
        self.margin = margin
        self._starts = np.array(prototypes.starts, dtype=np.intp)
        self._situation_starts = self._starts[:-1]
        self._benign_start = int(self._starts[-1])
        self._health_words: frozenset = frozenset()

    def prefer_segments_with(self, health_words: Iterable[str]) -> None:
        """Words (lower case) that make a segment worth the encoder's budget first when a message
        has more segments than the budget holds: the screen passes its lexicon's symptom and body
        words, so a long message's booking chatter is what is left out, not its complaint."""
        self._health_words = frozenset(health_words)

    def _within_budget(self, segments: Tuple[str, ...]) -> Tuple[Tuple[str, ...], bool]:
        """The segments to embed (in message order) and whether they are all of them."""
        counts = [len(self._encoder.token_ids(piece)) for piece in segments]
        if sum(counts) <= MAX_ENCODER_TOKENS:
            return segments, True
        # Most health words first (a word counts once per segment), then the shorter segment
        # (a clause says one thing), then message order.
        order = sorted(
            range(len(segments)),
            key=lambda i: (-len(set(_WORD.findall(segments[i].lower())) & self._health_words), counts[i], i),
        )
        chosen, used = [], 0
        for i in order:
            if used + counts[i] <= MAX_ENCODER_TOKENS:
                chosen.append(i)
                used += counts[i]
        if not chosen:  # one segment longer than the budget: its start (the tokenizer truncates)
            chosen = [order[0]]
        return tuple(segments[i] for i in sorted(chosen)), False

    def score(self, text: str) -> SegmentScores:
        """Similarities of every segment of ``text`` with every situation and with benign."""
        segments, complete = segment(text)
        segments, all_read = self._within_budget(segments) if segments else (segments, True)
        complete = complete and all_read
        count = len(self.prototypes.situations)
        if not segments:
            empty = np.zeros((0, count), dtype=np.float32)
            return SegmentScores(
                (), complete, np.zeros((0, EMBEDDING_DIM), np.float32), empty, empty.astype(np.intp),
                np.zeros(0), np.zeros(0, np.intp),
            )
        embeddings = self._encoder.encode_packed(segments)
        sims = embeddings @ self._embeddings_t  # (segments, prototypes)
        situation_sims = sims[:, : self._benign_start]
        best = np.maximum.reduceat(situation_sims, self._situation_starts, axis=1)
        best_index = np.empty_like(best, dtype=np.intp)
        bounds = list(self.prototypes.starts)
        for j in range(count):
            start, end = bounds[j], bounds[j + 1]
            best_index[:, j] = start + np.argmax(situation_sims[:, start:end], axis=1)
        benign_sims = sims[:, self._benign_start:]
        benign_index = self._benign_start + np.argmax(benign_sims, axis=1)
        return SegmentScores(segments, complete, embeddings, best, best_index, benign_sims.max(axis=1), benign_index)

    def decide(
        self,
        scores: SegmentScores,
        thresholds: Mapping[Urgency, float] | None = None,
        margin: float | None = None,
    ) -> SemanticResult:
        """Apply the thresholds and margin (defaults: this signal's) to a message's scores."""
        thresholds = self.thresholds if thresholds is None else thresholds
        margin = self.margin if margin is None else margin
        texts = self.prototypes.texts
        results: List[SituationScore] = []
        flagged: List[SituationScore] = []
        if not scores.segments:
            return SemanticResult((), (), (), scores.complete)
        for j, situation in enumerate(self.prototypes.situations):
            column = scores.best[:, j]
            passing = (column >= thresholds[situation.urgency]) & (column - scores.benign >= margin)
            # Report the passing segment when there is one, else the closest segment.
            pick = np.where(passing, column, -np.inf) if passing.any() else column
            i = int(np.argmax(pick))
            entry = SituationScore(
                situation=situation.key,
                row=situation.row,
                urgency=situation.urgency,
                similarity=float(column[i]),
                prototype=texts[int(scores.best_index[i, j])],
                segment=scores.segments[i],
                benign_similarity=float(scores.benign[i]),
                benign_prototype=texts[int(scores.benign_index[i])],
            )
            results.append(entry)
            if passing.any():
                flagged.append(entry)
        results.sort(key=lambda s: -s.similarity)
        flagged.sort(key=lambda s: (-s.urgency.rank, -s.similarity))
        return SemanticResult(tuple(flagged), tuple(results), scores.segments, scores.complete)

    def assess(self, text: str) -> SemanticResult:
        """The signal's decision for one message (about 15 ms for a short one on 2 cores)."""
        return self.decide(self.score(text))


def _cache_key(prototypes: Prototypes) -> str:
    digest = hashlib.sha256()
    for part in (CACHE_VERSION, prototypes.digest, EXPECTED_SHA256[WEIGHTS_FILE], "\n".join(prototypes.texts)):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def _read_cache(path: Path, rows: int) -> np.ndarray | None:
    try:
        embeddings = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as error:
        if path.exists():
            log.warning("ignoring unreadable prototype embedding cache %s: %s", path, error)
        return None
    if embeddings.ndim != 2 or embeddings.shape[0] != rows or embeddings.dtype != np.float32:
        log.warning("ignoring prototype embedding cache %s of the wrong shape", path)
        return None
    return embeddings


def _write_cache(path: Path, embeddings: np.ndarray) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".prototypes-", suffix=".npy")
        with os.fdopen(handle, "wb") as out:
            np.save(out, embeddings, allow_pickle=False)
        os.replace(temporary, path)  # atomic: a concurrent reader sees the old file or the whole new one
    except OSError as error:  # a read-only disk only costs the next start a few seconds
        log.warning("could not write the prototype embedding cache %s: %s", path, error)


def build_semantic_signal(
    prototypes_path: Path = PROTOTYPES_FILE,
    cache_dir: Path | None = None,
    encoder: SentenceEncoder | None = None,
    lexicon_path: Path = LEXICON_FILE,
    thresholds: Mapping[Urgency, float] = THRESHOLDS,
    margin: float = MARGIN,
) -> SemanticSignal:
    """Load the encoder and embed every prototype (a few seconds). With ``cache_dir`` (e.g. var/semantic)
    the embeddings are kept in a file keyed by the SHA-256 of prototypes.yml and of the model weights,
    so a restart with the same files reads them instead of recomputing."""
    encoder = encoder or get_encoder()
    prototypes = load_prototypes(prototypes_path, lexicon_path)
    embeddings = None
    cache_file = cache_dir / f"prototypes-{_cache_key(prototypes)[:24]}.npy" if cache_dir else None
    if cache_file is not None:
        embeddings = _read_cache(cache_file, len(prototypes.texts))
    if embeddings is None:
        embeddings = encoder.encode(list(prototypes.texts))
        if cache_file is not None:
            _write_cache(cache_file, embeddings)
    return SemanticSignal(encoder, prototypes, embeddings, thresholds, margin)


def describe(result: SemanticResult) -> Sequence[str]:
    """One line per flagged situation, for logs and the calibration report (no patient text)."""
    return [
        f"{s.situation} ({s.row}, {s.urgency.value}) sim {s.similarity:.3f} vs benign {s.benign_similarity:.3f}"
        for s in result.flagged
    ]
