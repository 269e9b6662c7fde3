"""The encoder reads a long message within a budget of word pieces, its health-worded segments first."""

from __future__ import annotations

import pytest

from assistant.safety.semantic import MAX_ENCODER_TOKENS, SemanticSignal, build_semantic_signal, segment
from assistant.semantic import get_encoder

BEFORE = (
    "Could you send me the price list by email please. Is there parking near the clinic or should I get "
    "the bus. I would like to rebook my next appointment for a Saturday morning if you have one. "
    "My sister came with me last time and loved the waiting room. Do you take card or only cash? "
    "The receptionist was lovely and explained everything about the course of sessions. "
)
AFTER = (
    "Also, is the Leeds branch open on bank holidays? I might bring my mum along to the next visit. "
    "Could you tell me how long the consultation usually lasts, and whether I need to fill in a form? "
    "Thanks again, I'm looking forward to the next session and to seeing the results on my scalp. "
)


@pytest.fixture(scope="module")
def signal(tmp_path_factory) -> SemanticSignal:
    built = build_semantic_signal(cache_dir=tmp_path_factory.mktemp("semantic-cache"))
    built.prefer_segments_with({"throat", "tight", "swallow", "lips", "swelling"})
    return built


def _pieces(texts) -> int:
    return sum(len(get_encoder().token_ids(text)) for text in texts)


def test_a_short_message_is_read_whole(signal):
    text = "had my session yesterday, my throat feels tight and it's hard to swallow"
    scores = signal.score(text)
    assert scores.segments == segment(text)[0]
    assert scores.complete


def test_a_long_message_is_read_within_the_budget_and_its_complaint_is_kept(signal):
    text = BEFORE + "Since this afternoon my throat feels tight and my lips are swelling. " + AFTER
    all_segments, _ = segment(text)
    assert _pieces(all_segments) > MAX_ENCODER_TOKENS
    scores = signal.score(text)
    assert _pieces(scores.segments) <= MAX_ENCODER_TOKENS
    assert not scores.complete
    assert any("throat feels tight" in piece for piece in scores.segments)
    # Kept in message order.
    positions = [text.index(piece) for piece in scores.segments]
    assert positions == sorted(positions)
