"""Same-day and review families that safety batch 21 found below their level at first contact,
each in wordings of its own (none taken from the batch), with near misses that must not change.

The screen is the rule screen (rules, context and the unread-language net).
"""

import pytest

from assistant.safety import Urgency, rank

AT_LEAST = {
    # A treated someone else with a sign now: the clinic's case at that sign's level.
    "relayed: someone else who was treated, with a current sign": (
        Urgency.SAME_DAY,
        [
            "my cousin's jabs have left her with hot red lumps on her belly that really hurt",
            "my mum's face is red, hot and swollen since her meso on tuesday",
            "my flatmate did her own chin jabs with a kit off the internet and now it's hot, red, oozing",
            "my sister injected herself with fat dissolver and now she's got an infection there",
        ],
    ),
    "relayed: someone under 18 brought in, age in brackets": (
        Urgency.REVIEW,
        [
            "my daughter (16) would love lip meso before her prom, can I book her in?",
            "Hello, my son (15) is upset about thinning hair, could we book him in for the hair mesotherapy?",
            "my niece (17) wants the skin booster, she'd come with me",
        ],
    ),
    "swallowing a struggle after a treatment (B19)": (
        Urgency.SAME_DAY,
        [
            "since the chin jabs it's a real struggle getting toast down, drinks are fine",
            "after my fat dissolving I can barely get solids down, soup is ok",
            "ever since my chin treatment it's been hard work getting food down",
        ],
    ),
    "infection in a clinician's words (B13)": (
        Urgency.SAME_DAY,
        [
            "staff nurse here - post face meso, erythema spreading past the treated area and it's warm to touch",
            "day 4 after my jabs, indurated patch on the jaw, tender and enlarging",
            "erythema around the injection points, hot and extending since last night",
        ],
    ),
    "near-faint in everyday or dialect words after a treatment (B9)": (
        Urgency.SAME_DAY,
        [
            "went a bit woozy in the car park after my meso, had to sit down with my head between my knees",
            "efter the jags I came over all wobbly on the train but I'm fine now",
            "after the session I went a wee bit lightheaded walking home, should I tell you?",
        ],
    ),
    "cold sore in a clinician's words (B17)": (
        Urgency.SAME_DAY,
        [
            "dental nurse here: had lip meso Monday, now a cluster of vesicles on the upper lip vermilion",
            "after the perioral booster I've got what looks like HSV-1 vesicles at the lip border",
            "since my lip treatment there are herpetic vesicles at the corner of my mouth",
        ],
    ),
    "upper or lower eyelid swollen and red, German (B28)": (
        Urgency.SAME_DAY,
        [
            "Mein Unterlid ist seit heute Morgen geschwollen und gerötet, nach der Meso unter den Augen",
            "Oberlid rechts dick und rot seit der Behandlung gestern",
            "seit der Mesotherapie ist mein Oberlid angeschwollen",
        ],
    ),
    "a blister opened into a wound, Polish (B16)": (
        Urgency.SAME_DAY,
        [
            "po zabiegu na brodzie pękł mi pęcherz i jest otwarta rana",
            "kilka dni po mezoterapii zrobił się pęcherz na policzku",
            "po lipolizie mam otwartą rankę na brzuchu",
        ],
    ),
    "pregnancy said before a booking, Spanish without accents and machine-translated English (A6)": (
        Urgency.REVIEW,
        [
            "tengo mesoterapia el lunes y la prueba de embarazo me dio positivo, que hago",
            "me hice un predictor y salio positivo, puedo ir a la cita del martes?",
            "Hello. I am in pregnancy of 2 month. Is possible to do the meso of face?",
        ],
    ),
    "a loose positive test after hair meso with dutasteride (B26)": (
        Urgency.SAME_DAY,
        [
            "positive test today!! the scalp meso I had 2 weeks ago had finasteride in it",
            "took a test and it came back positive, my hair mesotherapy mix has a dht blocker",
        ],
    ),
    "a laser or peel on the area days ago (A23)": (
        Urgency.REVIEW,
        [
            "had a fractional laser on my face 5 days ago, can I still do meso on saturday?",
            "I had a chemical peel yesterday, is face meso tomorrow ok?",
            "got microneedling done on my cheeks 3 days ago, could you fit me in for a booster next week",
        ],
    ),
    "many sessions and still hideous, more asked for (A31)": (
        Urgency.REVIEW,
        [
            "20 sessions in and I'm still hideous, just book me every week",
            "had 12 treatments this year and still ugly, can we do more",
            "so many sessions and I look still disgusting, give me the next slot",
        ],
    ),
    "hair falling out in handfuls, 'falling' no longer read as German 'falls' (A25)": (
        Urgency.REVIEW,
        [
            "my hair has been falling out in clumps for a month, no idea why",
            "hair keeps falling out in handfuls in the shower, can I start meso?",
            "my hair's been falling out in chunks since october",
        ],
    ),
}

# Near misses: must stay below these levels (benign look-alikes of the raising rules, and the
# lowering that must still act).
BELOW = {
    "someone else's story that is over or untreated stays lowered": (
        Urgency.REVIEW,
        [
            "my sister had an infection after her meso years ago, she's fine now",
            "my friend's lips swelled after her filler at a salon last year, she ended up in hospital,"
            " she's totally fine now",
            "my sister's asthma is bad this week, can I still come on friday?",
        ],
    ),
    "benign look-alikes": (
        Urgency.REVIEW,
        [
            "my son (24) wants to know the price of hair meso",
            "it was a struggle getting the kids out the door this morning, can I move my appointment?",
            "a bit of erythema right after the session is normal they said, can I wear makeup tomorrow?",
            "my dad falls asleep on the sofa every night, anyway how much is a chin session?",
            "mój pęcherz moczowy daje mi w kość, czy mogę przyjść na mezoterapię?",
            "could I book a laser next week and meso the week after?",
        ],
    ),
    # A positive covid test is not a pregnancy test: not the B26 rule's same-day (being unwell on
    # the treatment day is its own review, A26).
    "a positive test that is not a pregnancy test": (
        Urgency.SAME_DAY,
        ["I did a covid test and it's positive, can I still come to my hair meso with dutasteride?"],
    ),
}


@pytest.mark.parametrize(
    "level,text", [(level, text) for level, texts in AT_LEAST.values() for text in texts], ids=lambda v: str(v)[:40]
)
def test_family_reaches_its_level(screen, level, text):
    assessment = screen.assess(text)
    assert assessment.urgency is not None and rank(assessment.urgency) >= rank(level), assessment


@pytest.mark.parametrize(
    "level,text", [(level, text) for level, texts in BELOW.values() for text in texts], ids=lambda v: str(v)[:40]
)
def test_near_miss_stays_below(screen, level, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None or rank(assessment.urgency) < rank(level), assessment


@pytest.mark.xfail(strict=True, reason="round 13: the loose positive-test rule does not reach over words between yet")
def test_loose_positive_test_with_words_between(screen):
    text = "did a test this morning and it's positive, had my hair meso with dutasteride last week"
    assert rank(screen.assess(text).urgency or Urgency.REVIEW) >= rank(Urgency.SAME_DAY)
