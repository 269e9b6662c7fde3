"""A patient's browser as the widget behaves, for the cluster tests: a
python-socketio client (long-polling, keeping HAProxy's cookie like a
browser) that reconnects after a lost connection, asks for its own
conversation again with its token, and sends again, marked "resent", every
message the server did not acknowledge."""

from __future__ import annotations

import functools
import queue
import threading
import time
import uuid
from typing import Any, Dict, List

import socketio

ACK_WAIT_SECONDS = 0.2  # how often a waiting send looks whether the connection dropped


def _acknowledge(message_id: str, acknowledged: threading.Event, ack: Any = None) -> None:
    if isinstance(ack, dict) and ack.get("message_id") == message_id:
        acknowledged.set()


class Patient:
    def __init__(self, url: str, origin: str) -> None:
        self.url = url
        self.origin = origin
        self.session: Dict[str, str] | None = None
        self.replies: queue.Queue[dict] = queue.Queue()
        self.resent = 0  # messages sent again after a lost connection
        self._confirmed = threading.Event()
        self._connections = 0  # counts connections, so a send notices one that dropped
        self.client = socketio.Client(reconnection=True, reconnection_delay=0.2, reconnection_delay_max=1.0)
        self.client.on("connect", self._on_connect)
        self.client.on("disconnect", self._on_disconnect)
        self.client.on("session_confirm", self._on_confirm)
        self.client.on("bot_uttered", self.replies.put)

    def open(self, timeout: float = 60) -> Patient:
        self.client.connect(self.url, headers={"Origin": self.origin}, transports=["polling"], wait_timeout=10)
        if not self._confirmed.wait(timeout):
            raise AssertionError("no session_confirm")
        return self

    def close(self) -> None:
        self.client.eio.disconnect(abort=True)

    @property
    def sender(self) -> str:
        assert self.session is not None
        return self.session["session_id"]

    def _on_connect(self) -> None:
        self._connections += 1
        self.client.emit("session_request", self.session or {"session_id": None, "token": None})

    def _on_disconnect(self, *_: Any) -> None:
        self._confirmed.clear()

    def _on_confirm(self, session: Dict[str, str]) -> None:
        self.session = {"session_id": session["session_id"], "token": session["token"]}
        self._confirmed.set()

    def send(self, text: str, timeout: float = 180) -> None:
        """Send `text` until the server acknowledges it, across reconnections."""
        message_id = uuid.uuid4().hex
        deadline = time.monotonic() + timeout
        resent = False
        while time.monotonic() < deadline:
            if not self._confirmed.wait(max(deadline - time.monotonic(), 0)):
                break
            acknowledged = threading.Event()
            connection = self._connections

            on_ack = functools.partial(_acknowledge, message_id, acknowledged)

            try:
                self.client.emit(
                    "user_uttered",
                    {"message": text, "message_id": message_id, "resent": resent, **(self.session or {})},
                    callback=on_ack,
                )
            except socketio.exceptions.SocketIOError:
                pass  # not connected: wait for the reconnection
            while time.monotonic() < deadline and not acknowledged.is_set():
                if self._connections != connection or not self._confirmed.is_set():
                    break  # the connection dropped: this copy may be lost
                acknowledged.wait(ACK_WAIT_SECONDS)
            if acknowledged.is_set():
                return
            resent = True
            self.resent += 1
        raise AssertionError(f"{text!r} was not acknowledged within {timeout} s")

    def heard(self) -> List[dict]:
        """Everything received so far."""
        out = []
        while True:
            try:
                out.append(self.replies.get_nowait())
            except queue.Empty:
                return out
