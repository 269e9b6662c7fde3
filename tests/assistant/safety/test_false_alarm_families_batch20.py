"""False-alarm families found on blind batch 20, each with phrasings of its own, and the warnings
beside them that must still escalate at their level.

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

CALM = {
    # 1. A job or a ward named after a risk, in a question before treatment (context.yml
    # figures_of_speech, batch 20 section).
    "workplace named after a risk": [
        "I work in infection prevention and control, are your vials single use? can I book for Friday?",
        "I'm a sepsis nurse so I'm a stickler for hygiene, do you open fresh needles in front of me?",
        "we work on the stroke unit, my colleague and I want to book lip meso together",
        "i'm an infection control nurse, how do you clean the treatment room between clients?",
    ],
    # 2. Fainting with needles as a trait, numbing cream asked about (lexicon.yml
    # numbing_asked_about).
    "faint with needles, asks for numbing": [
        "I go woozy with needles haha, do you do numbing cream?",
        "needles make me pass out tbh, can I have numbing before my first session?",
        "I'm a fainter with blood tests, is there numbing cream for the injections?",
    ],
    # 3. "Can't breathe" as laughter or awe at a photo, a post or a price (context.yml).
    "can't breathe laughing": [
        "your price list for the full face package, I can't breathe lol, but book me in anyway",
        "that transformation video on your page, can't breathe :joy: can I get the same done?",
        "the jawline results on tiktok 🤣 i cant breathe 😂 when's your next free slot",
    ],
    # 4. Whitehead-like injection bumps with no pus (lexicon.yml infection, whiteheads).
    "whitehead bumps without pus": [
        "tiny whitehead looking dots where she injected, not any pus, is it ok to pop them?",
        (
            "the little bumps look a bit like white heads, no pus though, are they just the "
            "injection bumps? can I squeeze them?"
        ),
        "got a few whiteheads on my cheek from the meso, there's no pus, should I leave them alone?",
    ],
    # 5. A young person's school work, no treatment wanted (lexicon.yml under_18).
    "school project, no treatment": [
        "my daughter is 16 and needs to interview a clinic for her school coursework, she isn't wanting any treatment",
        (
            "he's 14 and writing an essay about the beauty industry, not looking for "
            "treatment, could he ask you a few things?"
        ),
        (
            "I'm 17 and doing a college assignment on aesthetics law, I don't want "
            "treatment, just a quick chat with someone?"
        ),
    ],
    # 6. The practitioner's prediction of normal after-effects, come true (context.yml).
    "practitioner's prediction come true": [
        "the nurse warned me I'd have little lumps like bee stings tonight, she was spot on haha. can I put ice on?",
        "just like she said I'd be a bit blotchy and bumpy for the evening 😂 anything to calm it down?",
        (
            "my injector told me 'you'll be lumpy like a pin cushion till tomorrow', she "
            "wasn't wrong lol. can I wear makeup?"
        ),
    ],
    # 7. A friend's past treatment told to ask about one's own (lexicon.yml
    # recent_treatment_same_area).
    "friend's treatment, will mine be the same": [
        (
            "my sister had her lips done 3 weeks ago, they swelled loads then settled and "
            "look gorgeous, will mine be the same?"
        ),
        (
            "my friend had her jawline done last month, looked like a hamster for 4 days "
            "then amazing, will I look like that too?"
        ),
        "my cousin got her chin done a few weeks ago, it puffed up then went down. will mine do that too?",
    ],
    # 8. Normal after-effects in Italian and Portuguese (lexicon.yml haematoma, unread_language.py
    # batch 20 section).
    "unread normal after-effects": [
        "i puntini rossi delle iniezioni di ieri si stanno schiarendo, tutto ok",
        "as marcas das injeções de ontem já estão a desaparecer",
        "small haematoma on my thigh 4 days after, turning yellowish now",
        "ho un piccolo ematoma sul braccio, sta diventando giallo, normale?",
        "posso tomar ibuprofeno antes da sessão? tenho dores às vezes",
        "Posso prendere un antidolorifico prima della seduta? Ogni tanto ho dolore alla schiena",
    ],
}

WARNINGS = {
    "workplace named after a risk": [
        ("I work in infection control and since the meso my chin is hot, red and oozing pus", Urgency.SAME_DAY),
        ("I'm a sepsis nurse and I think I have it: fever, shaking and confused since my treatment", Urgency.EMERGENCY),
        ("my diabetes nurse says I can have meso, is that ok?", Urgency.REVIEW),
    ],
    "faint with needles, asks for numbing": [
        ("I've fainted twice since the treatment this morning, is there numbing in what you used?", Urgency.EMERGENCY),
        (
            "put numbing cream all over my legs an hour ago and now I feel faint and my heart is racing",
            Urgency.EMERGENCY,
        ),
        ("used emla under clingfilm, now I'm shaking and confused, do you use numbing too?", Urgency.EMERGENCY),
    ],
    "can't breathe laughing": [
        ("I can't breathe and my lips are swelling since the injections", Urgency.EMERGENCY),
        ("i cant breathe properly 😭 throat feels tight after the booster", Urgency.EMERGENCY),
    ],
    "whitehead bumps without pus": [
        ("the bumps have whiteheads full of pus and I've got a fever since the treatment", Urgency.SAME_DAY),
        ("whiteheads on the injection spots, they're hot, swollen and red since the meso", Urgency.SAME_DAY),
    ],
    "school project, no treatment": [
        ("she's 15 and really wants the lip meso, can I book her in?", Urgency.REVIEW),
        ("I'm 16, doing a school project too, but I want to get my chin done", Urgency.REVIEW),
    ],
    "practitioner's prediction come true": [
        (
            (
                "she said I'd look like I'd been bitten by mosquitoes tonight, she was right, "
                "but now there's a white patch on my cheek that's cold"
            ),
            Urgency.EMERGENCY,
        ),
        (
            "the nurse said I'd swell a bit, she was right, but now my tongue is swelling and I can't swallow",
            Urgency.EMERGENCY,
        ),
    ],
    "friend's treatment, will mine be the same": [
        ("I had my chin done last month, can I have the fat dissolving on it now?", Urgency.REVIEW),
        ("my friend had her chin done last month and so did I two weeks ago, can I have more done?", Urgency.REVIEW),
    ],
    "unread normal after-effects": [
        ("i segni delle punture non stanno sparendo e sono caldi, c'è del pus", Urgency.SAME_DAY),
        ("haematoma on my cheek getting bigger and tense since the injections", Urgency.SAME_DAY),
        ("tenho dor forte no rosto desde ontem, posso tomar ibuprofeno?", Urgency.SAME_DAY),
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
