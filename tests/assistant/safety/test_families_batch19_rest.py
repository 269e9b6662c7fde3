"""Same-day and review families, and false-alarm families, read from safety batch 19, each with
phrasings of its own and the warnings beside them that must still escalate at their level.

None of these sentences is taken from a batch: the batches stay blind for the families' next
test. The screen is the one the assistant runs (rules and sentence encoder).
"""

import pytest

from assistant.safety import Urgency

_AT_LEAST = {
    Urgency.EMERGENCY: {"emergency"},
    Urgency.SAME_DAY: {"emergency", "same_day"},
    Urgency.REVIEW: {"emergency", "same_day", "review"},
}

# Misses of batch 19 as families, in new wordings: must reach their level.
ESCALATE = {
    # lexicon.yml hives_local_allergy: nettle-like welts that itch, at the needle points.
    "welts like nettle stings that itch": [
        ("my injection points came up like nettle stings and they're itching like mad", Urgency.SAME_DAY),
        ("nettle sting bumps on every injection point and they itch so much", Urgency.SAME_DAY),
        ("Nach der Behandlung: wie Brennnesseln an jedem Einstich, es juckt furchtbar", Urgency.SAME_DAY),
    ],
    # unread_language.py: redness, heat and pain growing days later (Italian, Portuguese, Dutch).
    "redness and heat growing days later (unread languages)": [
        ("sono passati quattro giorni e il punto è sempre più rosso e più caldo", Urgency.SAME_DAY),
        ("al quinto giorno la guancia mi fa ancora più male di prima", Urgency.SAME_DAY),
        ("depois de três dias está mais vermelho e mais quente no queixo", Urgency.SAME_DAY),
        ("na 3 dagen is de plek roder en warmer geworden", Urgency.SAME_DAY),
    ],
    # lexicon.yml skin_breakdown: a blister or black skin at an injection site (read languages).
    "a blister at an injection site": [
        ("Seit gestern habe ich Blasen an zwei Einstichstellen", Urgency.SAME_DAY),
        ("me ha salido una ampolla en el punto de inyección del mentón", Urgency.SAME_DAY),
        ("mam pęcherz w miejscu wkłucia na policzku", Urgency.SAME_DAY),
        ("j'ai une cloque au point d injection sur la joue", Urgency.SAME_DAY),
    ],
    # lexicon.yml cold_sore_after_treatment: a cold sore come up where the lips were treated.
    "a cold sore right where the lips were treated": [
        ("a cold sore has popped up exactly where she injected my top lip", Urgency.SAME_DAY),
        ("herpes came up just where you did my lips on saturday, what now", Urgency.SAME_DAY),
        ("so the coldsore appeared, right where u did the lip one", Urgency.SAME_DAY),
    ],
    # context.yml third_party_patient: a joint booking; the other person's condition is the clinic's.
    "a joint booking with someone pregnant or on blood thinners": [
        ("can I book for me and my sister on saturday? she's 24 weeks pregnant", Urgency.REVIEW),
        ("appointments for myself and my dad please, he takes apixaban", Urgency.REVIEW),
        ("book me and my friend in for lip meso, she's pregnant tho", Urgency.REVIEW),
    ],
    # unread_language.py: breastfeeding and hair falling out in clumps (Dutch).
    "breastfeeding and hair in clumps (Dutch)": [
        ("mag ik de vitamine behandeling als ik borstvoeding geef?", Urgency.REVIEW),
        ("ik kolf nog voor de baby, kan dat samen met mesotherapie?", Urgency.REVIEW),
        ("er komt al weken haar in plukken uit, wat raden jullie aan?", Urgency.REVIEW),
    ],
    # lexicon.yml bleeding_disorder: low platelets said as a sentence.
    "low platelets in a sentence": [
        ("Meine Thrombozyten sind viel zu niedrig laut Hausarzt", Urgency.REVIEW),
        ("my platelet count is always low, is the scalp one safe?", Urgency.REVIEW),
        ("mis plaquetas están muy bajas, ¿puedo hacerme la mesoterapia?", Urgency.REVIEW),
    ],
    # lexicon.yml immunosuppression: chemotherapy in everyday Polish.
    "chemotherapy in everyday Polish": [
        ("jestem po chemii od pół roku, czy mogę na mezoterapię skóry głowy?", Urgency.REVIEW),
        ("w zeszłym miesiącu skończyłam chemioterapię, chcę poprawić skórę", Urgency.REVIEW),
    ],
    # lexicon.yml recent_treatment_same_area: facial surgery weeks ago.
    "facial surgery weeks ago": [
        ("I had a neck lift 4 weeks ago, can I have the chin fat dissolving?", Urgency.REVIEW),
        ("eyelid surgery 3 wks ago, ok for under eye meso?", Urgency.REVIEW),
        ("face lift last month and I want a skin booster, possible?", Urgency.REVIEW),
    ],
    # unread_language.py: Romanian review words (body image, breastfeeding).
    "Romanian review words": [
        ("mă urăsc când mă văd în poze, vreau tratamente", Urgency.REVIEW),
        ("de o lună nu mai ies din casă din cauza feței", Urgency.REVIEW),
        ("alăptez încă, pot face mezoterapie?", Urgency.REVIEW),
    ],
}

# Benign: must not escalate at all.
CALM = {
    # context.yml figures_of_speech: breathing as hyperbole (a stuffy room; delight).
    "breathing as hyperbole": [
        "all fine after yesterday! the clinic was so stuffy I could hardly breathe haha",
        "saw all your before and afters and I honestly can't breathe, when is the next slot?",
        "your results are so gorgeous I literally can't breathe 😍 price list please",
        "the bus was so crowded I could barely breathe, sorry I was late to my appointment",
    ],
    # unread_language.py: Dutch everyday questions around a health word.
    "Dutch everyday questions": [
        "dag 1 na de kin behandeling, wat dikker, slikken gaat gewoon goed",
        "kan ik een coldpack op de zwelling leggen?",
        "mijn moeder kreeg jaren geleden een infectie na een behandeling in het buitenland, hoe steriel werken jullie?",
        "is het goed om ijs op de zwelling te doen na de sessie?",
    ],
    # lexicon.yml fainting_or_dizziness unless; unread_language.py: a faint at blood tests as a habit.
    "fainting at blood tests as a habit": [
        "je fais un malaise à chaque prise de sang, je peux être allongée ?",
        "Ich kippe bei jeder Blutabnahme um, kann ich mich hinlegen?",
        "desmaio sempre quando vejo sangue, posso ficar deitada?",
        "ik val altijd flauw bij bloedprikken, mag ik liggen tijdens de behandeling?",
    ],
    # lexicon.yml isotretinoin unless: two ages years apart.
    "isotretinoin as a teenager, two ages given": [
        "took accutane when i was 16, im 29 now, still an issue?",
        "I was on isotretinoin at 18 and I'm 40 now, does it matter?",
        "roaccutane when I was 15 and I am now 33",
        "had Roaccutane at 17 and I'm 35 now, any problem?",
    ],
    # lexicon.yml pregnancy and conception_planning unless: a gift for a pregnant partner.
    "a gift for a pregnant partner": [
        "can I get a gift card for my pregnant girlfriend? she'll use it once the baby's born",
        "I'd like to buy my pregnant wife a voucher for a facial, for after the birth",
        "a gift voucher for my expecting wife please, she'll use it after the birth",
        "treat my pregnant partner to a voucher please, she'll book after breastfeeding",
    ],
    # context.yml hypothetical: scary stories read before the first session.
    "scary stories read beforehand": [
        "first session done, all fine! I had read horror stories about necrosis and infections beforehand, silly me",
        "I'd heard scary stories about lips going white but mine were totally normal. when's my next one?",
        "after reading so many scary posts about infections I was nervous, but it went great",
        "had watched horror videos about vascular occlusion for weeks lol, the treatment was easy",
    ],
}

# Warnings beside each benign family: must still escalate at (at least) the level given.
WARNINGS = {
    "breathing as hyperbole": [
        ("it's so hot in here I can't breathe and my lips are tingling", Urgency.EMERGENCY),
        ("the room was so hot I could barely breathe, and now I still can't breathe properly", Urgency.EMERGENCY),
        ("I literally can't breathe since the injections", Urgency.EMERGENCY),
    ],
    "Dutch everyday questions": [
        ("slikken gaat niet goed sinds de kin behandeling", Urgency.SAME_DAY),
        ("mag ik ijs op de zwelling? mijn lip wordt steeds dikker", Urgency.SAME_DAY),
        ("mijn zus had vorig jaar een infectie ergens anders, en ik heb nu ook een infectie", Urgency.SAME_DAY),
        ("slikken gaat prima maar mijn keel voelt dik", Urgency.EMERGENCY),
    ],
    "fainting at blood tests as a habit": [
        ("je suis tombée dans les pommes après la séance et j'ai encore la tête qui tourne", Urgency.SAME_DAY),
        ("sono svenuta dopo la seduta e perdo ancora sangue dal punto", Urgency.SAME_DAY),
        ("ik ben flauwgevallen na de behandeling", Urgency.SAME_DAY),
    ],
    "isotretinoin as a teenager, two ages given": [
        ("stopped accutane 3 months ago, I'm 19", Urgency.REVIEW),
        ("on roaccutane now, I'm 25, booking a face meso", Urgency.REVIEW),
    ],
    "a gift for a pregnant partner": [
        ("I'm 12 weeks pregnant, can I buy a voucher for myself?", Urgency.REVIEW),
        ("my wife is pregnant and I use finasteride, is the hair meso ok for me?", Urgency.REVIEW),
    ],
    "scary stories read beforehand": [
        ("I read horror stories about skin going white and now my chin is white and cold", Urgency.EMERGENCY),
        ("heard scary stories about infections, but now mine is hot, red and full of pus", Urgency.SAME_DAY),
    ],
}

# The new rules' look-alikes: must stay at or below the level given (None: no escalation).
NEAR_MISSES = [
    ("came out a bit bumpy like nettle rash but it's calmed down already tonight", None),
    ("booking for me and my mum, we're both healthy, no meds", None),
    ("my platelets were low years ago but they're normal now", Urgency.REVIEW),
    ("Chemie ist nicht mein Fach, wie wirkt die Mesotherapie?", None),
    ("is a facelift better than meso for jowls?", None),
]


def _cases(table):
    return [
        pytest.param(family, case, id=f"{family}-{i}")
        for family, cases in table.items()
        for i, case in enumerate(cases)
    ]


def test_every_benign_family_has_phrasings_and_warnings():
    assert set(CALM) == set(WARNINGS)
    for family in CALM:
        assert len(CALM[family]) >= 4, family
        assert len(WARNINGS[family]) >= 2, family


@pytest.mark.parametrize("family, case", _cases(ESCALATE))
def test_missed_families_reach_their_level(full_screen, family, case):
    text, urgency = case
    assessment = full_screen.assess(text)
    assert assessment.urgency is not None, (family, text)
    assert assessment.urgency.value in _AT_LEAST[urgency], (family, assessment.findings)


@pytest.mark.parametrize("family, text", _cases(CALM))
def test_benign_phrasings_stay_calm(full_screen, family, text):
    assessment = full_screen.assess(text)
    assert assessment.urgency is None, (family, assessment.findings)


@pytest.mark.parametrize("family, case", _cases(WARNINGS))
def test_warnings_beside_the_family_still_escalate(full_screen, family, case):
    text, urgency = case
    assessment = full_screen.assess(text)
    assert assessment.urgency is not None, (family, text)
    assert assessment.urgency.value in _AT_LEAST[urgency], (family, assessment.findings)


_RANK = {None: 0, Urgency.REVIEW: 1, Urgency.SAME_DAY: 2, Urgency.EMERGENCY: 3}


@pytest.mark.parametrize("text, ceiling", NEAR_MISSES)
def test_near_misses_of_the_new_rules(full_screen, text, ceiling):
    assessment = full_screen.assess(text)
    assert _RANK[assessment.urgency] <= _RANK[ceiling], (text, assessment.findings)
