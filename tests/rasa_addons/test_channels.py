import pytest

from rasa_addons.channels import MAX_SENDER_LENGTH, request_problem


@pytest.mark.parametrize(
    "body",
    [
        None,
        [1, 2],
        "hello",
        {},
        {"message": "hi"},
        {"sender": "", "message": "hi"},
        {"sender": "x" * (MAX_SENDER_LENGTH + 1), "message": "hi"},
        {"sender": 42, "message": "hi"},
        {"sender": "abc"},
        {"sender": "abc", "message": None},
        {"sender": "abc", "message": ["hi"]},
    ],
)
def test_malformed_bodies_are_explained(body):
    problem = request_problem(body)

    assert problem and ("sender" in problem or "message" in problem)


@pytest.mark.parametrize("message", ["", "hi", "x" * 10_000, "<b>hi</b>"])
def test_well_formed_bodies_pass(message):
    assert request_problem({"sender": "patient-1", "message": message}) is None
