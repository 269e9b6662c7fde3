"""A crooked smile or mouth alone, with no stroke sign (B18 same day), in the languages the lexicon
does not read and with no other health word in the message."""

import pytest

from assistant.safety import Urgency, rank

POSITIVE = [
    "Desde ontem o meu sorriso ficou torto depois do tratamento no queixo",
    "Bugün dudağım biraz çarpık görünüyor, başka bir şikayetim yok",
    "Mijn glimlach is sinds dinsdag een beetje scheef",
    "Leendet har blivit snett sedan i måndags",
]

LOOK_ALIKES = [
    "Grazie mille, ci vediamo giovedì alle tre",
    "Obrigada pela simpatia, até para a semana",
    # someone else's crooked smile that is over: their story, not the writer's sign
    "la mia vicina aveva il sorriso storto dopo un trattamento, ma è passato subito. capita spesso?",
]


@pytest.mark.parametrize("message", POSITIVE)
def test_sign_is_escalated(screen, message):
    assert rank(screen.assess(message).urgency) >= rank(Urgency.SAME_DAY)


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_look_alike_stays_below(screen, message):
    assert rank(screen.assess(message).urgency) < rank(Urgency.SAME_DAY)
