"""The REST channel against a real Sanic server (tests/rasa_addons/socketio_app.py,
a scripted bot, no model): tokens, origins, content type and sizes."""

from __future__ import annotations

import json

import pytest
import requests

from assistant.chat_client import CONVERSATIONS_PATH, WEBHOOK_PATH, RestConversation, post_message, start_conversation
from tests.conversations.test_conversation_ownership import oversized_post
from tests.rasa_addons.test_socketio_channel import ALLOWED, MAX_MESSAGE_CHARS, server_url  # noqa: F401 (fixture)


def post(url: str, body: object, headers: dict | None = None) -> requests.Response:
    return requests.post(f"{url}{WEBHOOK_PATH}", json=body, headers=headers or {}, timeout=10)


def test_a_started_conversation_chats_with_its_token(server_url):  # noqa: F811
    conversation = start_conversation(server_url)

    response = post_message(conversation, "hello")

    assert response.status_code == 200
    assert response.json() == [{"recipient_id": conversation.sender, "text": "echo: hello"}]


def test_without_a_token_or_with_anothers_the_message_is_refused(server_url):  # noqa: F811
    mine, other = start_conversation(server_url), start_conversation(server_url)

    missing = post(server_url, {"sender": mine.sender, "message": "hi"})
    foreign = post_message(RestConversation(server_url, mine.sender, other.token), "hi")
    invented = post_message(RestConversation(server_url, "me", other.token), "hi")

    assert (missing.status_code, foreign.status_code, invented.status_code) == (401, 403, 403)
    assert "echo" not in missing.text + foreign.text + invented.text


def test_another_origin_is_refused_and_an_allowed_one_gets_its_cors_header(server_url):  # noqa: F811
    conversation = start_conversation(server_url)
    token = {"Authorization": f"Bearer {conversation.token}"}
    body = {"sender": conversation.sender, "message": "hi"}

    evil = post(server_url, body, {**token, "Origin": "http://evil.example"})
    allowed = post(server_url, body, {**token, "Origin": ALLOWED})
    started = requests.post(f"{server_url}{CONVERSATIONS_PATH}", headers={"Origin": "null"}, timeout=10)

    assert evil.status_code == 403 and "Access-Control-Allow-Origin" not in evil.headers
    assert allowed.status_code == 200 and allowed.headers["Access-Control-Allow-Origin"] == ALLOWED
    assert started.status_code == 403


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"])
def test_a_body_a_form_could_send_is_refused(server_url, content_type):  # noqa: F811
    conversation = start_conversation(server_url)

    response = requests.post(
        f"{server_url}{WEBHOOK_PATH}",
        data=json.dumps({"sender": conversation.sender, "message": "hi"}),
        headers={"Content-Type": content_type, "Authorization": f"Bearer {conversation.token}"},
        timeout=10,
    )

    assert response.status_code == 415


def test_a_long_message_is_cut_before_the_bot_reads_it(server_url):  # noqa: F811
    conversation = start_conversation(server_url)

    [reply] = post_message(conversation, "y" * (MAX_MESSAGE_CHARS + 5000)).json()

    assert reply["text"] == "echo: " + "y" * MAX_MESSAGE_CHARS


def test_an_oversized_body_is_refused_before_it_is_read(server_url):  # noqa: F811
    assert oversized_post(server_url, 10 * 1024 * 1024) == 413
    assert post_message(start_conversation(server_url), "still here").status_code == 200
