"""The numpy all-MiniLM-L6-v2 encoder against the model's published figures, and its file checks."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from assistant.semantic import EMBEDDING_DIM, ModelChecksumMismatch, SentenceEncoder, get_encoder, load_encoder
from assistant.semantic.encoder import WEIGHTS_FILE, model_dir


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    # Keeps no embeddings, so that every comparison below compares two computations.
    return load_encoder(recent=0)


def cosine(encoder: SentenceEncoder, a: str, b: str) -> float:
    vectors = encoder.encode([a, b])
    return float(vectors[0] @ vectors[1])


def test_reproduces_the_quickstart_similarities_of_the_sentence_transformers_docs(encoder):
    # sbert.net, Sentence Transformer usage: model.similarity() of these three with all-MiniLM-L6-v2
    # prints [[1.0000, 0.6660, 0.1046], [0.6660, 1.0000, 0.1411], [0.1046, 0.1411, 1.0000]].
    vectors = encoder.encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    published = np.array([[1.0, 0.6660, 0.1046], [0.6660, 1.0, 0.1411], [0.1046, 0.1411, 1.0]])
    np.testing.assert_allclose(vectors @ vectors.T, published, atol=1e-3)


@pytest.mark.parametrize(
    "first, second, published",
    [
        # sbert.net, semantic textual similarity page: 0.8939.
        ("The new movie is awesome", "The new movie is so great", 0.8939),
        # The example pair whose 0.755 the project's design note records for this model.
        ("A man is eating food.", "A man is eating a piece of bread.", 0.7553),
    ],
)
def test_reproduces_published_pair_similarities(encoder, first, second, published):
    assert cosine(encoder, first, second) == pytest.approx(published, abs=1e-3)


def test_embeddings_are_unit_length_rows_of_384(encoder):
    vectors = encoder.encode(["my lip is swelling up", "how much is a session?", ""])
    assert vectors.shape == (3, EMBEDDING_DIM)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_padding_in_a_batch_does_not_change_an_embedding(encoder):
    # A short text batched with a long one is padded; the attention mask and the pooling must ignore it.
    short = "my throat feels tight"
    long = "I had the treatment this morning and since lunchtime my whole face has been getting puffier and redder"
    alone = encoder.encode([short])[0]
    batched = encoder.encode([long, short])[1]
    np.testing.assert_allclose(batched, alone, atol=1e-5)


def test_long_text_is_cut_at_the_model_maximum_of_256_word_pieces(encoder):
    assert encoder.max_tokens == 256
    ids = encoder.token_ids("swelling " * 600)
    assert len(ids) == 256
    # What follows the cut cannot change the embedding: it was never read.
    head = "swelling " * 300
    np.testing.assert_allclose(
        encoder.encode([head + "and a completely different ending about prices"])[0],
        encoder.encode([head])[0],
        atol=1e-5,
    )


def test_get_encoder_builds_one_instance_per_process():
    assert get_encoder() is get_encoder()


def test_a_text_encoded_again_is_reused_not_recomputed(monkeypatch):
    reusing = load_encoder(recent=2)
    first = reusing.encode(["my lips feel tight", "how much is it?"])
    passes = []
    monkeypatch.setattr(reusing, "_layers_forward", lambda *a: passes.append(a) or pytest.fail("recomputed"))

    again = reusing.encode_packed(["how much is it?", "my lips feel tight"])

    np.testing.assert_array_equal(again, first[::-1])
    assert passes == []
    # Bounded: a third text pushes the oldest out, and texts are kept only as hashes.
    monkeypatch.undo()
    reusing.encode(["a third text"])
    keys = list(reusing._recent._vectors)
    assert len(keys) == 2 and all(isinstance(k, bytes) and len(k) == 16 for k in keys)


def test_threads_encoding_at_once_get_the_same_vectors_as_one_thread(encoder):
    texts = [f"message number {i} about a swollen lip" for i in range(8)]
    expected = encoder.encode(texts)
    results: dict = {}

    def work(index: int) -> None:
        results[index] = encoder.encode(texts)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for got in results.values():
        np.testing.assert_allclose(got, expected, atol=1e-6)
    assert len(results) == 4


def test_a_tampered_weights_file_is_refused_before_loading(tmp_path: Path):
    source = model_dir()
    for item in source.iterdir():
        if item.name != WEIGHTS_FILE:
            (tmp_path / item.name).symlink_to(item)
    data = bytearray((source / WEIGHTS_FILE).read_bytes())
    data[-1] ^= 0x01  # one bit of one weight
    (tmp_path / WEIGHTS_FILE).write_bytes(bytes(data))

    with pytest.raises(ModelChecksumMismatch, match="refusing to load .*model.safetensors"):
        load_encoder(tmp_path)


def test_one_packed_pass_gives_the_embeddings_of_separate_passes(encoder):
    # The pieces of one message laid end to end: each attends only to itself and its positions
    # start at 0, so nothing leaks between them.
    texts = ["my throat feels tight", "hi", "can I rebook my appointment for a Saturday morning please?"]
    packed = encoder.encode_packed(texts)
    for text, row in zip(texts, packed, strict=True):
        np.testing.assert_allclose(row, encoder.encode([text])[0], atol=1e-5)
    assert encoder.encode_packed([]).shape == (0, EMBEDDING_DIM)
