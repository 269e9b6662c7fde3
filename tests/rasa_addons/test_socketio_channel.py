"""The socket.io channel against a real Sanic server and python-socketio
clients: the origin check, the escalation payload, never silence."""

from __future__ import annotations

import asyncio
import os
import queue
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
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


@pytest.fixture(scope="module")
def server_url(tmp_path_factory) -> Iterator[str]:
    port = free_port()
    log_path = tmp_path_factory.mktemp("socketio") / "server.log"
    env = {
        **os.environ,
        **TEST_SETTINGS,
        "CHAT_ALLOWED_ORIGINS": f"{ALLOWED}, http://other.example",
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
    assert "not an accepted origin" in reply.text
    assert "Access-Control-Allow-Origin" not in reply.headers


@contextmanager
def confirmed_session(url: str, origin: str, session_id: str) -> Iterator[Tuple[socketio.Client, queue.Queue]]:
    """Connect as a browser on `origin` would (long-polling: python-engineio's
    asyncio WebSocket client needs a newer aiohttp than Rasa pins) and open
    `session_id`; yields the client and the queue of the bot's messages."""
    client = socketio.Client(reconnection=False)
    received: queue.Queue = queue.Queue()
    confirmed: queue.Queue = queue.Queue()
    client.on("session_confirm", confirmed.put)
    client.on("bot_uttered", received.put)
    client.connect(url, headers={"Origin": origin}, transports=["polling"], wait_timeout=5)
    try:
        client.emit("session_request", {"session_id": session_id})
        assert confirmed.get(timeout=5) == session_id
        yield client, received
    finally:
        # abort: don't wait up to a ping interval for the pending long-poll to return
        client.eio.disconnect(abort=True)


def conversation(url: str, origin: str, texts: List[Any], replies_each: int = 1) -> List[dict]:
    """Send each text in a new session and collect the bot's messages."""
    with confirmed_session(url, origin, "patient-42") as (client, received):
        messages = []
        for text in texts:
            client.emit("user_uttered", {"message": text, "session_id": "patient-42"})
            messages.extend(received.get(timeout=5) for _ in range(replies_each))
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


@pytest.mark.parametrize("request_data", [None, {}, {"session_id": None}, {"session_id": "x" * 500}])
def test_session_request_without_a_usable_id_gets_a_new_one(server_url, request_data):
    client = socketio.Client(reconnection=False)
    confirmed: queue.Queue = queue.Queue()
    client.on("session_confirm", confirmed.put)
    client.connect(server_url, headers={"Origin": ALLOWED}, transports=["polling"], wait_timeout=5)
    try:
        client.emit("session_request", request_data)
        session_id = confirmed.get(timeout=5)
    finally:
        client.eio.disconnect(abort=True)

    assert len(session_id) == 32


@pytest.mark.parametrize("message", [None, 42, {"text": "hi"}])
def test_a_message_that_is_not_text_is_answered_as_an_empty_one(server_url, message):
    assert conversation(server_url, ALLOWED, [message]) == [{"text": "empty message"}]


def test_unprintable_characters_are_removed_before_the_bot_sees_them(server_url):
    [message] = conversation(server_url, ALLOWED, ["hi\x00 there"])

    assert message == {"text": "echo: hi there"}


def test_a_socket_cannot_write_into_a_session_it_did_not_open(server_url):
    with confirmed_session(server_url, ALLOWED, "mine-123") as (client, received):
        client.emit("user_uttered", {"message": "hello", "session_id": "someone-elses-456"})
        with pytest.raises(queue.Empty):
            received.get(timeout=2)
        client.emit("user_uttered", {"message": "hello", "session_id": "mine-123"})
        assert received.get(timeout=5) == {"text": "echo: hello"}
