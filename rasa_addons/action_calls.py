"""Calls to the action server that never keep a patient waiting.

Rasa 3.6 waits up to five minutes for each call to the action server
(RemoteAction passes rasa.core.constants.DEFAULT_REQUEST_TIMEOUT, 300 s, to
EndpointConfig.request; endpoints.yml has no option for it). A hung action
server (stopped, deadlocked, swapping) therefore held every turn that runs a
custom action: the REST channel sends a turn's replies only when the turn
ends, so even the emergency reply, which comes from a rule before the action
that opens the ticket, waited; and a clinic question got nothing from the
action at all.

Three parts:

- `BoundedActionEndpoint` is the action endpoint with a bound on each call
  (the ACTION_TIMEOUT_SECONDS setting, default 4 s) that presents the action
  server's shared secret on every call (assistant/action_server_auth.py: the
  action server refuses calls without it). A call that takes longer
  fails the way a call to a stopped server does: Rasa's processor logs it,
  drops that action's events and carries on with the turn, so the patient's
  message and the replies are saved in the tracker as usual. Once a call in a
  turn has timed out or could not connect, the turn's later calls fail at
  once: the server that just did not answer will not answer a moment later,
  and the patient should not wait once per action.
- `ActionCallGuard.wrap` runs a channel's turn and, if any action call failed
  in it, sends the apology with the clinic's phone number after the turn's
  replies (never silence, never only the disclaimer). A 400 answer is not a
  failure: it is how a form's validation rejects a message.
- `ActionCallGuard.attach` puts the bounded endpoint into Rasa's agent.
  Rasa builds the action endpoint from endpoints.yml as a plain
  EndpointConfig and has no setting or hook to choose its class or timeout;
  the agent and its processor hand their `action_endpoint` to every
  RemoteAction and form they create, so replacing that object (same URL,
  token and headers, plus the secret's header) bounds and authenticates
  every call without patching Rasa's code.

The channels in rasa_addons/channels.py use it:

    guard = ActionCallGuard(apology=failure_reply(settings), timeout_seconds=settings.action_timeout_seconds,
                            headers=auth_headers(action_server_token(settings)))
    on_new_message = guard.wrap(on_new_message)   # in InputChannel.blueprint
    guard.attach(blueprint)
"""

from __future__ import annotations

import asyncio
import logging
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, List, Mapping

import aiohttp
from rasa.core.channels.channel import UserMessage
from rasa.utils.endpoints import ClientResponseError, EndpointConfig
from sanic import Blueprint, Sanic

logger = logging.getLogger(__name__)

# The status with which an action (a form's validation) rejects a message:
# part of the normal dialogue, not a failure.
REJECTED = 400
# The action server's answer to a call without the right secret: no later call
# in the turn can do better.
UNAUTHORISED = 401


@dataclass
class TurnCalls:
    """What happened to the action calls of one turn."""

    failed: List[str] = field(default_factory=list)  # names of the actions whose call failed
    unreachable: bool = False  # a call timed out or could not connect


# The turn being handled in this task, set by ActionCallGuard.wrap. A mutable
# record rather than a flag, so it is shared even with tasks that copy the context.
_current_turn: ContextVar[TurnCalls | None] = ContextVar("action_calls_turn", default=None)


def _action_name(body: Any) -> str:
    name = body.get("next_action") if isinstance(body, dict) else None
    return name if isinstance(name, str) else "(unknown action)"


class BoundedActionEndpoint(EndpointConfig):
    """The action server's endpoint, with a bound on every call (see the module docstring)."""

    def __init__(self, *args: Any, timeout_seconds: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.timeout_seconds = timeout_seconds

    @classmethod
    def bounding(
        cls, endpoint: EndpointConfig, timeout_seconds: float, headers: Mapping[str, str] | None = None
    ) -> BoundedActionEndpoint:
        """The same endpoint (URL, token, headers, options from endpoints.yml),
        bounded, with `headers` added to every call."""
        options = dict(endpoint.kwargs)
        if endpoint.type is not None:
            options["type"] = endpoint.type
        return cls(
            endpoint.url,
            endpoint.params,
            {**(endpoint.headers or {}), **(headers or {})},
            endpoint.basic_auth,
            endpoint.token,
            endpoint.token_name,
            endpoint.cafile,
            timeout_seconds=timeout_seconds,
            **options,
        )

    def copy(self) -> BoundedActionEndpoint:
        return BoundedActionEndpoint.bounding(super().copy(), self.timeout_seconds)

    async def request(
        self,
        method: str = "post",
        subpath: str | None = None,
        content_type: str | None = "application/json",
        compress: bool = False,
        **kwargs: Any,
    ) -> Any:
        turn = _current_turn.get()
        action = _action_name(kwargs.get("json"))
        if turn is not None and turn.unreachable:
            turn.failed.append(action)
            logger.warning("Action '%s' was not called: the action server did not answer earlier in this turn.", action)
            raise aiohttp.ClientConnectionError("the action server did not answer earlier in this turn")
        try:
            return await asyncio.wait_for(
                super().request(method, subpath, content_type, compress, **kwargs), self.timeout_seconds
            )
        except ClientResponseError as error:
            if error.status == UNAUTHORISED:
                how = "refused the shared secret (both servers need the same ACTION_SERVER_TOKEN)"
                self._failed(turn, action, how, unreachable=True)
            elif error.status != REJECTED:
                self._failed(turn, action, f"answered with status {error.status}", unreachable=False)
            raise
        except asyncio.TimeoutError as error:
            self._failed(turn, action, f"did not answer within {self.timeout_seconds:g} s", unreachable=True)
            # RemoteAction turns a ClientError into its usual "failed to execute" error.
            raise aiohttp.ServerTimeoutError(
                f"the action server did not answer within {self.timeout_seconds:g} s"
            ) from error
        except aiohttp.ClientConnectionError:
            self._failed(turn, action, "could not be reached", unreachable=True)
            raise
        except Exception as error:
            self._failed(turn, action, f"failed ({type(error).__name__})", unreachable=False)
            raise

    def _failed(self, turn: TurnCalls | None, action: str, how: str, unreachable: bool) -> None:
        logger.warning("The action server at %s %s for action '%s'.", self.url, how, action)
        if turn is not None:
            turn.failed.append(action)
            turn.unreachable = turn.unreachable or unreachable


def install(agent: Any, timeout_seconds: float, headers: Mapping[str, str] | None = None) -> bool:
    """Give Rasa's agent (and its processor, which creates the actions) the
    bounded action endpoint, sending `headers` with every call. True if it has one now."""
    endpoint = getattr(agent, "action_endpoint", None)
    if endpoint is None:
        return False
    if not isinstance(endpoint, BoundedActionEndpoint):
        endpoint = BoundedActionEndpoint.bounding(endpoint, timeout_seconds, headers)
        agent.action_endpoint = endpoint
        logger.info("Calls to the action server at %s are bounded to %g s.", endpoint.url, timeout_seconds)
    processor = getattr(agent, "processor", None)
    if processor is not None and processor.action_endpoint is not endpoint:
        processor.action_endpoint = endpoint
    return True


class ActionCallGuard:
    """Bounds a channel's action calls and apologises for the ones that fail."""

    def __init__(self, apology: str, timeout_seconds: float, headers: Mapping[str, str] | None = None) -> None:
        self.apology = apology
        self.timeout_seconds = timeout_seconds
        self.headers: Dict[str, str] = dict(headers or {})
        self._app: Sanic | None = None

    def attach(self, blueprint: Blueprint) -> None:
        """Install the bounded endpoint once the Rasa server has loaded its
        agent (`app.ctx.agent`, loaded before the server starts)."""

        @blueprint.listener("after_server_start")
        async def bound_action_calls(app: Sanic, _loop: Any) -> None:
            self._app = app
            self._install()

    def _install(self) -> None:
        if self._app is not None:
            install(getattr(self._app.ctx, "agent", None), self.timeout_seconds, self.headers)

    def wrap(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[None]]:
        async def handle(message: UserMessage) -> None:
            self._install()  # cheap; covers a model the agent loaded after the start
            turn = TurnCalls()
            token = _current_turn.set(turn)
            try:
                await on_new_message(message)
            finally:
                _current_turn.reset(token)
            if turn.failed:
                logger.warning(
                    "Action(s) %s failed in this turn; the patient was given the clinic's phone number.",
                    ", ".join(sorted(set(turn.failed))),
                )
                await message.output_channel.send_text_message(message.sender_id, self.apology)

        return handle
