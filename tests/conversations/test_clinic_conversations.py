"""Conversations about the clinic and booking requests over the REST webhook,
against running Rasa and action servers and the demo clinic's database.

The servers run on the real clock, so expectations that depend on today's
date are computed from the same database at test time; everything else is
the demo clinic file's data, word for word.
"""

from __future__ import annotations

import re
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List

import pytest
import yaml

from assistant.booking import replies as booking_replies
from assistant.booking.reference import patient_reference
from assistant.booking.screening import CONSENT_QUESTION, QUESTIONS, consent_declined
from assistant.booking.screening import INTRODUCTION as SCREENING_INTRODUCTION
from assistant.clinic import answers
from assistant.clinic import replies as clinic_replies
from assistant.clinic.loader import load_clinic_file
from assistant.clinic.slots import get_slot, next_free_slots
from assistant.db import create_engine_for, session_scope
from assistant.db.models import BookingRequest
from tests.servers import ROOT, TEST_SETTINGS, OutageServers, Servers

pytestmark = pytest.mark.servers

PHONE = TEST_SETTINGS["CLINIC_PHONE"]
DEMO_FILE = ROOT / "clinic" / "demo_clinic.yml"


def texts(messages: List[dict]) -> List[str]:
    return [m.get("text", "") for m in messages]


def last(servers: Servers, sender: str, text: str) -> dict:
    """Send `text` and return the last message of the reply that has a text
    (a list or card's custom payload follows its text; see `customs`)."""
    messages = [m for m in servers.chat(sender, text) if m.get("text") or m.get("buttons")]
    assert messages, f"no reply to {text!r}"
    return messages[-1]


def customs(messages: List[dict], key: str) -> List[dict]:
    """The custom payloads of one kind ("list", "card") in a reply."""
    return [m["custom"][key] for m in messages if key in (m.get("custom") or {})]


def expected_answer(servers: Servers, topic: str, text: str) -> List[str]:
    """The answer the data layer gives right now (for date-dependent questions)."""
    engine = create_engine_for(servers.clinic_url)
    try:
        with session_scope(engine) as session:
            return list(
                answers.answer(session, topic, answers.Question(text), datetime.now(timezone.utc)).texts
            )
    finally:
        engine.dispose()


# ------------------------------------------------------------ clinic answers


def test_opening_hours_come_from_the_clinic_database(servers: Servers):
    replies = texts(servers.chat(servers.new_conversation(), "are you open on christmas day?"))

    assert replies[1:] == expected_answer(servers, "hours", "are you open on christmas day?")
    assert replies[1].startswith("We're closed on Christmas Day; we open again on ")


def test_which_clinic_is_asked_when_it_matters_and_a_typed_answer_completes_the_question(servers: Servers):
    sender, question = servers.new_conversation(), "are you open at 11am on saturday?"
    engine = create_engine_for(servers.clinic_url)
    try:
        with session_scope(engine) as session:
            now = datetime.now(timezone.utc)
            asked = answers.answer(session, "hours", answers.Question(question), now)
            completed = answers.opening_hours(session, answers.Question(question, "york"), now)
    finally:
        engine.dispose()

    first = servers.chat(sender, question)[-1]
    assert first["text"] == asked.texts[-1]
    if asked.texts[-1] != "Which clinic do you mean: Leeds or York?":
        pytest.skip("both clinics give the same answer this Saturday (a holiday): nothing to ask")
    assert [b["title"] for b in first["buttons"]] == ["Leeds", "York"]
    assert last(servers, sender, "the york one")["text"] == completed.texts[-1]


def test_weekly_hours_per_location_come_as_a_short_list(servers: Servers):
    messages = servers.chat(servers.new_conversation(), "what are the opening hours of the york clinic?")

    hours = (
        "The York clinic's opening hours:\n• Monday–Tuesday: 9:00–18:00\n• Wednesday: 9:00–13:00 and 14:00–18:00\n"
        "• Thursday: 9:00–20:00\n• Friday: 9:00–17:00\n• Saturday–Sunday: closed"
    )
    assert hours in texts(messages)  # REST clients and the transcript read the text
    [listed] = customs(messages, "list")
    assert listed["title"] == "The York clinic's opening hours:"
    assert listed["items"][0] == {"label": "Monday–Tuesday", "value": "9:00–18:00"}
    assert listed["items"][-1] == {"label": "Saturday–Sunday", "value": "closed"}


def test_a_price_question_gets_the_clinics_prices(servers: Servers):
    reply = last(servers, servers.new_conversation(), "how much is hair mesotherapy?")["text"]

    assert (
        reply
        == "Hair mesotherapy is £150–£180 a session, or £420 for a course of 3 or £780 for a course of 6."
    )


def test_is_the_injector_a_doctor(servers: Servers):
    reply = last(servers, servers.new_conversation(), "is your injector a doctor?")["text"]

    assert reply.startswith(
        "Not always. Dr Amelia Hart, medical director and aesthetic doctor (GMC 0000001) is a doctor"
    )
    assert "Sarah Okafor, aesthetic nurse prescriber (NMC 00A0001Z)" in reply


def test_free_consultation_times_come_as_buttons(servers: Servers):
    message = last(servers, servers.new_conversation(), "when's your next free consultation?")

    assert message["text"].startswith("Here are the next free consultation times.")
    ids = [re.search(r'"slot_choice": "(\d+)"', b["payload"]).group(1) for b in message["buttons"]]
    engine = create_engine_for(servers.clinic_url)
    try:
        with session_scope(engine) as session:
            free = next_free_slots(session, datetime.now(timezone.utc), limit=5)
    finally:
        engine.dispose()
    assert ids == [str(s.id) for s in free]


# ------------------------------------------------------------------ booking


def fill_screening(servers: Servers, sender: str, answers_: List[str]) -> dict:
    reply = None
    for answer in answers_:
        reply = last(servers, sender, answer)
    return reply


def start_booking_with_a_time(servers: Servers, sender: str) -> int:
    """Ask for free times, tap the first: the form starts with that time."""
    offer = last(servers, sender, "when's your next free consultation?")
    payload = offer["buttons"][0]["payload"]
    replies = texts(servers.chat(sender, payload))
    assert replies[0] == booking_replies.INTRODUCTION
    assert replies[-1] == booking_replies.ASK_TREATMENT
    return int(re.search(r'"slot_choice": "(\d+)"', payload).group(1))


def test_a_full_booking_request_ends_with_a_row_in_booking_requests(servers: Servers):
    sender = servers.new_conversation()
    slot_id = start_booking_with_a_time(servers, sender)

    assert last(servers, sender, "Hair mesotherapy")["text"] == booking_replies.ASK_NAME
    assert last(servers, sender, "Jane Doe")["text"] == booking_replies.ASK_CONTACT
    consent = servers.chat(sender, "07700 900123")
    assert texts(consent) == [SCREENING_INTRODUCTION, CONSENT_QUESTION]
    assert [b["title"] for b in consent[-1]["buttons"]] == ["Yes, I agree", "No"]
    first_question = servers.chat(sender, "/affirm")
    assert texts(first_question) == [QUESTIONS[0].text]
    assert [b["title"] for b in first_question[-1]["buttons"]] == ["Yes", "No", "Not sure"]
    fill_screening(servers, sender, ["/deny"] * 5)
    messages = servers.chat(sender, "/deny")
    done = texts(messages)[0]

    assert done.startswith("Thank you, Jane Doe: your consultation request is with the team.")
    assert "They'll confirm by phone or email within one working day." in done
    assert "This is a request for a consultation, not a confirmed treatment." in done
    [row] = servers.rows_for(BookingRequest, sender)
    # The summary card: the facts at a glance, with the reference the database holds, as the patient is told it.
    [card] = customs(messages, "card")
    shown = {f["label"]: f["value"] for f in card["fields"]}
    told = patient_reference(row.reference)
    assert card["reference"] == told and f"Reference: {told}" in texts(messages)[1]
    assert (shown["Treatment"], shown["Name"], shown["Phone"]) == ("Hair mesotherapy", "Jane Doe", "••••• •••123")
    assert shown["Time"].endswith("(kept for you)")
    assert (row.status, row.patient_name, row.phone, row.treatment_slug) == (
        "requested",
        "Jane Doe",
        "07700 900123",
        "hair-mesotherapy",
    )
    assert row.slot_id == slot_id and not row.flagged_for_review
    assert row.screening == {q.key: "no" for q in QUESTIONS}
    engine = create_engine_for(servers.clinic_url)
    try:
        with session_scope(engine) as session:
            assert get_slot(session, slot_id).status == "held"
    finally:
        engine.dispose()


def test_declining_to_share_health_answers_stores_nothing_and_asks_no_health_question(servers: Servers):
    sender = servers.new_conversation()
    start_booking_with_a_time(servers, sender)
    servers.chat(sender, "Hair mesotherapy")
    servers.chat(sender, "Jane Doe")
    servers.chat(sender, "07700 900123")

    declined = texts(servers.chat(sender, "/deny"))

    assert declined == [consent_declined(PHONE)]
    assert servers.rows_for(BookingRequest, sender) == []


def test_a_correction_in_the_middle_of_the_form_is_kept(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "book a consultation for me please")
    servers.chat(sender, "skin booster")
    assert last(servers, sender, "Leeds")["text"].startswith(
        "Here are the next free consultation times in Leeds"
    )
    servers.chat(sender, "friday afternoon")

    corrected = texts(servers.chat(sender, "actually make it york"))

    assert corrected == ["Done, I've changed the clinic to York.", booking_replies.ASK_NAME]
    servers.chat(sender, "Sam Patel")
    servers.chat(sender, "sam@example.com")
    servers.chat(sender, "/affirm")  # agrees to keeping the health answers
    fill_screening(servers, sender, ["/deny"] * 6)
    [row] = servers.rows_for(BookingRequest, sender)
    assert (row.location_slug, row.email, row.preferred_time_text) == (
        "york",
        "sam@example.com",
        "friday afternoon",
    )


def test_stopping_in_the_middle_keeps_the_answers_and_the_patient_can_carry_on(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "book a consultation for me please")
    servers.chat(sender, "hair meso")

    stopped = texts(servers.chat(sender, "stop"))

    assert stopped == [
        "No problem, I've stopped the booking request and kept what you've told me so far. Whenever you're "
        "ready, "
        f'say "continue my booking" to pick up where we left off, or call us on {PHONE}.'
    ]
    assert last(servers, sender, "how much is hair meso?")["text"].startswith("Hair mesotherapy is £150–£180")
    resumed = texts(servers.chat(sender, "continue my booking"))
    assert resumed == [booking_replies.WELCOME_BACK, booking_replies.ASK_LOCATION]
    assert servers.rows_for(BookingRequest, sender) == []


def test_a_question_in_the_middle_of_the_form_is_answered_and_the_form_carries_on(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "book a consultation for me please")

    replies = texts(servers.chat(sender, "how much is hair meso?"))

    assert replies[0].startswith("Hair mesotherapy is £150–£180 a session")
    assert replies[1:] == ["Now, back to your booking request.", booking_replies.ASK_TREATMENT]


def test_a_not_sure_in_the_screening_stops_the_request_for_a_clinician(servers: Servers):
    # Stopping for a clinician's review is tested in full in test_safety_conversations.py.
    sender = servers.new_conversation()
    start_booking_with_a_time(servers, sender)
    servers.chat(sender, "needle free")
    servers.chat(sender, "Alex Smith")
    servers.chat(sender, "07700 900456")
    servers.chat(sender, "/affirm")  # agrees to keeping the health answers

    replies = texts(servers.chat(sender, "not sure"))  # the pregnancy question

    assert "Treatment is usually postponed during pregnancy" in replies[0]
    [row] = servers.rows_for(BookingRequest, sender)
    assert row.flagged_for_review and row.slot_id is None and row.status == "requested"
    assert row.screening == {"pregnant_or_breastfeeding": "not sure"}


@pytest.mark.parametrize(
    "said, problem",
    [
        ("31 February", "“31 February” isn't a date: February has at most 29 days."),
        ("thursday at 25:00", "“25:00” isn't a time of day. Try a time like “7pm” or “19:00”."),
    ],
)
def test_impossible_days_and_times_are_explained_in_the_form(servers: Servers, said: str, problem: str):
    sender = servers.new_conversation()
    servers.chat(sender, "book a consultation for me please")
    servers.chat(sender, "skin booster")
    servers.chat(sender, "York")

    replies = texts(servers.chat(sender, said))

    assert replies[0] == problem
    assert replies[1].startswith("Here are the next free consultation times in York")


def test_sql_looking_name_is_stored_verbatim(servers: Servers):
    sender = servers.new_conversation()
    name = "Robert'); DROP TABLE booking_requests;--"
    start_booking_with_a_time(servers, sender)
    servers.chat(sender, "skin booster")
    servers.chat(sender, name)
    servers.chat(sender, "07700 900789")
    servers.chat(sender, "/affirm")  # agrees to keeping the health answers
    fill_screening(servers, sender, ["/deny"] * 6)

    [row] = servers.rows_for(BookingRequest, sender)
    assert row.patient_name == name


# ---------------------------------------------------------- nothing hard-coded


@pytest.fixture
def changed_clinic(servers: Servers, tmp_path: Path):
    """The demo clinic with hair mesotherapy at £165 and Leeds closing at
    19:00 on Thursdays, loaded through the data layer; the demo file is
    loaded back afterwards."""
    data = yaml.safe_load(DEMO_FILE.read_text())
    hair = next(t for t in data["treatments"] if t["slug"] == "hair-mesotherapy")
    hair["price"] = 165
    leeds = next(loc for loc in data["locations"] if loc["slug"] == "leeds")
    leeds["hours"]["thu"] = "09:00-19:00"
    changed = tmp_path / "changed_clinic.yml"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True))
    engine = create_engine_for(servers.clinic_url)

    def load(path: Path) -> None:
        with session_scope(engine) as session:
            load_clinic_file(session, path, datetime.now(timezone.utc))

    load(changed)
    try:
        yield
    finally:
        load(DEMO_FILE)
        engine.dispose()


def test_changing_a_price_and_an_opening_hour_in_the_database_changes_the_answers(
    servers: Servers, changed_clinic
):
    sender = servers.new_conversation()

    price = last(servers, sender, "how much is hair mesotherapy?")["text"]
    hours = "\n".join(texts(servers.chat(sender, "what are the opening hours of the leeds clinic?")))

    assert price.startswith("Hair mesotherapy is £165 a session")
    assert "• Thursday: 9:00–19:00" in hours and "Thursday: 9:00–20:00" not in hours


# ------------------------------------------------------------- database outage


def wait_for_row(servers: Servers, sender: str, timeout: float = 30) -> BookingRequest | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = servers.rows_for(BookingRequest, sender)
        if found:
            return found[0]
        time.sleep(1)
    return None


def test_a_booking_request_survives_the_database_going_down(outage_servers: OutageServers):
    servers = outage_servers
    sender = servers.new_conversation()
    slot_id = start_booking_with_a_time(servers, sender)
    servers.chat(sender, "Hair mesotherapy")
    servers.chat(sender, "Priya Shah")
    servers.chat(sender, "priya@example.com")
    servers.chat(sender, "/affirm")  # agrees to keeping the health answers
    fill_screening(servers, sender, ["/deny"] * 5)

    servers.proxy.kill()  # the database goes away before the last answer
    try:
        done_messages = servers.chat(sender, "/deny")
        done = texts(done_messages)[0]
        down = last(servers, sender, "what are your opening hours?")["text"]
    finally:
        servers.proxy.start()

    assert done.startswith("Thank you, Priya Shah. Our booking system isn't responding right now")
    assert "it will reach the team automatically as soon as the system is back" in done
    [card] = customs(done_messages, "card")  # the reference it will be stored under
    assert PHONE in done
    assert down == clinic_replies.unavailable(PHONE)
    spooled = list(servers.outbox.glob("*.jsonl"))
    assert len(spooled) == 1
    record: Dict = yaml.safe_load(spooled[0].read_text())["record"]  # JSON is YAML
    assert record["form"]["name"] == "Priya Shah" and record["form"]["conversation_id"] == sender
    assert servers.rows_for(BookingRequest, sender) == []

    # The database is back: the next action call delivers the request.
    assert last(servers, sender, "what are your opening hours?")["text"] != clinic_replies.unavailable(PHONE)
    row = wait_for_row(servers, sender)

    assert row is not None, "the spooled booking request never reached the database"
    assert (row.status, row.patient_name, row.email, row.reference) == (
        "requested",
        "Priya Shah",
        "priya@example.com",
        spooled[0].stem,
    )
    assert row.slot_id == slot_id
    assert card["reference"] == patient_reference(row.reference)  # the reference it is stored under, as told
    assert dict((f["label"], f["value"]) for f in card["fields"])["Email"] == "p•••@example.com"
    assert list(servers.outbox.glob("*.jsonl")) == []
