"""A heart attack, a stroke, a fit or breathlessness handed to a price, a bill or a hunt for
parking is a joke about money or a chore, not an event in a body (context.yml,
figures_of_speech). The same words said of the writer's body, or beside a sign told in words of
its own, still reach the emergency reply. None of these sentences is taken from an evaluation
batch.
"""

from typing import List

import pytest

from assistant.safety import SafetyScreen, Urgency

CALM: List[str] = [
    "the quote nearly gave me a heart attack haha, any discounts on a course?",
    "my card will have a fit when I see the total lol. do you take klarna?",
    "almost had a coronary looking for parking near the york clinic, where do people usually park?",
    "I think my dad will have a heart attack when he sees what I spent 😂 is there a student discount?",
    "honestly out of breath just looking at those prices, do you do a payment plan",
    "bill = stroke 😅 can I split it over three months?",
]

STILL_EMERGENCY: List[str] = [
    "I had a fit after the session yesterday and my partner had to hold me",
    "breathless and wheezy since the injections, price is fine but I'm scared",
    "nearly had a stroke at the prices but also my face has dropped on one side since this morning",
    "he had a seizure when he saw the needle and hasn't come round properly",
]


@pytest.mark.parametrize("text", CALM)
def test_a_joke_about_cost_is_not_escalated(screen: SafetyScreen, text: str) -> None:
    assessment = screen.assess(text)
    assert assessment.urgency is None, (text, assessment.findings)


@pytest.mark.parametrize("text", STILL_EMERGENCY)
def test_the_same_words_about_a_body_still_reach_emergency(screen: SafetyScreen, text: str) -> None:
    assert screen.assess(text).urgency is Urgency.EMERGENCY, text
