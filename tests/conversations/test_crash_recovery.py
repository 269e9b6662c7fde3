"""Safety through crashes, under the real run command (scripts/run.sh, as
`make run` starts it), with its ports, database, outbox and logs in a
temporary folder through the settings:

- a hung (SIGSTOPped) action server delays no reply beyond the action-call
  bound: the emergency reply goes out over REST, a clinic question gets the
  apology with the clinic's phone number, and both messages are in the tracker;
- a killed action server: the emergency reply still goes out, the Rasa server
  keeps running, the action server is restarted, and its reconciler opens the
  ticket for the escalation answered while it was down;
- a killed Rasa server, console or website is restarted while the others keep
  running; Ctrl-C stops everything.

One run.sh for the whole module (the Rasa server takes a minute or more to
load), so the tests run in this order. A REST client here gives up after
CLIENT_TIMEOUT seconds, well below the 60 s a client waited before.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Iterator, List

import pytest
import requests

from assistant.console.transcript import read_events
from assistant.db import create_engine_for
from assistant.db.models import HandoffTicket
from assistant.settings import load_settings
from rasa_addons.channels import action_failure_reply
from tests.servers import ROOT, TEST_SETTINGS, Servers, _require_model, free_port

pytestmark = pytest.mark.servers

CLIENT_TIMEOUT = 20  # seconds: proves "not 60 s", says nothing finer about timing
EMERGENCY = "my throat feels tight and my lips are swelling up"
EMERGENCY_FIRST = f"Please call {TEST_SETTINGS['EMERGENCY_NUMBER']} now."
APOLOGY = action_failure_reply(load_settings(TEST_SETTINGS, env_file=None))
SERVERS = ("actions", "rasa", "console", "website")


def texts(messages: List[dict]) -> List[str]:
    return [m["text"] for m in messages if m.get("text")]


def urgencies(messages: List[dict]) -> List[str]:
    return [m["custom"]["handoff"]["urgency"] for m in messages if (m.get("custom") or {}).get("handoff")]


def eventually(condition: Callable[[], object], within: float) -> object:
    """Poll `condition` until it returns something true; fail after `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        try:
            result = condition()
        except requests.RequestException:
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {within} s")
        time.sleep(1)


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@dataclass
class Running:
    """run.sh (exec'd into assistant.supervisor) and what it serves."""

    process: subprocess.Popen
    output: Path  # what run.sh printed to the terminal
    servers: Servers  # the chat and database helpers of tests/servers.py, pointed at this run
    console_url: str

    def log(self) -> str:
        return self.output.read_text(errors="replace")

    def pids(self) -> Dict[str, int]:
        """The servers the supervisor runs now, by name (its child processes)."""
        found: Dict[str, int] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
                if ppid != self.process.pid:
                    continue
                command = (stat.parent / "cmdline").read_bytes().split(b"\0")
            except (OSError, ValueError, IndexError):
                continue
            words = [w.decode(errors="replace") for w in command if w]
            if "actions" in words and "run" in words:
                found["actions"] = int(stat.parent.name)
            elif "--model" in words:
                found["rasa"] = int(stat.parent.name)
            elif "assistant.cli" in words and words[-1] in ("console", "website"):
                found[words[-1]] = int(stat.parent.name)
        return found

    def chat(self, sender: str, text: str) -> List[dict]:
        return self.servers.chat(sender, text, timeout=CLIENT_TIMEOUT)

    def up(self, name: str) -> bool:
        url = {
            "actions": f"{self.servers.action_url}/health",
            "rasa": self.servers.rasa_url,
            "console": f"{self.console_url}/login",
            "website": f"{self.servers.website_url}/",
        }[name]
        return requests.get(url, timeout=2).status_code == 200

    def restarted(self, name: str, old_pid: int, within: float) -> int:
        """Wait until `name` runs again as a new process that answers; its pid."""
        return eventually(
            lambda: (pid := self.pids().get(name)) and pid != old_pid and self.up(name) and pid, within
        )

    def user_texts(self, sender: str) -> List[str]:
        engine = create_engine_for(self.servers.clinic_url)
        try:
            return [e.get("text") for e in read_events(engine, sender) if e.get("event") == "user"]
        finally:
            engine.dispose()


@pytest.fixture(scope="module")
def running(tmp_path_factory) -> Iterator[Running]:
    _require_model()
    work = tmp_path_factory.mktemp("run-sh")
    website_port = free_port()
    servers = Servers(
        rasa_url=f"http://localhost:{free_port()}",
        action_url=f"http://localhost:{free_port()}",
        database=work / "clinic.db",
        log_dir=work / "log",
        outbox=work / "outbox",
        clinic_url=f"sqlite:///{work / 'clinic.db'}",
        website_url=f"http://127.0.0.1:{website_port}",
    )
    console_url = f"http://127.0.0.1:{free_port()}"
    servers.env = {
        **os.environ,
        **TEST_SETTINGS,
        "DATABASE_URL": servers.clinic_url,
        "OUTBOX_DIR": str(servers.outbox),
        "LOG_DIR": str(servers.log_dir),
        "RASA_PORT": servers.rasa_url.rsplit(":", 1)[1],
        "ACTION_SERVER_PORT": servers.action_url.rsplit(":", 1)[1],
        "CONSOLE_HOST": "127.0.0.1",
        "CONSOLE_PORT": console_url.rsplit(":", 1)[1],
        "CONSOLE_SECRET_KEY": uuid.uuid4().hex,  # else the console keeps a key in the project's var/
        "CHAT_TOKEN_KEY": uuid.uuid4().hex,  # likewise the chat's; Rasa's restart must keep accepting its tokens
        "WEBSITE_HOST": "127.0.0.1",
        "WEBSITE_PORT": str(website_port),
        "CHAT_SERVER_URL": servers.rasa_url,
        "CHAT_ALLOWED_ORIGINS": servers.website_url,
        "SKIP_SETUP": "1",  # `make test` has installed and trained; never retrain models/ from a test
    }
    output = work / "run.out"
    with open(output, "w") as out:
        process = subprocess.Popen(
            ["bash", str(ROOT / "scripts" / "run.sh")], cwd=ROOT, env=servers.env, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True,
        )
    run = Running(process, output, servers, console_url)
    try:
        eventually(lambda: "The assistant is running." in run.log() or process.poll() is not None, within=600)
        assert process.poll() is None, f"run.sh stopped:\n{run.log()[-4000:]}"
        yield run
    finally:
        left = run.pids()
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for pid in left.values():
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_a_hung_action_server_holds_no_reply_and_the_patient_gets_the_clinic_number(running: Running):
    emergency_sender, hours_sender = running.servers.new_conversation(), running.servers.new_conversation()
    actions = running.pids()["actions"]
    os.kill(actions, signal.SIGSTOP)  # hung, not crashed: it accepts connections and never answers
    try:
        emergency = running.chat(emergency_sender, EMERGENCY)
        hours = running.chat(hours_sender, "what are your opening hours?")
    finally:
        os.kill(actions, signal.SIGCONT)

    assert texts(emergency)[0].startswith(EMERGENCY_FIRST)
    assert urgencies(emergency)[0] == "emergency"
    assert texts(emergency)[-1] == APOLOGY  # the ticket could not be opened: the clinic's number too
    assert texts(hours)[-1] == APOLOGY and len(texts(hours)) == 2  # the disclaimer, then the apology
    assert running.user_texts(emergency_sender) == [EMERGENCY]
    assert running.user_texts(hours_sender) == ["what are your opening hours?"]
    assert running.pids()["actions"] == actions  # hung is not crashed: nothing was restarted


def test_with_the_action_server_killed_the_emergency_reply_goes_out_and_the_missed_ticket_is_opened_later(
    running: Running,
):
    sender = running.servers.new_conversation()
    before = running.pids()
    assert sorted(before) == sorted(SERVERS)

    os.kill(before["actions"], signal.SIGKILL)
    messages = running.chat(sender, EMERGENCY)

    assert texts(messages)[0].startswith(EMERGENCY_FIRST)
    assert urgencies(messages)[0] == "emergency"
    assert texts(messages)[-1] == APOLOGY
    assert running.user_texts(sender) == [EMERGENCY]
    running.restarted("actions", before["actions"], within=180)
    assert "actions stopped unexpectedly (killed by SIGKILL)" in running.log()
    assert "actions restarted" in running.log()
    assert {n: p for n, p in running.pids().items() if n != "actions"} == {
        n: p for n, p in before.items() if n != "actions"
    }  # the Rasa server, console and website kept running
    # The restarted action server's reconciler (at start, then every minute,
    # leaving the latest 30 s to the action) opens the ticket the crash missed.
    [ticket] = eventually(lambda: running.servers.rows_for(HandoffTicket, sender), within=300)
    assert ticket.urgency == "emergency" and ticket.details["source"] == "reconciler"
    assert ticket.message_text == EMERGENCY


def test_a_killed_rasa_server_is_restarted_while_the_others_keep_running(running: Running):
    before = running.pids()

    os.kill(before["rasa"], signal.SIGKILL)

    assert running.up("actions") and running.up("console") and running.up("website")
    running.restarted("rasa", before["rasa"], within=600)
    assert "rasa stopped unexpectedly (killed by SIGKILL)" in running.log()
    assert {n: p for n, p in running.pids().items() if n != "rasa"} == {n: p for n, p in before.items() if n != "rasa"}
    sender = running.servers.new_conversation()
    messages = running.chat(sender, EMERGENCY)
    assert texts(messages)[0].startswith(EMERGENCY_FIRST)
    assert APOLOGY not in texts(messages)  # the action server is up: the ticket is opened in the turn
    [ticket] = running.servers.rows_for(HandoffTicket, sender)
    assert ticket.urgency == "emergency"


@pytest.mark.parametrize("name", ["console", "website"])
def test_a_killed_console_or_website_is_restarted(running: Running, name: str):
    before = running.pids()

    os.kill(before[name], signal.SIGKILL)

    running.restarted(name, before[name], within=120)
    assert f"{name} stopped unexpectedly (killed by SIGKILL)" in running.log()
    assert {n: p for n, p in running.pids().items() if n != name} == {n: p for n, p in before.items() if n != name}


def test_ctrl_c_stops_every_server(running: Running):
    pids = running.pids()
    assert sorted(pids) == sorted(SERVERS)

    running.process.send_signal(signal.SIGINT)

    assert running.process.wait(timeout=120) == 0
    assert [name for name, pid in pids.items() if alive(pid)] == []
    assert "Stopping the assistant" in running.log()
