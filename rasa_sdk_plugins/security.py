"""The action server, locked down: registered by rasa_sdk_plugins.init_hooks
and attached when `rasa run actions` builds its Sanic app.

- It listens on ACTION_SERVER_HOST (127.0.0.1 unless configured): rasa_sdk
  reads the interface from SANIC_HOST right after the plugins are attached
  (rasa_sdk/endpoint.py `run`), so the setting is passed on there.
- Every request but /health must carry the shared secret
  (assistant/action_server_auth.py); others get 401 and run nothing.
- Request bodies over ACTION_SERVER_MAX_REQUEST_KB are refused (413) by
  Sanic before they are read whole (REQUEST_MAX_SIZE), and errors no longer
  echo the request body (the conversation) back.
- Every patient text in an action call is cut to a bounded length before
  any action reads it, and named to the log redaction for the request
  (assistant/action_call_text.py, assistant/log_redaction.py).
- Log lines are redacted (assistant/log_redaction.py).

The actions themselves run their blocking work in worker threads
(actions/common.py `off_event_loop`), so a slow call never holds the others.
"""

from __future__ import annotations

import json
import logging
import os
import zlib
from typing import Any

import pluggy
from sanic import response
from sanic.exceptions import PayloadTooLarge
from sanic.request import Request

from assistant import log_redaction
from assistant.action_call_text import cap_action_call, patient_texts
from assistant.action_server_auth import HEADER, action_server_token, is_authorised, needs_authorisation
from assistant.settings import Settings, load_settings

logger = logging.getLogger(__name__)
hookimpl = pluggy.HookimplMarker("rasa_sdk")

# rasa_sdk's own variable for the interface its server binds to.
SANIC_HOST = "SANIC_HOST"


@hookimpl
def attach_sanic_app_extensions(app: Any) -> None:
    settings = load_settings()
    log_redaction.install(settings)
    os.environ[SANIC_HOST] = settings.action_server_host
    lock_down(app, settings, action_server_token(settings))


def lock_down(app: Any, settings: Settings, token: str) -> None:
    """Body cap, authentication and text caps on `app` (see the module docstring)."""
    max_bytes = settings.action_server_max_request_kb * 1024
    app.config.REQUEST_MAX_SIZE = max_bytes

    # rasa_sdk answers any exception with a 500 that echoes the request's
    # body (the whole conversation): an oversized body is a 413, and other
    # failures say only what failed.
    @app.exception(PayloadTooLarge)
    async def too_large(_request: Request, _error: Exception) -> Any:
        return response.json({"error": f"The body is over {settings.action_server_max_request_kb} KB."}, status=413)

    @app.exception(Exception)
    async def failed(request: Request, error: Exception) -> Any:
        logger.error("%s %s failed", request.method, request.path, exc_info=error)
        return response.json({"error": f"The action server failed ({type(error).__name__})."}, status=500)

    @app.middleware("request")
    async def authenticate_and_cap(request: Request) -> Any:
        log_redaction.replace_patient_text()
        if not needs_authorisation(request.path):
            return None
        if not is_authorised(request.headers.get(HEADER), token):
            logger.warning("Refused a %s %s without the action server's secret", request.method, request.path)
            return response.json({"error": "The action server's secret is missing or wrong."}, status=401)
        if request.method == "POST" and request.body:
            try:
                call = _action_call(request, max_bytes)
            except ValueError as error:
                return response.json({"error": str(error)}, status=400)
            if isinstance(call, dict):
                call = cap_action_call(call)
                log_redaction.replace_patient_text(*patient_texts(call))
                _replace_body(request, call)
        return None


def _action_call(request: Request, max_bytes: int) -> Any:
    body = request.body
    if request.headers.get("Content-Encoding") == "deflate":
        inflater = zlib.decompressobj()
        try:
            body = inflater.decompress(body, max_bytes + 1)
        except zlib.error as error:
            raise ValueError("The body is not valid deflate data.") from error
        if len(body) > max_bytes or inflater.unconsumed_tail:
            raise ValueError("The body is too large once decompressed.")
    try:
        return json.loads(body)
    except ValueError as error:
        raise ValueError("The body is not valid JSON.") from error


def _replace_body(request: Request, call: dict) -> None:
    # rasa_sdk's webhook reads `request.json`, or inflates `request.body` if
    # it is compressed: hand it the capped call either way.
    request.parsed_json = call
    if "Content-Encoding" in request.headers:
        request.body = json.dumps(call).encode()
        del request.headers["Content-Encoding"]
