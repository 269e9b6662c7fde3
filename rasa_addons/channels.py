"""Rasa's REST and socket.io channels with input validation and a reply that is never empty."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any, Awaitable, Callable, Dict, List

from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic_cors.core import SANIC_CORS_EVALUATED
from socketio import AsyncServer

from assistant.input_checks import clean_message_text
from assistant.settings import Settings, load_settings

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


def failure_reply(settings: Settings) -> str:
    """What the patient reads when answering failed: never silence, always the phone number."""
    return (
        "Sorry, something went wrong on our side and I couldn't answer. "
        f"Please call {settings.clinic_name} on {settings.clinic_phone}. "
        f"If you feel very unwell, call {settings.emergency_number} now."
    )


class ClinicRestInput(RestInput):
    """Serves /webhooks/rest/webhook like Rasa's RestInput, but

    - refuses malformed bodies with 400 and a JSON explanation instead of a
      500 or an empty answer, and never lets requests without a sender share
      Rasa's "default" conversation;
    - removes characters no database can store from the text;
    - if handling the message fails or produces no reply, answers with the
      clinic's phone number instead of silence (the failure is logged).
    """

    @classmethod
    def name(cls) -> str:
        return "rest"

    def __init__(self) -> None:
        self._failure_reply = failure_reply(load_settings())

    def _extract_message(self, req: Request) -> str | None:
        return clean_message_text(req.json["message"])

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        async def handle_or_apologise(message: UserMessage) -> None:
            collector = message.output_channel
            try:
                await on_new_message(message)
            except Exception:
                logger.exception("Handling a REST message failed; the patient was given the phone number.")
                await collector.send_text_message(message.sender_id, self._failure_reply)
                return
            if isinstance(collector, CollectingOutputChannel) and not collector.messages:
                logger.error("A REST message produced no reply; the patient was given the phone number.")
                await collector.send_text_message(message.sender_id, self._failure_reply)

        webhook = super().blueprint(handle_or_apologise)

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
      counts as empty), and if handling a message fails or produces no
      reply, the patient gets the clinic's phone number instead of silence
      (the failure is logged).
    """

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = load_settings()
        self.allowed_origins: List[str] = list(settings.allowed_origins)
        self._failure_reply = failure_reply(settings)

    def get_output_channel(self) -> OutputChannel | None:
        if self.sio is None:
            return super().get_output_channel()
        return ClinicSocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)
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
            try:
                await on_new_message(message)
            except Exception:
                logger.exception("Handling a socket.io message failed; the patient was given the phone number.")
                await output.send_text_message(sender_id, self._failure_reply)
                return
            if not output.sent:
                logger.error("A socket.io message produced no reply; the patient was given the phone number.")
                await output.send_text_message(sender_id, self._failure_reply)

        return socketio_webhook
