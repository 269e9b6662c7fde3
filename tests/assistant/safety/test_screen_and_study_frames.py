"""Someone on television, in a video or in the news, and a health professional's study topic:
what happened on screen or what an essay is about, not the writer's news. The writer's own
sign beside them stays a warning."""

import pytest

from assistant.safety import Urgency

CALM = [
    "Watched a documentary last night, a woman on the programme had her nose go grey after filler. Can meso do that?",
    "A girl on TikTok said her lips went blue after a booster - is that a thing with meso?",
    "Saw on YouTube a woman whose face swelled up after a jab, does that happen with you?",
    "En la tele una chica se quedó con la mejilla blanca después del relleno, ¿puede pasar con la mesoterapia?",
    "À la télé une femme a eu la joue toute blanche après un filler, ça peut arriver avec la méso ?",
    "Im Fernsehen eine Frau, deren Wange nach dem Filler weiß wurde - kann das bei Mesotherapie passieren?",
    "I'm a nurse writing an assignment on anaphylaxis after aesthetic injections, what do you keep on site?",
    "I'm a pharmacist preparing a presentation on infections after mesotherapy - which organisms do you see?",
]

ALARM = [
    "I was watching TV and my lips started swelling and my throat feels tight",
    "I'm a nurse writing an essay and my lip is swelling badly since the injections",
    "Saw a video about it and now my cheek has gone white and cold where she injected",
]


@pytest.mark.parametrize("message", CALM)
def test_screen_story_or_study_topic_stays_calm(screen, message):
    assert screen.assess(message).urgency is None, screen.assess(message).findings


@pytest.mark.parametrize("message", ALARM)
def test_own_sign_still_escalates(screen, message):
    assert screen.assess(message).urgency is Urgency.EMERGENCY, screen.assess(message).findings
