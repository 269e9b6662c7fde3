"""One ticket per safety episode: later messages are added to it once, raise
its urgency and never lower it; through the outbox and the reconciler too."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from assistant.handoff import HandoffUrgency
from assistant.handoff.delivery import open_or_spool, outbox_handlers, ticket_key
from assistant.handoff.episode import Episode
from assistant.handoff.opening import red_flag_context, ticket_from, ticket_urgency
from assistant.handoff.reconcile import reconcile
from assistant.handoff.tickets import is_recorded, open_ticket, resolve, tickets_for
from tests.assistant.handoff.conftest import NOW
from tests.assistant.handoff.test_opening import SAFETY as SAME_DAY_SAFETY
from tests.assistant.handoff.test_reconcile import store, tracker  # noqa: F401  (fixture)

EMERGENCY_SAFETY = {
    "urgency": "emergency",
    "family": "anaphylaxis",
    "situations": ["anaphylaxis"],
    "rows": ["B8"],
    "triggers": ["lips are swelling"],
    "source": "screen",
}


def user(message_id, text, safety=None, intent="safety_same_day"):
    parse_data = {"text": text, "intent": {"name": intent}}
    if safety:
        parse_data["safety"] = safety
    return {"event": "user", "text": text, "message_id": message_id, "parse_data": parse_data}


def episode_slots(level="same_day", episode_id="m1"):
    return Episode(level, episode_id, NOW.timestamp(), ("infection",), "same_day_clinician").slots()


def test_the_same_worry_twice_is_one_ticket_with_both_messages(db, outbox):
    slots = episode_slots()
    first = ticket_from("c1", user("m1", "there's pus", SAME_DAY_SAFETY), HandoffUrgency.SAME_DAY, slots, NOW)
    again = ticket_from("c1", user("m2", "there's pus", SAME_DAY_SAFETY), HandoffUrgency.SAME_DAY, slots, NOW)

    opened = open_or_spool(db, outbox, first)
    merged = open_or_spool(db, outbox, again)
    retried = open_or_spool(db, outbox, again)

    assert opened.created and not merged.created and not retried.created
    with db() as session:
        [ticket] = tickets_for(session, "c1")
    assert ticket.source_message_id == "m1" and ticket.message_text == "there's pus"
    assert [m["message_id"] for m in ticket.details["messages"]] == ["m2"]  # added once, not on the retry
    assert ticket.situations == ("infection",)


def test_a_later_emergency_raises_the_ticket_and_puts_its_finding_first(db, outbox):
    open_or_spool(
        db, outbox, ticket_from("c1", user("m1", "pus", SAME_DAY_SAFETY), HandoffUrgency.SAME_DAY, episode_slots(), NOW)
    )
    raised = ticket_from(
        "c1", user("m2", "my lips are swelling", EMERGENCY_SAFETY, "safety_emergency"), HandoffUrgency.EMERGENCY,
        episode_slots("emergency"), NOW + timedelta(minutes=2),
    )  # fmt: skip

    open_or_spool(db, outbox, raised)

    with db() as session:
        [ticket] = tickets_for(session, "c1")
    assert ticket.urgency is HandoffUrgency.EMERGENCY
    assert ticket.situations == ("anaphylaxis", "infection") and ticket.rows == ("B8", "B13")
    assert ticket.details["raised"][0]["from"] == "same_day" and ticket.details["raised"][0]["to"] == "emergency"


def test_a_lower_message_never_lowers_the_ticket(db, outbox):
    slots = episode_slots("emergency")
    open_or_spool(
        db,
        outbox,
        ticket_from("c1", user("m1", "lips swelling", EMERGENCY_SAFETY), HandoffUrgency.EMERGENCY, slots, NOW),
    )

    open_or_spool(db, outbox, ticket_from("c1", user("m2", "I have an epipen"), HandoffUrgency.REVIEW, slots, NOW))
    open_or_spool(
        db, outbox, ticket_from("c1", user("m3", "can I talk to someone"), HandoffUrgency.ROUTINE, slots, NOW)
    )

    with db() as session:
        [ticket] = tickets_for(session, "c1")
    assert ticket.urgency is HandoffUrgency.EMERGENCY
    assert [m["text"] for m in ticket.details["messages"]] == ["I have an epipen", "can I talk to someone"]


def test_outside_an_episode_the_conversation_keeps_one_thread_while_it_is_open(db, outbox):
    """A person asked for, then a same-day worry with no episode slots (and a
    retry of it): one thread, raised to same day; once resolved, the next
    message opens a thread of its own that says which one it follows."""
    asked = ticket_from("c1", user("m1", "a person please"), HandoffUrgency.ROUTINE, {}, NOW)
    worry = ticket_from("c1", user("m2", "there's pus", SAME_DAY_SAFETY), HandoffUrgency.SAME_DAY, {}, NOW)
    first = open_or_spool(db, outbox, asked)
    joined = open_or_spool(db, outbox, worry)
    retried = open_or_spool(db, outbox, worry)

    assert first.created and not joined.created and not retried.created
    assert joined.ticket.id == first.ticket.id == retried.ticket.id
    with db() as session:
        [thread] = tickets_for(session, "c1")
        assert is_recorded(session, worry)
    assert thread.urgency is HandoffUrgency.SAME_DAY and thread.situations == ("infection",)
    assert [m["message_id"] for m in thread.details["messages"]] == ["m2"]
    assert thread.details["raised"][0]["from"] == "routine"

    with db() as session:
        resolve(session, thread.id, "Dr Hart", "called back", NOW)
    later = open_or_spool(db, outbox, ticket_from("c1", user("m3", "me again"), HandoffUrgency.ROUTINE, {}, NOW))
    assert later.created and later.ticket.id != thread.id


def test_follow_ups_kept_in_the_outbox_go_to_the_one_ticket(down, db, outbox):
    slots = episode_slots()
    first = ticket_from("c1", user("m1", "pus", SAME_DAY_SAFETY), HandoffUrgency.SAME_DAY, slots, NOW)
    second = ticket_from("c1", user("m2", "still pus", SAME_DAY_SAFETY), HandoffUrgency.SAME_DAY, slots, NOW)

    assert open_or_spool(down, outbox, first).spooled and open_or_spool(down, outbox, second).spooled
    assert ticket_key("c1", "m1") != ticket_key("c1", "m1", "m2")  # the second never overwrites the first
    outbox.deliver(outbox_handlers(db))
    outbox.deliver(outbox_handlers(db))

    with db() as session:
        [ticket] = tickets_for(session, "c1")
    assert ticket.message_text == "pus" and [m["text"] for m in ticket.details["messages"]] == ["still pus"]


def test_a_ticket_opened_by_a_later_message_still_takes_the_first_one_when_it_comes(db):
    slots = episode_slots()
    later = ticket_from("c1", user("m2", "still pus", SAME_DAY_SAFETY), HandoffUrgency.SAME_DAY, slots, NOW)
    first = ticket_from("c1", user("m1", "pus", SAME_DAY_SAFETY), HandoffUrgency.SAME_DAY, slots, NOW)

    with db() as session:
        open_ticket(session, later)
        assert not is_recorded(session, first)
        open_ticket(session, first)
        assert is_recorded(session, first) and is_recorded(session, later)
        [ticket] = tickets_for(session, "c1")
    assert [m["text"] for m in ticket.details["messages"]] == ["pus"]


def test_a_resolved_episode_ticket_is_not_reopened_a_later_message_gets_its_own(db, outbox):
    slots = episode_slots()
    opened = open_or_spool(
        db, outbox, ticket_from("c1", user("m1", "pus", SAME_DAY_SAFETY), HandoffUrgency.SAME_DAY, slots, NOW)
    )
    with db() as session:
        resolve(session, opened.ticket.id, "Dr Hart", "seen", NOW)

    later = open_or_spool(
        db, outbox, ticket_from("c1", user("m2", "worse now", SAME_DAY_SAFETY), HandoffUrgency.SAME_DAY, slots, NOW)
    )

    assert later.created and later.ticket.details["follows_ticket"] == opened.ticket.id
    assert later.ticket.source_message_id == "m2"


def test_a_red_flag_answer_carries_the_worry_it_answers():
    events = [
        user("m1", "something's not right with my face", intent="report_concern"),
        {"event": "action", "name": "utter_ask_red_flags"},
        {"event": "action", "name": "action_listen"},
        user("m2", '/red_flag_answer{"red_flag": "yes"}', intent="red_flag_answer"),
        {"event": "action", "name": "utter_safety_episode_red_flag_emergency"},
    ]
    context = red_flag_context(events)
    slots = Episode("emergency", "m2", NOW.timestamp(), ("red_flag_reported",)).slots()

    new = ticket_from("c1", events[3], ticket_urgency(events, slots), slots, NOW, context=context)

    assert context == "something's not right with my face" and new.urgency is HandoffUrgency.EMERGENCY
    assert new.message_text.startswith("something's not right with my face\n")


def test_the_red_flag_question_needs_a_ticket_only_inside_an_episode():
    events = [user("m1", "not right", intent="safety_same_day"), {"event": "action", "name": "utter_ask_red_flags"}]

    assert ticket_urgency(events, episode_slots()) is HandoffUrgency.SAME_DAY
    assert ticket_urgency(events, {}) is None


def test_the_reconciler_puts_an_episode_into_one_ticket_idempotently(tracker, db, outbox):  # noqa: F811
    at = (NOW - timedelta(minutes=10)).timestamp()
    slots = Episode("emergency", "m1", at, ("anaphylaxis",), "anaphylaxis").slots()
    slot_events = [{"event": "slot", "timestamp": at, "name": k, "value": v} for k, v in slots.items()]
    first = {**user("m1", "my lips are swelling", EMERGENCY_SAFETY, "safety_emergency"), "timestamp": at}
    second = {**user("m2", "I'm on my own, what do I do", intent="nlu_fallback"), "timestamp": at + 60}
    store(
        tracker,
        "p1",
        {"event": "action", "timestamp": at - 1, "name": "action_session_start"},
        {"event": "session_started", "timestamp": at - 1},
        first,
        *slot_events,
        {"event": "action", "timestamp": at + 1, "name": "utter_safety_emergency"},
        {"event": "action", "timestamp": at + 2, "name": "action_open_handoff"},
        {"event": "action", "timestamp": at + 2, "name": "action_listen"},
        second,
        {"event": "action", "timestamp": at + 61, "name": "utter_safety_episode_emergency"},
        {"event": "action", "timestamp": at + 62, "name": "action_open_handoff"},
        {"event": "action", "timestamp": at + 62, "name": "action_listen"},
    )

    report = reconcile(tracker, db, outbox, NOW)
    again = reconcile(tracker, db, outbox, NOW)

    assert report.checked == 2 and len(report.opened) == 1 and again.opened == []
    with db() as session:
        [ticket] = tickets_for(session, "p1")
    assert ticket.urgency is HandoffUrgency.EMERGENCY and ticket.source_message_id == "m1"
    assert [m["text"] for m in ticket.details["messages"]] == ["I'm on my own, what do I do"]
    assert dataclasses.asdict(ticket)["details"]["source"] == "reconciler"
