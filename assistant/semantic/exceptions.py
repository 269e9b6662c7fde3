"""Errors raised while loading the sentence encoder.

EncoderError (an AssistantError)
 ├── ModelNotInstalled      the model package is missing; run `make setup`
 └── ModelChecksumMismatch  a model file is not the one the code was checked against
"""

from __future__ import annotations

from assistant.exceptions import AssistantError


class EncoderError(AssistantError):
    """Base class for errors of the sentence encoder."""


class ModelNotInstalled(EncoderError):
    """The package that ships the model files is not installed, or lacks a file."""


class ModelChecksumMismatch(EncoderError):
    """A model file's SHA-256 differs from the pinned one: it is refused, never loaded."""
