import pytest

from assistant.safety import Urgency, at_least, max_urgency, rank


def test_levels_are_ordered_emergency_same_day_review():
    assert Urgency.EMERGENCY.rank > Urgency.SAME_DAY.rank > Urgency.REVIEW.rank > rank(None)


def test_values_are_the_strings_of_the_design_contract():
    assert [u.value for u in Urgency] == ["emergency", "same_day", "review"]
    assert Urgency("same_day") is Urgency.SAME_DAY
    assert Urgency.REVIEW == "review"  # a str enum: serialises as the plain string


@pytest.mark.parametrize(
    "levels, expected",
    [
        ([], None),
        ([None], None),
        ([Urgency.REVIEW, None], Urgency.REVIEW),
        ([Urgency.REVIEW, Urgency.EMERGENCY, Urgency.SAME_DAY], Urgency.EMERGENCY),
        ([Urgency.SAME_DAY, Urgency.REVIEW], Urgency.SAME_DAY),
    ],
)
def test_max_urgency_picks_the_most_urgent(levels, expected):
    assert max_urgency(levels) is expected


@pytest.mark.parametrize(
    "urgency, minimum, expected",
    [
        (Urgency.EMERGENCY, Urgency.REVIEW, True),
        (Urgency.REVIEW, Urgency.REVIEW, True),
        (Urgency.REVIEW, Urgency.SAME_DAY, False),
        (None, Urgency.REVIEW, False),
    ],
)
def test_at_least_compares_against_a_minimum_level(urgency, minimum, expected):
    assert at_least(urgency, minimum) is expected


def test_levels_compare_by_urgency_not_alphabetically():
    assert Urgency.EMERGENCY > Urgency.SAME_DAY > Urgency.REVIEW
    assert Urgency.EMERGENCY >= Urgency.SAME_DAY and Urgency.REVIEW <= Urgency.SAME_DAY
    assert sorted([Urgency.SAME_DAY, Urgency.EMERGENCY, Urgency.REVIEW]) == [
        Urgency.REVIEW,
        Urgency.SAME_DAY,
        Urgency.EMERGENCY,
    ]
