"""HAProxy fails open: when health checks have marked every server down (Rasa answers them on the
event loop that runs the model, so busy servers can miss them), patients' requests still reach the
servers instead of a 503 page. A stand-in server fails every health check and answers chat paths."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest
import requests

from assistant.cluster.haproxy import Backend, Layout, render

pytestmark = pytest.mark.skipif(
    shutil.which("haproxy") is None, reason="HAProxy is installed by `make test` (scripts/haproxy.sh)"
)


class FailsHealthChecks(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        healthy = self.path not in ("/", "/health")
        body = b"answered by the server" if healthy else b"not now"
        self.send_response(200 if healthy else 503)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server_failing_checks() -> Iterator[int]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FailsHealthChecks)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()


def test_servers_marked_down_by_health_checks_still_get_patients_requests(tmp_path: Path, server_failing_checks):
    public, internal, actions = _free_port(), _free_port(), _free_port()
    layout = Layout(
        public_bind=f"127.0.0.1:{public}",
        internal_bind=f"127.0.0.1:{internal}",
        actions_bind=f"127.0.0.1:{actions}",
        rasa_servers=[Backend("rasa1", "127.0.0.1", server_failing_checks)],
        action_servers=[Backend("actions1", "127.0.0.1", server_failing_checks)],
    )
    config = tmp_path / "haproxy.cfg"
    config.write_text(render(layout))
    log = tmp_path / "haproxy.log"
    with log.open("w") as out:
        haproxy = subprocess.Popen(["haproxy", "-db", "-f", str(config)], stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 40  # three missed checks 3 s apart, plus start-up
        marked_down = ("rasa_servers/rasa1 is DOWN", "action_servers/actions1 is DOWN")
        while not all(line in log.read_text() for line in marked_down):
            assert time.monotonic() < deadline, log.read_text()
            assert haproxy.poll() is None, log.read_text()
            time.sleep(0.5)
        chat = requests.get(f"http://127.0.0.1:{public}/webhooks/rest/", timeout=10)
        assert (chat.status_code, chat.text) == (200, "answered by the server")
        action = requests.get(f"http://127.0.0.1:{actions}/webhook", timeout=10)
        assert (action.status_code, action.text) == (200, "answered by the server")
    finally:
        haproxy.terminate()
        haproxy.wait(timeout=10)
