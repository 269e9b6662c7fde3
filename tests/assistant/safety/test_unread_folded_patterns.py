"""Phrases written with their language's own letters match the folded text patients send.

The net folds a message (no accents, Turkish dotless i as i) before reading it, so each phrase is
folded the same way when compiled; ø and æ, which have no decomposition, match as typed or as
"o" and "ae". Before this, alternatives spelled with å ("få luft", "sår") could never match.
"""

from __future__ import annotations

import pytest

from assistant.safety.unread_language import emergency_phrase
from assistant.safety.unread_words import compile_folded, fold


@pytest.mark.parametrize(
    "text",
    [
        "jeg synes det er svært ved at få luft efter behandlingen",  # Danish, with å
        "jeg synes det er svaert ved at fa luft efter behandlingen",  # the same typed without å and æ
        "jeg vil ikke vågne i morgen",  # Danish/Norwegian self-harm with å
    ],
)
def test_phrases_spelled_with_scandinavian_letters_are_read(text):
    assert emergency_phrase(text) is not None


@pytest.mark.parametrize(
    "text",
    ["jeg fik en lille sår på armen af katten", "vi har fået luft i dækket igen"],
)
def test_everyday_words_with_the_same_letters_are_not_emergencies(text):
    assert emergency_phrase(text) is None


def test_compiled_pattern_keeps_regex_escapes_and_reads_both_spellings():
    pattern = compile_folded(r"\bblød\w*\W+(?:øjet|sår)\b")
    assert pattern.search(fold("Blød ØJET"))  # typed with ø, folded text keeps ø
    assert pattern.search(fold("blod ojet"))  # typed without it
    assert pattern.search(fold("bløder   sår"))  # \W+ still means non-word (not lower-cased to \w)
    assert not pattern.search(fold("blødersår"))
