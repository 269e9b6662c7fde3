"""Context: the same words mean different things (issue #4)."""

import pytest

from assistant.safety import Urgency

ISSUE_EXAMPLES = [
    ("can mesotherapy cause an infection?", None, None),
    ("I'm not pregnant", None, None),
    ("my sister had a reaction", None, None),
    ("I had a cold sore years ago", Urgency.REVIEW, "cold_sore_history"),
    ("I think it's infected", Urgency.SAME_DAY, "infection"),
    ("what if I got an infection", None, None),
    ("if i were pregnant", None, None),
]


@pytest.mark.parametrize("text, urgency, situation", ISSUE_EXAMPLES)
def test_the_issue_examples(screen, text, urgency, situation):
    assessment = screen.assess(text)
    assert assessment.urgency is urgency
    assert assessment.situation == situation


@pytest.mark.parametrize(
    "text, urgency",
    [
        # negation and its limits
        ("no swelling of my throat", None),
        ("my throat isn't tight", None),
        ("I can't breathe", Urgency.EMERGENCY),  # the negation is part of the sign
        ("it won't stop bleeding", Urgency.SAME_DAY),
        ("no fever and my lips are swelling", Urgency.EMERGENCY),  # "and" ends the negation
        ("not pregnant, but on warfarin", Urgency.REVIEW),  # "but" ends it
        ("I'm not sure if I'm pregnant", Urgency.REVIEW),  # "not sure" is not a negation
        ("it's not getting better, there's pus", Urgency.SAME_DAY),
        ("nie wiem co się dzieje nie mogę oddychać", Urgency.EMERGENCY),  # "nie wiem" is a pseudo-trigger
        # hypothetical and general questions
        ("what should i do if my throat swells", None),
        ("is there a risk of infection", None),
        ("if this doesnt work im gonna end it", Urgency.EMERGENCY),  # conditional self-harm still counts
        ("can I still come if I'm pregnant", Urgency.REVIEW),  # "if I'm" is a disclosure
        ("will u call me back my lips are swelling", Urgency.EMERGENCY),  # a question before a report
        # someone else
        ("my friend is on warfarin", None),
        ("my friend said my lips look swollen and my throat is tight", Urgency.EMERGENCY),
        ("my daughter can't breathe after her treatment", Urgency.EMERGENCY),  # someone else's emergency
        ("my sister had anaphylaxis once", None),  # someone else's past emergency
        ("my wife's pregnant, can I still have hair meso?", Urgency.REVIEW),  # A8: the partner counts
        ("can my 16 year old book?", Urgency.REVIEW),  # A22: the child counts
        # history
        ("had a DVT last year", Urgency.REVIEW),  # a past clot is the contraindication
        ("I was pregnant two years ago", None),
        ("I had anaphylaxis years ago", Urgency.REVIEW),  # a past emergency is a previous reaction
        ("I fainted at a blood test once", None),  # A28, INFO
        ("lumps from 2 months ago are now painful and red", Urgency.SAME_DAY),
        ("stopped accutane 2 months ago", Urgency.REVIEW),
        ("stopped accutane 5 years ago", None),
    ],
)
def test_context_changes_the_urgency(screen, text, urgency):
    assert screen.assess(text).urgency is urgency


def test_a_past_emergency_is_reported_as_a_previous_reaction(screen):
    assessment = screen.assess("I had anaphylaxis years ago")
    assert assessment.situation == "allergy"
    assert assessment.findings[0].row == "A15"
