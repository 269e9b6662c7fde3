"""Rasa's REST and socket.io channels: conversations that belong to whoever
started them (assistant.chat_access), bounded input, and a reply that is never empty."""

from __future__ import annotations

import json
import logging
from typing import Any, Awaitable, Callable, Dict, List

from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic_cors.core import SANIC_CORS_EVALUATED
from socketio import AsyncServer

from assistant import log_redaction
from assistant.action_server_auth import action_server_token, auth_headers
from assistant.chat_access import (
    NO_TOKEN,
    NOT_YOURS,
    ConversationPass,
    ConversationTokens,
    bearer_token,
    conversation_tokens,
    origin_problem,
)
from assistant.input_checks import capped, clean_message_text
from assistant.redelivery import message_id_from
from assistant.settings import Settings, load_settings
from rasa_addons.action_calls import ActionCallGuard
from rasa_addons.payload_gate import PayloadGate
from rasa_addons.redelivery import Redelivery
from rasa_addons.socketio_manager import share_rooms_through_redis
from rasa_addons.takeover import desk as takeover_desk

logger = logging.getLogger(__name__)

MAX_SENDER_LENGTH = 128


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


def chat_text(text: Any, max_chars: int) -> str:
    """The text Rasa gets: a message that is not text counts as empty, characters
    no database can store are removed, and it is cut to `max_chars` before the NLU."""
    if not isinstance(text, str):
        return ""
    cleaned = clean_message_text(text)
    if len(cleaned) > max_chars:
        # The length only: the text is the patient's.
        logger.info("A chat message of %d characters was cut to %d before understanding.", len(cleaned), max_chars)
    return capped(cleaned, max_chars)


def limit_request_size(blueprint: Blueprint, max_bytes: int) -> None:
    """Refuse request bodies over `max_bytes` with 413 (Sanic's default is 100 MB).
    Sanic reads the limit for each new connection, so setting it before the
    server starts covers every route of the app."""

    @blueprint.listener("before_server_start")
    async def set_limit(app: Sanic, _loop: Any) -> None:
        app.config.REQUEST_MAX_SIZE = max_bytes


class ClinicRestInput(RestInput):
    """Serves /webhooks/rest/webhook like Rasa's RestInput, for integrations
    and tools (the terminal chat, tests, benchmarks), but

    - a conversation is started with POST /webhooks/rest/conversations, which
      returns a server-chosen id ("sender") and its token; every webhook call
      presents the token as ``Authorization: Bearer <token>``, so an id the
      client invents or learnt is refused (401 without a token, 403 with
      another conversation's);
    - a request from a web page not in CHAT_ALLOWED_ORIGINS is refused (403),
      and the body must be sent as application/json (415 otherwise), so no
      other website can write into a conversation through a patient's browser
      (a form or ``text/plain`` POST);
    - refuses malformed bodies with 400 and a JSON explanation instead of a
      500 or an empty answer, and never lets requests without a sender share
      Rasa's "default" conversation;
    - removes characters no database can store from the text and cuts it to
      CHAT_MAX_MESSAGE_CHARS before the NLU; bodies over
      CHAT_MAX_REQUEST_BYTES are refused (413);
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
        self._tokens = conversation_tokens(settings)
        self._allowed_origins = settings.allowed_origins
        self._max_chars = settings.chat_max_message_chars
        self._max_request_bytes = settings.chat_max_request_bytes
        self._failure_reply = failure_reply(settings)
        self._payloads = PayloadGate()
        self._action_calls = action_call_guard(settings)
        self._takeover = takeover_desk()

    def _extract_message(self, req: Request) -> str | None:
        return chat_text(req.json["message"], self._max_chars)

    def _refusal(self, request: Request) -> HTTPResponse | None:
        """The answer to a request that may not reach a conversation, or None."""
        problem = origin_problem(request.headers.get("origin"), self._allowed_origins, browser_only=False)
        if problem:
            return response.json({"error": problem}, status=403)
        if request.path.endswith("/conversations"):
            return None
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            return response.json({"error": "The body must be sent as Content-Type: application/json."}, status=415)
        try:
            body = request.json
        except Exception:
            body = None
        problem = request_problem(body)
        if problem:
            return response.json({"error": problem}, status=400)
        token = bearer_token(request.headers.get("authorization"))
        if token is None:
            return response.json({"error": NO_TOKEN}, status=401)
        if not self._tokens.verify(body["sender"], token):
            logger.warning("A REST message for a conversation without its token was refused.")
            return response.json({"error": NOT_YOURS}, status=403)
        return None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        on_new_message = self._action_calls.wrap(self._takeover.wrap(on_new_message))

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
            if self._takeover.silenced(message):
                return  # staff hold the conversation: no reply is the point
            if isinstance(collector, CollectingOutputChannel) and not collector.messages:
                logger.error("A REST message produced no reply; the patient was given the phone number.")
                await collector.send_text_message(message.sender_id, self._failure_reply)

        webhook = super().blueprint(handle_or_apologise)
        self._payloads.attach(webhook)
        self._action_calls.attach(webhook)
        limit_request_size(webhook, self._max_request_bytes)

        @webhook.route("/conversations", methods=["POST"])
        async def start_conversation(request: Request) -> HTTPResponse:
            started = self._tokens.issue()
            return response.json({"sender": started.conversation_id, "token": started.token}, status=201)

        @webhook.middleware("request")
        async def validate(request: Request) -> HTTPResponse | None:
            if request.method != "POST" or not request.path.endswith(("/webhook", "/conversations")):
                return None
            return self._refusal(request)

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
      ``cors_allowed_origins=[]``, which switches the check off), a request
      without one is refused here, and CORS for /socket.io/ is answered here
      alone, whatever `rasa run --cors` says;
    - a conversation belongs to the browser that started it
      (assistant.chat_access): ``session_request`` without a ``session_id``
      gets a new id and its token in ``session_confirm``
      (``{"session_id", "token"}``); one with a ``session_id`` must present
      its token, and ``user_uttered`` must carry the confirmed id and its
      token, or the socket gets ``session_refused`` (``{"error"}``) and
      nothing else. A socket is in one conversation's room at a time: a new
      ``session_request`` leaves the old room first (Rasa 3.6 also forgets to
      await python-socketio 5's ``enter_room``, so with session_persistence
      no reply ever arrived);
    - custom payloads (the escalation payload) are delivered, see
      ClinicSocketIOOutput;
    - the text is cleaned and cut as in the REST channel (a message that is
      not text counts as empty), packets over CHAT_MAX_REQUEST_BYTES are
      refused, button syntax is checked as in the REST channel
      (PayloadGate), and if handling a message fails or produces no reply,
      the patient gets the clinic's phone number instead of silence (the
      failure is logged);
    - action-server calls are bounded as in the REST channel (ActionCallGuard);
    - staff can take a conversation over (rasa_addons/takeover.py): the
      internal route /webhooks/socketio/takeover/<step> is on this blueprint
      and a staff-held conversation gets no bot reply and no phone-number guard;
    - with REDIS_URL, rooms are shared with the other Rasa servers
      (rasa_addons/socketio_manager.py), so a reply, staff line or notice
      emitted by any server reaches the patient's socket;
    - ``user_uttered`` may carry a ``message_id`` the browser chose; Rasa
      stores it, the acknowledgement returns it once the turn is stored
      (``{"message_id"}``), and a message sent again with ``"resent": true``
      after a lost connection is answered once (assistant/redelivery.py).
    """

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = load_settings()
        log_redaction.install(settings)  # Rasa has set up its logging by the time channels are made
        self.allowed_origins: List[str] = list(settings.allowed_origins)
        self._tokens: ConversationTokens = conversation_tokens(settings)
        self._max_chars = settings.chat_max_message_chars
        self._max_request_bytes = settings.chat_max_request_bytes
        self._failure_reply = failure_reply(settings)
        self._payloads = PayloadGate()
        self._action_calls = action_call_guard(settings)
        self._takeover = takeover_desk()
        self._redis_url = str(settings.redis_url)
        self._redelivery = Redelivery()

    def get_output_channel(self) -> OutputChannel | None:
        if self.sio is None:
            return super().get_output_channel()
        return ClinicSocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        on_new_message = self._action_calls.wrap(self._takeover.wrap(on_new_message))
        socketio_webhook = super().blueprint(on_new_message)
        if self._redis_url:
            share_rooms_through_redis(self.sio, socketio_webhook, self._redis_url)
        self._payloads.attach(socketio_webhook)
        self._redelivery.attach(socketio_webhook)
        self._action_calls.attach(socketio_webhook)
        limit_request_size(socketio_webhook, self._max_request_bytes)
        sio = self.sio
        namespace = self.namespace
        self._takeover.attach(socketio_webhook, sio, namespace, self.bot_message_evt)
        # The server Rasa just built; python-engineio reads the list on every
        # request, refuses other origins and sends the CORS headers itself.
        sio.eio.cors_allowed_origins = self.allowed_origins
        # Long-polling bodies and WebSocket messages alike.
        sio.eio.max_http_buffer_size = self._max_request_bytes
        handle_request = sio.eio.handle_request

        async def handle_request_with_own_cors(request: Request, *args: Any, **kwargs: Any) -> Any:
            # python-engineio lets a request without an Origin through; browsers
            # always send one to the chat server, so a connection cannot be opened
            # without one. Later requests name the connection (its unguessable sid),
            # and python-engineio still refuses them from any other origin.
            opening = "sid" not in request.args
            problem = origin_problem(request.headers.get("origin"), self.allowed_origins, browser_only=opening)
            if problem:
                return response.text(problem, status=400)
            # Tell sanic-cors (`rasa run --cors`) that CORS is done here: a
            # second Access-Control-Allow-Origin header makes browsers refuse the reply.
            setattr(request.ctx, SANIC_CORS_EVALUATED, "1")
            return await handle_request(request, *args, **kwargs)

        sio.eio.handle_request = handle_request_with_own_cors  # attached to the app when the blueprint registers

        async def refuse(sid: str) -> None:
            await sio.emit("session_refused", {"error": NOT_YOURS}, room=sid, namespace=namespace)

        async def leave_conversations(sid: str) -> None:
            for room in sio.rooms(sid, namespace=namespace):
                if room != sid:  # every socket is alone in a room named after itself
                    await sio.leave_room(sid, room, namespace=namespace)

        # Replaces Rasa's handler (see the class docstring).
        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: str, data: Dict[str, Any] | None = None) -> None:
            data = data if isinstance(data, dict) else {}
            requested = data.get("session_id")
            # Whatever happens next, this socket no longer hears or speaks for its previous conversation.
            await leave_conversations(sid)
            await sio.save_session(sid, {}, namespace=namespace)
            if requested is None or requested == "":
                granted = self._tokens.issue()
            elif self._tokens.verify(requested, data.get("token")):
                granted = ConversationPass(requested, data["token"])
            else:
                logger.warning("A socket.io session_request for a conversation without its token was refused.")
                await refuse(sid)
                return
            if self.session_persistence:
                await sio.enter_room(sid, granted.conversation_id, namespace=namespace)
            await sio.save_session(sid, {"session_id": granted.conversation_id}, namespace=namespace)
            await sio.emit(
                "session_confirm",
                {"session_id": granted.conversation_id, "token": granted.token},
                room=sid,
                namespace=namespace,
            )

        # Replaces Rasa's handler: only the confirmed conversation, with its
        # token; a message that is not text is an empty one (which gets its
        # own polite answer) instead of an error and silence.
        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: str, data: Dict[str, Any] | None = None) -> Dict[str, str] | None:
            data = data if isinstance(data, dict) else {}
            sender_id = sid
            if self.session_persistence:
                sender_id = data.get("session_id")
                confirmed = (await sio.get_session(sid, namespace=namespace)).get("session_id")
                if sender_id is None or sender_id != confirmed or not self._tokens.verify(sender_id, data.get("token")):
                    logger.warning("A socket.io message without its conversation's token was refused.")
                    await refuse(sid)
                    return None
            # The browser's id for this message: stored with it, returned in the
            # acknowledgement, and how a copy sent again is recognised.
            message_id = message_id_from(data.get("message_id"))
            acknowledgement = {"message_id": message_id}
            if data.get("resent") is True:
                stored = await self._redelivery.stored_replies(sender_id, message_id)
                if stored is not None:
                    # Answered and stored already (the first copy's server may have
                    # died before this socket heard the replies): send them again, to
                    # this socket only, and do not answer twice.
                    replay = ClinicSocketIOOutput(sio, self.bot_message_evt)
                    for reply in stored:
                        await replay.send_response(sid, reply)
                    return acknowledgement
            metadata = data.get(self.metadata_key)
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = None
            output = ClinicSocketIOOutput(sio, self.bot_message_evt)
            message = UserMessage(
                chat_text(data.get("message"), self._max_chars),
                output,
                sender_id,
                input_channel=self.name(),
                message_id=message_id,
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
                    return acknowledgement
            if not output.sent and not self._takeover.silenced(message):
                logger.error("A socket.io message produced no reply; the patient was given the phone number.")
                await output.send_text_message(sender_id, self._failure_reply)
            return acknowledgement

        return socketio_webhook
