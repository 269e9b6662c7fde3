"""A word from the consent form or the leaflet, quoted and asked about, in Italian, Portuguese
and Dutch as in the lexicon's languages: the document's word, not the writer's news."""

import pytest

CALM = [
    "nel modulo di consenso c'è scritto 'infezione', cosa significa per me?",
    "sul foglio informativo c'è 'necrosi', che vuol dire?",
    "no termo de consentimento diz 'necrose', o que significa?",
    "op het toestemmingsformulier staat 'necrose', wat betekent dat?",
    "the consent form says 'vascular occlusion' - what does that mean?",
    "en el formulario pone 'necrosis cutánea', ¿qué significa?",
]

ALARM = [
    "nel modulo di consenso c'è scritto 'necrosi' e la mia guancia è diventata bianca e fredda",
    "the leaflet says 'skin turning grey' and mine has turned grey since this morning",
]


@pytest.mark.parametrize("message", CALM)
def test_quoted_document_word_stays_calm(screen, message):
    assert screen.assess(message).urgency is None, screen.assess(message).findings


@pytest.mark.parametrize("message", ALARM)
def test_own_sign_after_quote_escalates(screen, message):
    assert screen.assess(message).urgency is not None, message
