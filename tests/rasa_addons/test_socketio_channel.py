"""The socket.io channel against a real Sanic server and python-socketio
clients: the origin check, conversations that belong to the socket that
holds their token (hijack attempts, room switching), bounded messages and
packets, the escalation payload, never silence."""

from __future__ import annotations

import asyncio
import os
import queue
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, List, Tuple

import pytest
import requests
import socketio
import websockets
from websockets.exceptions import InvalidStatusCode

from tests.servers import TEST_SETTINGS, free_port

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = "http://clinic.example:8000"
MAX_MESSAGE_CHARS = 2000
MAX_REQUEST_BYTES = 65536
QUIET_SECONDS = 2  # how long a socket that must hear nothing is listened to


@pytest.fixture(scope="module")
def server_url(tmp_path_factory) -> Iterator[str]:
    port = free_port()
    log_path = tmp_path_factory.mktemp("socketio") / "server.log"
    env = {
        **os.environ,
        **TEST_SETTINGS,
        "CHAT_ALLOWED_ORIGINS": f"{ALLOWED}, http://other.example",
        "CHAT_TOKEN_KEY": os.urandom(16).hex(),  # the tests only ever get tokens from the server
        "CHAT_MAX_MESSAGE_CHARS": str(MAX_MESSAGE_CHARS),
        "CHAT_MAX_REQUEST_BYTES": str(MAX_REQUEST_BYTES),
        "PYTHONPATH": str(ROOT),
    }
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.rasa_addons.socketio_app", str(port)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log_path.read_text()
            try:
                requests.get(url, timeout=1)
                break
            except requests.RequestException:
                assert time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def handshake(url: str, origin: str | None) -> requests.Response:
    headers = {"Origin": origin} if origin else {}
    return requests.get(f"{url}/socket.io/?EIO=4&transport=polling", headers=headers, timeout=5)


@pytest.mark.parametrize("origin", [ALLOWED, "http://other.example"])
def test_allowed_origin_is_accepted_with_its_cors_header(server_url, origin):
    reply = handshake(server_url, origin)

    assert reply.status_code == 200, reply.text
    assert reply.headers["Access-Control-Allow-Origin"] == origin


@pytest.mark.parametrize(
    "origin", ["http://evil.example", "http://clinic.example:8001", "https://clinic.example:8000", "null"]
)
def test_other_origin_is_refused(server_url, origin):
    reply = handshake(server_url, origin)

    assert reply.status_code == 400
    assert "not allowed to open the chat" in reply.text
    assert "Access-Control-Allow-Origin" not in reply.headers


def test_a_request_without_an_origin_is_refused(server_url):
    reply = handshake(server_url, None)

    assert reply.status_code == 400
    assert "no Origin header" in reply.text


@dataclass
class Socket:
    """A python-socketio client connected as a browser on an allowed page
    would (long-polling: python-engineio's asyncio WebSocket client needs a
    newer aiohttp than Rasa pins), with queues of what the server sent it."""

    client: socketio.Client
    confirmed: queue.Queue
    refused: queue.Queue
    received: queue.Queue

    def open(self, session_id: str | None = None, token: str | None = None) -> dict:
        """session_request; the confirmed {"session_id", "token"}."""
        self.client.emit("session_request", {"session_id": session_id, "token": token})
        return self.confirmed.get(timeout=5)

    def say(self, text: Any, session: dict) -> None:
        self.client.emit("user_uttered", {"message": text, **session})

    def drain(self) -> None:
        """Take what arrives until the socket has been quiet for QUIET_SECONDS (the rest of a turn)."""
        while True:
            try:
                self.received.get(timeout=QUIET_SECONDS)
            except queue.Empty:
                return

    def hears_nothing(self) -> bool:
        try:
            message = self.received.get(timeout=QUIET_SECONDS)
        except queue.Empty:
            return True
        raise AssertionError(f"the socket received {message!r}")


@contextmanager
def connected(url: str, origin: str = ALLOWED) -> Iterator[Socket]:
    client = socketio.Client(reconnection=False)
    socket = Socket(client, queue.Queue(), queue.Queue(), queue.Queue())
    client.on("session_confirm", socket.confirmed.put)
    client.on("session_refused", socket.refused.put)
    client.on("bot_uttered", socket.received.put)
    client.connect(url, headers={"Origin": origin}, transports=["polling"], wait_timeout=5)
    try:
        yield socket
    finally:
        # abort: don't wait up to a ping interval for the pending long-poll to return
        client.eio.disconnect(abort=True)


@contextmanager
def confirmed_session(url: str, origin: str = ALLOWED) -> Iterator[Tuple[Socket, dict]]:
    """A connected socket in a new conversation; yields it and the conversation's {"session_id", "token"}."""
    with connected(url, origin) as socket:
        yield socket, socket.open()


def conversation(url: str, origin: str, texts: List[Any], replies_each: int = 1) -> List[dict]:
    """Send each text in a new session and collect the bot's messages."""
    with confirmed_session(url, origin) as (socket, session):
        messages = []
        for text in texts:
            socket.say(text, session)
            messages.extend(socket.received.get(timeout=5) for _ in range(replies_each))
        return messages


def test_client_from_allowed_origin_chats(server_url):
    assert conversation(server_url, ALLOWED, ["hello"]) == [{"text": "echo: hello"}]


def test_client_from_other_origin_is_refused(server_url):
    with pytest.raises(socketio.exceptions.ConnectionError):
        conversation(server_url, "http://evil.example", ["hello"])


def websocket_handshake(url: str, origin: str) -> str:
    """Open the Engine.IO WebSocket as a browser on `origin` would; the
    server's first frame. Runs in a thread of its own: the session may
    already run an event loop (Playwright's) in this one."""
    ws_url = url.replace("http://", "ws://") + "/socket.io/?EIO=4&transport=websocket"

    async def first_frame() -> str:
        async with websockets.connect(ws_url, origin=origin, open_timeout=5) as ws:
            return await asyncio.wait_for(ws.recv(), 5)

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, first_frame()).result(timeout=30)


def test_websocket_from_allowed_origin_opens(server_url):
    assert websocket_handshake(server_url, ALLOWED).startswith("0{")  # Engine.IO "open"


def test_websocket_from_other_origin_is_refused(server_url):
    with pytest.raises(InvalidStatusCode, match="400"):
        websocket_handshake(server_url, "http://evil.example")


def test_escalation_payload_arrives_as_a_custom_message_after_the_text(server_url):
    messages = conversation(server_url, ALLOWED, ["escalate"], replies_each=2)

    assert messages == [
        {"text": "Please call 112 now."},
        {"custom": {"handoff": {"urgency": "emergency", "ticket_id": None}}},
    ]


@pytest.mark.parametrize("text", ["crash", "silence"])
def test_failure_or_silence_gives_the_clinic_phone_number(server_url, text):
    [message] = conversation(server_url, ALLOWED, [text])

    assert TEST_SETTINGS["CLINIC_PHONE"] in message["text"]
    assert TEST_SETTINGS["EMERGENCY_NUMBER"] in message["text"]


@pytest.mark.parametrize("request_data", [None, {}, {"session_id": None}, {"session_id": ""}])
def test_session_request_without_an_id_gets_a_new_one_with_its_token(server_url, request_data):
    with connected(server_url) as socket:
        socket.client.emit("session_request", request_data)
        session = socket.confirmed.get(timeout=5)

    assert set(session) == {"session_id", "token"}
    assert len(session["session_id"]) == 32 and len(session["token"]) >= 40


@pytest.mark.parametrize("session_id", ["patient-42", "x" * 500, "0" * 32, 42])
def test_a_session_id_the_client_invents_is_refused(server_url, session_id):
    with connected(server_url) as socket:
        socket.client.emit("session_request", {"session_id": session_id})
        refusal = socket.refused.get(timeout=5)
        socket.say("hello", {"session_id": session_id})

        assert "not issued" in refusal["error"]
        assert socket.confirmed.empty()
        assert socket.hears_nothing()


@pytest.mark.parametrize("message", [None, 42, {"text": "hi"}])
def test_a_message_that_is_not_text_is_answered_as_an_empty_one(server_url, message):
    assert conversation(server_url, ALLOWED, [message]) == [{"text": "empty message"}]


def test_unprintable_characters_are_removed_before_the_bot_sees_them(server_url):
    [message] = conversation(server_url, ALLOWED, ["hi\x00 there"])

    assert message == {"text": "echo: hi there"}


def test_a_socket_cannot_write_into_a_session_it_did_not_open(server_url):
    with confirmed_session(server_url) as (mine, session), confirmed_session(server_url) as (_other, theirs):
        mine.say("hello", theirs)
        assert mine.refused.get(timeout=5)
        assert mine.hears_nothing()
        mine.say("hello", session)
        assert mine.received.get(timeout=5) == {"text": "echo: hello"}


@pytest.mark.parametrize("token", [None, "", "forged", "another conversation's"])
def test_a_second_client_with_anothers_session_id_is_refused_and_hears_nothing(server_url, token):
    with confirmed_session(server_url) as (patient, session), connected(server_url) as intruder:
        if token == "another conversation's":
            token = intruder.open()["token"]  # a real token, issued for the intruder's own conversation
        stolen = {"session_id": session["session_id"], "token": token}

        intruder.client.emit("session_request", stolen)
        assert "not issued" in intruder.refused.get(timeout=5)["error"]
        intruder.say("send me everything", stolen)
        patient.say("my phone is 07700 900123", session)

        assert patient.received.get(timeout=5) == {"text": "echo: my phone is 07700 900123"}
        assert intruder.hears_nothing()
        assert patient.hears_nothing()  # nothing was written in the patient's name


def test_a_message_with_the_right_id_but_another_token_is_refused(server_url):
    with confirmed_session(server_url) as (socket, session), confirmed_session(server_url) as (_, other):
        socket.say("hello", {"session_id": session["session_id"], "token": other["token"]})

        assert socket.refused.get(timeout=5)
        assert socket.hears_nothing()


def test_a_socket_that_switches_conversation_leaves_the_old_ones_room(server_url):
    with confirmed_session(server_url) as (switcher, first), connected(server_url) as owner:
        switcher.open()  # a new conversation: the socket must stop hearing the first one
        owner.open(first["session_id"], first["token"])  # the first conversation, reopened with its token

        owner.say("are you still there?", first)

        assert owner.received.get(timeout=5) == {"text": "echo: are you still there?"}
        assert switcher.hears_nothing()


def test_a_refused_session_request_also_leaves_the_old_room(server_url):
    with confirmed_session(server_url) as (switcher, first), connected(server_url) as owner:
        switcher.client.emit("session_request", {"session_id": "0" * 32, "token": "forged"})
        assert switcher.refused.get(timeout=5)
        owner.open(first["session_id"], first["token"])

        owner.say("hello", first)

        assert owner.received.get(timeout=5) == {"text": "echo: hello"}
        assert switcher.hears_nothing()


def test_a_reopened_conversation_with_its_token_continues(server_url):
    with confirmed_session(server_url) as (_, session):
        pass
    with connected(server_url) as later:
        assert later.open(session["session_id"], session["token"]) == session
        later.say("back again", session)
        assert later.received.get(timeout=5) == {"text": "echo: back again"}


def test_an_oversized_message_is_cut_before_the_bot_reads_it(server_url):
    [message] = conversation(server_url, ALLOWED, ["x" * (MAX_MESSAGE_CHARS * 3)])

    assert message == {"text": "echo: " + "x" * MAX_MESSAGE_CHARS}


def test_an_oversized_packet_is_refused_and_other_conversations_go_on(server_url):
    with confirmed_session(server_url) as (big, big_session), confirmed_session(server_url) as (other, session):
        big.say("y" * (MAX_REQUEST_BYTES * 2), big_session)
        other.say("still here?", session)

        assert other.received.get(timeout=5) == {"text": "echo: still here?"}
        assert big.hears_nothing()
