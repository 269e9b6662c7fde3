"""Same-day and review families told in everyday words (round 14): pain that builds, a hot red
patch after an injection done outside a clinic, delayed painful lumps in Polish, oozing yellow
crusts and black blisters in French, charcoal-coloured skin, a lip that will not pucker, food or
tablets sticking on the way down, a blood thinner with a spot still bleeding after long pressure
or a bruise that keeps growing, a fever reading that has lasted, night feeds, body-image distress
after large spending, and health words in Czech, Greek, Turkish, Portuguese, Dutch and Romanian.

None of these sentences is taken from a batch. The screen is the rule screen.
"""

import pytest

from assistant.safety import Urgency, rank

REVIEW = {
    "still doing the night feeds herself (A7)": [
        "my little one is 5 months and I still do the night feeds, can I have the skin booster?",
        "doing all the night feeds myself at the moment, is meso ok?",
    ],
    "a relative who wants the treatment and takes a blood thinner (A9)": [
        "my mum is on rivaroxaban and she would like to have hair meso, is that allowed?",
        "tata (72 ani) ia Eliquis, vrea mezoterapie",
    ],
    "low platelets in Czech and Slovak (A11)": [
        "mám málo krevních destiček, můžu přijít na mezoterapii?",
    ],
    "cold sores in Greek (A13)": [
        "Έχω συχνά επιχείλιο έρπη, μπορώ να κάνω μεσοθεραπεία;",
    ],
    "hair coming out in handfuls in Turkish (A25)": [
        "son bir ayda saçlarım çok döküldü, mezoterapi olur mu?",
    ],
    "much spent on treatments and still not bearing what the mirror shows (A31)": [
        "I've put thousands into injections and still can't stand how I look, book me again",
        "I hardly go out anymore, I can't stand the way I look, when is the next session?",
    ],
}

SAME_DAY = {
    "pain that builds days on, or bare scores that climb (B29)": [
        "my chin ached, a 2 on friday, a 4 on saturday and now it is a 7",
        "day 5 is more painful than day 2, had meso on monday",
        "there's a dull ache in my thighs that keeps building since the fat dissolving",
        "I was told the soreness was supposed to ease off by now, it's day 4 since the jabs",
    ],
    "a hot, red, hard patch or warm lumps after an injection done outside a clinic (B27/B13)": [
        "a friend did lipo jabs on my belly at her flat, now the area is hot and red and hard",
        "did fat dissolving from a beautician at home, got warm red lumps now",
        "fiz injeções num salão e agora a zona está quente e vermelha",
    ],
    "delayed painful lumps, one oozing, in Polish (B15)": [
        "miesiąc po zabiegu mam bolesne guzy na brzuchu",
        "2 tyg po mezoterapii jeden guz się sączy",
    ],
    "oozing yellow crusts, skin hot to the touch, a black blister (French, B13/B16)": [
        "depuis la méso j'ai des boutons qui suintent du jaune",
        "après l'injection la zone est chaude au toucher et rouge",
        "une ampoule noirâtre sur le front depuis la séance",
    ],
    "skin the colour of charcoal or soot at a site (B16)": [
        "one injection point has gone the color of soot",
    ],
    "a lip that will not pucker, candles or a straw no longer managed (B18)": [
        "since the chin jabs my lower lip won't purse",
        "after the fat dissolving under my chin I can't drink through a straw",
        "I couldn't blow out the candles last night, had chin injections on monday",
    ],
    "food or tablets sticking on the way down after a chin treatment (B19)": [
        "since the chin injections my pills keep getting stuck half way",
        "after the chin meso eating has become a battle, water is fine",
    ],
    "a blood thinner and a spot still bleeding after long pressure, or a bruise that keeps growing (B20)": [
        "I take warfarin, had meso today and I've kept a gauze on it for 20 mins and it's still seeping",
        "on rivaroxaban, the bruise on my arm keeps getting bigger and harder after the jabs",
        "Ich nehme Xarelto, die Schwellung wird immer größer seit der Spritze am Bauch",
    ],
    "a fever reading that has lasted, whoever else is ill (B14)": [
        "my husband has flu and I've had 38.6 since yesterday, had the skin booster on monday",
    ],
    "a spot thick, red or with yellow matter in Dutch (B13)": [
        "sinds de meso is mijn wang warm en rood en er komt etter uit",
    ],
}

# Near misses: look-alikes that must not escalate at all.
QUIET = [
    "sore on day 1, nearly nothing by day 3, I thought it was meant to get better and it has",
    "day 3 is much less sore than day 1, healing nicely after meso",
    "my kids are 3, 5 and 8, can I bring them to my meso appointment?",
    "had a hot bath after meso and my face is warm and a bit red",
    "my little boy couldn't blow out his candles, he has a cold. can I book meso for me?",
    "I'm still doing the night feeds, bottles only, can I book meso?",
    "my dad takes Xarelto for his heart, he is fine. I want to book meso for myself",
    "nie biorę ani aspiryny ani warfaryny, czy mogę przyjść?",
    "my tattoo is charcoal coloured, can I have meso there?",
    "Ik heb een dikke rode wang maar dat komt door de zon, mag ik morgen meso?",
]

# Near misses that stay at review: the medicine alone, the bleeding already stopped.
REVIEW_ONLY = [
    "I'm on Xarelto, had meso this morning, pressed for 2 minutes and it stopped",
    "I have always had tablets get stuck, can I book chin fat dissolving?",
]


@pytest.mark.parametrize("text", [text for texts in REVIEW.values() for text in texts])
def test_family_reaches_review(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is not None and rank(assessment.urgency) >= rank(Urgency.REVIEW), (
        text,
        assessment.findings,
    )


@pytest.mark.parametrize("text", [text for texts in SAME_DAY.values() for text in texts])
def test_family_reaches_same_day(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is not None and rank(assessment.urgency) >= rank(Urgency.SAME_DAY), (
        text,
        assessment.findings,
    )


@pytest.mark.parametrize("text", QUIET)
def test_near_miss_stays_quiet(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, (text, assessment.findings)


@pytest.mark.parametrize("text", REVIEW_ONLY)
def test_near_miss_stays_at_review(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency == Urgency.REVIEW, (text, assessment.findings)
