"""Who may speak in, and read, a patient's conversation.

A conversation belongs to the browser (or integration) that started it. The
server, never the client, picks the conversation id: a random 128-bit hex
string, so it carries no phone number, email or message text. With the id it
hands out a token, an HMAC-SHA256 of the id under a server-side key
(CHAT_TOKEN_KEY, or one generated into var/chat.key). Every later call —
socket.io ``session_request`` and ``user_uttered``, a REST webhook POST —
presents both, and `ConversationTokens.verify` checks them in constant time.
The token is stateless, so nothing is stored until the patient writes, and
every Rasa server that shares the key accepts it; changing the key ends every
conversation's access (the web chat then starts a new one).

`origin_problem` is the browser-side half: which web pages may open a chat
(CHAT_ALLOWED_ORIGINS). A token stops a stranger who does not hold it; the
origin check stops another website from driving the chat through a patient's
own browser.

Nothing here imports Rasa; rasa_addons/channels.py applies these checks.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Collection

from assistant.key_files import load_or_create_key
from assistant.settings import PROJECT_ROOT, Settings

KEY_FILE = PROJECT_ROOT / "var" / "chat.key"
# Versioned, so a future token format can be told apart (and tokens for other
# purposes signed with the same key can never pass as these).
_PURPOSE = b"clinic-chat-conversation/v1:"
_CONVERSATION_ID = re.compile(r"^[0-9a-f]{32}$")
_MAX_TOKEN_LENGTH = 100

# What a refused client is told: enough to fix an integration, nothing about why a given token failed.
NOT_YOURS = (
    "This conversation id was not issued with this token. Start a new conversation "
    "(socket.io: session_request without a session_id; REST: POST /webhooks/rest/conversations) "
    "and present the token it returns."
)
NO_TOKEN = (
    "A conversation token is required: start a conversation with POST /webhooks/rest/conversations "
    "and send its token as 'Authorization: Bearer <token>'."
)


@dataclass(frozen=True)
class ConversationPass:
    """A new conversation's id and the token that proves whoever holds it started it."""

    conversation_id: str
    token: str


class ConversationTokens:
    """Issues conversation ids with their tokens and checks presented pairs."""

    def __init__(self, key: str) -> None:
        if not key:
            raise ValueError("a conversation token key must not be empty")
        self._key = key.encode("utf-8")

    def issue(self) -> ConversationPass:
        conversation_id = uuid.uuid4().hex
        return ConversationPass(conversation_id, self.token_for(conversation_id))

    def token_for(self, conversation_id: str) -> str:
        digest = hmac.new(self._key, _PURPOSE + conversation_id.encode("utf-8"), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def verify(self, conversation_id: object, token: object) -> bool:
        """True only for an id this server issued and its own token (any
        other value, of any type, is False)."""
        if not isinstance(conversation_id, str) or not _CONVERSATION_ID.match(conversation_id):
            return False
        if not isinstance(token, str) or not 0 < len(token) <= _MAX_TOKEN_LENGTH or not token.isascii():
            return False
        return hmac.compare_digest(self.token_for(conversation_id), token)


def conversation_tokens(settings: Settings, key_file: Path = KEY_FILE) -> ConversationTokens:
    """The tokens of CHAT_TOKEN_KEY, or of the key kept in `key_file` (created 0600 if missing)."""
    key = str(settings.chat_token_key) if settings.chat_token_key else load_or_create_key(key_file)
    return ConversationTokens(key)


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, or None."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def origin_problem(origin: str | None, allowed: Collection[str], *, browser_only: bool) -> str | None:
    """Why a request from `origin` (its Origin header) is refused, or None.

    A listed origin passes. Any other origin — another website, "null" from a
    sandboxed frame or a file — is refused. A missing Origin is refused on
    `browser_only` endpoints (socket.io: browsers always send one there); on
    the REST webhook it is a program, not a browser page, and it must hold a
    conversation token anyway.
    """
    if origin is None or origin == "":
        if browser_only:
            return "The request has no Origin header; the chat only answers the clinic's web pages."
        return None
    if origin.rstrip("/") in allowed:
        return None
    return "This web page is not allowed to open the chat (CHAT_ALLOWED_ORIGINS)."
