"""A faint the person has not come back from (B9 emergency): still muddled, no memory of what
followed, or out for minutes, also when others tell it ("my friend said I was out"). A faint that
passed at once stays a recovered faint (same day at most)."""

import pytest

from assistant.safety import Urgency, rank

POSITIVE = [
    "I passed out after the session and I'm still really confused, can't remember the drive home",
    "fainted in the car park, my friend said I was out for a few minutes, still groggy",
    "Me desmayé después de la sesión y sigo confundida, no recuerdo cómo llegué",
    "Je me suis évanouie après la séance et je suis toujours désorientée",
    "Ich bin nach der Behandlung ohnmächtig geworden und bin immer noch total verwirrt",
    "Zemdlałam po zabiegu i nadal jestem oszołomiona, nie pamiętam jak wróciłam",
    "Ik ben flauwgevallen na de behandeling en weet niets meer van hoe ik thuis kwam",
    "Jag svimmade efter behandlingen och minns ingenting av resan hem",
    "blacked out on the bus home after my jabs, the driver says I was out for a couple of minutes",
]

LOOK_ALIKES = [
    "I fainted during the injection but was fine straight away",
    "I went a bit faint during the injection, it passed at once and I drove home fine",
    "I passed out once as a teenager at a concert and can't remember much",
    "Sono svenuta un attimo durante l'iniezione ma mi sono ripresa subito",
    "Je me suis évanouie une seconde pendant la piqûre, ça va mieux maintenant",
    "Let's say I got an infection after, what would you do?",
]


@pytest.mark.parametrize("message", POSITIVE)
def test_sign_is_escalated(screen, message):
    assert rank(screen.assess(message).urgency) >= rank(Urgency.EMERGENCY)


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_look_alike_stays_below(screen, message):
    assert rank(screen.assess(message).urgency) < rank(Urgency.EMERGENCY)
