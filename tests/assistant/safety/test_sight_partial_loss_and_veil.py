"""Part of the sight lost, a grey veil or curtain over an eye, or seeing double (B12), in every
language the lexicon reads and in the unread languages' table. Glasses, veils at weddings and
photos are not sight."""

import pytest

from assistant.safety import Urgency, rank

POSITIVE = [
    "since the jab between my brows I've lost part of the vision in my right eye",
    "there's a grey veil over my left eye since this morning's treatment",
    "I can only see the top half of things out of my left eye",
    "He perdido una parte de la vista del ojo derecho después de la mesoterapia",
    "Tengo como un velo gris delante del ojo desde el pinchazo",
    "Depuis la séance, je ne vois que la moitié de ce que je regarde avec l'œil droit",
    "Ich habe seit der Spritze einen grauen Schleier vor dem linken Auge",
    "Straciłam część widzenia w lewym oku po zabiegu",
    "Dopo la mesoterapia ho perso una parte della vista, come un velo grigio sull'occhio",
    "Depois do tratamento vejo a dobrar e tenho uma dor de cabeça enorme",
    "Na de behandeling zie ik ineens dubbel en mijn hoofd bonkt",
]

LOOK_ALIKES = [
    "I get double vision from my old glasses, can I still book?",
    "the bride wore a grey veil over her eyes, so pretty",
    "the photo looks like it has a grey veil over it, can you resend it?",
    "Ich habe einen grauen Schleier auf dem Foto, bitte nochmal schicken",
    "Ik heb een nieuwe bril nodig, ik zie soms dubbel met mijn oude bril",
]


@pytest.mark.parametrize("message", POSITIVE)
def test_sign_is_escalated(screen, message):
    assert rank(screen.assess(message).urgency) >= rank(Urgency.EMERGENCY)


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_look_alike_stays_below(screen, message):
    assert rank(screen.assess(message).urgency) < rank(Urgency.EMERGENCY)
