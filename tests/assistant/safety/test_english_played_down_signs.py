"""English warning signs played down, hedged or told in everyday words: a fever reading called
"just a cold", one corner of the lower lip that does not move as the other, swallowing trouble
beside swelling the writer calls expected, pain that climbs after the first days or outruns the
painkillers, lumps no smaller after antibiotics, grey cold sore skin blamed on the weather, and
the review items told lightly (a big past reaction elsewhere, long-standing swallowing trouble
before chin fat dissolving, a fresh sunburn on the area before a booking).

None of these sentences is taken from a batch. The screen is the rule screen.
"""

from typing import Dict, List

import pytest

from assistant.safety import Urgency, rank

EMERGENCY: Dict[str, List[str]] = {
    "grey, dusky or pale skin that is cold and sore after a filler or booster (B11)": [
        "the bit under my nose has gone a dusky colour, it's cold and really painful, probably the wind?"
        " had filler this morning",
        "my cheek looks kind of pale and feels cold and it hurts loads, guess it's the frosty weather,"
        " booster done yesterday",
    ],
    "a high temperature with shaking or confusion after a treatment (B14 with sepsis signs)": [
        "39.8 tonight and I can't stop shaking, had the fat dissolving on Saturday",
    ],
}

SAME_DAY: Dict[str, List[str]] = {
    "a fever reading with aches, even when called a cold (B14)": [
        "probably a bug going round but I'm 38.4 and shivery, had the lip filler on Monday",
        "think it's just flu tbh, 38.9 and aching all day, fat jabs were thursday",
    ],
    "one corner of the lower lip or smile that does not move as the other (B18)": [
        "the right side of my lower lip doesn't go down as far as the left one since the jawline injections",
        "one corner of my mouth doesn't move when I grin, had the chin fat dissolving 3 days ago, I can talk ok",
    ],
    "trouble swallowing beside swelling called expected (B19)": [
        "the swelling under my jaw is normal I know, but swallowing toast has got really hard",
        "my neck swelling is expected they said, fine, but food keeps getting stuck on the way down",
    ],
    "pain that climbs after the first days or outruns the painkillers (B29)": [
        "day 5 now and the soreness is still climbing, it was nothing on day 1",
        "ibuprofen isn't cutting it anymore, day 3 after the booster and it's way worse than yesterday",
    ],
    "lumps after fat dissolving no smaller after antibiotics (B15)": [
        "finished two courses of doxycycline for the bumps on my tummy from the fat jabs and they're"
        " still just as hard",
    ],
}

REVIEW: Dict[str, List[str]] = {
    "a big past reaction elsewhere that needed antihistamines or steroids (A15)": [
        "at another clinic my lips ballooned massively after filler and I had to take piriton for days,"
        " can I book a skin booster?",
    ],
    "long-standing swallowing trouble before chin fat dissolving (A24)": [
        "food goes down the wrong way for me quite a lot, can I still have the double chin injections?",
    ],
    "a fresh sunburn on the area before a booking (A14)": [
        "got proper burnt on my nose and cheeks at the beach yesterday, my booster appointment is friday",
    ],
}

# Near misses: look-alikes that must not escalate at all.
QUIET = [
    "achy after the gym yesterday, had meso last week and it looks great",
    "37.2 and feeling fine, 3 days after the skin booster, just checking that's normal",
    "the double chin swelling is expected I know, swallowing is completely fine",
    "pain was a 7 on day 1 after the fat jabs, now a 2 on day 4",
    "my hands are always cold in winter, is that ok for a skin booster?",
    "had sunburn last summer, all healed, appointment is tuesday",
    "I'm 38 and it's my first booking, is the booster painful?",
]


def _at_least(level: Urgency):
    def check(screen, text: str) -> None:
        assessment = screen.assess(text)
        assert assessment.urgency is not None and rank(assessment.urgency) >= rank(level), (
            text,
            assessment.findings,
        )

    return check


@pytest.mark.parametrize("text", [t for texts in EMERGENCY.values() for t in texts])
def test_family_reaches_emergency(screen, text):
    _at_least(Urgency.EMERGENCY)(screen, text)


@pytest.mark.parametrize("text", [t for texts in SAME_DAY.values() for t in texts])
def test_family_reaches_same_day(screen, text):
    _at_least(Urgency.SAME_DAY)(screen, text)


@pytest.mark.parametrize("text", [t for texts in REVIEW.values() for t in texts])
def test_family_reaches_review(screen, text):
    _at_least(Urgency.REVIEW)(screen, text)


@pytest.mark.parametrize("text", QUIET)
def test_near_miss_stays_quiet(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, (text, assessment.findings)
