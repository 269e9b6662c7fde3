"""Cold-sore blisters described rather than named: small blisters or fluid spots in a group by the
lip or mouth (B17 same day after a treatment), in every read language. Before a booking they are
an active cold sore (A12, review), and a healed cold sore is not one."""

import pytest

from assistant.safety import Urgency, rank

POSITIVE = [
    "a small cluster of blisters on my top lip two days after the face treatment, stings",
    "tiny spots filled with fluid at the corner of my mouth since the meso",
    "Granitos agrupados con líquido en el labio después de la mesoterapia",
    "Kleine Bläschen in einem Grüppchen an der Unterlippe seit der Behandlung",
    "Pęcherzyki z płynem na wardze po zabiegu",
    "Petites cloques groupées sur la lèvre depuis la séance, ça pique",
]

LOOK_ALIKES = [
    "I had a cold sore last week, all healed now, appointment on Friday ok?",
    "I've got a cluster of little blisters on my lip, my appointment is on Friday, should I still come?",
]


@pytest.mark.parametrize("message", POSITIVE)
def test_sign_is_escalated(screen, message):
    assert rank(screen.assess(message).urgency) >= rank(Urgency.SAME_DAY)


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_look_alike_stays_below(screen, message):
    assert rank(screen.assess(message).urgency) < rank(Urgency.SAME_DAY)
