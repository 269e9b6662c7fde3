"""Emergency concept families added after batch 13's scoring, and complaints about the assistant
that must not read as hopelessness: for each, general phrasings in words of their own (no
evaluation message, nor a near copy), and near-miss look-alikes that must stay calm."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency


@pytest.mark.parametrize(
    "text",
    [
        # Nobody missing the writer, said of the future or as a passive.
        "tbh nobody's going to miss me when im gone",
        "No one will even notice once I'm not around.",
        "i won't be missed by anyone, that's the truth",
        "honestly no one cares if i live or die",
        "nadie me va a echar de menos, ya da igual",
        "je ne manquerai à personne de toute façon",
        "ehrlich gesagt vermisst mich eh keiner",
        "nikt nie będzie za mną tęsknił, serio",
    ],
)
def test_nobody_missing_me_is_self_harm(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert assessment.situation == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "nobody will miss me at the office if I take Thursday afternoon off for the session",
        "no one will notice the little bruise once I put concealer on",
        "no one will miss me if i leave the party early for my appointment",
        "my team won't miss me for a day, so I can book the Monday slot",
    ],
)
def test_an_absence_from_work_or_a_party_stays_calm(screen, text):
    assert screen.assess(text).urgency is None


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # A throat closing or breath failing, told by a relative in a read language.
        ("a mi hermana se le está cerrando la garganta después de la sesión", "anaphylaxis"),
        ("a mi padre le cuesta respirar desde que salió de la clínica", "anaphylaxis"),
        ("ma mère dit que sa gorge se resserre depuis la séance", "anaphylaxis"),
        ("bei meiner Frau geht der Hals zu, seit sie behandelt wurde", "anaphylaxis"),
        ("po zabiegu ściska jej się gardło", "anaphylaxis"),
        # Sight reduced to shapes, shadows or light, whoever reports it.
        ("since the tear trough jab I can only make out blurry shapes with my right eye", "vision_or_stroke"),
        ("my son says he's just seeing shadows out of his left eye now", "vision_or_stroke"),
        ("mi madre solo distingue sombras con el ojo derecho", "vision_or_stroke"),
        ("je ne vois que des ombres de l'œil gauche depuis ce matin", "vision_or_stroke"),
        ("ich erkenne auf dem rechten Auge nur noch Schatten", "vision_or_stroke"),
        ("od rana widzę tylko zarysy prawym okiem", "vision_or_stroke"),
        # An arm or leg someone else cannot lift or move.
        ("my nan can't raise her arm and her face looks lopsided", "vision_or_stroke"),
        ("mi abuelo no consigue mover la pierna izquierda desde esta mañana", "vision_or_stroke"),
        ("mon père ne peut plus lever son bras droit", "vision_or_stroke"),
        ("mein Vater kann seinen Arm nicht mehr heben", "vision_or_stroke"),
        ("tata nie może podnieść ręki od godziny", "vision_or_stroke"),
        # Numbing cream with a heart running wild or sight gone strange.
        ("did my legs with loads of numbing cream and now my heart is hammering like mad", "numbing_cream_toxicity"),
        ("put emla all over my arms under cling film, now the room looks all wavy", "numbing_cream_toxicity"),
        ("me puse mucha crema anestésica y el corazón me va a mil", "numbing_cream_toxicity"),
        ("j'ai mis beaucoup de crème anesthésiante et mon cœur s'emballe", "numbing_cream_toxicity"),
        ("viel Betäubungscreme aufgetragen, jetzt sieht alles komisch aus", "numbing_cream_toxicity"),
        ("dużo kremu znieczulającego i serce mi szaleje", "numbing_cream_toxicity"),
    ],
)
def test_emergency_families_in_new_words(screen, text, situation):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert situation in {finding.situation for finding in assessment.findings}


@pytest.mark.parametrize(
    "text",
    [
        "I can only see shapes in the photo you sent me, could you resend it?",
        "she can't lift her arm above her shoulder since the gym, it's just stiff",
        "no puedo levantar el brazo de las agujetas del gimnasio",
        "the numbing cream worked a treat, everything looks lovely now",
        "me duele un poco la garganta, ¿puedo ir a la sesión igual?",
    ],
)
def test_look_alikes_of_shapes_arms_and_throats_stay_below_emergency(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Portuguese taken for Spanish (shared stop words): its emergency phrases still count.
        "fiz o tratamento agora há pouco e mal consigo engolir",
        "a minha irmã não consegue mexer a perna desde a sessão",
        "o meu avô não consegue levantar o braço direito",
        # Italian: barely able to breathe, an arm that will not lift.
        "dopo la seduta riesco a malapena a respirare",
        "mio padre non riesce ad alzare il braccio destro",
    ],
)
def test_portuguese_and_italian_emergency_phrases(screen, text):
    assert screen.assess(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "correu tudo bem, mal posso esperar pela próxima sessão",
        "quero marcar outra sessão, mal consigo esperar",
    ],
)
def test_portuguese_looking_forward_stays_below_emergency(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "Why are you so dull??",
        "honestly you're the most tedious chatbot ever",
        "chatting with you is such a drag",
        "I'm getting bored of this chat",
        "what is even the point of you",
        "how r u this useless",
    ],
)
def test_a_complaint_about_the_assistant_is_not_hopelessness(full_screen, text):
    assert full_screen.assess(text).urgency is None


@pytest.mark.parametrize(
    "text",
    [
        "why am i even still alive",
        "you're such a bore. why do i even bother carrying on",
        "life is so dull and empty, there's no reason to keep going",
        "i'm bored of everything and i want it all to stop for good",
    ],
)
def test_hopelessness_is_still_read_beside_a_complaint(full_screen, text):
    assert full_screen.assess(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    ("text", "emergency"),
    [
        # Asking why they are alive or why they bother living is read by the rules themselves,
        # not left to the encoder's reading, which moves whenever its training data grows.
        ("honestly why am i still breathing", True),
        ("why should i bother going on like this", True),
        ("why bother waking up tbh", True),
        # Carrying on with the treatment, or still being somewhere, is not it.
        ("why should i bother carrying on with the course if it's not working", False),
        ("why am i still here, my appointment was meant to start at 2", False),
    ],
)
def test_why_bother_living_is_hopelessness_in_the_rules(full_screen, text, emergency):
    assessment = full_screen.with_classifier(None).assess(text)
    assert (assessment.urgency is Urgency.EMERGENCY) is emergency, assessment
