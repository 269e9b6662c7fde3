"""A client of the assistant's REST channel, for the terminal chat and the tests.

    conversation = start_conversation("http://localhost:5005")
    replies = send(conversation, "does it hurt?")

The server picks the conversation id and gives it with its token
(assistant.chat_access); every message presents the token. Integrations
follow the same two steps (docs/web-chat.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List

import requests

CONVERSATIONS_PATH = "/webhooks/rest/conversations"
WEBHOOK_PATH = "/webhooks/rest/webhook"


@dataclass(frozen=True)
class RestConversation:
    rasa_url: str
    sender: str
    token: str


def start_conversation(rasa_url: str, timeout: float = 30) -> RestConversation:
    """A new conversation, its id and token issued by the Rasa server at `rasa_url`."""
    response = requests.post(f"{rasa_url}{CONVERSATIONS_PATH}", timeout=timeout)
    response.raise_for_status()
    body = response.json()
    return RestConversation(rasa_url, body["sender"], body["token"])


def post_message(conversation: RestConversation, text: str | None, timeout: float = 30) -> requests.Response:
    """POST one message with the conversation's token; the raw response."""
    return requests.post(
        f"{conversation.rasa_url}{WEBHOOK_PATH}",
        json={"sender": conversation.sender, "message": text},
        headers={"Authorization": f"Bearer {conversation.token}"},
        timeout=timeout,
    )


def send(conversation: RestConversation, text: str, timeout: float = 30) -> List[dict]:
    """The bot's messages in reply to `text` (raises requests' HTTPError on a refusal)."""
    response = post_message(conversation, text, timeout)
    response.raise_for_status()
    return response.json()
