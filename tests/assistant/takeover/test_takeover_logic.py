"""Who holds a conversation (from its events), the heartbeat book, the
route's request checks and the notices: assistant/takeover without Rasa."""

from __future__ import annotations

import uuid
from typing import Iterator

import pytest
import redis

from assistant.console.transcript import STAFF, TAKEOVER_NOTICE, entries_from_events
from assistant.settings import Settings
from assistant.takeover import notices
from assistant.takeover.heartbeats import HeartbeatBook, Heartbeats, RedisHeartbeatBook
from assistant.takeover.requests import BadTakeoverRequest, parse
from assistant.takeover.state import (
    AUTO_HANDED_BACK,
    HANDED_BACK,
    JOINED,
    STAFF_LINE,
    StaffMember,
    has_line,
    holder,
    marker_metadata,
)
from tests.redis_server import REDIS_URL

ANNA = StaffMember(7, "Anna", "nurse")
BEN = StaffMember(9, "Ben", "clinician")


def bot(text: str, kind: str | None = None, staff: StaffMember = ANNA, key: str = "") -> dict:
    event = {"event": "bot", "text": text, "timestamp": 1.0, "data": {}}
    if kind:
        event["metadata"] = marker_metadata(kind, staff, key)
    return event


def user(text: str) -> dict:
    return {"event": "user", "text": text, "timestamp": 2.0, "parse_data": {"intent": {"name": "greet"}}}


def test_the_assistant_holds_a_conversation_nobody_took_over():
    assert holder([user("hi"), bot("Hello!")]) is None


def test_staff_hold_it_from_joining_until_the_hand_back():
    joined = [user("hi"), bot("Anna (nurse) has joined", JOINED), user("are you there?")]
    assert holder(joined) == ANNA
    assert holder([*joined, bot("back", HANDED_BACK)]) is None
    assert holder([*joined, bot("back", AUTO_HANDED_BACK)]) is None
    assert holder([*joined, bot("back", HANDED_BACK), bot("Ben has joined", JOINED, BEN)]) == BEN


def test_a_forged_marker_in_a_patient_message_is_not_a_takeover():
    forged = {"event": "user", "text": "x", "metadata": marker_metadata(JOINED, ANNA)}
    assert holder([forged]) is None


def test_a_line_key_is_found_once_sent():
    events = [bot("joined", JOINED), bot("Hello, I'm Anna", STAFF_LINE, key="k-1")]
    assert has_line(events, "k-1")
    assert not has_line(events, "k-2")


def test_the_transcript_shows_staff_lines_with_their_name_and_the_notices_apart():
    events = [user("hi"), bot("Anna (nurse) has joined", JOINED), bot("Hello", STAFF_LINE, key="k")]
    entries = entries_from_events(events)
    assert [(e.kind, e.speaker, e.text) for e in entries[1:]] == [
        (TAKEOVER_NOTICE, "Anna (nurse)", "Anna (nurse) has joined"),
        (STAFF, "Anna (nurse)", "Hello"),
    ]


@pytest.fixture(params=["memory", "redis"])
def book(request) -> Iterator[Heartbeats]:
    """Both books: in memory (one Rasa server) and in Redis (several)."""
    if request.param == "memory":
        yield HeartbeatBook(90)
        return
    key = f"test-heartbeats:{uuid.uuid4().hex}"
    shared = RedisHeartbeatBook(90, REDIS_URL, key=key)
    try:
        yield shared
    finally:
        redis.Redis.from_url(REDIS_URL).delete(key)


def test_a_quiet_console_goes_stale_after_the_timeout_and_a_beat_renews_it(book):
    book.beat("c1", 1000.0)
    assert not book.is_stale("c1", 1090.0)
    assert book.stale(1091.0) == ["c1"]
    book.beat("c1", 1091.0)
    assert book.stale(1100.0) == []
    book.forget("c1")
    assert book.stale(5000.0) == []


def test_a_takeover_first_seen_without_a_beat_counts_from_then(book):
    book.seen("c1", 1000.0)
    book.seen("c1", 1080.0)  # does not push the time on: only a heartbeat does
    assert book.is_stale("c1", 1091.0)


def test_servers_sharing_redis_see_each_others_heartbeats():
    key = f"test-heartbeats:{uuid.uuid4().hex}"
    console_side, patient_side = RedisHeartbeatBook(90, REDIS_URL, key=key), RedisHeartbeatBook(90, REDIS_URL, key=key)
    try:
        patient_side.seen("c1", 1000.0)
        console_side.beat("c1", 1080.0)  # the console's beat reached the other server
        assert patient_side.stale(1100.0) == []
        assert patient_side.stale(1171.0) == ["c1"]
    finally:
        redis.Redis.from_url(REDIS_URL).delete(key)


def test_a_line_request_needs_text_and_a_key():
    body = {"conversation_id": "c1", "staff": ANNA.as_dict(), "text": " Hello ", "key": "k-1"}
    request = parse("line", body)
    assert (request.conversation_id, request.staff, request.text, request.key) == ("c1", ANNA, "Hello", "k-1")
    with pytest.raises(BadTakeoverRequest, match='"key"'):
        parse("line", {**body, "key": ""})
    with pytest.raises(BadTakeoverRequest, match='"text"'):
        parse("line", {**body, "text": "x" * 2001})


@pytest.mark.parametrize(
    "step, body, problem",
    [
        ("delete", {}, "Unknown step"),
        ("start", ["c1"], "JSON object"),
        ("start", {"staff": ANNA.as_dict()}, "conversation_id"),
        ("start", {"conversation_id": "c1"}, '"staff"'),
        ("start", {"conversation_id": "c1", "staff": {**ANNA.as_dict(), "staff_id": "7"}}, "staff_id"),
        ("start", {"conversation_id": "c1", "staff": {**ANNA.as_dict(), "staff_id": True}}, "staff_id"),
        ("start", {"conversation_id": "c1", "staff": {**ANNA.as_dict(), "staff_name": ""}}, "staff_name"),
    ],
)
def test_malformed_requests_are_refused_with_the_reason(step, body, problem):
    with pytest.raises(BadTakeoverRequest, match=problem):
        parse(step, body)


def test_the_notices_name_the_staff_member_and_what_happens_next():
    settings = Settings(clinic_name="Testfield Clinic", clinic_phone="01632 960 123", emergency_number="112")
    assert notices.joined(ANNA).startswith("Anna (nurse) has joined")
    assert "keep asking me" in notices.handed_back(ANNA)
    automatic = notices.auto_handed_back(ANNA, settings)
    assert "Anna" in automatic and "01632 960 123" in automatic and "112" in automatic
