"""The bound on action-server calls and the apology for a failed one
(rasa_addons/action_calls.py), against small local servers that answer,
reject, fail or never answer, through Rasa's own RemoteAction."""

from __future__ import annotations

import asyncio
import json
import socket
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, Awaitable, Callable, Coroutine, List, TypeVar

import pytest
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from assistant.action_server_auth import auth_headers
from rasa_addons.action_calls import ActionCallGuard, BoundedActionEndpoint, install

T = TypeVar("T")
APOLOGY = "Sorry, something went wrong on our side. Please call Testfield Clinic on 01632 960 123."
BOUND = 0.5  # seconds; the hung server below never answers at all


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine in a thread of its own: in the full suite another event loop may be running."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result(timeout=60)


@dataclass
class ActionServer:
    """An action server on a free local port: `answer(action)` gives (status, body), or None to hang."""

    answer: Callable[[str], tuple[int, dict] | None]
    calls: List[str] = field(default_factory=list)
    headers: List[dict] = field(default_factory=list)  # each call's headers, names in lower case
    url: str = ""

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")
        )
        action = json.loads(await reader.readexactly(length))["next_action"]
        self.calls.append(action)
        lines = [line.decode().split(":", 1) for line in head.split(b"\r\n")[1:] if b":" in line]
        self.headers.append({name.strip().lower(): value.strip() for name, value in lines})
        answer = self.answer(action)
        if answer is None:
            await asyncio.sleep(3600)  # hung: accepted the call, never answers
            return
        status, body = answer
        data = json.dumps(body).encode()
        writer.write(
            f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n"
            "Connection: close\r\n\r\n".encode() + data
        )
        await writer.drain()
        writer.close()

    async def serving(self, body: Callable[[], Awaitable[T]]) -> T:
        server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/webhook"
        try:
            return await body()
        finally:
            server.close()


def hung(_action: str) -> None:
    return None


def says(text: str) -> Callable[[str], tuple[int, dict]]:
    return lambda _action: (200, {"events": [], "responses": [{"text": text}]})


async def run_action(endpoint: EndpointConfig, name: str, output: CollectingOutputChannel) -> List[Any]:
    domain = Domain.empty()
    tracker = DialogueStateTracker("patient-1", slots=[])
    return await RemoteAction(name, endpoint).run(output, TemplatedNaturalLanguageGenerator({}), tracker, domain)


async def turn(guard: ActionCallGuard, *actions: str, url: str) -> tuple[List[str], List[str]]:
    """One turn through a guarded channel handler that runs `actions` the way
    Rasa's processor does: a failed action is logged and the turn carries on.
    Returns the texts the patient got and the outcome of each action."""
    endpoint = BoundedActionEndpoint(url, timeout_seconds=BOUND)
    outcomes: List[str] = []

    async def rasa_turn(message: UserMessage) -> None:
        await message.output_channel.send_text_message(message.sender_id, "Disclaimer.")
        for action in actions:
            try:
                events = await run_action(endpoint, action, message.output_channel)
            except ActionExecutionRejection:
                outcomes.append("rejected")
                continue
            except RasaException:
                outcomes.append("failed")
                continue
            for event in events:
                if isinstance(event, BotUttered):
                    await message.output_channel.send_text_message(message.sender_id, event.text)
            outcomes.append("ran")

    output = CollectingOutputChannel()
    await guard.wrap(rasa_turn)(UserMessage("what are your opening hours?", output, "patient-1"))
    return [m["text"] for m in output.messages], outcomes


def guard() -> ActionCallGuard:
    return ActionCallGuard(apology=APOLOGY, timeout_seconds=BOUND)


def test_a_hung_action_server_fails_the_call_at_the_bound_and_the_patient_gets_the_apology():
    server = ActionServer(hung)

    texts, outcomes = run(server.serving(lambda: turn(guard(), "action_answer_opening_hours", url=server.url)))

    assert outcomes == ["failed"]
    assert texts == ["Disclaimer.", APOLOGY]


def test_after_a_call_timed_out_the_turn_does_not_wait_for_the_server_again():
    server = ActionServer(hung)

    texts, outcomes = run(server.serving(lambda: turn(guard(), "action_open_handoff", "callback_form", url=server.url)))

    assert outcomes == ["failed", "failed"]
    assert server.calls == ["action_open_handoff"]  # the second action was never sent
    assert texts == ["Disclaimer.", APOLOGY]  # one apology per turn


def test_an_action_server_that_is_down_gets_the_apology():
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens on it
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/webhook"

    texts, outcomes = run(turn(guard(), "action_answer_price", url=url))

    assert outcomes == ["failed"]
    assert texts == ["Disclaimer.", APOLOGY]


def test_an_action_that_crashes_gets_the_apology_and_the_next_action_is_still_called():
    server = ActionServer(lambda action: (500, {}) if action == "action_open_handoff" else says("Next steps.")(action))

    texts, outcomes = run(server.serving(lambda: turn(guard(), "action_open_handoff", "action_tell_next_steps",
                                                      url=server.url)))

    assert outcomes == ["failed", "ran"]
    assert server.calls == ["action_open_handoff", "action_tell_next_steps"]
    assert texts == ["Disclaimer.", "Next steps.", APOLOGY]


def test_a_refused_secret_gets_the_apology_a_log_line_that_says_how_to_fix_it_and_no_more_calls(caplog):
    server = ActionServer(lambda action: (401, {"error": "The action server's secret is missing or wrong."}))

    texts, outcomes = run(server.serving(lambda: turn(guard(), "action_open_handoff", "action_tell_next_steps",
                                                      url=server.url)))

    assert outcomes == ["failed", "failed"]
    assert server.calls == ["action_open_handoff"]  # the secret would be refused again
    assert texts == ["Disclaimer.", APOLOGY]
    assert "both servers need the same ACTION_SERVER_TOKEN" in caplog.text


def test_an_answering_action_server_gets_no_apology():
    server = ActionServer(says("We open at 9."))

    texts, outcomes = run(server.serving(lambda: turn(guard(), "action_answer_opening_hours", url=server.url)))

    assert outcomes == ["ran"]
    assert texts == ["Disclaimer.", "We open at 9."]


def test_a_form_validation_rejecting_the_message_is_not_a_failure():
    server = ActionServer(lambda action: (400, {"action_name": action, "error": "not an answer"}))

    texts, outcomes = run(server.serving(lambda: turn(guard(), "validate_booking_form", url=server.url)))

    assert outcomes == ["rejected"]
    assert texts == ["Disclaimer."]


def test_calls_outside_a_guarded_turn_are_bounded_too():
    server = ActionServer(hung)

    async def call() -> str:
        try:
            await run_action(BoundedActionEndpoint(server.url, timeout_seconds=BOUND), "action_x",
                             CollectingOutputChannel())
        except RasaException as error:
            return str(error)
        return "answered"

    assert "action_x" in run(server.serving(call))


def test_installing_keeps_the_endpoint_from_endpoints_yml_and_bounds_agent_and_processor():
    configured = EndpointConfig("http://actions:5055/webhook", token="secret", headers={"X-Clinic": "1"})
    agent = SimpleNamespace(action_endpoint=configured, processor=SimpleNamespace(action_endpoint=configured))

    assert install(agent, 4) is True

    bounded = agent.action_endpoint
    assert isinstance(bounded, BoundedActionEndpoint) and bounded.timeout_seconds == 4
    assert (bounded.url, bounded.token, bounded.headers) == ("http://actions:5055/webhook", "secret", {"X-Clinic": "1"})
    assert agent.processor.action_endpoint is bounded
    install(agent, 4)
    assert agent.action_endpoint is bounded  # installing twice changes nothing


@pytest.mark.parametrize("agent", [None, SimpleNamespace(action_endpoint=None, processor=None)])
def test_nothing_to_install_without_an_action_endpoint(agent):
    assert install(agent, 4) is False


def test_every_call_through_the_installed_endpoint_presents_the_action_servers_secret():
    server = ActionServer(says("We open at nine."))

    async def call() -> None:
        configured = EndpointConfig(server.url, headers={"X-Clinic": "1"})
        agent = SimpleNamespace(action_endpoint=configured, processor=None)
        install(agent, 4, auth_headers("s3cret"))
        await run_action(agent.action_endpoint, "action_answer_opening_hours", CollectingOutputChannel())
        await run_action(agent.action_endpoint.copy(), "action_answer_location", CollectingOutputChannel())

    run(server.serving(call))

    assert server.calls == ["action_answer_opening_hours", "action_answer_location"]
    assert [(h.get("authorization"), h.get("x-clinic")) for h in server.headers] == [("Bearer s3cret", "1")] * 2
