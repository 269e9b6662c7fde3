"""A price question that also asks how to pay, for money off or for a price match gets the
price it asked for and says plainly that the team has the rest: the clinic file records
prices and packages only. Our own wordings, written for this test."""

from __future__ import annotations

import pytest

from assistant.clinic import answers
from assistant.clinic.answers import Question
from tests.assistant.clinic.conftest import NOW


@pytest.mark.parametrize(
    "text, topic",
    [
        ("how much is hair meso and would you match a cheaper price i was quoted", "price matching"),
        ("what do you charge for fat dissolving under the chin, can you beat what my friend paid", "price matching"),
        ("how much is a skin booster, any money off for nhs staff", "discounts or offers"),
        ("what does body meso cost and can i use buy now pay later", "payment plans"),
        ("how much is hair mesotherapy, do you take apple pay", "ways to pay"),
    ],
)
def test_a_price_with_a_payment_question_says_the_team_has_the_rest(session, text, topic):
    reply = answers.price(session, Question(text), NOW)
    said = " ".join(reply.texts)
    assert f"I don't have details about {topic} here" in said
    assert "£" in said  # the price asked for is still given


def test_a_plain_price_question_names_no_payment_topic(session):
    said = " ".join(answers.price(session, Question("how much is the skin booster per session"), NOW).texts)
    assert "I don't have details" not in said
