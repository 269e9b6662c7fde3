"""The console's calls to the Rasa server's takeover route (see assistant.takeover.requests)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict

import requests

from assistant.action_server_auth import auth_headers
from assistant.takeover.state import StaffMember

ROUTE = "/webhooks/socketio/takeover/"
TIMEOUT_SECONDS = 10


class TakeoverUnavailable(RuntimeError):
    """The Rasa server could not be reached or refused the step; the message is for staff."""


@dataclass(frozen=True)
class TakeoverClient:
    base_url: str  # the Rasa server, e.g. http://127.0.0.1:5005
    token: str

    def send(self, step: str, conversation_id: str, staff: StaffMember, **extra: Any) -> Dict[str, Any]:
        body = {"conversation_id": conversation_id, "staff": staff.as_dict(), **extra}
        try:
            answer = requests.post(
                self.base_url.rstrip("/") + ROUTE + step,
                json=body,
                headers=auth_headers(self.token),
                timeout=TIMEOUT_SECONDS,
            )
        except requests.RequestException as error:
            raise TakeoverUnavailable("The chat server could not be reached; try again in a moment.") from error
        try:
            payload = answer.json()
        except ValueError:
            payload = {}
        if answer.status_code != 200:
            raise TakeoverUnavailable(str(payload.get("error") or f"The chat server answered {answer.status_code}."))
        return payload if isinstance(payload, dict) else {}
