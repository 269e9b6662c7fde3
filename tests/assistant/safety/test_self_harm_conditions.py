"""Self-harm read in conditions: "if I wasn't here" names an absence and is an emergency; "if I'm
not happy with it" or "when I'm not at work" is an everyday condition (found on NLU blind batch 04:
a complaints question was answered with the emergency number)."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency

ABSENCE = [
    "honestly everyone would cope fine if i wasnt here anymore",
    "it would be easier for my family if I wasn't around",
    "when I'm not here any more they won't even notice",
    "if i was not alive nobody would care tbh",
]
CONDITIONS = [
    "if im not happy with the result can i get my money back",
    "what happens if I'm not pleased with how it looks after the course?",
    "when I'm not at work I can come in, is Saturday ok?",
    "if I am not sure which treatment I want, can the consultation help?",
    "if i wasnt clear earlier, I meant the hair one",
]


@pytest.mark.parametrize("text", ABSENCE)
def test_an_absence_wished_for_is_an_emergency(screen, text):
    assert screen.assess(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize("text", CONDITIONS)
def test_an_everyday_condition_is_not_self_harm(screen, text):
    assert all(f.situation != "self_harm" for f in screen.assess(text).findings)
