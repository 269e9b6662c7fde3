"""The escalation payload is plain typed data that compares with ==."""

import pytest

from assistant.handoff import QUEUE_ORDER, HandoffPayload, HandoffUrgency


def test_the_payload_has_exactly_the_contracted_shape():
    assert HandoffPayload(HandoffUrgency.SAME_DAY, "42").as_json() == {
        "handoff": {"urgency": "same_day", "ticket_id": "42"}
    }
    assert HandoffPayload(HandoffUrgency.EMERGENCY).as_json() == {
        "handoff": {"urgency": "emergency", "ticket_id": None}
    }


@pytest.mark.parametrize("urgency", list(HandoffUrgency))
def test_a_payload_reads_back_as_an_equal_value(urgency):
    payload = HandoffPayload(urgency, "7")

    assert HandoffPayload.from_json(payload.as_json()) == payload


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"handoff": {"urgency": "urgent", "ticket_id": None}},
        {"handoff": {"urgency": "review"}},
        {"handoff": {"urgency": "review", "ticket_id": 7}},
        {"handoff": {"urgency": "review", "ticket_id": None, "extra": 1}},
    ],
)
def test_anything_else_is_not_a_payload(data):
    with pytest.raises(ValueError):
        HandoffPayload.from_json(data)


def test_the_queue_puts_the_most_urgent_first():
    assert [u.value for u in QUEUE_ORDER] == ["emergency", "same_day", "review", "routine"]
    assert HandoffUrgency.EMERGENCY.queue_position < HandoffUrgency.ROUTINE.queue_position
