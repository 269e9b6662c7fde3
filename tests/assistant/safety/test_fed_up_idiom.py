""""Sick of", "sick to death of", "sick and tired of" (fed up, not ill), in the languages the
lexicon reads; a sickness said in words of its own stays read."""

import pytest

from assistant.safety import Urgency

CALM = [
    "I'm sick to death of these dark circles, what treatment works best?",
    "Honestly so sick and tired of my double chin - would fat dissolving help?",
    "Sick of my dull skin, do you do skin boosters?",
    "I'm sick with worry about the appointment tomorrow, is it going to hurt?",
    "Me pone enferma ver mis ojeras cada mañana, ¿qué me recomendáis?",
    "Ça me rend malade de voir mes cernes, vous proposez quoi ?",
    "Es macht mich krank zu sehen, wie meine Haut so fahl aussieht. Was empfehlen Sie?",
]

ALARM = [
    "I've been sick all night since the fat dissolving",
    "Sick and tired of this - I've been vomiting since the session yesterday",
    "I'm sick of my skin but also I feel sick and shivery since the injections today",
]

# Fed up with life is a self-harm statement, never an idiom about looks (matrix A32).
SELF_HARM = [
    "I'm sick and tired of living like this",
    "honestly sick of my life, I don't want to be here anymore",
    "estoy harta de vivir así",
]


@pytest.mark.parametrize("message", CALM)
def test_fed_up_is_not_ill(screen, message):
    assert screen.assess(message).urgency is None, screen.assess(message).findings


@pytest.mark.parametrize("message", ALARM)
def test_sickness_in_own_words_still_escalates(screen, message):
    assert screen.assess(message).urgency is not None, message


@pytest.mark.parametrize("message", SELF_HARM)
def test_fed_up_with_life_reaches_emergency(screen, message):
    assert screen.assess(message).urgency is Urgency.EMERGENCY, screen.assess(message).findings
