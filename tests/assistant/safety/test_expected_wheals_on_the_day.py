"""Small wheals where the needles went in, with mild redness on the day, are the expected
after-effect (domain/faq.yml side_effects); hives spreading or all over, and swollen lips,
stay warnings."""

import pytest

from assistant.safety import Urgency

CALM = [
    "Had meso this morning and there are tiny welts where the needles went in, bit pink. Normal?",
    "Nach der Behandlung heute früh habe ich winzige Quaddeln an den Einstichstellen, etwas rot. Ist das so gewollt?",
    "Sesión esta tarde, ahora tengo pequeñas ronchas donde pincharon. ¿Es normal?",
    "Séance ce matin, j'ai des petites papules aux points d'injection, c'est normal ?",
    "Little bumps at each injection point after today's session and the area is a bit red, all expected?",
    "Po zabiegu dziś mam małe bąble w miejscach wkłucia, to normalne?",
]

ALARM = [
    "Small hives spreading down my neck and chest since the session",
    "Kleine Quaddeln überall am Hals und sie breiten sich aus",
    "Tengo pequeñas ronchas por todo el cuerpo desde la sesión",
    "I've got hives after the treatment",
]


@pytest.mark.parametrize("message", CALM)
def test_small_wheals_on_the_day_are_expected(screen, message):
    assert screen.assess(message).urgency is None, screen.assess(message).findings


@pytest.mark.parametrize("message", ALARM)
def test_spreading_or_plain_hives_still_escalate(screen, message):
    assert screen.assess(message).urgency is not None, message


def test_small_wheals_with_swollen_lips_is_an_emergency(screen):
    assert screen.assess("Kleine Quaddeln und meine Lippen schwellen an").urgency is Urgency.EMERGENCY
