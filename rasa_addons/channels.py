"""Rasa's REST and socket.io channels with input validation and a reply that is never empty."""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from typing import Any, Awaitable, Callable, Dict, FrozenSet, Iterable, List

from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from rasa.shared.core.events import BotUttered, Event, UserUttered
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic_cors.core import SANIC_CORS_EVALUATED
from socketio import AsyncServer

from assistant import log_redaction
from assistant.action_server_auth import action_server_token, auth_headers
from assistant.input_checks import clean_message_text
from assistant.payloads import Verdict, decide, looks_like_payload, offered_payloads
from assistant.settings import Settings, load_settings
from rasa_addons.action_calls import ActionCallGuard

logger = logging.getLogger(__name__)

MAX_SENDER_LENGTH = 128
# How long the payload check waits for the conversation's previous turn and
# its tracker before it reads the message as plain text.
PAYLOAD_LOOKUP_SECONDS = 10.0


def request_problem(body: Any) -> str | None:
    """Why a webhook body cannot be handled, or None if it can."""
    if not isinstance(body, dict):
        return 'The body must be a JSON object: {"sender": "<conversation id>", "message": "<text>"}.'
    sender = body.get("sender")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_LENGTH:
        return f'"sender" must be a non-empty string of at most {MAX_SENDER_LENGTH} characters.'
    if not isinstance(body.get("message"), str):
        return '"message" must be a string (it may be empty).'
    return None


def action_failure_reply(settings: Settings) -> str:
    """What the patient reads after a turn in which an action failed. It may
    follow a reply that did go out (an emergency reply, whose ticket action
    failed), so it never says "I couldn't answer"."""
    return (
        "Sorry, part of our system didn't respond just now, but your message is saved and the team will see it. "
        f"If you need the clinic, please call {settings.clinic_name} on {settings.clinic_phone}. "
        f"If you feel very unwell, call {settings.emergency_number} now."
    )


def failure_reply(settings: Settings) -> str:
    """What the patient reads when answering failed: never silence, always the phone number."""
    return (
        "Sorry, something went wrong on our side and I couldn't answer. "
        f"Please call {settings.clinic_name} on {settings.clinic_phone}. "
        f"If you feel very unwell, call {settings.emergency_number} now."
    )


def action_call_guard(settings: Settings) -> ActionCallGuard:
    """Bounded, authenticated action calls with an apology when one fails."""
    return ActionCallGuard(
        action_failure_reply(settings),
        settings.action_timeout_seconds,
        headers=auth_headers(action_server_token(settings)),
    )


def latest_reply_events(events: Iterable[Event]) -> List[Dict[str, Any]]:
    """The patient's last message and the bot messages after it, oldest first,
    in the serialised shape assistant.payloads reads (only what it reads)."""
    tail: List[Dict[str, Any]] = []
    for event in reversed(list(events)):
        if isinstance(event, UserUttered):
            tail.append({"event": "user", "timestamp": event.timestamp})
            break
        if isinstance(event, BotUttered):
            tail.append({"event": "bot", "timestamp": event.timestamp, "data": event.data})
    tail.reverse()
    return tail


class PayloadGate:
    """Lets a message in Rasa's button syntax ("/intent{...}") through only
    if it is a button the assistant offered with its latest reply; any other
    is handed to Rasa as plain text (assistant.payloads has the rules and why).

    Only messages starting with "/" cost a look-up. It waits for the
    conversation's lock, so a turn still being answered (whose buttons the
    web chat may already show) is saved first; if the tracker cannot be read
    in time, the message is plain text.
    """

    def __init__(self, app: Any = None) -> None:
        self._app = app  # set by `attach` when the server starts

    def attach(self, blueprint: Blueprint) -> None:
        """Remember the app the channel is registered on: its `ctx.agent` is
        Rasa's agent (rasa/server.py), whose tracker store holds the conversation."""

        @blueprint.listener("before_server_start")
        async def remember_app(app: Sanic, _loop: Any) -> None:
            self._app = app

    async def text_for_rasa(self, sender_id: str, text: str) -> str:
        if not looks_like_payload(text):
            return text
        decision = decide(text, await self._offered(sender_id))
        if decision.verdict is Verdict.NEUTRALISED:
            # No patient text in the log: it is untrusted and may be personal.
            logger.info("A message in button syntax that was not an offered button was read as plain text.")
        return decision.text

    async def _offered(self, sender_id: str) -> FrozenSet[str]:
        agent = getattr(self._app.ctx, "agent", None) if self._app is not None else None
        if agent is None or agent.tracker_store is None:
            return frozenset()
        try:
            return await asyncio.wait_for(self._read_offers(agent, sender_id), PAYLOAD_LOOKUP_SECONDS)
        except Exception:
            logger.warning(
                "Could not read the buttons offered to a conversation; the message is plain text.", exc_info=True
            )
            return frozenset()

    @staticmethod
    async def _read_offers(agent: Any, sender_id: str) -> FrozenSet[str]:
        # Short polls: the lock store's default waits a whole second between tries.
        async with agent.lock_store.lock(sender_id, wait_time_in_seconds=0.05):
            tracker = await agent.tracker_store.retrieve(sender_id)
        if tracker is None:
            return frozenset()
        session_config = getattr(agent.domain, "session_config", None)
        minutes = float(getattr(session_config, "session_expiration_time", 0) or 0)
        return offered_payloads(
            latest_reply_events(tracker.events), now=time.time(), session_expiration_minutes=minutes
        )


class ClinicRestInput(RestInput):
    """Serves /webhooks/rest/webhook like Rasa's RestInput, but

    - refuses malformed bodies with 400 and a JSON explanation instead of a
      500 or an empty answer, and never lets requests without a sender share
      Rasa's "default" conversation;
    - removes characters no database can store from the text;
    - reads a message in Rasa's button syntax as a button press only if the
      assistant offered that button (PayloadGate), otherwise as plain text;
    - if handling the message fails or produces no reply, answers with the
      clinic's phone number instead of silence (the failure is logged);
    - bounds every call to the action server (ACTION_TIMEOUT_SECONDS) and adds
      the phone number to a turn in which one failed (ActionCallGuard).
    """

    @classmethod
    def name(cls) -> str:
        return "rest"

    def __init__(self) -> None:
        settings = load_settings()
        log_redaction.install(settings)  # Rasa has set up its logging by the time channels are made
        self._failure_reply = failure_reply(settings)
        self._payloads = PayloadGate()
        self._action_calls = action_call_guard(settings)

    def _extract_message(self, req: Request) -> str | None:
        return clean_message_text(req.json["message"])

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        on_new_message = self._action_calls.wrap(on_new_message)

        async def handle_or_apologise(message: UserMessage) -> None:
            collector = message.output_channel
            with log_redaction.patient_text(message.text):  # nothing logged while answering repeats it
                try:
                    message.text = await self._payloads.text_for_rasa(message.sender_id, message.text or "")
                    with log_redaction.patient_text(message.text):  # as read by Rasa
                        await on_new_message(message)
                except Exception:
                    logger.exception("Handling a REST message failed; the patient was given the phone number.")
                    await collector.send_text_message(message.sender_id, self._failure_reply)
                    return
            if isinstance(collector, CollectingOutputChannel) and not collector.messages:
                logger.error("A REST message produced no reply; the patient was given the phone number.")
                await collector.send_text_message(message.sender_id, self._failure_reply)

        webhook = super().blueprint(handle_or_apologise)
        self._payloads.attach(webhook)
        self._action_calls.attach(webhook)

        @webhook.middleware("request")
        async def validate(request: Request):
            if request.method != "POST" or not request.path.endswith("/webhook"):
                return None
            try:
                body = request.json
            except Exception:
                body = None
            problem = request_problem(body)
            if problem:
                return response.json({"error": problem}, status=400)
            return None

        return webhook


class ClinicSocketIOOutput(SocketIOOutput):
    """Rasa's socket.io output, with custom payloads that reach the browser.

    Rasa 3.6 emits a custom payload as ``sio.emit(event, **payload)``, which
    turns ``{"handoff": {...}}`` into an unknown keyword argument of
    python-socketio's ``emit`` (TypeError: the escalation banner never
    arrives and the turn fails). Here it goes out as ``{"custom": payload}``,
    the same shape as in the REST channel's output.
    """

    def __init__(self, sio: AsyncServer, bot_message_evt: str) -> None:
        super().__init__(sio, bot_message_evt)
        self.sent = 0

    async def _send_message(self, socket_id: str, response: Any) -> None:
        self.sent += 1
        await super()._send_message(socket_id, response)

    async def send_custom_json(self, recipient_id: str, json_message: Dict[str, Any], **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"custom": json_message})


class ClinicSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel (same name, credentials and events), but

    - only the web pages in the CHAT_ALLOWED_ORIGINS setting may connect:
      python-engineio refuses any other ``Origin`` (Rasa passes
      ``cors_allowed_origins=[]``, which switches the check off) and answers
      CORS for /socket.io/ alone, whatever `rasa run --cors` says;
    - the browser joins its session's room (Rasa 3.6 forgets to await
      python-socketio 5's ``enter_room``, so with session_persistence no
      reply ever arrived), and a socket may only send messages for the
      session it was confirmed for (no writing into another conversation);
    - custom payloads (the escalation payload) are delivered, see
      ClinicSocketIOOutput;
    - the text is cleaned as in the REST channel (a message that is not text
      counts as empty), button syntax is checked as in the REST channel
      (PayloadGate), and if handling a message fails or produces no reply,
      the patient gets the clinic's phone number instead of silence (the
      failure is logged);
    - action-server calls are bounded as in the REST channel (ActionCallGuard).
    """

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = load_settings()
        log_redaction.install(settings)  # Rasa has set up its logging by the time channels are made
        self.allowed_origins: List[str] = list(settings.allowed_origins)
        self._failure_reply = failure_reply(settings)
        self._payloads = PayloadGate()
        self._action_calls = action_call_guard(settings)

    def get_output_channel(self) -> OutputChannel | None:
        if self.sio is None:
            return super().get_output_channel()
        return ClinicSocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        on_new_message = self._action_calls.wrap(on_new_message)
        socketio_webhook = super().blueprint(on_new_message)
        self._payloads.attach(socketio_webhook)
        self._action_calls.attach(socketio_webhook)
        sio = self.sio
        # The server Rasa just built; python-engineio reads the list on every
        # request, refuses other origins and sends the CORS headers itself.
        sio.eio.cors_allowed_origins = self.allowed_origins
        handle_request = sio.eio.handle_request

        async def handle_request_with_own_cors(request: Request, *args: Any, **kwargs: Any) -> Any:
            # Tell sanic-cors (`rasa run --cors`) that CORS is done here: a
            # second Access-Control-Allow-Origin header makes browsers refuse the reply.
            setattr(request.ctx, SANIC_CORS_EVALUATED, "1")
            return await handle_request(request, *args, **kwargs)

        sio.eio.handle_request = handle_request_with_own_cors  # attached to the app when the blueprint registers

        # Replaces Rasa's handler, which calls python-socketio 5's coroutine
        # `enter_room` without awaiting it: the browser never joins its
        # session's room and, with session_persistence, never gets a reply.
        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Dict[str, Any] | None = None) -> None:
            session_id = data.get("session_id") if isinstance(data, dict) else None
            if not isinstance(session_id, str) or not 0 < len(session_id) <= MAX_SENDER_LENGTH:
                session_id = uuid.uuid4().hex
            if self.session_persistence:
                await sio.enter_room(sid, session_id, namespace=self.namespace)
            # Messages from this socket may only speak for the session confirmed here.
            await sio.save_session(sid, {"session_id": session_id}, namespace=self.namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        # Replaces Rasa's handler: a message that is not text is an empty one
        # (which gets its own polite answer) instead of an error and silence.
        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Dict[str, Any] | None = None) -> None:
            data = data if isinstance(data, dict) else {}
            sender_id = sid
            if self.session_persistence:
                sender_id = data.get("session_id")
                confirmed = (await sio.get_session(sid, namespace=self.namespace)).get("session_id")
                if not isinstance(sender_id, str) or sender_id != confirmed:
                    logger.warning("A socket.io message for a session this socket did not open was ignored.")
                    return
            text = data.get("message")
            metadata = data.get(self.metadata_key)
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = None
            output = ClinicSocketIOOutput(sio, self.bot_message_evt)
            message = UserMessage(
                clean_message_text(text) if isinstance(text, str) else "",
                output,
                sender_id,
                input_channel=self.name(),
                metadata=metadata if isinstance(metadata, dict) else {},
            )
            with log_redaction.patient_text(message.text):  # nothing logged while answering repeats it
                try:
                    message.text = await self._payloads.text_for_rasa(sender_id, message.text or "")
                    with log_redaction.patient_text(message.text):  # as read by Rasa
                        await on_new_message(message)
                except Exception:
                    logger.exception("Handling a socket.io message failed; the patient was given the phone number.")
                    await output.send_text_message(sender_id, self._failure_reply)
                    return
            if not output.sent:
                logger.error("A socket.io message produced no reply; the patient was given the phone number.")
                await output.send_text_message(sender_id, self._failure_reply)

        return socketio_webhook
