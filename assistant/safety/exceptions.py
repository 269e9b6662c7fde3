"""Errors raised while building the safety screen.

LexiconError
    The lexicon or context data file is malformed or inconsistent (unknown
    situation, unknown word list, empty pattern...). The message names the
    file and the entry so a clinician or engineer can fix the data.
"""

from __future__ import annotations


class SafetyScreenError(Exception):
    """Base class for errors of the safety screen."""


class LexiconError(SafetyScreenError):
    """The safety lexicon or context rules cannot be loaded as written."""
