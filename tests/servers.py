"""Real Rasa and action servers for end-to-end and browser tests.

The servers run the trained model (models/clinic.tar.gz, built by `make test`
before pytest starts) against a throw-away SQLite database holding the demo
clinic (loaded with `assistant.cli ensure-demo`, as `make run` does), with
clinic settings that differ from the demo defaults, so the tests can tell
values that come from settings apart from anything baked into the model.

`outage_servers` is a second pair for the database-outage test: the action
server reaches a PostgreSQL database of its own through a TCP proxy the
test can kill and restart; Rasa keeps conversations in an SQLite file.

`servers_without_actions` is a Rasa server alone: its action endpoint points
at a port nothing listens on, as when the action server is down.

`action_server` starts an action server alone, for tests that call it
directly. Every server here shares ACTION_SERVER_TOKEN (the secret the Rasa
server presents to the action server), so nothing is written to var/.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import requests
from sqlalchemy import select

from assistant.chat_client import RestConversation, post_message, start_conversation
from assistant.db import create_engine_for, session_scope
from tests.assistant.db.databases import postgres_database  # noqa: F401  (fixture)
from tests.conversations.tcp_proxy import Proxy

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "clinic.tar.gz"
RASA = Path(sys.executable).parent / "rasa"

# Distinct from the demo defaults in assistant/settings.py on purpose.
TEST_SETTINGS = {
    "CLINIC_NAME": "Testfield Clinic",
    "CLINIC_PHONE": "01632 960 123",
    "URGENT_CONTACT": "01632 960 999",
    "EMERGENCY_NUMBER": "112",
    "OUT_OF_HOURS_SERVICE": "the out-of-hours GP",
    "CRISIS_LINE": "the test crisis line on 0800 000 000",
}


# The secret the test servers share (ACTION_SERVER_TOKEN); tests that call an
# action server directly present it, or deliberately do not.
ACTION_SERVER_TOKEN = secrets.token_urlsafe(32)
CHAT_TOKEN_KEY = secrets.token_urlsafe(32)  # one per test session
# The secret the console presents to the Rasa server's takeover route (TAKEOVER_TOKEN).
TAKEOVER_TOKEN = secrets.token_urlsafe(32)
# Short, so the test of a console that went quiet does not wait 90 s; the
# console's page beats three times per timeout, so a loaded machine is fine.
TAKEOVER_HEARTBEAT_SECONDS = 20


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Servers:
    rasa_url: str
    action_url: str
    database: Path  # SQLite file of the conversations (and, for `servers`, the clinic)
    log_dir: Path
    outbox: Path
    clinic_url: str  # SQLAlchemy URL of the clinic database, as the test reaches it
    processes: Dict[str, subprocess.Popen] = field(default_factory=dict)
    env: Dict[str, str] = field(default_factory=dict)  # the action server's environment (settings)
    # Where a test serves the demo website (assistant.website): chosen up front
    # so the Rasa server lets its pages open the chat (CHAT_ALLOWED_ORIGINS).
    website_url: str = ""

    # The token of each conversation a test started (new_conversation), by its id.
    tokens: Dict[str, str] = field(default_factory=dict)

    def new_conversation(self) -> str:
        """A new conversation's id, issued by the Rasa server as to any REST
        client; `chat` presents its token."""
        conversation = start_conversation(self.rasa_url, timeout=60)
        self.tokens[conversation.sender] = conversation.token
        return conversation.sender

    def chat(self, sender: str, text: str | None, timeout: float = 60) -> List[dict]:
        conversation = RestConversation(self.rasa_url, sender, self.tokens[sender])
        response = post_message(conversation, text, timeout=timeout)
        assert response.status_code == 200, response.text
        return response.json()

    def texts(self, sender: str, text: str | None) -> List[str]:
        return [m.get("text", "") for m in self.chat(sender, text)]

    def reconcile_handoffs(self) -> None:
        """Run the handoff reconciler once, as `assistant.cli reconcile-handoffs`
        does, with no grace period, against these servers' databases."""
        result = subprocess.run(
            [sys.executable, "-m", "assistant.cli", "reconcile-handoffs", "--grace", "0"],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr[-2000:]

    def rows_for(self, model: Any, sender: str) -> List[Any]:
        """The rows of `model` (BookingRequest, HandoffTicket) stored for one
        conversation in the clinic database, oldest first."""
        engine = create_engine_for(self.clinic_url)
        try:
            with session_scope(engine) as session:
                query = select(model).where(model.conversation_id == sender).order_by(model.id)
                return list(session.execute(query).scalars())
        finally:
            engine.dispose()

    def stop(self, name: str) -> None:
        process = self.processes.pop(name)
        process.terminate()
        process.wait(timeout=30)


def _wait_until_up(url: str, process: subprocess.Popen, log: Path, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early; log:\n{log.read_text()[-3000:]}")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(1)
    raise RuntimeError(f"{url} did not come up in {timeout}s; log:\n{log.read_text()[-3000:]}")


def _start(
    work: Path,
    action_env: Dict[str, str],
    rasa_env: Dict[str, str],
    servers: Servers,
    with_actions: bool = True,
) -> None:
    rasa_port = int(servers.rasa_url.rsplit(":", 1)[1])
    action_port = int(servers.action_url.rsplit(":", 1)[1])
    endpoints = work / "endpoints.yml"
    endpoints.write_text(
        (ROOT / "endpoints.yml")
        .read_text()
        .replace("http://localhost:5055/webhook", f"http://localhost:{action_port}/webhook")
    )
    # The first start loads the demo clinic into the empty database, as scripts/run.sh does.
    subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ensure-demo"], cwd=ROOT, env=action_env, check=True,
        stdout=subprocess.DEVNULL,
    )
    commands = {
        "actions": (
            [str(RASA), "run", "actions", "--actions", "actions", "--port", str(action_port)],
            action_env,
        ),
        "rasa": (
            [
                str(RASA), "run", "--model", str(MODEL), "--interface", "127.0.0.1", "--port", str(rasa_port),
                "--credentials", str(ROOT / "credentials.yml"), "--endpoints", str(endpoints),
            ],
            rasa_env,
        ),
    }
    if not with_actions:
        del commands["actions"]
    for name, (command, env) in commands.items():
        log = open(work / f"{name}.log", "w")
        servers.processes[name] = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    if with_actions:
        _wait_until_up(f"{servers.action_url}/health", servers.processes["actions"], work / "actions.log")
    _wait_until_up(servers.rasa_url, servers.processes["rasa"], work / "rasa.log")


def _stop(servers: Servers) -> None:
    for process in servers.processes.values():
        process.terminate()
    for process in servers.processes.values():
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def _environment(**extra: str) -> Dict[str, str]:
    return {
        **os.environ,
        **TEST_SETTINGS,
        "PYTHONPATH": str(ROOT),
        "RASA_TELEMETRY_ENABLED": "false",
        # Tests get tokens from the servers like any client; the key stays out of the project's var/.
        "CHAT_TOKEN_KEY": CHAT_TOKEN_KEY,
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "ACTION_SERVER_TOKEN": ACTION_SERVER_TOKEN,
        "TAKEOVER_TOKEN": TAKEOVER_TOKEN,
        "TAKEOVER_HEARTBEAT_SECONDS": str(TAKEOVER_HEARTBEAT_SECONDS),
        **extra,
    }


def _require_model() -> None:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make test` (or `make train`) first")


@contextmanager
def _running(
    servers: Servers,
    work: Path,
    action_env: Dict[str, str],
    rasa_env: Dict[str, str],
    with_actions: bool = True,
) -> Iterator[Servers]:
    try:
        _start(work, action_env, rasa_env, servers, with_actions=with_actions)
        yield servers
    finally:
        _stop(servers)


def _sqlite_servers(work: Path) -> Servers:
    """Servers keeping the clinic and the conversations in one SQLite file."""
    database = work / "clinic.db"
    website_port = free_port()
    servers = Servers(
        rasa_url=f"http://localhost:{free_port()}",
        action_url=f"http://localhost:{free_port()}",
        database=database,
        log_dir=work,
        outbox=work / "outbox",
        clinic_url=f"sqlite:///{database}",
        website_url=f"http://127.0.0.1:{website_port}",
    )
    servers.env = _environment(
        DATABASE_URL=f"sqlite:///{database}",
        OUTBOX_DIR=str(servers.outbox),
        CHAT_ALLOWED_ORIGINS=f"http://127.0.0.1:{website_port},http://localhost:{website_port}",
    )
    return servers


@pytest.fixture(scope="session")
def servers(tmp_path_factory) -> Iterator[Servers]:
    """One Rasa + action server pair shared by every end-to-end and browser test."""
    _require_model()
    servers = _sqlite_servers(tmp_path_factory.mktemp("servers"))
    with _running(servers, servers.log_dir, servers.env, servers.env) as running:
        yield running


@dataclass
class OutageServers(Servers):
    proxy: Proxy | None = None


@pytest.fixture(scope="module")
def outage_servers(tmp_path_factory, postgres_database) -> Iterator[OutageServers]:  # noqa: F811
    """Servers whose clinic database (PostgreSQL, a database of this test
    session's own) sits behind a proxy the test can kill and restart."""
    _require_model()
    work = tmp_path_factory.mktemp("outage")
    proxy = Proxy(free_port(), postgres_database.host or "127.0.0.1", postgres_database.port or 5432)
    proxy.start()
    through_proxy = postgres_database.set(host="127.0.0.1", port=proxy.listen_port)
    tracker_db = work / "conversations.db"
    servers = OutageServers(
        rasa_url=f"http://localhost:{free_port()}",
        action_url=f"http://localhost:{free_port()}",
        database=tracker_db,
        log_dir=work,
        outbox=work / "outbox",
        clinic_url=postgres_database.render_as_string(hide_password=False),
        proxy=proxy,
    )
    servers.env = _environment(
        DATABASE_URL=through_proxy.render_as_string(hide_password=False),
        TRACKER_DATABASE_URL=f"sqlite:///{tracker_db}",
        OUTBOX_DIR=str(servers.outbox),
    )
    rasa_env = _environment(DATABASE_URL=f"sqlite:///{tracker_db}")
    try:
        with _running(servers, work, servers.env, rasa_env) as running:
            yield running
    finally:
        proxy.kill()


@pytest.fixture(scope="module")
def servers_logging_everything(tmp_path_factory) -> Iterator[Servers]:
    """A Rasa + action server pair logging at DEBUG level, where Rasa writes
    out messages, slots and trackers: for the tests that search the logs for
    personal data."""
    _require_model()
    servers = _sqlite_servers(tmp_path_factory.mktemp("debug-logs"))
    servers.env["LOG_LEVEL"] = "DEBUG"
    with _running(servers, servers.log_dir, servers.env, servers.env) as running:
        yield running


@pytest.fixture(scope="module")
def servers_without_actions(tmp_path_factory) -> Iterator[Servers]:
    """The Rasa server alone: the action server is down (nothing listens on its port)."""
    _require_model()
    servers = _sqlite_servers(tmp_path_factory.mktemp("no-actions"))
    with _running(servers, servers.log_dir, servers.env, servers.env, with_actions=False) as running:
        yield running


@contextmanager
def action_server(work: Path, **settings: str) -> Iterator[str]:
    """An action server alone on a free port, with these settings (e.g.
    DATABASE_URL), its log in work/actions.log; yields its URL."""
    port = free_port()
    env = _environment(**settings)
    log_path = work / "actions.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [str(RASA), "run", "actions", "--actions", "actions", "--port", str(port)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{url}/health", process, log_path)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
