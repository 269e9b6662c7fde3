"""Breathing trouble told by what the person hears or cannot do (B8, emergency): noisy, whistling,
rattly or wheezy breathing however qualified, a sentence that cannot be finished without stopping
for air, and the same signs inside a polite formal letter. Breathlessness after exercise, a
partner's snoring, and a hypothetical stay calm."""

import pytest

from assistant.safety import Urgency

EMERGENCIES = [
    "my breathing has gone a bit whistly since the jab this morning",
    "Breathing sounds rattly and my lip is up",
    "I can only say a few words before I have to stop and catch my breath",
    "I struggle to finish a sentence without pausing for breath since the filler",
    "No puedo terminar una frase sin parar a respirar",
    "Je n'arrive pas à finir une phrase, je dois m'arrêter pour respirer",
    "Meine Atmung ist pfeifend geworden seit der Spritze",
    "Mam świszczący oddech od rana po zabiegu",
    "Il mio respiro è diventato rumoroso dopo il trattamento",
    "A minha respiração ficou com chiado depois das injeções",
    "Mijn ademhaling piept sinds de behandeling",
    "Dear Sir or Madam, following my appointment on Monday my lips and the inside of my mouth have started "
    "swelling and my breathing has become somewhat noisy. I would not wish to trouble you unduly and would be "
    "grateful for a reply at your earliest convenience. Yours faithfully, Margaret",
    "To whom it may concern, I hesitate to make a fuss, but I find I cannot get to the end of a sentence "
    "without pausing for air since the treatment. Kind regards",
]

CALM = [
    "I get out of breath on the stairs and have to stop for air, that's normal for me",
    "my husband's snoring is so noisy, his breathing wakes me up",
    "what if my breathing became noisy after filler?",
    "Dear Sir or Madam, I would be grateful for your price list for lip filler at your convenience. "
    "Yours faithfully, J Smith",
    "after spin class I can't finish a sentence for a minute, is it ok to exercise after botox?",
    "Bonjour, je voudrais savoir le prix d'une séance, merci",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_breathing_sign_is_an_emergency(screen, message):
    assessment = screen.assess(message)
    assert assessment.urgency == Urgency.EMERGENCY, assessment.findings


@pytest.mark.parametrize("message", CALM)
def test_look_alike_is_not_an_emergency(screen, message):
    assert screen.assess(message).urgency != Urgency.EMERGENCY
