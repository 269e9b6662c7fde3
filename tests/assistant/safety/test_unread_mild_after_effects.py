"""Unread languages: only mild expected after-effects, with fever or pain explicitly denied, or
only a question about ice on the swelling (unread_reassurance.py). Heat, worsening, a fever not
denied or an emergency word keep the net's level.

Wordings written for these tests, not taken from any batch. The rule screen is used: the family
is a rule or context change (the encoder can only add).
"""

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank

CALM = [
    "Ho fatto la lipolisi sui fianchi lunedì, sono un po' gonfia e con qualche livido, niente febbre. È normale?",
    "Kan jag ha en kylklamp på svullnaden i kväll?",
    "Dün yüzüme mezoterapi yaptırdım, hafif kızarıklık var ama ağrı yok.",
    "Fiz mesoterapia ontem, estou com um pouco de inchaço, sem febre e sem dor.",
]

WARNINGS = [
    # A denial beside a sign that is growing or hurting more: the warning wins.
    ("Femte dagen och svullnaden gör ondare för varje dag, ingen feber", Urgency.SAME_DAY),
    ("Hævelsen på kinden dunker og er varm, ingen feber", Urgency.SAME_DAY),
    ("Dopo la mesoterapia la guancia è gonfia, rossa e calda, nessuna febbre ma sempre peggio", Urgency.SAME_DAY),
    ("Ho la febbre a 38 e la pancia è gonfia dopo l'Aqualyx, nessun dolore", Urgency.SAME_DAY),
    ("Efter behandlingen har jag feber och svullnad, inget ont", Urgency.SAME_DAY),
    ("Is het normaal dat mijn lip zo gezwollen is?", Urgency.SAME_DAY),
    ("Kan jag lägga is på svullnaden? Läppen svullnar mer och mer och jag har svårt att andas", Urgency.EMERGENCY),
]


@pytest.mark.parametrize("text", CALM, ids=lambda t: t[:40])
def test_stays_calm(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text,level", WARNINGS, ids=lambda x: str(x)[:40])
def test_escalates_at_its_level(screen, text, level):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(level), assessment.findings
