"""After fat dissolving: skin or eyes yellowing (said with the verb), or vomiting with hardly any
urine (B30 emergency), in every read language. Vomiting from a child's stomach bug, with no such
sign, is not it."""

import pytest

from assistant.safety import Urgency, rank

POSITIVE = [
    "since the fat dissolving injections I've been vomiting and I'm barely peeing",
    "my skin has yellowed since the lipo jabs last week",
    "Desde la lipólisis vomito y casi no orino",
    "Depuis la lipolyse je vomis et je n'urine presque plus",
    "Seit der Fettwegspritze erbreche ich und pinkle kaum",
    "Po lipolizie wymiotuję i prawie nie sikam",
    "the whites of my eyes are yellowing since the chin fat dissolving on friday",
]

LOOK_ALIKES = [
    "my little boy had a stomach bug and I was sick too, can I still come tomorrow?",
    "I was sick once after the fat dissolving, probably the takeaway, weeing normally and feel fine now",
]


@pytest.mark.parametrize("message", POSITIVE)
def test_sign_is_escalated(screen, message):
    assert rank(screen.assess(message).urgency) >= rank(Urgency.EMERGENCY)


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_look_alike_stays_below(screen, message):
    assert rank(screen.assess(message).urgency) < rank(Urgency.EMERGENCY)
