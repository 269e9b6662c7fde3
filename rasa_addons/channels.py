"""Rasa's REST channel with input validation and a reply that is never empty."""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request

from assistant.input_checks import clean_message_text
from assistant.settings import load_settings

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
        settings = load_settings()
        self._failure_reply = (
            "Sorry, something went wrong on our side and I couldn't answer. "
            f"Please call {settings.clinic_name} on {settings.clinic_phone}. "
            f"If you feel very unwell, call {settings.emergency_number} now."
        )

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
