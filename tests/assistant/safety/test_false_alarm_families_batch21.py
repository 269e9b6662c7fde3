"""False-alarm families found on batch 21 (round 13, r13fa), each with phrasings of its own, and
the warnings beside them that must still escalate at their level.

None of these sentences is taken from the batch: the families are concepts, tested in new words.
The screen is the one the assistant runs (rules and sentence encoder).
"""

import pytest

from assistant.safety import Urgency

_AT_LEAST = {
    Urgency.EMERGENCY: {"emergency"},
    Urgency.SAME_DAY: {"emergency", "same_day"},
    Urgency.REVIEW: {"emergency", "same_day", "review"},
}

CALM = {
    # 1. "Gets worse before it gets better" quoted as an expectation (context.yml figures_of_speech).
    "worse before better, a saying": [
        "I know swelling gets worse before it gets better so I'm not panicking, day 2 of the chin, can I ice it?",
        "they told me the bruising would get worse before it got better, is yellow normal now?",
        "is this the bit where it goes worse before it gets better? chin puffy on day 2, breathing fine",
    ],
    # 2. The gym "pump", not expressing milk (context.yml figures_of_speech).
    "gym pump": [
        "my cheeks have that pump face look after leg day lol, can I book for friday",
        "chasing the pump at the gym tomorrow, is that ok 2 days after body meso?",
        "pumped iron this morning, can I still come for my scalp meso at 3?",
    ],
    # 3. "faint" saying how little is left (lexicon.yml fainting_or_dizziness unless).
    "faint as in barely there": [
        "just a couple of faint red marks left from tuesday, can I wear foundation?",
        "some faint purple lines where she injected on day 3, fading nicely, ok to exfoliate?",
        "only a few faint little dots on my forehead now, can I go swimming?",
    ],
    # 4. A pain comparison that goes down (lexicon.yml worsening_pain unless).
    "less sore than yesterday": [
        "hips are less sore than yesterday, normal for day 4?",
        "chin not as tender today than yesterday, still a bit swollen, fine to go running?",
        "tummy much less painful than yesterday, can I wear my jeans again?",
    ],
    # 5. A complication named as something that can happen (context.yml hypothetical, backward).
    "a complication that can happen": [
        "I know bruises can happen, how long do they usually last?",
        "I understand lumps can occur, what would you do about them?",
        "bleeding can sometimes happen I read, do you use anything to stop it?",
    ],
    # 6. Fainting as a trait or at a needle elsewhere (context.yml history; lexicon.yml fainting and
    # collapse unless, German; unread_language.py, Italian).
    "fainting as a trait": [
        "I'm a fainter, can I lie down for the injections?",
        "always been a bit of a fainter with blood, is there anything I should eat before?",
        "Ich habe Angst vor Nadeln und bin bei der Blutabnahme mal umgekippt, kann ich liegen?",
        "ho paura degli aghi, una volta sono svenuta al vaccino, posso stare sdraiata?",
    ],
    # 7. Aspirin now and then, not prescribed (lexicon.yml anticoagulant unless).
    "occasional unprescribed aspirin": [
        "I take the occasional aspirin for a hangover, not prescribed, should I avoid it before?",
        "the odd aspirin for headaches, nothing prescribed, ok before meso?",
        "I have an aspirin after a big night sometimes, it's not prescribed, is that a problem?",
    ],
    # 8. Hating how one looks with the treatment's own marks for now (lexicon.yml body_image unless).
    "hating the marks for now": [
        "I hate how I look with all these bumps, when do they go? day 1",
        "I hate how I look with the bruises lol, how long till they fade?",
        "rating 7/10, only because I hate how I look with the pinpricks, no pain",
    ],
    # 9. Someone else's story, long past and said to be over (screen.py _in_resolved_story,
    # context.yml resolved_story).
    "someone else's story, over": [
        (
            "my mum had her jawline done a few years ago and her face went droopy on one side for weeks "
            "afterwards, then it came right. she's totally fine now. does that happen often with you?"
        ),
        (
            "my best friend got fat dissolving at a salon last summer and ended up with an infected lump "
            "that needed antibiotics, she's completely fine now. what do you do to keep things sterile?"
        ),
        (
            "a friend of mine had lip meso years ago and her lips swelled up massively and she went to a&e, "
            "she's fine now. do you keep adrenaline?"
        ),
    ],
    # 10. A friend's hearsay about pain, and how many sessions "I need", in Dutch (unread_language.py).
    "hearsay about pain, Dutch": [
        "mijn zus zegt dat het veel pijn doet, hoeveel behandelingen heb ik nodig?",
        "een collega zegt dat het pijn doet, klopt dat? hoeveel sessies heb ik ongeveer nodig?",
        "doet het echt pijn? mijn vriend zegt van wel. hoeveel keer heb ik nodig?",
    ],
}

WARNINGS = {
    "worse before better, a saying": [
        ("it's getting worse, my chin is throbbing and hot on day 4", Urgency.SAME_DAY),
        (
            "I thought it would get worse before it got better but now my lip is swelling and I can't swallow",
            Urgency.EMERGENCY,
        ),
    ],
    "gym pump": [
        ("pumping milk for my 3 month old, can I still have meso?", Urgency.REVIEW),
        ("I pump at work for my baby, is the fat dissolving ok?", Urgency.REVIEW),
    ],
    "faint as in barely there": [
        ("I feel faint and dizzy since the injections an hour ago", Urgency.SAME_DAY),
        ("a few faint pink dots and now I feel faint and my heart is racing", Urgency.SAME_DAY),
    ],
    "less sore than yesterday": [
        ("more tender than yesterday and hotter, day 4 after fat dissolving", Urgency.SAME_DAY),
        ("less swollen but more painful today than yesterday, day 5", Urgency.SAME_DAY),
    ],
    "a complication that can happen": [
        ("infections can happen, and now my chin is hot, red and oozing pus", Urgency.SAME_DAY),
        ("what would happen if my lip is swelling right now", Urgency.EMERGENCY),
    ],
    "fainting as a trait": [
        ("I'm a fainter but I fainted twice after the session today and feel awful", Urgency.EMERGENCY),
        ("I'm a bit of a fainter and I fainted after my meso this morning", Urgency.SAME_DAY),
        ("nach den Spritzen bin ich zweimal umgekippt", Urgency.EMERGENCY),
        ("nach der Behandlung heute bin ich umgekippt und mir ist schwindelig", Urgency.SAME_DAY),
        ("sono svenuta dopo la seduta di ieri, ho paura degli aghi", Urgency.SAME_DAY),
    ],
    "occasional unprescribed aspirin": [
        ("I take aspirin 75 for my heart, prescribed by my GP", Urgency.REVIEW),
        ("I'm on aspirin every day from my doctor after my stent", Urgency.REVIEW),
    ],
    "hating the marks for now": [
        ("I hate how I look, I can't leave the house", Urgency.REVIEW),
        ("I hate how I look with my chin, nothing ever looks right, I've had 10 sessions", Urgency.REVIEW),
    ],
    "someone else's story, over": [
        (
            "my sister had the chin jabs last year and got a lopsided smile, she's fine now, but my smile "
            "has gone lopsided since my session on monday",
            Urgency.SAME_DAY,
        ),
        (
            "my sister had meso last year, she's fine now. I had mine yesterday and my smile is lopsided",
            Urgency.SAME_DAY,
        ),
        (
            "my daughter had her lips done yesterday and now her smile is lopsided, she was fine this morning",
            Urgency.SAME_DAY,
        ),
        ("my husband had meso yesterday and his face went white and cold, he's fine now they said", Urgency.EMERGENCY),
        (
            "my friend had lip meso years ago and her lips swelled, she's fine now, and my lips are swelling "
            "right now after mine",
            Urgency.EMERGENCY,
        ),
    ],
    "hearsay about pain, Dutch": [
        (
            "mijn vriendin zegt dat het pijn doet, en ik heb nu veel pijn in mijn gezicht sinds gisteren",
            Urgency.SAME_DAY,
        ),
        ("ik heb sinds de behandeling veel pijn, heb ik antibiotica nodig?", Urgency.SAME_DAY),
    ],
}


def _cases(table):
    return [
        pytest.param(family, case, id=f"{family}-{i}")
        for family, cases in table.items()
        for i, case in enumerate(cases)
    ]


def test_every_family_has_enough_phrasings_and_near_misses():
    assert set(CALM) == set(WARNINGS)
    for family in CALM:
        assert len(CALM[family]) >= 3, family
        assert len(WARNINGS[family]) >= 2, family


@pytest.mark.parametrize("family, text", _cases(CALM))
def test_benign_phrasings_stay_calm(full_screen, family, text):
    assessment = full_screen.assess(text)
    assert assessment.urgency is None, (family, assessment.findings)


@pytest.mark.parametrize("family, case", _cases(WARNINGS))
def test_warnings_beside_the_family_still_escalate_at_their_level(full_screen, family, case):
    text, urgency = case
    assessment = full_screen.assess(text)
    assert assessment.urgency is not None, (family, text)
    assert assessment.urgency.value in _AT_LEAST[urgency], (family, assessment.findings)
