"""Same-day, review and false-alarm concept families added after batch 16 (its same-day and review
misses and two of its false alarms, read after its emergencies and first false alarms were fixed).

For each family: general phrasings in words of their own (no evaluation message, nor a near copy),
in several voices and the read languages, at the family's level or higher; and near-miss
look-alikes on the other side that must stay below that level."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency
from assistant.safety.unread_language import unread_language_health_word
from assistant.safety.urgency import at_least, rank

# --------------------------------------------------------------------------- same day


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # B9 A head that swims, hours after the session.
        ("my head's been swimming on and off since the injections this morning", "fainting_or_dizziness"),
        ("feeling a bit swimmy after the skin booster, had to sit on the floor", "fainting_or_dizziness"),
        ("still a swimmy head tonight after today's scalp session", "fainting_or_dizziness"),
        # B9 Someone just home from their own session going dizzy (the writer is the carer).
        (
            "my dad came back from his meso and went dizzy in the kitchen, he's sitting down now",
            "fainting_or_dizziness",
        ),
        ("got home from her treatment and my wife felt light headed, she's ok now lying down", "fainting_or_dizziness"),
        # B14 Aching all over, or falling ill, after a treatment, whatever the thermometer says.
        ("aching all over since the fat jabs yesterday, temp 37.6", "fever_after_treatment"),
        ("day 3 after my meso and I feel like I'm coming down with a bug, achy and shivery", "fever_after_treatment"),
        ("after the injections I'm achy and hot, like I've got the flu", "fever_after_treatment"),
        ("después de la mesoterapia me duele todo el cuerpo y tengo 37,8", "fever_after_treatment"),
        ("après la séance j'ai des courbatures partout", "fever_after_treatment"),
        ("nach der Behandlung habe ich Gliederschmerzen", "fever_after_treatment"),
        ("po zabiegu bolą mnie wszystkie mięśnie", "fever_after_treatment"),
        # B16 A raw or weeping hole; blisters where the product went in; skin that has darkened.
        ("a little weeping crater has opened on my tummy where the lipo injections went", "skin_breakdown"),
        ("the spot has become a raw hole, had my body meso last week", "skin_breakdown"),
        ("blisters popping up on my belly where the lipo jabs went in", "skin_breakdown"),
        ("a darkened patch has appeared at one injection site since the treatment 6 days ago", "skin_breakdown"),
        ("after the fat dissolving one area of skin has blackened slightly", "skin_breakdown"),
        # B20 A dressing soaked or red right through, changed again and again.
        ("the plaster on my scalp is soaked right through, done an hour ago", "bleeding_or_expanding_swelling"),
        (
            "since the treatment I've replaced the dressing three times, it keeps going red",
            "bleeding_or_expanding_swelling",
        ),
        ("the gauze is bright red through after the body meso", "bleeding_or_expanding_swelling"),
        ("después de la sesión he cambiado la gasa tres veces", "bleeding_or_expanding_swelling"),
        ("après la séance le pansement est trempé de sang", "bleeding_or_expanding_swelling"),
        ("nach der Behandlung ist das Pflaster durchgeblutet", "bleeding_or_expanding_swelling"),
        ("po zabiegu opatrunek jest przesiąknięty", "bleeding_or_expanding_swelling"),
        # B26 A pregnancy found after a hair treatment with dutasteride, in the read languages.
        (
            "dwie kreski na teście, a miesiąc temu miałam mezoterapię włosów z dutasterydem",
            "pregnancy_after_hormonal_treatment",
        ),
        (
            "el test salió positivo y hace dos semanas me hice mesoterapia capilar con dutasterida",
            "pregnancy_after_hormonal_treatment",
        ),
        (
            "test positif ce matin, j'ai fait une mésothérapie capillaire au finastéride il y a 10 jours",
            "pregnancy_after_hormonal_treatment",
        ),
        # B28 An eyelid puffed up and pink, or an eye bloodshot with the skin round it swollen.
        ("my lower lid has puffed up and gone pink since the under eye meso", "eye_swelling"),
        ("eyelid all puffed and tender, hard to open in the mornings, had tear troughs done monday", "eye_swelling"),
        ("since the under eye treatment one eye is bloodshot and puffy", "eye_swelling"),
        ("the skin round my eye is fat and sore after the booster, sight is normal", "eye_swelling"),
        # B29 Worse by the day, the worst yet.
        ("had it done monday and it gets worse every day", "worsening_pain"),
        ("had them on thursday, tonight is the worst they've been", "worsening_pain"),
        ("since the session it's worse each morning", "worsening_pain"),
    ],
)
def test_same_day_families_in_other_words(screen, text, situation):
    assessment = screen.assess(text)
    assert at_least(assessment.urgency, Urgency.SAME_DAY), assessment
    assert situation in assessment.situations, assessment


# --------------------------------------------------------------------------- review


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # A6 Expecting a baby, in French and Spanish words of every day.
        ("nous attendons notre deuxième en mars, la mésothérapie est-elle possible ?", "pregnancy"),
        ("estamos esperando un bebé, ¿puedo hacerme la meso del pelo?", "pregnancy"),
        # A11 Low platelets named as a condition.
        ("tengo plaquetas bajas desde hace años, ¿es un problema?", "bleeding_disorder"),
        ("on m'a diagnostiqué une thrombopénie, puis-je faire la méso ?", "bleeding_disorder"),
        ("ich habe eine Thrombozytopenie, geht Mesotherapie trotzdem?", "bleeding_disorder"),
        ("mam małopłytkowość, czy mogę zrobić mezoterapię?", "bleeding_disorder"),
        # A14 A crop of spots on the area, before a session.
        ("I've got an outbreak of spots on my chin, booked for Thursday", "skin_problem_at_site"),
        ("tengo un brote de granos en la frente y la cita es el lunes", "skin_problem_at_site"),
        ("j'ai une poussée de boutons sur les joues avant mon rendez-vous", "skin_problem_at_site"),
        ("przed wizytą zrobił mi się wysyp pryszczy na czole", "skin_problem_at_site"),
        # A17 Methotrexate or chemotherapy named in another read language.
        ("tomo metotrexato cada semana, ¿puedo hacerme mesoterapia?", "immunosuppression"),
        ("je suis sous méthotrexate pour ma polyarthrite", "immunosuppression"),
        ("my sister is having chemotherapy, can I book her in for a facial meso?", "immunosuppression"),
        # A19 A heart-rhythm medicine or the heart specialist, in another read language.
        ("mi cardióloga me ha recetado amiodarona, ¿hay algún problema?", "heart_condition"),
        ("je prends de l'amiodarone depuis un an", "heart_condition"),
        ("mój kardiolog przepisał mi leki, czy to przeszkadza?", "heart_condition"),
        # A22 A birthday still to come, under 18.
        ("my son will be 16 next month, could he have the hair meso?", "under_18"),
        ("she turns sixteen in May and wants skin booster injections", "under_18"),
        ("mi hija cumple 17 en junio, ¿podría hacerse la meso?", "under_18"),
        ("ma fille aura 16 ans en septembre, elle veut une séance", "under_18"),
        # A23 Liposuction of the area, recently.
        (
            "I had tummy liposuction in March, about 6 weeks ago, can I have the fat jabs there?",
            "recent_treatment_same_area",
        ),
        ("had liposuction under my chin last month", "recent_treatment_same_area"),
        # A24 A hard small lump under the jaw or in the neck, before chin fat-dissolving.
        ("found a firm pea under my jaw on the right, can I still have the chin jabs?", "swallowing_or_neck_lump"),
        (
            "there's a small marble in my neck that wasn't there before, I'm booked for chin fat dissolving",
            "swallowing_or_neck_lump",
        ),
        # A26 A positive lateral flow before the appointment.
        ("my lateral flow came up positive, appointment is Friday", "unwell_on_treatment_day"),
        ("2 lines on my lateral flow today, should I cancel tomorrow?", "unwell_on_treatment_day"),
        # A31 Not bearing one's reflection or photos, calling off plans for it.
        ("no aguanto mirarme al espejo, he cancelado mis planes otra vez", "body_image_distress"),
        ("je ne supporte plus de me voir sur les photos, j'annule toutes mes sorties", "body_image_distress"),
        ("nie mogę patrzeć na siebie w lustrze, odwołuję wszystkie spotkania", "body_image_distress"),
    ],
)
def test_review_families_in_other_words(screen, text, situation):
    assessment = screen.assess(text)
    assert at_least(assessment.urgency, Urgency.REVIEW), assessment
    assert situation in assessment.situations, assessment


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A6, A16, A25 in Portuguese and Italian: a person reads them.
        ("estamos esperando nosso primeiro filho, posso fazer meso no rosto?", "pt"),
        ("aspetto un bambino per l'estate, posso fare la meso?", "it"),
        ("tenho lupus e artrite, posso fazer?", "pt"),
        ("faccio il metotressato per l'artrite, va bene la meso?", "it"),
        ("ho un punto senza capelli sulla nuca da qualche settimana", "it"),
        ("apareceu uma falha sem cabelo na lateral da cabeça", "pt"),
        ("i capelli mi sono caduti di colpo sulla tempia", "it"),
    ],
)
def test_italian_and_portuguese_review_words(text, language):
    assert unread_language_health_word(text, language) is not None


# --------------------------------------------------------------------------- near misses


@pytest.mark.parametrize(
    ("text", "below"),
    [
        # Swimming the sport, and a faint of the past that is over.
        ("can I go swimming the day after the body meso?", Urgency.SAME_DAY),
        ("last summer I felt faint at the dentist and was fine in minutes, can I book a session?", Urgency.SAME_DAY),
        # Needle fear, said in the read languages: a question, not an event. (With numbing cream
        # named in the same message, a dizziness word is still read as B10, on purpose.)
        ("me mareo solo de pensar en una jeringuilla, ¿cómo lo hacéis?", Urgency.SAME_DAY),
        ("je suis pris de vertiges rien qu'à voir une seringue", Urgency.SAME_DAY),
        # Aches from the gym, before a booking, or no treatment at all.
        ("achy all over after leg day, is my meso tomorrow still ok?", Urgency.SAME_DAY),
        ("I think I'm coming down with something, my appointment is tomorrow", Urgency.SAME_DAY),
        # Dark circles, a dark-spot question, holes in general.
        ("can meso help with darkening under my eyes?", Urgency.SAME_DAY),
        ("is there a hole in your diary on Tuesday for a skin booster?", Urgency.REVIEW),
        # Bandages and dressings in aftercare questions.
        ("how often should I change the dressing after the body meso?", Urgency.SAME_DAY),
        # Worst in other senses.
        ("the worst part was the traffic getting to you, the session itself was fine", Urgency.SAME_DAY),
        # The word "fat" in a treatment name near the eyes.
        ("can fat dissolving be done near the eyes if they're a bit puffy in the morning?", Urgency.SAME_DAY),
        # A birthday that leaves her an adult (turning or having turned 18 is still read as under
        # 18 by the older rule, on purpose: unsure, the higher).
        ("my daughter turns 21 in August and wants the glow injections", Urgency.REVIEW),
        # Liposuction considered, not had.
        ("thinking about chin liposuction instead of fat dissolving, which is better?", Urgency.REVIEW),
        # Someone's pregnancy test that is negative; booking a parent who is well.
        ("could I book her a facial meso for her birthday? she's 45 and healthy", Urgency.REVIEW),
    ],
)
def test_near_misses_stay_below(screen, text, below):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) < rank(below), assessment


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "esperando" a result or a reply; hair loss treatment named without a sudden patch.
        ("estou esperando a resposta de voces sobre o preco", "pt"),
        ("quero fazer meso para as falhas no cabelo", "pt"),
        ("una zona senza rughe, e possibile con la meso?", "it"),
    ],
)
def test_italian_and_portuguese_look_alikes_stay_quiet(text, language):
    assert unread_language_health_word(text, language) is None
