"""Several Rasa servers behind HAProxy, one conversation store (PostgreSQL),
one lock store and socket.io rooms in Redis (issue: scale out on Rasa's own
engine). Every message a patient sent is stored once, in order, whichever
server took it; a Rasa server or the action server killed mid-conversation
loses and duplicates nothing. The cluster: tests/cluster_servers.py.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import List

import pytest
import requests

from assistant.chat_client import RestConversation, post_message, start_conversation
from assistant.settings import load_settings
from rasa_addons.channels import action_failure_reply
from tests.cluster.patient import Patient
from tests.cluster_servers import RunningCluster
from tests.servers import TEST_SETTINGS

pytestmark = [pytest.mark.servers, pytest.mark.cluster]

APOLOGY = action_failure_reply(load_settings(TEST_SETTINGS, env_file=None))
# Everyday questions whose answers come from the action server or the domain.
QUESTIONS = [
    "hi there",
    "how much does mesotherapy cost?",
    "does it hurt",
    "what are your opening hours",
    "how many sessions would I need",
    "thanks, that's helpful",
]


def converse(cluster: RunningCluster, questions: List[str]) -> tuple[str, List[List[dict]]]:
    """A REST conversation through HAProxy (no cookie: each call may reach another server)."""
    conversation = start_conversation(cluster.url, timeout=60)
    replies = []
    for question in questions:
        response = post_message(conversation, question, timeout=120)
        # HAProxy's log says which server it chose and why none was available
        assert response.status_code == 200, (response.text, cluster.log("haproxy")[-3000:])
        replies.append(response.json())
    return conversation.sender, replies


def texts(messages: List[dict]) -> List[str]:
    return [m.get("text") or "" for m in messages]


def test_fifty_conversations_through_three_servers_are_stored_whole_once_and_in_order(cluster: RunningCluster):
    with ThreadPoolExecutor(max_workers=10) as pool:
        results = list(pool.map(lambda i: converse(cluster, QUESTIONS[i % 2:] + QUESTIONS[: i % 2]), range(50)))
    for i, (sender, replies) in enumerate(results):
        sent = QUESTIONS[i % 2:] + QUESTIONS[: i % 2]
        assert cluster.patient_texts(sender) == sent, sender
        for reply in replies:
            assert texts(reply) and APOLOGY not in texts(reply), (sender, reply)
    # Every server took part (round robin without stickiness for REST), as HAProxy's request log shows.
    requests_log = [line for line in cluster.log("haproxy").splitlines() if "POST /webhooks/rest/webhook" in line]
    served = {name: sum(f" rasa_servers/{name} " in line for line in requests_log) for name in cluster.rasa_urls}
    assert all(count > 0 for count in served.values()), served


def test_two_messages_at_once_on_two_servers_take_turns(cluster: RunningCluster):
    """The lock store serialises the turns of one conversation across servers:
    both messages are stored once, and the second turn starts only after the
    first turn ended (an action_listen between the two patient messages)."""
    conversation = start_conversation(cluster.url, timeout=60)
    direct = [RestConversation(url, conversation.sender, conversation.token) for url in cluster.rasa_urls.values()]
    for round_number in range(5):
        pair = [f"how much does it cost, round {round_number}", f"do you do hair treatments, round {round_number}"]
        start = threading.Barrier(2)

        def send(index: int, pair: List[str] = pair, start: threading.Barrier = start) -> requests.Response:
            start.wait()
            return post_message(direct[index], pair[index], timeout=120)

        with ThreadPoolExecutor(max_workers=2) as pool:
            responses = list(pool.map(send, [0, 1]))
        assert [r.status_code for r in responses] == [200, 200]
    events = cluster.events(conversation.sender)
    patient = [e["text"] for e in events if e["event"] == "user"]
    assert len(patient) == 10 and len(set(patient)) == 10
    # No interleaving: each patient message follows the end of the previous turn.
    kinds = [(e["event"], e.get("name")) for e in events if e["event"] in ("user", "action")]
    for i, kind in enumerate(kinds):
        if kind[0] == "user" and i > 0:
            assert kinds[i - 1] == ("action", "action_listen"), kinds[max(i - 4, 0): i + 1]


def test_only_the_chat_is_public_and_the_console_has_its_own_way_in(cluster: RunningCluster):
    for path in ("/", "/status", "/version", "/model/parse", "/conversations/x/tracker"):
        assert requests.get(cluster.url + path, timeout=10).status_code == 404, path
    takeover = "/webhooks/socketio/takeover/start"
    assert requests.post(cluster.url + takeover, json={}, timeout=10).status_code == 404
    assert requests.get(cluster.url + "/webhooks/rest/", timeout=10).status_code == 200
    # The internal frontend reaches the route, which still wants the shared secret.
    assert requests.post(cluster.internal_url + takeover, json={}, timeout=10).status_code == 401


def test_a_rasa_server_killed_mid_conversation_loses_and_duplicates_nothing(cluster: RunningCluster):
    """Patients on the socket.io channel keep writing while one Rasa server is
    SIGKILLed: each reconnects through HAProxy with its conversation's token,
    sends again what was not acknowledged, and every message is stored once,
    in order. A turn that was in flight on the dead server waits at most the
    lock's lifetime before another server takes the conversation."""
    patients = [Patient(cluster.url, cluster.website_origin).open() for _ in range(9)]
    messages = [f"question {n}: how much does mesotherapy cost for the face" for n in range(6)]
    halfway = threading.Barrier(len(patients) + 1)
    failures: List[BaseException] = []

    def write(patient: Patient) -> None:
        try:
            for n, message in enumerate(messages):
                if n == 2:
                    halfway.wait(timeout=300)
                patient.send(message)
        except BaseException as error:  # reported below
            failures.append(error)
            halfway.abort()

    threads = [threading.Thread(target=write, args=(p,)) for p in patients]
    try:
        for thread in threads:
            thread.start()
        halfway.wait(timeout=300)
        time.sleep(0.3)  # the third messages are on their way
        cluster.kill("rasa2")
        for thread in threads:
            thread.join(timeout=400)
        assert not failures, failures
        for patient in patients:
            assert cluster.patient_texts(patient.sender) == messages, patient.sender
        # The patients of the killed server noticed and sent again (the others did not need to).
        assert sum(p.resent for p in patients) >= 1
    finally:
        for patient in patients:
            patient.close()
        cluster.restore()


def test_a_killed_action_server_gives_the_polite_fallback_then_normal_answers(cluster: RunningCluster):
    conversation = start_conversation(cluster.url, timeout=60)
    first = post_message(conversation, "what are your opening hours?", timeout=120).json()
    assert APOLOGY not in texts(first)
    cluster.kill("actions1")
    time.sleep(0.5)
    during = post_message(conversation, "what are your opening hours?", timeout=120).json()
    assert texts(during)[-1] == APOLOGY
    cluster.restore()
    after = post_message(conversation, "and what are your prices?", timeout=120).json()
    assert texts(after) and APOLOGY not in texts(after), after
    assert cluster.patient_texts(conversation.sender) == [
        "what are your opening hours?", "what are your opening hours?", "and what are your prices?",
    ]
