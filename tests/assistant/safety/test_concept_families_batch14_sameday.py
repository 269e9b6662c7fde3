"""Same-day and review concept families added after batch 14's first contact (screen after its
emergency fixes).

For each family: general phrasings in words of their own (no evaluation message, nor a near
copy), in several voices and languages, at the family's level or higher, and near-miss
look-alikes on the other side that must stay calm or stay below that level."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency
from assistant.safety.unread_language import unread_language_health_word
from assistant.safety.urgency import at_least


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # B9 The room, the head or the sight going swimmy or dark on getting up, hours after.
        ("since the meso this morning everything goes swirly when I get up from the sofa", "fainting_or_dizziness"),
        ("a few hours after my injections I still get a head rush every time I stand up", "fainting_or_dizziness"),
        ("since the treatment my eyes go dark for a second when I get up off the chair", "fainting_or_dizziness"),
        # B19 Swallowing gone harder since a chin treatment, however mildly said, in any language.
        (
            "since the chin fat jabs it's a bit harder to swallow my vitamins, breathing is fine",
            "swallowing_difficulty",
        ),
        ("two days after the kybella swallowing bread feels tougher than usual", "swallowing_difficulty"),
        ("j'ai une petite gêne pour avaler depuis les injections sous le menton", "swallowing_difficulty"),
        ("desde la mesoterapia en la papada me cuesta un poco tragar, respiro bien", "swallowing_difficulty"),
        ("nach der Behandlung am Kinn habe ich etwas Mühe beim Schlucken", "swallowing_difficulty"),
        # B20 A swelling that keeps growing.
        ("my jaw has been swelling more every day since the fat jabs", "bleeding_or_expanding_swelling"),
        ("the lump on my tummy keeps on swelling after the body meso", "bleeding_or_expanding_swelling"),
        ("since the jabs my cheek is swelling more by the day", "bleeding_or_expanding_swelling"),
        # B13 Red and hot in any order, with commas, in the other read languages.
        ("po zabiegu skóra na brodzie jest gorąca, czerwona i boli", "infection"),
        ("después de la mesoterapia tengo la mejilla roja, caliente y me duele", "infection"),
        ("depuis la séance ma joue est rouge, chaude et gonflée", "infection"),
        # B29 Pain growing day by day in the other read languages.
        ("z każdym dniem jest gorzej, boli policzek po zabiegu", "worsening_pain"),
        ("cada día me duele más la zona de la mesoterapia", "worsening_pain"),
        ("depuis les injections j'ai de plus en plus mal au menton", "worsening_pain"),
        ("seit der Behandlung wird es von Tag zu Tag schlimmer an der Wange", "worsening_pain"),
        # B13 Yellow or green matter at a site, however little is said.
        ("there's a little greenish gunk on one of the injection marks", "infection"),
        ("honestly it's nothing much, just some yellowy fluid coming from one spot after the meso", "infection"),
        # B16 The skin over a bump broken into a hole, or raw in the middle.
        ("one of the lumps has broken open and it's raw in the middle", "skin_breakdown"),
        ("the spot on my chin turned into a little crater after the meso", "skin_breakdown"),
        # B29 Pain said to be stronger, heavier or more, not less, days on.
        ("five days on and the ache is stronger than it was", "worsening_pain"),
        ("the soreness is getting heavier, not lighter, since the jabs", "worsening_pain"),
        ("it hurts more, not less, three days after the treatment", "worsening_pain"),
    ],
)
def test_same_day_families_in_other_words(screen, text, situation):
    assessment = screen.assess(text)
    assert at_least(assessment.urgency, Urgency.SAME_DAY), assessment
    assert situation in assessment.situations, assessment


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # A6/B26 A baby on the way, or being had.
        ("we've got a little one on the way and I had polynucleotides 2 weeks ago", "pregnancy"),
        ("we're having a baby in the spring, is the skin booster still ok?", "pregnancy"),
        # A8 Starting a family.
        ("my husband and I are starting a family soon, is the hair meso mix safe for me?", "conception_planning"),
        (
            "we're hoping to have a baby next year, does the scalp treatment contain anything hormonal?",
            "conception_planning",
        ),
        # A13 The writer counting herself among those who get cold sores.
        (
            "I'm one of those women who get cold sores whenever it's cold, should I take anything before lip meso?",
            "cold_sore_history",
        ),
        # A15 A bad reaction to any cosmetic treatment, or a face swollen for days after one elsewhere.
        ("last year my skin reacted really badly to a peel at a salon, it stayed red for weeks", "previous_reaction"),
        ("my lips went all puffy for a fortnight after fillers somewhere else", "previous_reaction"),
        # A16 Alopecia areata by name; A25 round bald spots, or a bald patch the barber found.
        ("I have alopecia areata and a new patch has come up, can scalp meso help?", "autoimmune"),
        ("two round bald spots the size of a 10p showed up on my crown", "sudden_hair_loss"),
        ("my barber noticed a hairless circle near my parting", "sudden_hair_loss"),
        # A18 Type 1 or 2 said with how long.
        ("I've been type one for over twenty years, any issue with scalp meso?", "diabetes"),
        ("type 2 since 2015, on tablets, can I have fat dissolving?", "diabetes"),
        # A23 A peel or laser in the days before the booking.
        (
            "did some laser resurfacing on my cheeks on saturday, my appointment with you is wednesday",
            "recent_treatment_same_area",
        ),
        (
            "went for a glycolic peel two days ago, still ok to come for the face meso tomorrow?",
            "recent_treatment_same_area",
        ),
        # A24 A lump near the jaw or neck by its size or feel.
        (
            "there's a hard lump the size of a marble under my jaw, can chin fat dissolving get rid of it?",
            "swallowing_or_neck_lump",
        ),
        (
            "I can feel a rubbery nodule on the side of my neck, is the double chin treatment ok?",
            "swallowing_or_neck_lump",
        ),
        # A26 A temperature reading or a chesty cough before the appointment.
        (
            "running a temperature of 38.5 and my session is this afternoon, should I still come?",
            "unwell_on_treatment_day",
        ),
        ("I've got a hacking cough and a sore throat, appointment is at 11", "unwell_on_treatment_day"),
        # A31 Photos that cannot be borne; several treatments and the face still looking wrong.
        (
            "I can't bear being in photos any more, my face is all wrong even after 4 rounds of filler",
            "body_image_distress",
        ),
        (
            "had botox, filler and a thread lift and my face still looks deformed to me, book me in for more",
            "body_image_distress",
        ),
        # A19 A heart-rhythm symptom as what a medicine is taken for (a heart condition, not an episode).
        ("I'm on bisoprolol for palpitations, can I use numbing cream before my appointment?", "heart_condition"),
    ],
)
def test_review_families_in_other_words(screen, text, situation):
    assessment = screen.assess(text)
    assert at_least(assessment.urgency, Urgency.REVIEW), assessment
    assert situation in assessment.situations, assessment


@pytest.mark.parametrize(
    "text",
    [
        # Dizziness on standing that is a habit, or after a hot bath.
        "after a hot bath I always get a head rush when I stand up, is that a reason not to book?",
        "the room went silent when I showed my friends the results after my session",
        # A bitter pill, not swallowing.
        "the price is harder to swallow than the needles, haha",
        # Swollen ankles in the heat; swelling going down.
        "my ankles swell more and more in the heat, can I still have meso on my face?",
        "the swelling is less and less each day after the chin jabs",
        # A hot drink and cheeks red from the frost.
        "po mezoterapii wypiłam gorącą herbatę, policzki mam czerwone od mrozu",
        # Yellow from a serum; a bruise turning yellow.
        "the vitamin serum left a yellowish liquid on the cotton pad after the session, is that normal?",
        "my bruise has gone a yellowish colour, normal?",
        # A car breaking down; old acne craters.
        "my car broke down on the way back from my session, can I rebook?",
        # Pain stronger than expected during the session, or a question about it.
        "the pain was stronger than I expected during the session but it's fine now",
        "is the pain stronger with chin fat dissolving than with face meso?",
        # A baby shower; a friend's baby.
        "we're having a baby shower for my sister on saturday, can I book meso for the morning?",
        "my best friend has a baby on the way, can I buy her a voucher?",
        # A family business, not a family to start.
        "we started a family business last year and I'm always stressed, will meso help my skin?",
        # Other people and cold sores, in general.
        "some people get cold sores every winter, can meso set them off?",
        # A reaction to the news; a face red from the sun.
        "my husband reacted badly to the news that I booked more meso, haha",
        "my face went all red for a week on holiday from the sun",
        # AA meetings; a hairdresser and roots; a bald man.
        "I go to AA meetings on thursdays, can I book meso after?",
        "my hairdresser noticed my roots need doing, can I book a colour before meso?",
        # Hair described by type.
        "my hair is type 1 since I stopped perming it, will scalp meso change that?",
        # A peel still to come; a facial enjoyed.
        "I'm having a peel on friday, can I book meso for next month?",
        "had a facial on friday and loved it! how do I book the meso?",
        # A pea-sized amount of cream; lumps after the fat jabs going down.
        "do I put a pea-sized amount of numbing cream on my jaw before the session?",
        "the little lumps under my jaw since the fat jabs are going down",
        # An illness that is over; the heat of a holiday.
        "had a bad cough last month, all better now, can I book for tuesday?",
        "it hit 39 degrees in Spain last week, is my appointment on friday still fine?",
        # Old photos; results still to come.
        "I hate photos of me from the 90s, haha, can I book a facial",
        "after 3 sessions my hair still looks thin, is that normal?",
    ],
)
def test_near_misses_stay_quiet(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Mirrors avoided, one's reflection unbearable, a score of treatments and more wanted now.
        ("evito gli specchi da mesi, voglio un'altra seduta", "it"),
        ("ho già fatto 20 sedute e ne prenoto subito altre", "it"),
        ("não consigo olhar-me ao espelho desde o último tratamento", "pt"),
    ],
)
def test_unread_language_body_image_reaches_a_person(text, language):
    assert unread_language_health_word(text, language) is not None


def test_unread_language_good_news_after_a_few_sessions_stays_calm():
    assert unread_language_health_word("ho fatto 3 sedute e la pelle è più luminosa", "it") is None


@pytest.mark.parametrize(
    "text",
    [
        # A heart-rhythm symptom as what a medicine treats is the heart condition (review), not
        # numbing-cream toxicity or a faint.
        "I'm on bisoprolol for palpitations, can I use numbing cream before my appointment?",
        "I take flecainide for my irregular heartbeat, is the numbing cream safe?",
    ],
)
def test_a_symptom_a_medicine_treats_is_not_an_episode(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.REVIEW, assessment
    assert "heart_condition" in assessment.situations


@pytest.mark.parametrize(
    "text",
    [
        # The same symptom happening now, after the cream, stays an emergency.
        "I take flecainide for palpitations and since the numbing cream my heart is racing and I feel shaky",
        "palpitations and a metallic taste since the numbing cream went on",
    ],
)
def test_the_symptom_happening_now_stays_an_emergency(screen, text):
    assert screen.assess(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    ("text", "situation", "level"),
    [
        # Numbers written out in the lexicon (it has no "any number" pattern): an appointment at
        # an hour, a period some days late (the German, too).
        ("got a cold sore on my lip and my appointment is at 3, can I still come?", "active_cold_sore", Urgency.REVIEW),
        ("my period is 6 days late, still ok for the tummy fat injections on friday?", "pregnancy", Urgency.REVIEW),
        ("meine Periode ist 5 Tage überfällig, kann ich trotzdem kommen?", "pregnancy", Urgency.REVIEW),
    ],
)
def test_numbers_in_booking_and_late_period_phrases(screen, text, situation, level):
    assessment = screen.assess(text)
    assert at_least(assessment.urgency, level), assessment
    assert situation in assessment.situations, assessment
