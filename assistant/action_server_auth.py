"""The shared secret with which the Rasa server proves itself to the action server.

Without it, anything that could reach the action server's port could run any
action with a tracker of its choosing: open emergency tickets with any text,
name and phone (queueing urgent alerts) and store booking requests that hold
real consultation times. So every call but the health check must carry

    Authorization: Bearer <ACTION_SERVER_TOKEN>

The Rasa server adds the header to its calls (rasa_addons/action_calls.py)
and the action server refuses any request without it (rasa_sdk_plugins/).
The token is the ACTION_SERVER_TOKEN setting, or, when that is empty, a
random key made once in var/action_server.key (mode 0600), which both
servers of one machine read.
"""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Dict

from assistant.key_files import load_or_create_key
from assistant.settings import PROJECT_ROOT, Settings

KEY_FILE = PROJECT_ROOT / "var" / "action_server.key"
HEADER = "Authorization"
SCHEME = "Bearer"
# Paths anyone may ask for: the supervisor and load balancers poll it.
OPEN_PATHS = frozenset({"/health"})


def action_server_token(settings: Settings, path: Path = KEY_FILE) -> str:
    """The configured secret, or the one kept in `path` (made on first use)."""
    return str(settings.action_server_token) if settings.action_server_token else load_or_create_key(path)


def auth_headers(token: str) -> Dict[str, str]:
    """The header the Rasa server sends with every action call."""
    return {HEADER: f"{SCHEME} {token}"}


def is_authorised(header_value: str | None, token: str) -> bool:
    """Whether an Authorization header carries `token` (compared in constant time)."""
    if not token or not header_value:
        return False
    scheme, _, presented = header_value.partition(" ")
    if scheme.lower() != SCHEME.lower():
        return False
    return hmac.compare_digest(presented.strip().encode(), token.encode())


def needs_authorisation(path: str) -> bool:
    return path.rstrip("/") not in OPEN_PATHS
