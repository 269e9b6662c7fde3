"""A conversation belongs to whoever started it, against the real servers:
hijack attempts over REST and socket.io, other websites, and requests too
big to handle (issue 13). The channel's details are in
tests/rasa_addons/test_socketio_channel.py (a scripted bot, no model)."""

from __future__ import annotations

import http.client
import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from typing import List
from urllib.parse import urlsplit

import pytest
import requests

from assistant.chat_client import CONVERSATIONS_PATH, WEBHOOK_PATH, RestConversation, post_message
from assistant.settings import Settings
from tests.conversations.test_rest_conversations import expected
from tests.rasa_addons.test_socketio_channel import confirmed_session, connected, handshake
from tests.servers import Servers

pytestmark = pytest.mark.servers

EVIL = "https://evil.example"
PHONE = "07700 900123"
MAX_CHARS = Settings().chat_max_message_chars


def stored_user_texts(servers: Servers, sender: str) -> List[str]:
    with sqlite3.connect(servers.database) as db:
        rows = db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id", (sender,)
        ).fetchall()
    return [json.loads(data)["text"] for (data,) in rows]


def webhook(servers: Servers, body: object, headers: dict | None = None) -> requests.Response:
    return requests.post(f"{servers.rasa_url}{WEBHOOK_PATH}", json=body, headers=headers or {}, timeout=60)


# ---- REST ----


def test_a_rest_conversation_is_started_by_the_server_with_a_token(servers: Servers):
    started = requests.post(f"{servers.rasa_url}{CONVERSATIONS_PATH}", timeout=30)

    assert started.status_code == 201
    body = started.json()
    assert len(body["sender"]) == 32 and len(body["token"]) >= 40
    conversation = RestConversation(servers.rasa_url, body["sender"], body["token"])
    assert post_message(conversation, "hello").status_code == 200


@pytest.mark.parametrize("sender", ["me", "patient-42", PHONE.replace(" ", ""), "0" * 32])
def test_a_rest_sender_the_client_invents_is_refused_and_nothing_is_stored(servers: Servers, sender: str):
    without_token = webhook(servers, {"sender": sender, "message": "hello"})
    forged = webhook(servers, {"sender": sender, "message": "hello"}, {"Authorization": "Bearer forged"})

    assert without_token.status_code == 401 and "token" in without_token.json()["error"]
    assert forged.status_code == 403 and "not issued" in forged.json()["error"]
    assert stored_user_texts(servers, sender) == []


def test_someone_who_knows_a_conversation_id_cannot_read_or_write_it(servers: Servers):
    patient = servers.new_conversation()
    servers.chat(patient, "can i speak to a real person please")
    servers.chat(patient, PHONE)
    other = servers.new_conversation()  # a real token, for another conversation

    stolen = webhook(servers, {"sender": patient, "message": "what is my phone number?"},
                     {"Authorization": f"Bearer {servers.tokens[other]}"})

    assert stolen.status_code == 403
    assert PHONE not in stolen.text
    assert stored_user_texts(servers, patient) == ["can i speak to a real person please", PHONE]


def test_another_website_cannot_post_into_a_conversation_even_with_its_token(servers: Servers):
    sender = servers.new_conversation()
    token = {"Authorization": f"Bearer {servers.tokens[sender]}"}

    refused = webhook(servers, {"sender": sender, "message": "hello"}, {**token, "Origin": EVIL})
    started = requests.post(f"{servers.rasa_url}{CONVERSATIONS_PATH}", headers={"Origin": EVIL}, timeout=30)
    allowed = webhook(servers, {"sender": sender, "message": "hello"}, {**token, "Origin": servers.website_url})

    assert refused.status_code == 403 and "Access-Control-Allow-Origin" not in refused.headers
    assert started.status_code == 403
    assert allowed.status_code == 200 and allowed.json()
    assert stored_user_texts(servers, sender) == ["hello"]


@pytest.mark.parametrize("origin", [EVIL, None])
def test_a_text_plain_post_does_not_write_into_a_conversation(servers: Servers, origin: str | None):
    # What a form or fetch(..., {mode: "no-cors"}) on another website can send without a CORS preflight.
    sender = servers.new_conversation()
    headers = {"Content-Type": "text/plain", **({"Origin": origin} if origin else {})}

    response = requests.post(
        f"{servers.rasa_url}{WEBHOOK_PATH}",
        data=json.dumps({"sender": sender, "message": "cancel my booking"}),
        headers=headers,
        timeout=30,
    )

    assert response.status_code in (403, 415)
    assert stored_user_texts(servers, sender) == []


# ---- socket.io ----


def test_a_socket_without_an_origin_is_refused(servers: Servers):
    assert handshake(servers.rasa_url, None).status_code == 400
    assert handshake(servers.rasa_url, EVIL).status_code == 400
    assert handshake(servers.rasa_url, servers.website_url).status_code == 200


def test_a_second_browser_with_anothers_session_id_is_refused_and_receives_nothing(servers: Servers):
    with confirmed_session(servers.rasa_url, servers.website_url) as (patient, session):
        patient.say("hello", session)
        assert patient.received.get(timeout=60)  # the disclaimer: the conversation exists
        with connected(servers.rasa_url, servers.website_url) as intruder:
            stolen = {"session_id": session["session_id"], "token": None}
            intruder.client.emit("session_request", stolen)
            assert "not issued" in intruder.refused.get(timeout=30)["error"]
            intruder.say("my number changed to 07700 900999", stolen)

            patient.say("can i speak to a real person please", session)
            assert patient.received.get(timeout=60)
            assert intruder.hears_nothing()
    assert "my number changed to 07700 900999" not in stored_user_texts(servers, session["session_id"])


def test_a_browser_that_starts_a_new_conversation_no_longer_hears_the_old_one(servers: Servers):
    with confirmed_session(servers.rasa_url, servers.website_url) as (switcher, first):
        switcher.say("hello", first)
        assert switcher.received.get(timeout=60)
        switcher.drain()  # the rest of the first turn's replies
        with connected(servers.rasa_url, servers.website_url) as owner:
            second = switcher.open()  # e.g. "start a new chat": a new id and token
            assert second["session_id"] != first["session_id"]
            owner.open(first["session_id"], first["token"])

            owner.say("does mesotherapy hurt?", first)

            assert owner.received.get(timeout=60)["text"] == expected("utter_faq/pain_numbing")
            assert switcher.hears_nothing()


# ---- size ----


def test_an_oversized_message_gets_the_polite_reply_and_is_stored_cut(servers: Servers):
    sender = servers.new_conversation()

    message = "how long does a mesotherapy session take " * 2000  # 82,000 characters

    replies = servers.texts(sender, message)

    assert "long message" in replies[-1]
    assert stored_user_texts(servers, sender) == [message[:MAX_CHARS]]


def oversized_post(rasa_url: str, size: int) -> int:
    """POST a body of `size` bytes to the webhook; the status the server answers."""
    parts = urlsplit(rasa_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.putrequest("POST", WEBHOOK_PATH)
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Content-Length", str(size))
        connection.endheaders()
        chunk = b" " * 65536
        try:
            for _ in range(size // len(chunk)):
                connection.send(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # refused before the body was read; the answer is waiting
        return connection.getresponse().status
    finally:
        connection.close()


def test_an_oversized_body_is_refused_while_another_conversation_is_answered(servers: Servers):
    sender = servers.new_conversation()

    with ThreadPoolExecutor(max_workers=1) as pool:
        big = pool.submit(oversized_post, servers.rasa_url, 10 * 1024 * 1024)
        replies = servers.texts(sender, "does mesotherapy hurt?")
        status = big.result(timeout=120)

    assert replies[-1] == expected("utter_faq/pain_numbing")
    assert status == 413
