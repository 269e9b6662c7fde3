"""A message sent again after a lost connection is answered once, against
the real servers (socket.io, long-polling, as a browser on the clinic's
page): the acknowledgement names the message once its turn is stored; a copy
marked "resent" whose first copy was stored gets the stored replies again and
adds nothing to the conversation; one whose first copy never arrived is
answered as new."""

from __future__ import annotations

import json
import queue
import uuid
from contextlib import contextmanager
from typing import Any, Dict, Iterator, List

import pytest
import socketio
from sqlalchemy import text

from assistant.db import create_engine_for
from tests.servers import Servers

pytestmark = [pytest.mark.servers]

WAIT = 90
QUIET_SECONDS = 3


@contextmanager
def patient(servers: Servers) -> Iterator[tuple[socketio.Client, Dict[str, str], queue.Queue[dict]]]:
    client = socketio.Client(reconnection=False)
    confirmed: queue.Queue = queue.Queue()
    heard: queue.Queue = queue.Queue()
    client.on("session_confirm", confirmed.put)
    client.on("bot_uttered", heard.put)
    client.connect(servers.rasa_url, headers={"Origin": servers.website_url}, transports=["polling"], wait_timeout=10)
    try:
        client.emit("session_request", {"session_id": None, "token": None})
        yield client, confirmed.get(timeout=WAIT), heard
    finally:
        client.eio.disconnect(abort=True)


def say(client: socketio.Client, session: Dict[str, str], message: str, **extra: Any) -> Any:
    return client.call("user_uttered", {"message": message, **session, **extra}, timeout=WAIT)


def turn(heard: queue.Queue[dict]) -> List[str]:
    texts = [heard.get(timeout=WAIT).get("text")]
    while True:
        try:
            texts.append(heard.get(timeout=QUIET_SECONDS).get("text"))
        except queue.Empty:
            return texts


def stored_user_events(servers: Servers, sender: str) -> List[Dict[str, Any]]:
    engine = create_engine_for(servers.clinic_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' ORDER BY id"), {"s": sender}
            ).scalars().all()
    finally:
        engine.dispose()
    return [json.loads(row) for row in rows]


def test_a_resent_message_that_was_stored_is_answered_once_and_its_replies_sent_again(servers: Servers):
    with patient(servers) as (client, session, heard):
        message_id = uuid.uuid4().hex
        assert say(client, session, "what are your opening hours?", message_id=message_id) == {"message_id": message_id}
        first = turn(heard)
        assert say(client, session, "what are your opening hours?", message_id=message_id, resent=True) == {
            "message_id": message_id
        }
        again = turn(heard)
    assert again == first  # the stored replies, as sent the first time (the disclaimer's too)
    stored = stored_user_events(servers, session["session_id"])
    assert [(e["text"], e["message_id"]) for e in stored] == [("what are your opening hours?", message_id)]


def test_a_resent_message_whose_first_copy_never_arrived_is_answered(servers: Servers):
    with patient(servers) as (client, session, heard):
        message_id = uuid.uuid4().hex
        assert say(client, session, "does it hurt?", message_id=message_id, resent=True) == {"message_id": message_id}
        assert turn(heard)
    stored = stored_user_events(servers, session["session_id"])
    assert [(e["text"], e["message_id"]) for e in stored] == [("does it hurt?", message_id)]


def test_an_unusable_message_id_is_replaced_and_the_message_still_answered(servers: Servers):
    with patient(servers) as (client, session, heard):
        ack = say(client, session, "does it hurt?", message_id="<script>")
        assert turn(heard)
    assert ack["message_id"] != "<script>"
    assert [e["message_id"] for e in stored_user_events(servers, session["session_id"])] == [ack["message_id"]]
