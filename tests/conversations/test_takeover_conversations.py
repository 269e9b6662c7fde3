"""Live takeover against the real Rasa and action servers: a patient on
the socket.io channel (python-socketio, as the widget), a clinician in the
staff console (the Flask app in this process, with sign-in and CSRF, calling
the Rasa server's internal takeover route with the shared secret).

Takeover -> the patient's messages are stored and parsed but the bot stays
silent (no phone-number guard either); a staff line is one tracker event
with the staff id, even when submitted twice; `/restart` and an expired
session do not end the takeover; an emergency message still gets the
emergency reply and banner and raises the ticket; hand back -> notice, then
the bot answers again; a console that stops sending heartbeats is handed
back automatically and the patient told. A REST patient gets an empty
answer, not the phone number. Forged or unauthenticated calls are refused.
"""

from __future__ import annotations

import json
import queue
import re
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Dict, Iterator, List

import pytest
import requests
from flask.testing import FlaskClient
from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from assistant.console import accounts, create_app
from assistant.db import create_engine_for, session_scope
from assistant.db.models import AuditEvent, HandoffTicket
from assistant.settings import Secret, Settings
from assistant.takeover.client import TakeoverClient
from assistant.takeover.state import StaffMember, holder
from tests.rasa_addons.test_socketio_channel import Socket, connected
from tests.servers import TAKEOVER_HEARTBEAT_SECONDS, TAKEOVER_TOKEN, TEST_SETTINGS, Servers

pytestmark = [pytest.mark.servers]

PASSWORD = "a long test password"
ASK_FOR_A_PERSON = "can I talk to a human"
EMERGENCY = "I can't breathe and my throat is swelling after my mesotherapy"
QUIET_SECONDS = 3  # after the message is stored, how long a silent bot is listened to
WAIT = 90  # seconds: generous on a loaded machine


# ---- the database the servers share ---------------------------------------------------------


@pytest.fixture(scope="module")
def database(servers: Servers) -> Iterator[Engine]:
    engine = create_engine_for(servers.clinic_url)
    try:
        yield engine
    finally:
        engine.dispose()


def stored_events(engine: Engine, sender: str) -> List[Dict[str, Any]]:
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT type_name, data FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender}
        ).all()
    return [{**json.loads(row.data), "event": row.type_name} for row in rows]


def wait_for(check: Any, timeout: float = WAIT, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.5)
    raise AssertionError(f"no {what} after {timeout} s")


def patient_messages(engine: Engine, sender: str) -> List[Dict[str, Any]]:
    return [e for e in stored_events(engine, sender) if e["event"] == "user"]


def tickets(servers: Servers, sender: str) -> List[HandoffTicket]:
    return servers.rows_for(HandoffTicket, sender)


def audit_actions(engine: Engine, conversation_id: str) -> List[AuditEvent]:
    with session_scope(engine) as session:
        query = select(AuditEvent).where(AuditEvent.subject_id == conversation_id).order_by(AuditEvent.id)
        return [row for row in session.execute(query).scalars() if row.action.startswith("takeover.")]


# ---- the patient ----------------------------------------------------------------------------


class Patient:
    """A socket in the widget's conversation, with what it heard."""

    def __init__(self, socket: Socket, session: dict, typing: queue.Queue) -> None:
        self.socket = socket
        self.session = session
        self.typing = typing

    @property
    def sender(self) -> str:
        return self.session["session_id"]

    def say(self, message: str) -> None:
        self.socket.say(message, self.session)

    def hears(self, timeout: float = WAIT) -> dict:
        return self.socket.received.get(timeout=timeout)

    def hears_turn(self) -> List[dict]:
        """The first message (waited for) and the rest of the turn."""
        heard = [self.hears()]
        while True:
            try:
                heard.append(self.socket.received.get(timeout=QUIET_SECONDS))
            except queue.Empty:
                return heard

    def says_and_hears_nothing(self, database: Engine, message: str) -> Dict[str, Any]:
        """Send `message`, wait until it is stored (so its turn ran), and check no reply follows.
        The stored patient event (its text is as Rasa read it: button syntax nobody
        offered is plain text, assistant/payloads.py)."""
        before = patient_messages(database, self.sender)
        self.say(message)
        stored = wait_for(
            lambda: patient_messages(database, self.sender)[len(before):], what=f"stored message {message!r}"
        )
        assert self.socket.hears_nothing()
        time.sleep(QUIET_SECONDS)
        assert self.socket.received.empty()
        return stored[0]


@contextmanager
def patient(servers: Servers) -> Iterator[Patient]:
    with connected(servers.rasa_url.replace("localhost", "127.0.0.1"), servers.website_url) as socket:
        typing: queue.Queue = queue.Queue()
        socket.client.on("staff_typing", typing.put)
        yield Patient(socket, socket.open(), typing)


# ---- the clinician ----------------------------------------------------------------------------


CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
DATA_CSRF = re.compile(r'data-csrf="([^"]+)"')


class Clinician:
    def __init__(self, client: FlaskClient) -> None:
        self.client = client

    def sign_in(self, username: str) -> None:
        token = CSRF.search(self.client.get("/login").get_data(as_text=True)).group(1)
        answer = self.client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token})
        assert answer.status_code in (302, 303), answer.get_data(as_text=True)[:500]

    def ticket_page(self, ticket_id: int) -> str:
        page = self.client.get(f"/tickets/{ticket_id}")
        assert page.status_code == 200
        return page.get_data(as_text=True)

    def form(self, ticket_id: int, path: str) -> Any:
        token = CSRF.search(self.ticket_page(ticket_id)).group(1)
        return self.client.post(f"/tickets/{ticket_id}/{path}", data={"csrf_token": token})

    def post_json(self, ticket_id: int, path: str, body: dict) -> Any:
        token = DATA_CSRF.search(self.ticket_page(ticket_id)).group(1)
        return self.client.post(f"/tickets/{ticket_id}/{path}", json=body, headers={"X-CSRFToken": token})


@pytest.fixture(scope="module")
def console_app(servers: Servers, database: Engine) -> Any:
    settings = Settings(
        database_url=Secret(servers.clinic_url),
        rasa_internal_url=servers.rasa_url,
        takeover_token=Secret(TAKEOVER_TOKEN),
        takeover_heartbeat_seconds=TAKEOVER_HEARTBEAT_SECONDS,
    )
    with session_scope(database) as session:
        existing = {s.username for s in accounts.list_staff(session)}
        if "anna-takeover" not in existing:
            accounts.create_staff(
                session, "anna-takeover", "Anna", "clinician", PASSWORD, datetime.now(timezone.utc)
            )
    return create_app(settings, test_config={"SECRET_KEY": "takeover-test-secret"}, engine=database)


@pytest.fixture
def clinician(console_app: Any) -> Clinician:
    signed_in = Clinician(console_app.test_client())
    signed_in.sign_in("anna-takeover")
    return signed_in


def ticket_for_a_new_patient(servers: Servers, person: Patient) -> int:
    person.say(ASK_FOR_A_PERSON)
    person.hears_turn()
    return wait_for(lambda: tickets(servers, person.sender), what="ticket")[-1].id


def take_over(clinician: Clinician, ticket_id: int, person: Patient) -> None:
    answer = clinician.form(ticket_id, "takeover")
    assert answer.status_code == 303
    joined = person.hears()
    assert joined["text"].startswith("Anna (clinician) has joined")
    assert joined["takeover"] == {"event": "joined", "name": "Anna", "role": "clinician"}


# ---- the tests --------------------------------------------------------------------------------


def test_a_clinician_talks_to_the_patient_and_hands_back(
    servers: Servers, database: Engine, clinician: Clinician
) -> None:
    with patient(servers) as person:
        ticket_id = ticket_for_a_new_patient(servers, person)
        take_over(clinician, ticket_id, person)
        [ticket] = tickets(servers, person.sender)  # taking over an unclaimed ticket claims it
        assert (ticket.status, ticket.claimed_by) == ("claimed", "anna-takeover")
        assert "Take over the chat" not in clinician.ticket_page(ticket_id)
        assert "Hand back to the assistant" in clinician.ticket_page(ticket_id)

        # The patient writes: stored, parsed, shown to staff; the bot and its phone-number guard stay silent.
        person.says_and_hears_nothing(database, "When are you open on Saturday?")
        conversation = clinician.client.get(f"/tickets/{ticket_id}/conversation").get_json()
        assert "When are you open on Saturday?" in conversation["html"]
        assert conversation["holder"] == "Anna (clinician)" and conversation["mine"] is True

        # Typing, then one line, submitted twice with the same key: one event, one message.
        assert clinician.post_json(ticket_id, "takeover/typing", {"typing": True}).status_code == 200
        assert person.typing.get(timeout=WAIT) == {"typing": True, "name": "Anna", "role": "clinician"}
        line = {"text": "Hello, I'm Anna, a nurse here. <b>We</b> open at 9.", "key": "line-1"}
        assert clinician.post_json(ticket_id, "takeover/line", line).get_json() == {"status": "sent"}
        assert clinician.post_json(ticket_id, "takeover/line", line).get_json() == {"status": "duplicate"}
        heard = person.hears()
        assert heard["text"] == line["text"]
        assert heard["staff"] == {"name": "Anna", "role": "clinician"}
        assert person.socket.hears_nothing()  # the second submit sent nothing
        staff_lines = [e for e in stored_events(database, person.sender) if e.get("text") == line["text"]]
        assert len(staff_lines) == 1
        assert staff_lines[0]["event"] == "bot"
        marker = staff_lines[0]["metadata"]["takeover"]
        assert marker["kind"] == "staff_line" and marker["key"] == "line-1" and marker["staff_name"] == "Anna"
        assert marker["staff_id"] > 0
        html = clinician.client.get(f"/tickets/{ticket_id}/conversation").get_json()["html"]
        assert "msg-staff" in html and "&lt;b&gt;We&lt;/b&gt;" in html  # staff text is escaped too

        # Hand back: the patient is told, and the assistant answers again.
        assert clinician.form(ticket_id, "takeover/end").status_code == 303
        back = person.hears()
        assert back["takeover"]["event"] == "handed_back" and "keep asking me" in back["text"]
        person.say("What is mesotherapy?")
        reply = person.hears_turn()
        assert any("mesotherapy" in (m.get("text") or "").lower() for m in reply), reply
        assert holder(stored_events(database, person.sender)) is None

    actions = [(row.action, row.detail) for row in audit_actions(database, person.sender)]
    assert [a for a, _ in actions] == ["takeover.start", "takeover.line", "takeover.end"]
    assert actions[1][1] == {"ticket_id": ticket_id, "key": "line-1"}  # never the line's text


def test_restart_and_an_expired_session_do_not_end_a_takeover(
    servers: Servers, database: Engine, clinician: Clinician
) -> None:
    with patient(servers) as person:
        ticket_id = ticket_for_a_new_patient(servers, person)
        take_over(clinician, ticket_id, person)

        person.says_and_hears_nothing(database, "/restart")
        events = stored_events(database, person.sender)
        assert not [e for e in events if e["event"] in ("restart", "resume")]
        assert holder(events) is not None

        # The patient went quiet for two hours (the domain's sessions last 60 minutes).
        with database.begin() as connection:
            connection.execute(
                text(
                    "UPDATE events SET timestamp = timestamp - 7200, "
                    "data = json_set(data, '$.timestamp', json_extract(data, '$.timestamp') - 7200) "
                    "WHERE sender_id = :s"
                ),
                {"s": person.sender},
            )
        sessions_before = sum(e["event"] == "session_started" for e in stored_events(database, person.sender))
        person.says_and_hears_nothing(database, "hello? is anyone still there")
        events = stored_events(database, person.sender)
        assert sum(e["event"] == "session_started" for e in events) == sessions_before
        assert holder(events) is not None
        assert clinician.post_json(ticket_id, "takeover/heartbeat", {}).get_json() == {"status": "held"}
        assert clinician.form(ticket_id, "takeover/end").status_code == 303
        assert person.hears()["takeover"]["event"] == "handed_back"


def test_an_emergency_during_a_takeover_gets_the_emergency_reply_and_raises_the_ticket(
    servers: Servers, database: Engine, clinician: Clinician
) -> None:
    with patient(servers) as person:
        ticket_id = ticket_for_a_new_patient(servers, person)
        take_over(clinician, ticket_id, person)

        person.say(EMERGENCY)
        heard = person.hears_turn()
        texts = " ".join(m.get("text") or "" for m in heard)
        assert f"call {TEST_SETTINGS['EMERGENCY_NUMBER']} now" in texts.lower(), texts
        customs = [m["custom"] for m in heard if isinstance(m.get("custom"), dict)]
        assert [c["handoff"]["urgency"] for c in customs if "handoff" in c][:1] == ["emergency"]
        wait_for(
            lambda: any(t.urgency == "emergency" for t in tickets(servers, person.sender)), what="emergency ticket"
        )
        # Staff still hold the conversation: the next message is theirs again.
        assert holder(stored_events(database, person.sender)) is not None
        person.says_and_hears_nothing(database, "ok I am calling them")
        clinician.form(ticket_id, "takeover/end")


def test_a_console_that_goes_quiet_hands_the_conversation_back(servers: Servers, database: Engine) -> None:
    desk = TakeoverClient(servers.rasa_url, TAKEOVER_TOKEN)
    ben = StaffMember(4242, "Ben", "clinician")
    with patient(servers) as person:
        person.say("hello")
        person.hears_turn()
        desk.send("start", person.sender, ben)
        assert person.hears()["takeover"]["event"] == "joined"
        # No heartbeat from here on: the console's tab was closed.
        back = person.hears(timeout=TAKEOVER_HEARTBEAT_SECONDS + WAIT)
        assert back["takeover"]["event"] == "auto_handed_back"
        assert TEST_SETTINGS["CLINIC_PHONE"] in back["text"] and "keep asking me" in back["text"]
        assert holder(stored_events(database, person.sender)) is None
        # Written after the notice went out (the patient never waits for the database).
        audited = wait_for(lambda: audit_actions(database, person.sender), what="audit row")
        assert [(row.actor, row.action, row.detail["staff_id"]) for row in audited] == [
            ("system", "takeover.auto_hand_back", 4242)
        ]
        person.say("What is mesotherapy?")
        assert any("mesotherapy" in (m.get("text") or "").lower() for m in person.hears_turn())


def test_a_rest_patient_gets_neither_a_reply_nor_the_phone_number_during_a_takeover(
    servers: Servers, database: Engine
) -> None:
    desk = TakeoverClient(servers.rasa_url, TAKEOVER_TOKEN)
    ben = StaffMember(4343, "Ben", "clinician")
    sender = servers.new_conversation()
    assert servers.texts(sender, "hello")
    desk.send("start", sender, ben)
    assert servers.chat(sender, "are you still there?") == []  # the channel's guard would send the phone number
    assert patient_messages(database, sender)[-1]["text"] == "are you still there?"
    assert desk.send("end", sender, ben) == {"status": "assistant"}
    reply = " ".join(servers.texts(sender, "What is mesotherapy?")).lower()
    assert "mesotherapy" in reply


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-the-secret"}, {"Authorization": f"Basic {TAKEOVER_TOKEN}"}],
)
def test_the_internal_route_refuses_calls_without_the_secret(servers: Servers, headers: dict) -> None:
    body = {"conversation_id": "anything", "staff": {"staff_id": 1, "staff_name": "Eve", "role": "clinician"}}
    for step in ("start", "line", "end"):
        url = f"{servers.rasa_url}/webhooks/socketio/takeover/{step}"
        answer = requests.post(url, json=body, headers=headers, timeout=30)
        assert answer.status_code == 401


def test_rasa_http_api_stays_closed(servers: Servers) -> None:
    answer = requests.post(f"{servers.rasa_url}/conversations/x/tracker/events", json=[], timeout=30)
    assert answer.status_code in (403, 404, 405)


def test_staff_without_a_session_or_the_csrf_token_cannot_take_over(
    servers: Servers, database: Engine, console_app: Any, clinician: Clinician
) -> None:
    with patient(servers) as person:
        ticket_id = ticket_for_a_new_patient(servers, person)
        anonymous = console_app.test_client()
        answer = anonymous.post(f"/tickets/{ticket_id}/takeover")
        assert answer.status_code in (302, 303, 400, 401)
        assert clinician.client.post(f"/tickets/{ticket_id}/takeover").status_code == 400  # no CSRF token
        line = clinician.client.post(f"/tickets/{ticket_id}/takeover/line", json={"text": "hi", "key": "k"})
        assert line.status_code == 400
        assert person.socket.hears_nothing()
        assert holder(stored_events(database, person.sender)) is None
