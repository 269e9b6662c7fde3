"""In the languages the lexicon does not read: a general question about what the treatment can
give anyone, or a word the consent form names, is calm; the writer's own sign is not."""

import pytest

CALM = [
    "Kan man få blodforgiftning af mesoterapi? Spørger bare generelt, har ikke fået lavet noget endnu",
    "Dá para ter uma infeção com mesoterapia? Só pergunto em geral, ainda não marquei",
    "Si può avere un'infezione dalla mesoterapia? Chiedo in generale, non l'ho ancora fatta",
    "Pode-se ter uma infeção com a mesoterapia? Ainda não fiz nada",
    "nel modulo di consenso c'è scritto 'infezione', cosa significa per me?",
    "sul foglio informativo c'è scritto 'ematoma', cosa vuol dire?",
]

ALARM = [
    "Kan man få blodforgiftning? Jeg har feber og huden er rød og varm efter behandlingen",
    "Ho un'infezione dopo la mesoterapia, la pelle è rossa e calda",
]


@pytest.mark.parametrize("message", CALM)
def test_general_question_stays_calm(screen, message):
    assert screen.assess(message).urgency is None, screen.assess(message).findings


@pytest.mark.parametrize("message", ALARM)
def test_own_sign_still_escalates(screen, message):
    assert screen.assess(message).urgency is not None, message
