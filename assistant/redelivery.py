"""A chat message sent twice is answered once.

A browser that loses its connection before the server confirms a message
(a server killed mid-turn, a network drop) sends it again after
reconnecting, possibly to another Rasa server. Each message carries an id
the browser chose; Rasa stores it on the patient's `user` event
(`message_id`). If the conversation already holds that id, the first copy
was answered and stored: the copy is not answered again, and the replies
stored after it are sent to the reconnected socket instead, so the patient
sees them even if the first delivery never reached the screen.

A copy whose first delivery was never stored (its server died before
saving the turn) is answered as new: nothing the patient wrote is lost.
"""

from __future__ import annotations

import re
import uuid
from typing import Any, Dict, Iterable, List

# What a browser may use as a message id: letters, digits, "-" and "_", as
# uuid4 or random hex gives. Anything else is replaced by a server-made id
# (the message is still answered; it just cannot be recognised if resent).
_CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def message_id_from(client_value: Any) -> str:
    """The id to store for a message: the browser's if well formed, else a new one."""
    if isinstance(client_value, str) and _CLIENT_ID.match(client_value):
        return client_value
    return uuid.uuid4().hex


def replies_after(events: Iterable[Dict[str, Any]], message_id: str) -> List[Dict[str, Any]] | None:
    """If the serialised events hold the patient's message `message_id`, the
    bot messages stored after it (until the patient's next message) as
    message dictionaries (bot_payload); None if the message is not stored."""
    replies: List[Dict[str, Any]] | None = None
    for event in events:
        kind = event.get("event")
        if kind == "user":
            if replies is not None:
                break  # the next message of the patient: its replies are its own
            if event.get("message_id") == message_id:
                replies = []
        elif kind == "bot" and replies is not None:
            replies.append(bot_payload(event))
    return replies


def bot_payload(event: Dict[str, Any]) -> Dict[str, Any]:
    """A stored bot event as the message dictionary Rasa's output channels
    send (`OutputChannel.send_response`): its text plus its buttons, custom
    data and the rest that Rasa keeps under "data"."""
    data = {key: value for key, value in (event.get("data") or {}).items() if value}
    return {**data, "text": event.get("text")} if event.get("text") else data
