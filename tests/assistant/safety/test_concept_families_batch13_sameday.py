"""Same-day and review concept families added after batch 13 (screen after batch 12's fixes).

For each family: general phrasings in words of their own (no evaluation message, nor a near
copy), in several voices, and near-miss look-alikes on the other side that must stay calm or
stay at their own level."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency, at_least
from assistant.safety.unread_language import unread_language_health_word


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # Skin that came up in blotches or patches after a session, no itch named.
        ("since Friday's booster my chest has come out in red blotches", "hives_local_allergy"),
        ("after the scalp meso my forehead broke out in angry raised patches", "hives_local_allergy"),
        # A near-faint told through the body: clammy, having to sit or lie down.
        ("after the session I came over all clammy in the car park and had to lie down", "fainting_or_dizziness"),
        ("felt hot and clammy on the bus home after my injections, recovered now", "fainting_or_dizziness"),
        # Redness, heat or swelling growing day by day; a head of pus on a bump.
        ("since the jabs the bumps are getting more red and more tender every day", "infection"),
        ("the spot where she injected is redder and hotter than it was", "infection"),
        ("two of the lumps from the treatment have a yellow head on them now", "infection"),
        ("three days after the tummy meso the marks have gone oozy and the skin round them is red", "infection"),
        # The weekday of the treatment said as "treated <day>".
        ("treated on Thursday and now the area is hot and swollen", "infection"),
        # Only one side of the lip or smile moves.
        ("since the chin meso only the right side of my lower lip moves when I talk", "facial_weakness"),
        ("after the jawline fat jabs my smile only lifts on one side", "facial_weakness"),
        # Several attempts for one mouthful since chin treatment.
        ("it takes me a few tries to swallow a mouthful of water since my chin injections", "swallowing_difficulty"),
        # Someone else's treatment and swelling: they are the patient.
        ("my sister's eyelid is swollen and sore since her tear trough meso", "eye_swelling"),
        # Diarrhoea in everyday words after fat dissolving.
        ("got the trots since my belly fat dissolving on monday", "gut_upset_after_fat_dissolving"),
        ("loose poos all day after the lipo jabs", "gut_upset_after_fat_dissolving"),
        # A cold sore where the needles went in.
        ("a cold sore came up exactly where the injections were", "cold_sore_after_treatment"),
        # Bleeding that starts again each time, or pressure held for many minutes.
        ("the injection mark on my arm starts bleeding again each time I move", "bleeding_or_expanding_swelling"),
        (
            "after the session I've been pressing on one spot for fifteen minutes and it's still going",
            "bleeding_or_expanding_swelling",
        ),
    ],
)
def test_same_day_families_in_other_words(screen, text, situation):
    assessment = screen.assess(text)
    assert at_least(assessment.urgency, Urgency.SAME_DAY), assessment
    assert situation in assessment.situations


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # Pregnancy said as twins, a baby number or months along.
        ("we're expecting triplets, is the skin booster safe", "pregnancy"),
        ("six months gone now - can I book the face meso", "pregnancy"),
        ("pregnant with my second, can I still come for the hair treatment", "pregnancy"),
        # Breastfeeding in lay words, with the baby's age said first.
        ("my little one is 3 months and still on the boob, can I have meso", "breastfeeding"),
        ("she still feeds off me a couple of times a day, is the booster ok", "breastfeeding"),
        # Trying for a baby as "our first" or a sibling.
        ("we're trying for a little brother for our son, can I have the scalp injections", "conception_planning"),
        ("my partner and I have been trying for our second, does the hair mixture matter", "conception_planning"),
        # A low platelet count given as a number.
        ("platelet count came back at 85, is meso ok", "bleeding_disorder"),
        ("my platelets sit at 70 usually, can I book", "bleeding_disorder"),
        # Sunburn in other words before the visit.
        ("my nose and cheeks are peeling from the beach, appointment is friday", "skin_problem_at_site"),
        ("got badly burnt on holiday, can I still come thursday", "skin_problem_at_site"),
        # Surgery or fat freezing on the area to be treated.
        ("had a tummy tuck 2 months ago, can I book body meso", "recent_treatment_same_area"),
        ("had fat freezing on my chin last month, want the chin injections next", "recent_treatment_same_area"),
        # Unwell before the visit: a heavy cold, a temperature reading.
        ("got a chesty cold, appointment is at 10, should I cancel", "unwell_on_treatment_day"),
        ("thermometer said 38.2 last night, is my appointment still ok", "unwell_on_treatment_day"),
        # A social life given up because of how the skin looks.
        ("I keep bailing on nights out because of how my face looks", "body_image_distress"),
        (
            "I've stopped going to parties because of my skin, I'll lose my friends over how I look",
            "body_image_distress",
        ),
    ],
)
def test_review_families_in_other_words(screen, text, situation):
    assessment = screen.assess(text)
    assert at_least(assessment.urgency, Urgency.REVIEW), assessment
    assert situation in assessment.situations


@pytest.mark.parametrize(
    "text",
    [
        # Patches and blotches with no treatment, or before one.
        "can meso help with red patches on my cheeks? appointment next week",
        # Having to sit down for everyday reasons.
        "I had to sit down when I saw how much the course costs",
        "after my run I was hot and clammy, normal for me, is that ok before meso?",
        # Warmer each day as the weather, not the skin.
        "it's getting more sunny and more warm each day, love it",
        # Burnt food, not skin.
        "burnt the dinner to a crisp before my appointment, oops",
        # A cold day, not a cold.
        "it's a stinking cold morning, is my appointment at 9 still on?",
        # Twins and sisters as family, not a pregnancy.
        "my twin sister wants to come with me for her first session",
        # "lipo" as the injection name, without surgery or symptoms.
        "had the lipo injections yesterday, is a bit of bruising normal?",
        # A platelet donation, not a count.
        "I donate platelets every month, any reason not to have meso?",
    ],
)
def test_near_misses_stay_quiet(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ho un po' di brufoli infiammati sulla fronte, posso fare la seduta domani?", "it"),
        ("Tenho acne inflamada no rosto, posso fazer a sessão amanhã?", "pt"),
        ("Odeio o meu rosto, não saio de casa há um mês", "pt"),
        ("Mi vergogno della mia pelle, non esco più di casa", "it"),
    ],
)
def test_unread_language_review_words_reach_a_person(text, language):
    assert unread_language_health_word(text, language) is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ainda está um pouco dolorido no braço, nada grave. Posso tomar ibuprofeno?", "pt"),
        ("È ancora un po' dolorante dove ho fatto le iniezioni, niente di grave. Posso prendere qualcosa?", "it"),
    ],
)
def test_unread_language_slight_soreness_is_not_escalated(text, language):
    assert unread_language_health_word(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Soreness with a second health word, or soreness that is not called slight, still escalates.
        ("Está um pouco dolorido e inchado desde a sessão", "pt"),
        ("Tenho muita dor no braço desde ontem", "pt"),
        # A bit of pain without waving it away.
        ("ho un po' di dolore dove ho fatto le iniezioni", "it"),
    ],
)
def test_unread_language_soreness_with_more_still_escalates(text, language):
    assert unread_language_health_word(text, language) is not None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A reaction after an earlier treatment is a previous reaction for a clinician to weigh
        # (A15), even when the message says it settled within days: between two levels, the
        # higher. A named allergy, a reaction that lasted, or one back now: reported too.
        ("came up in blotchy hives after filler last year, gone in two days", Urgency.REVIEW),
        ("had an allergic reaction to lidocaine last year, gone in a couple of days", Urgency.REVIEW),
        ("had a rash after meso last year that lasted weeks and needed steroids", Urgency.REVIEW),
        ("got a rash after my session on monday, went in two days but it's back now", Urgency.SAME_DAY),
    ],
)
def test_a_previous_reaction_is_reported_even_when_it_settled(screen, text, level):
    assessment = screen.assess(text)
    assert assessment.urgency is not None and assessment.urgency >= level, assessment
