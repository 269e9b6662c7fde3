"""Real Rasa and action servers for end-to-end conversations over REST.

The servers run the trained model (models/clinic.tar.gz, built by `make test`
before pytest starts) against a throw-away SQLite database, with clinic
settings that differ from the demo defaults, so the tests can tell values
that come from settings apart from anything baked into the model.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Servers:
    rasa_url: str
    action_url: str
    database: Path
    log_dir: Path
    processes: Dict[str, subprocess.Popen] = field(default_factory=dict)

    def chat(self, sender: str, text: Optional[str]) -> List[dict]:
        response = requests.post(
            f"{self.rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=60
        )
        assert response.status_code == 200, response.text
        return response.json()

    def texts(self, sender: str, text: Optional[str]) -> List[str]:
        return [m.get("text", "") for m in self.chat(sender, text)]

    def stop(self, name: str) -> None:
        process = self.processes.pop(name)
        process.terminate()
        process.wait(timeout=30)


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


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


@pytest.fixture(scope="session")
def servers(tmp_path_factory) -> Iterator[Servers]:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make test` (or `make train`) first")
    work = tmp_path_factory.mktemp("servers")
    rasa_port, action_port = free_port(), free_port()
    endpoints = work / "endpoints.yml"
    endpoints.write_text(
        (ROOT / "endpoints.yml")
        .read_text()
        .replace("http://localhost:5055/webhook", f"http://localhost:{action_port}/webhook")
    )
    database = work / "clinic.db"
    env = {
        **os.environ,
        **TEST_SETTINGS,
        "DATABASE_URL": f"sqlite:///{database}",
        "PYTHONPATH": str(ROOT),
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
    }
    servers = Servers(
        rasa_url=f"http://localhost:{rasa_port}",
        action_url=f"http://localhost:{action_port}",
        database=database,
        log_dir=work,
    )
    commands = {
        "actions": [str(RASA), "run", "actions", "--actions", "actions", "--port", str(action_port)],
        "rasa": [
            str(RASA), "run", "--model", str(MODEL), "--port", str(rasa_port),
            "--credentials", str(ROOT / "credentials.yml"), "--endpoints", str(endpoints),
        ],
    }
    for name, command in commands.items():
        log = open(work / f"{name}.log", "w")
        servers.processes[name] = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_until_up(f"{servers.action_url}/health", servers.processes["actions"], work / "actions.log")
        _wait_until_up(servers.rasa_url, servers.processes["rasa"], work / "rasa.log")
        yield servers
    finally:
        for process in servers.processes.values():
            process.terminate()
        for process in servers.processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
