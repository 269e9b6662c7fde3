"""The emergency classifier: what it learns from, that it is cached, and that it only raises
through the screen's context gate."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from assistant.safety import Urgency
from assistant.safety import classifier as classifier_module
from assistant.safety.classifier import (
    CORPUS_DIR,
    EmergencyClassifier,
    build_emergency_classifier,
    training_texts,
)
from assistant.safety.lexicon import LEXICON_FILE, situation_list
from assistant.safety.screen import EMERGENCY_PROBABILITY, SEMANTIC_CACHE_DIR
from assistant.safety.semantic import segment
from assistant.semantic import EMBEDDING_DIM, get_encoder

EVALUATION = Path(__file__).resolve().parents[2] / "safety" / "evaluation.yml"

# Written for this test (not in any corpus file): fever, shaking and a racing heart with angry
# injection sites reads as sepsis; the rules alone find only the local infection (same day).
# A sepsis picture in lay words that the rules alone read as same-day (fever, infected spots) and
# the classifier reads as an emergency. (Since round 13 the rules read rigors, "shaking all over",
# with a fever as sepsis themselves, so this picture has none.)
SEPSIS_IN_LAY_WORDS = "i'm burning up, sweating buckets and my heart is racing, the injection spots are angry"


def test_the_training_set_labels_every_level_and_leaves_the_regression_set_out():
    items = training_texts()
    assert {item.level for item in items} == {"none", "review", "same_day", "emergency"}
    corpus = yaml.safe_load((CORPUS_DIR / "batch_1.yml").read_text(encoding="utf-8"))
    emergency = next(c["text"] for c in corpus["must_escalate"] if c["urgency"] == "emergency")
    assert any(item.text == emergency and item.level == "emergency" for item in items)
    # The benign messages' clauses are negatives too, read on their own.
    assert any(item.source.endswith("(clause)") and item.level == "none" for item in items)
    # NLU examples: safety intents by level, the rest none.
    assert any(item.source == "nlu:safety_emergency" and item.level == "emergency" for item in items)
    assert any(item.source.startswith("nlu:faq/") and item.level == "none" for item in items)
    # The regression set stays a test of this classifier: it is not read, and only a few short
    # everyday messages ("czy to boli?") happen to be written the same in both.
    regression = yaml.safe_load(EVALUATION.read_text(encoding="utf-8"))
    regression_texts = {c["text"] for group in regression.values() for c in group}
    assert not any("evaluation" in item.source for item in items)
    assert len(regression_texts & {item.text for item in items}) <= len(regression_texts) // 20


def _tiny_inputs(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A corpus, NLU folder and prototypes file small enough to train in a second."""
    by_level = {}
    for situation in situation_list(LEXICON_FILE):
        by_level.setdefault(situation.urgency.value, situation.key)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "batch_x.yml").write_text(
        yaml.safe_dump(
            {
                "must_escalate": [
                    {"text": "my throat is closing and I can't breathe", "urgency": "emergency"},
                    {"text": "the injection site is hot, red and oozing", "urgency": "same_day"},
                    {"text": "I'm on blood thinners, can I still have it?", "urgency": "review"},
                ],
                "benign": [{"text": "how much is a session? and are you open on Saturday"}],
            }
        )
    )
    nlu = tmp_path / "nlu"
    nlu.mkdir()
    (nlu / "faq.yml").write_text('version: "3.1"\nnlu:\n- intent: faq/price\n  examples: |\n    - what does it cost\n')
    prototypes = tmp_path / "prototypes.yml"
    prototypes.write_text(
        yaml.safe_dump(
            {
                "situations": {
                    by_level["emergency"]: ["my lips and tongue are swelling up fast"],
                    by_level["same_day"]: ["a painful red lump that is getting bigger"],
                    by_level["review"]: ["I take medicine for epilepsy"],
                },
                "benign": ["what are your opening hours"],
            }
        )
    )
    return corpus, nlu, prototypes


def test_the_classifier_is_trained_once_then_read_from_its_cache(tmp_path, monkeypatch):
    corpus, nlu, prototypes = _tiny_inputs(tmp_path)
    cache = tmp_path / "cache"
    first = build_emergency_classifier(get_encoder(), cache, corpus, prototypes, nlu)
    assert len(list(cache.glob("classifier-*.npz"))) == 1

    def no_training(*_: object, **__: object) -> EmergencyClassifier:
        raise AssertionError("trained again although the inputs did not change")

    monkeypatch.setattr(classifier_module, "train", no_training)
    second = build_emergency_classifier(get_encoder(), cache, corpus, prototypes, nlu)
    probe = get_encoder().encode(["my tongue is huge and I can hardly breathe"])
    assert np.allclose(first.probabilities(probe), second.probabilities(probe))
    assert first.probabilities(probe).sum() == pytest.approx(1.0, abs=1e-5)

    # A changed input is a different cache entry: trained again.
    (corpus / "batch_x.yml").write_text((corpus / "batch_x.yml").read_text() + "routine: []\n")
    with pytest.raises(AssertionError, match="trained again"):
        build_emergency_classifier(get_encoder(), cache, corpus, prototypes, nlu)


def test_the_classifier_raises_a_lay_description_the_rules_read_lower(full_screen):
    without = full_screen.with_classifier(None).assess(SEPSIS_IN_LAY_WORDS)
    assert without.urgency is Urgency.SAME_DAY
    assessment = full_screen.assess(SEPSIS_IN_LAY_WORDS)
    assert assessment.urgency is Urgency.EMERGENCY
    assert assessment.findings[0].source == "semantic"
    assert assessment.findings[0].urgency is Urgency.EMERGENCY


def test_a_what_if_frames_every_clause_of_its_sentence(full_screen):
    hypothetical = "what if I was burning up, shaking all over and my heart racing, with angry injection spots"
    # The classifier alone reads an emergency in a clause of it ("shaking all over and my heart
    # racing") ...
    deployed = build_emergency_classifier(get_encoder(), SEMANTIC_CACHE_DIR)
    clauses, _ = segment(hypothetical)
    assert deployed.emergency_probability(get_encoder().encode(list(clauses))).max() >= EMERGENCY_PROBABILITY
    # ... but the clause is part of a "what if": nobody has these signs, nothing is raised.
    assert full_screen.assess(hypothetical).urgency is not Urgency.EMERGENCY


def test_at_least_probabilities_add_up_from_the_top():
    # Four classes (none, review, same day, emergency) over a 384-wide embedding; only the
    # intercepts matter here, so every input gets softmax([0, 1, 2, 3]).
    classifier = EmergencyClassifier(
        np.zeros((4, EMBEDDING_DIM), dtype=np.float32), np.array([0.0, 1.0, 2.0, 3.0], dtype=np.float32)
    )
    embedding = np.zeros((1, EMBEDDING_DIM), dtype=np.float32)
    p = classifier.probabilities(embedding)[0]
    at_least = classifier.at_least_probabilities(embedding)
    assert at_least[Urgency.EMERGENCY][0] == pytest.approx(p[3])
    assert at_least[Urgency.SAME_DAY][0] == pytest.approx(p[2] + p[3])
    assert at_least[Urgency.REVIEW][0] == pytest.approx(p[1] + p[2] + p[3])


# Written for this test: a condition named in lay words that the rules do not list.
AUTOIMMUNE_IN_LAY_WORDS = "i have a condition where my body attacks itself, can i still book"


def test_lower_bars_let_the_classifier_add_a_review_and_are_off_by_default(full_screen):
    assert full_screen.assess(AUTOIMMUNE_IN_LAY_WORDS).urgency is None  # deployed: bars off
    review_bar = full_screen.with_classifier(full_screen._classifier, lower_probabilities={Urgency.REVIEW: 0.5})
    assessment = review_bar.assess(AUTOIMMUNE_IN_LAY_WORDS)
    assert assessment.urgency is Urgency.REVIEW
    assert assessment.findings[0].source == "semantic"
    # With a same-day bar as low, the higher level's bar is tried first and may be the one
    # reached (trained on batches 1-16 it is, here: one reason the bars stay off); never lower.
    with_bars = full_screen.with_classifier(
        full_screen._classifier, lower_probabilities={Urgency.SAME_DAY: 0.5, Urgency.REVIEW: 0.5}
    )
    assert with_bars.assess(AUTOIMMUNE_IN_LAY_WORDS).urgency in (Urgency.REVIEW, Urgency.SAME_DAY)
    # Ordinary questions stay quiet even with the bars on: nearer an everyday phrasing.
    assert with_bars.assess("what time do you close on friday").urgency is None
    assert with_bars.assess("is it normal to be a bit pink for an hour afterwards").urgency is None
