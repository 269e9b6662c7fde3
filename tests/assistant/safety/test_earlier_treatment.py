"""A message read with the treatment time given earlier in the conversation (rules screen)."""

from datetime import datetime, timedelta, timezone

import pytest

from assistant.handoff.escalation import escalate
from assistant.safety import Urgency
from assistant.safety.earlier_treatment import raised, reread

NOW = datetime(2026, 3, 18, 15, 30, tzinfo=timezone.utc)


def earlier(text: str):
    return [(text, NOW - timedelta(minutes=3))]


@pytest.mark.parametrize(
    "first, then, situation",
    [
        ("I had meso on my face 3 weeks ago", "the redness is still there, is that normal?", "infection"),
        ("my session was 3 weeks ago", "the redness hasn't gone", "infection"),
        ("had fat dissolving on my tummy 2 weeks ago", "still got red lumps, normal?", "delayed_infection"),
    ],
)
def test_an_after_effect_past_its_window_is_read_on_its_day_and_escalates(screen, first, then, situation):
    assert screen.assess(then).urgency is None  # alone: the expected after-effect of the first days
    found = reread(screen, then, NOW, earlier(first))
    assert found is not None
    day, escalation = found
    assert day >= 14
    assert escalation.urgency is Urgency.SAME_DAY and situation in escalation.situations
    assert raised({}, escalation)


@pytest.mark.parametrize(
    "first, then",
    [
        ("had it done yesterday", "my skin is a bit red with tiny bumps, is that normal?"),
        ("I had meso this morning", "the redness is still there, is that normal?"),
        ("had hair meso on my scalp yesterday", "my scalp is still a bit red"),
    ],
)
def test_an_expected_after_effect_inside_its_window_stays_unescalated(screen, first, then):
    assert reread(screen, then, NOW, earlier(first)) is None


def test_a_time_in_the_current_message_wins_over_an_earlier_one(screen):
    then = "the redness is still there, it was only yesterday, is that normal?"
    assert reread(screen, then, NOW, earlier("I had meso 3 weeks ago")) is None


def test_no_earlier_treatment_time_means_no_re_read(screen):
    assert reread(screen, "the redness is still there", NOW, earlier("how much is hair meso?")) is None
    assert reread(screen, "the redness is still there", NOW, []) is None


def test_a_re_read_never_lowers_an_escalation(screen):
    emergency = escalate(screen.assess("my throat feels tight and my lips are swelling"))
    assert emergency is not None and emergency.urgency is Urgency.EMERGENCY
    found = reread(screen, "the redness is still there", NOW, earlier("I had meso 3 weeks ago"))
    assert found is not None
    assert not raised(emergency.as_dict(), found[1])
    same_day = escalate(screen.assess("there's pus coming out of one spot"))
    assert same_day is not None and not raised(same_day.as_dict(), found[1])
