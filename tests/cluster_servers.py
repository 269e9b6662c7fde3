"""A cluster for the scale-out tests: three Rasa servers and one action
server behind HAProxy, sharing a PostgreSQL database of this test session's
own and the machine's Redis, started by the same code as `make run-cluster`
(assistant.cluster.launcher) under the same supervisor. Tests kill servers
with SIGKILL and call `restore()` to have the supervisor restart them.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import redis
import requests
from sqlalchemy import text
from sqlalchemy.engine import URL

from assistant.cluster.launcher import Cluster, cluster_problems, plan_cluster
from assistant.db import create_engine_for
from assistant.settings import load_settings
from assistant.supervisor import Backoff, Supervisor
from tests.redis_server import REDIS_URL
from tests.servers import MODEL, RASA, ROOT, _environment, _require_model

RASA_SERVERS = 3
STARTUP_SECONDS = 600  # three Rasa servers loading at once on two cores


def _free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_base(offsets: List[int]) -> int:
    """A port p with p + offset free for every offset (the cluster's ports are consecutive)."""
    for _ in range(200):
        base = random.randrange(20_000, 50_000)
        if all(_free(base + offset) for offset in offsets):
            return base
    raise RuntimeError("no free ports for the cluster")


@dataclass
class RunningCluster:
    url: str  # HAProxy, as patients reach it
    rasa_urls: Dict[str, str]  # each Rasa server directly, by name
    internal_url: str  # HAProxy's frontend for the staff console
    database_url: str
    env: Dict[str, str]
    supervisor: Supervisor
    plan: Cluster
    website_origin: str

    def kill(self, name: str) -> None:
        """SIGKILL a server (its whole process group), as a crash would."""
        os.killpg(self.supervisor.pids()[name], signal.SIGKILL)

    def restore(self, timeout: float = STARTUP_SECONDS) -> None:
        """Let the supervisor restart what was killed and wait until every server answers."""
        deadline = time.monotonic() + timeout
        restarts_before = self.supervisor.restarts()
        while time.monotonic() < deadline:
            self.supervisor.check()
            for name, count in self.supervisor.restarts().items():
                if count - restarts_before[name] > 2:  # crashing on start: say why instead of waiting
                    raise RuntimeError(f"{name} keeps crashing; its log:\n{self.log(name)[-4000:]}")
            if not self.supervisor.not_ready() and self._haproxy_sees_all():
                return
            time.sleep(0.5)
        raise RuntimeError(f"the cluster did not recover: {[s.name for s in self.supervisor.not_ready()]}")

    def _haproxy_sees_all(self) -> bool:
        """Whether HAProxy sends requests to every Rasa server again: its health checks mark a
        server up a few seconds after it answers. Round robin over the servers it thinks up,
        each response naming its server in the stickiness cookie, shows which ones those are."""
        try:  # the action servers' frontend too: 200 only once a backend is marked up
            if requests.get(f"http://{self.plan.layout.actions_bind}/health", timeout=2).status_code != 200:
                return False
        except requests.RequestException:
            return False
        seen = set()
        for _ in range(4 * len(self.rasa_urls)):
            try:
                response = requests.get(f"{self.url}/webhooks/rest/", timeout=2)
            except requests.RequestException:
                return False
            seen.add(response.cookies.get("clinic_chat_server"))
        return seen == set(self.rasa_urls)

    def events(self, sender: str) -> List[Dict[str, Any]]:
        """The conversation's stored events, oldest first."""
        engine = create_engine_for(self.database_url)
        try:
            with engine.connect() as connection:
                rows = connection.execute(
                    text("SELECT type_name, data FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender}
                ).all()
        finally:
            engine.dispose()
        return [{**json.loads(row.data), "event": row.type_name} for row in rows]

    def patient_texts(self, sender: str) -> List[str]:
        return [e.get("text") for e in self.events(sender) if e["event"] == "user"]

    def log(self, name: str) -> str:
        return self.supervisor.log_file(name).read_text(errors="replace")


@pytest.fixture(scope="session")
def cluster(tmp_path_factory, postgres_database: URL) -> Iterator[RunningCluster]:
    _require_model()
    work = tmp_path_factory.mktemp("cluster")
    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=3).ping()
    except redis.RedisError as error:
        pytest.fail(f"Redis is not reachable at {REDIS_URL} ({error}); the cluster tests need it", pytrace=False)
    rasa_port = _free_base([0, *range(1, RASA_SERVERS + 1), 94])
    action_port = _free_base([0, 1])
    website_origin = f"http://127.0.0.1:{_free_base([0])}"
    database_url = postgres_database.render_as_string(hide_password=False)
    env = _environment(
        DATABASE_URL=database_url,
        REDIS_URL=REDIS_URL,
        RASA_PORT=str(rasa_port),
        ACTION_SERVER_PORT=str(action_port),
        CHAT_ALLOWED_ORIGINS=website_origin,
        OUTBOX_DIR=str(work / "outbox"),
        LOG_DIR=str(work / "logs"),
        # Four Rasa servers and the whole suite share two cores in CI: an action call once took
        # longer than the default 4 s there. These tests are about what is stored, not speed.
        ACTION_TIMEOUT_SECONDS="20",
    )
    settings = load_settings(environ=env, env_file=None)
    problems = cluster_problems(settings)
    assert not problems, problems
    subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ensure-demo"], cwd=ROOT, env=env, check=True,
        stdout=subprocess.DEVNULL,
    )
    plan = plan_cluster(settings, RASA_SERVERS, 1, MODEL, RASA, Path(sys.executable), work, with_web=False)
    env.update(plan.env)
    supervisor = Supervisor(plan.services, work / "logs", backoff=Backoff(first=0.5), cwd=ROOT, env=env)
    supervisor.start()
    running = RunningCluster(
        url=f"http://127.0.0.1:{rasa_port}",
        rasa_urls={b.name: f"http://127.0.0.1:{b.port}" for b in plan.layout.rasa_servers},
        internal_url=f"http://{plan.layout.internal_bind}",
        database_url=database_url,
        env=env,
        supervisor=supervisor,
        plan=plan,
        website_origin=website_origin,
    )
    try:
        running.restore(STARTUP_SECONDS)
        yield running
    finally:
        supervisor.stop()
