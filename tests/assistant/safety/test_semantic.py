"""The semantic safety signal: its prototypes file, how it cuts messages, its decisions and its cache."""

from __future__ import annotations

import re
import threading
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import yaml

from assistant.safety import Urgency, situations
from assistant.safety.semantic import (
    MAX_SEGMENT_WORDS,
    MAX_SEGMENTS,
    NOT_PHRASED,
    PROTOTYPES_FILE,
    PrototypesError,
    SemanticSignal,
    build_semantic_signal,
    load_prototypes,
    segment,
)
from assistant.semantic import get_encoder

EVALUATION = Path(__file__).resolve().parents[2] / "safety" / "evaluation.yml"


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("semantic-cache")


@pytest.fixture(scope="module")
def signal(cache_dir) -> SemanticSignal:
    return build_semantic_signal(cache_dir=cache_dir)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


# -- the prototypes file ------------------------------------------------------------------

def test_every_situation_has_the_agreed_number_of_phrasings():
    data = yaml.safe_load(PROTOTYPES_FILE.read_text(encoding="utf-8"))
    wrong = []
    for situation in situations():
        if situation.key in NOT_PHRASED:
            continue
        count = len(data["situations"].get(situation.key, []))
        low, high = (8, 15) if situation.urgency is Urgency.REVIEW else (12, 25)
        if not low <= count <= high:
            wrong.append(f"{situation.key} ({situation.urgency.value}): {count}, wanted {low}-{high}")
    assert wrong == []
    assert len(data["benign"]) >= 150


def test_no_phrasing_is_repeated_or_copied_from_the_evaluation_set():
    prototypes = load_prototypes()
    repeated = [text for text, n in Counter(_norm(t) for t in prototypes.texts).items() if n > 1]
    evaluation = yaml.safe_load(EVALUATION.read_text(encoding="utf-8"))
    evaluated = {_norm(case["text"]) for key in ("must_escalate", "benign") for case in evaluation[key]}
    copied = [text for text in prototypes.texts if _norm(text) in evaluated]
    assert repeated == []
    assert copied == []


def test_a_prototypes_file_naming_an_unknown_situation_is_refused(tmp_path):
    bad = tmp_path / "prototypes.yml"
    bad.write_text('situations:\n  sore_elbow: ["my elbow hurts"]\nbenign: ["hello"]\n', encoding="utf-8")
    with pytest.raises(PrototypesError, match="sore_elbow"):
        load_prototypes(bad)


def test_a_prototypes_file_without_benign_phrasings_is_refused(tmp_path):
    bad = tmp_path / "prototypes.yml"
    bad.write_text('situations:\n  anaphylaxis: ["my throat is closing"]\n', encoding="utf-8")
    with pytest.raises(PrototypesError, match="benign"):
        load_prototypes(bad)


# -- cutting a message into segments ----------------------------------------------------------

def test_a_short_message_is_one_segment():
    assert segment("my lips are swelling") == (("my lips are swelling",), True)


def test_a_warning_in_a_booking_question_gets_a_segment_of_its_own():
    text = "How much is the three session package, and by the way my tongue feels really thick. Can I book Friday?"
    segments, complete = segment(text)
    assert complete
    assert text in segments  # short enough to be read whole as well
    assert "by the way my tongue feels really thick." in segments or any(
        s.startswith("and by the way my tongue") for s in segments
    )


def test_a_long_message_is_capped_in_segments_and_words():
    sentence = "I would like to ask about the prices and the times you are open on Saturdays this month."
    segments, complete = segment(" ".join([sentence] * 60))
    assert 0 < len(segments) <= MAX_SEGMENTS
    assert all(len(s.split()) <= MAX_SEGMENT_WORDS for s in segments)
    assert complete is False  # 1,000+ words cannot all be read within the cap


def test_an_empty_message_has_no_segments():
    assert segment("   \n ") == ((), True)


# -- decisions ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, situation, urgency",
    [
        # Wordings that are not prototypes: the signal generalises from their meaning.
        ("my neck has swollen up massively and i can't get anything down, not even my spit", "airway_compromise",
         Urgency.EMERGENCY),
        ("the injection marks have gone red and angry and one is full of pus", "infection", Urgency.SAME_DAY),
        ("my gp keeps me on warfarin", "anticoagulant", Urgency.REVIEW),
    ],
)
def test_a_warning_in_other_words_is_flagged(signal, text, situation, urgency):
    result = signal.assess(text)
    assert situation in result.situations
    assert result.urgency is not None and result.urgency.rank >= urgency.rank


def test_a_warning_buried_in_a_long_booking_message_is_flagged(signal):
    text = (
        "Hi, hope you're well. I had my first session on Tuesday and loved the receptionist. "
        "Could you tell me the price of the three-session package and whether you have parking? "
        "Also since this morning my throat is closing up and I keep wheezing. "
        "I'd like to book for next Saturday morning if possible, thanks!"
    )
    result = signal.assess(text)
    assert result.urgency is Urgency.EMERGENCY
    assert "anaphylaxis" in result.situations
    flagged = next(s for s in result.flagged if s.situation == "anaphylaxis")
    assert "throat is closing up" in flagged.segment


@pytest.mark.parametrize(
    "text",
    [
        "how much is a course of three sessions on the scalp?",
        "can I move my appointment to next Wednesday afternoon",
        "thank you, the nurse was lovely",
        "when can I wear foundation again after the session?",
    ],
)
def test_everyday_questions_are_not_flagged(signal, text):
    assert signal.assess(text).flagged == ()


def test_the_result_scores_every_situation_with_its_nearest_prototype(signal):
    result = signal.assess("my eyelid has puffed up and gone red since the under-eye treatment")
    assert {s.situation for s in result.scores} == {s.key for s in situations()} - NOT_PHRASED
    top = result.scores[0]
    assert top.situation == "eye_swelling"
    assert top.prototype in load_prototypes().texts
    assert [s.similarity for s in result.scores] == sorted((s.similarity for s in result.scores), reverse=True)


def test_a_benign_match_closer_than_the_margin_blocks_the_flag(signal):
    scores = signal.score("i'm pregnant, can i still have the treatment")
    assert "pregnancy" in signal.decide(scores).situations
    # The same scores with a margin no similarity can clear: nothing is flagged.
    assert signal.decide(scores, margin=2.0).flagged == ()
    # And with thresholds no similarity can reach.
    assert signal.decide(scores, thresholds={u: 1.01 for u in Urgency}).flagged == ()


def test_threads_assessing_at_once_agree_with_one_thread(signal):
    texts = ["my lips are swelling and i can't breathe", "how much is it", "i take warfarin", "pus in the spots"]
    expected = [signal.assess(t).situations for t in texts]
    got: dict = {}

    def work(i: int) -> None:
        got[i] = [signal.assess(t).situations for t in texts]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert list(got.values()) == [expected] * 4


# -- the embedding cache ------------------------------------------------------------------------

class CountingEncoder:
    """The real encoder, counting how many texts it was asked to embed."""

    def __init__(self) -> None:
        self.texts = 0
        self._encoder = get_encoder()

    def encode(self, texts):
        self.texts += len(texts)
        return self._encoder.encode(texts)

    def encode_packed(self, texts):
        self.texts += len(texts)
        return self._encoder.encode_packed(texts)

    def token_ids(self, text):
        return self._encoder.token_ids(text)


def test_a_restart_reads_the_prototype_embeddings_from_the_cache(signal, cache_dir):
    files = list(cache_dir.glob("prototypes-*.npy"))
    assert len(files) == 1
    encoder = CountingEncoder()
    again = build_semantic_signal(cache_dir=cache_dir, encoder=encoder)
    assert encoder.texts == 0
    assert again.assess("i take warfarin").situations == signal.assess("i take warfarin").situations


SMALL = 'situations:\n  anaphylaxis: ["my throat is closing up", "my tongue is huge"]\nbenign:\n  - "how much is it"\n'


def test_an_edited_prototypes_file_is_embedded_again(tmp_path):
    path = tmp_path / "prototypes.yml"
    path.write_text(SMALL, encoding="utf-8")
    encoder = CountingEncoder()
    build_semantic_signal(prototypes_path=path, cache_dir=tmp_path, encoder=encoder)
    build_semantic_signal(prototypes_path=path, cache_dir=tmp_path, encoder=encoder)
    assert encoder.texts == 3  # the second build read the cache
    path.write_text(SMALL + '  - "can i bring my dog"\n', encoding="utf-8")
    build_semantic_signal(prototypes_path=path, cache_dir=tmp_path, encoder=encoder)
    assert encoder.texts == 3 + 4
    assert len(list(tmp_path.glob("prototypes-*.npy"))) == 2


def test_a_damaged_cache_file_is_recomputed_and_replaced(tmp_path):
    path = tmp_path / "prototypes.yml"
    path.write_text(SMALL, encoding="utf-8")
    encoder = CountingEncoder()
    build_semantic_signal(prototypes_path=path, cache_dir=tmp_path, encoder=encoder)
    (cache_file,) = tmp_path.glob("prototypes-*.npy")
    cache_file.write_bytes(b"not an array")
    encoder.texts = 0
    signal = build_semantic_signal(prototypes_path=path, cache_dir=tmp_path, encoder=encoder)
    assert encoder.texts == 3
    assert np.load(cache_file).shape == (3, 384)
    assert signal.assess("my throat is closing up").situations == ("anaphylaxis",)
