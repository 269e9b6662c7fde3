"""Same-day and review families that safety batch 22 found missing at first contact (round 13,
r13b22), each in phrasings of its own, with near misses that must not escalate.

None of these sentences is taken from a batch. The screen is the rule screen.
"""

import pytest

from assistant.safety import Urgency, rank

REVIEW = {
    "the skin running one's life, checking it hourly, many sessions and still ugly (A31)": [
        "I've stopped going to work because of my skin, I can't face anyone",
        "skipped my best mate's hen do because of the state of my skin, when's the next slot",
        "i look at my face like every half hour, its all i do",
        "can you book me in for 3 sessions a week until my skin is fixed",
    ],
}

SAME_DAY = {
    "a lip that stays put on one side after a chin treatment (B18)": [
        "after the double chin jabs my lower lip stays still on the left when I laugh",
        "only the right side of my bottom lip moves since the chin treatment",
        "since the jawline injections my mouth stays put on one side when I grin",
    ],
    "skin at a site gone black, leathery, or open and weeping (B16)": [
        "the spot where she injected my tummy has turned black",
        "one of the jab sites on my thigh has gone leathery and dark after the fat dissolving",
        "there's an open weeping sore where you did the injections on my flank",
    ],
    "solid food going down hard, swallowing an effort, after a chin treatment (B19)": [
        "bread keeps going down badly since my kybella, water is fine",
        "toast is going down slowly since the chin injections",
        "had aqualyx under my chin, swallowing is a bit of an effort now",
    ],
    "a red or pink stripe from a site, sites gone hot and puffy (B13)": [
        "there's a red streak spreading up my arm from one of the injection sites",
        "a pink line is running up from the jab site on my leg since last night",
        "the spots where she injected have turned hot and swollen since Saturday's session",
    ],
}

# Near misses: benign look-alikes that must not escalate.
QUIET = [
    "the price of the course is a bit hard to swallow tbh",
    "can I book the course, how many sessions do people usually need?",
    "is the clinic open on saturday?",
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
