"""Warning words used in their everyday sense inside ordinary questions: confused by a
term, money coming off a price, a mare (a horse), a tired grey complexion. Each has its
alarming twin, which must still escalate: confusion as a state or with a fever, skin coming
off, Spanish "mareada", a cheek gone grey and cold. A pregnancy stays a review whenever it is
mentioned ("brown patches since my pregnancy" too): "since my pregnancy was confirmed" is a
present one, and the words cannot tell the two apart.
The sentences are new wordings, not copied from an evaluation batch.
"""

from typing import List, Tuple

import pytest

from assistant.safety import SafetyScreen, Urgency

CALM: List[str] = [
    "what's the difference between a mesolift and a skin booster? every site says something else and I'm confused",
    "I'm so confused, is the hair package 4 sessions or 6?",
    "if I pay the deposit today does it come off the final bill?",
    "will the consultation charge come off the price of the course?",
    "my daughter rides and her mare has a stiff back, do vets use mesotherapy on horses?",
    "my face looks grey and tired after night shifts, would a skin booster freshen it up?",
    "dull, grey, knackered skin since the baby arrived - which facial treatment would you suggest?",
    "would a booster give me some glow? I look so grey and tired in every photo",
]

ESCALATE: List[Tuple[str, Urgency]] = [
    ("mum is really confused since her treatment this morning and she's burning up", Urgency.EMERGENCY),
    ("my husband seems confused and muddled tonight, he had fat dissolving yesterday", Urgency.EMERGENCY),
    ("I don't know where I am properly, hot and shivery since the injections", Urgency.EMERGENCY),
    ("the skin on my arms is coming off in sheets since the treatment", Urgency.SAME_DAY),
    ("desde la mesoterapia estoy muy mareada y me voy a desmayar", Urgency.SAME_DAY),
    ("my cheek has gone grey and cold since the filler top-up this afternoon", Urgency.EMERGENCY),
    ("my cheek went grey and cold after the jab, I'm exhausted and scared", Urgency.EMERGENCY),
    ("is hair meso safe during my pregnancy? I'm 12 weeks", Urgency.REVIEW),
    ("I'm pregnant, can I still have the skin booster next week?", Urgency.REVIEW),
]


@pytest.mark.parametrize("text", CALM)
def test_the_everyday_sense_stays_calm(screen: SafetyScreen, text: str) -> None:
    assessment = screen.assess(text)
    assert assessment.urgency is None, (text, assessment.findings)


@pytest.mark.parametrize("text, level", ESCALATE)
def test_the_alarming_sense_still_escalates(screen: SafetyScreen, text: str, level: Urgency) -> None:
    assessment = screen.assess(text)
    assert assessment.urgency >= level, (text, assessment.findings)
