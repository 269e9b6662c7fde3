"""Fear said in another language (phobia, terror, dread) is read as "scared", so a question
about pain from someone afraid of needles reads as a pain question with the fear beside it,
not as a bare "hurt needles". Our own wordings, written for this test."""

from __future__ import annotations

import pytest

from assistant.glossary import gloss


@pytest.mark.parametrize(
    "language, text",
    [
        ("pt", "Dói bastante? Tenho fobia de injeções"),
        ("pt", "As picadas doem? Tenho pavor disso"),
        ("es", "¿Duele el tratamiento? Tengo fobia a los pinchazos"),
        ("es", "Me da terror la aguja, ¿duele?"),
        ("fr", "Est-ce douloureux ? J'ai une phobie des piqûres"),
        ("de", "Tut die Behandlung weh? Ich habe eine Phobie vor Spritzen"),
        ("it", "Fa male? Ho una fobia per gli aghi"),
        ("pl", "Czy to boli? Mam fobię przed zastrzykami"),
    ],
)
def test_fear_words_are_read_as_scared(language, text):
    read = gloss(text, language)
    assert read is not None and "scared" in read.english.split(), (text, read)
