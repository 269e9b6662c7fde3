"""Runs the assistant's servers for `make run` and keeps them running.

    python -m assistant.supervisor --model models/clinic.tar.gz      # what scripts/run.sh runs

Each server (Rasa, the action server, the staff console, the demo website)
is a child process in its own process group, writing to LOG_DIR/<name>.log.
When one exits without being asked to, the supervisor logs it and starts it
again after a back-off (1 s, doubling up to 60 s, back to 1 s once it has
run for a minute), and the others keep running: a crashed action server no
longer takes the Rasa server with it, so safety replies keep going out, and
the restarted action server's reconciler opens the tickets it missed.

Ctrl-C (SIGINT) or SIGTERM stops them all: TERM to each process group, then
KILL to whatever is left after a grace period. On Linux the servers also get
TERM if the supervisor itself dies, so none is left behind.

A server that hangs without exiting is not restarted; the Rasa server bounds
its calls to the action server instead (rasa_addons/action_calls.py).
"""

from __future__ import annotations

import argparse
import ctypes
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Callable, Dict, List, Mapping, Sequence, Tuple
from urllib.parse import urlsplit, urlunsplit

import yaml

from assistant.settings import PROJECT_ROOT, Settings, load_settings

logger = logging.getLogger("assistant.supervisor")

STOP_GRACE_SECONDS = 20.0
STARTUP_TIMEOUT_SECONDS = 300.0
POLL_SECONDS = 0.5


@dataclass(frozen=True)
class Service:
    name: str
    command: Tuple[str, ...]
    ready_url: str  # answers 200 once the server is up


@dataclass(frozen=True)
class Backoff:
    """How long to wait before a restart: `first` seconds, doubling with each
    crash in a row up to `longest`; a run of `stable_after` seconds or more
    ends the row."""

    first: float = 1.0
    longest: float = 60.0
    stable_after: float = 60.0

    def delay(self, crashes_in_a_row: int) -> float:
        return min(self.first * 2 ** max(crashes_in_a_row - 1, 0), self.longest)


@dataclass
class _Child:
    service: Service
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    restart_at: float | None = None
    crashes_in_a_row: int = 0
    restarts: int = 0


_PR_SET_PDEATHSIG = 1
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


def _own_group_dying_with_parent() -> None:  # runs in the child, between fork and exec
    os.setsid()
    if _LIBC is not None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class Supervisor:
    """Starts `services`, restarts the ones that exit, stops them all on request.

    The caller drives it: `start()`, then `check()` every so often, then `stop()`.
    """

    def __init__(
        self,
        services: Sequence[Service],
        log_dir: Path,
        *,
        backoff: Backoff = Backoff(),
        cwd: Path = PROJECT_ROOT,
        env: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.log_dir = log_dir
        self.backoff = backoff
        self.cwd = cwd
        self.env = dict(os.environ if env is None else env)
        self.clock = clock
        self._children: Dict[str, _Child] = {s.name: _Child(s) for s in services}

    def log_file(self, name: str) -> Path:
        return self.log_dir / f"{name}.log"

    def start(self) -> None:
        self.log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        for child in self._children.values():
            self._launch(child, fresh_log=True)

    def _launch(self, child: _Child, fresh_log: bool = False) -> None:
        # A restart appends: the crash's own output stays in the log above the new start.
        path = self.log_file(child.service.name)
        # Owner-only whatever the umask: redaction keeps personal data out of the logs, and a
        # log that slips one through must not be readable by every account on the machine.
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if fresh_log else os.O_APPEND), 0o600),
                       "w" if fresh_log else "a") as log:
            os.chmod(path, 0o600)  # an existing log keeps its mode on open
            if not fresh_log:
                log.write(f"\n--- restarted by the supervisor at {time.strftime('%Y-%m-%d %H:%M:%S')} ---\n")
                log.flush()
            child.process = self._spawn(child.service.command, log)
        child.started_at = self.clock()
        child.restart_at = None

    def _spawn(self, command: Sequence[str], log: IO[str]) -> subprocess.Popen:
        return subprocess.Popen(
            list(command), cwd=self.cwd, env=self.env, stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, preexec_fn=_own_group_dying_with_parent,
        )

    def pids(self) -> Dict[str, int]:
        """The running servers' process ids."""
        return {
            name: child.process.pid
            for name, child in self._children.items()
            if child.process is not None and child.process.poll() is None
        }

    def restarts(self) -> Dict[str, int]:
        return {name: child.restarts for name, child in self._children.items()}

    def check(self) -> None:
        """Notice servers that exited, schedule their restart, and restart those whose back-off is over."""
        now = self.clock()
        for child in self._children.values():
            if child.process is not None:
                code = child.process.poll()
                if code is None:
                    continue
                ran_for = now - child.started_at
                _kill_group(child.process, signal.SIGKILL)  # anything it left behind
                child.process = None
                child.crashes_in_a_row = 1 if ran_for >= self.backoff.stable_after else child.crashes_in_a_row + 1
                delay = self.backoff.delay(child.crashes_in_a_row)
                child.restart_at = now + delay
                logger.error(
                    "%s stopped unexpectedly (%s) after %.0f s; restarting it in %g s. Its log: %s",
                    child.service.name, _describe_exit(code), ran_for, delay, self.log_file(child.service.name),
                )
            elif child.restart_at is not None and now >= child.restart_at:
                self._launch(child)
                child.restarts += 1
                logger.warning(
                    "%s restarted (restart %d, process %d)", child.service.name, child.restarts, child.process.pid
                )

    def not_ready(self) -> List[Service]:
        """The servers that do not answer their ready URL yet."""
        return [c.service for c in self._children.values() if not _answers(c.service.ready_url)]

    def stop(self, grace: float = STOP_GRACE_SECONDS) -> None:
        """TERM every server's process group, KILL what is left after `grace` seconds."""
        running = [c.process for c in self._children.values() if c.process is not None]
        for child in self._children.values():
            child.process = None
            child.restart_at = None
        for process in running:
            _kill_group(process, signal.SIGTERM)
        deadline = time.monotonic() + grace
        for process in running:
            try:
                process.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                logger.warning("Process %d did not stop within %g s; killing it", process.pid, grace)
            _kill_group(process, signal.SIGKILL)
            process.wait()


def _kill_group(process: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(process.pid, sig)  # the child leads its own group (setsid)
    except (ProcessLookupError, PermissionError):
        pass


def _describe_exit(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError, ValueError):
        return False


# ----------------------------------------------------------------- the assistant's servers


def _endpoints_file(settings: Settings, root: Path, work_dir: Path, name: str = "endpoints.yml") -> Path:
    """endpoints.yml (or `name`), or a copy pointing at ACTION_SERVER_PORT when that is not its port."""
    source = root / name
    config = yaml.safe_load(source.read_text()) or {}
    url = urlsplit(str((config.get("action_endpoint") or {}).get("url", "")))
    if not url.netloc or url.port == settings.action_server_port:
        return source
    config["action_endpoint"]["url"] = urlunsplit(url._replace(netloc=f"{url.hostname}:{settings.action_server_port}"))
    copy = work_dir / name
    copy.write_text(yaml.safe_dump(config, sort_keys=False))
    return copy


def action_service(name: str, port: int, rasa: Path) -> Service:
    """An action server on `port`."""
    return Service(
        name, (str(rasa), "run", "actions", "--actions", "actions", "--port", str(port)),
        f"http://localhost:{port}/health",
    )


def rasa_service(name: str, port: int, settings: Settings, model: Path, rasa: Path, endpoints: Path) -> Service:
    """A Rasa server on `port`, with the chat channels and the given endpoints."""
    rasa_address = "127.0.0.1" if settings.rasa_host in ("0.0.0.0", "::") else settings.rasa_host
    return Service(
        name,
        (
            str(rasa), "run", "--model", str(model), "--port", str(port),
            "--interface", settings.rasa_host,  # loopback unless RASA_HOST says otherwise
            "--credentials", "credentials.yml", "--endpoints", str(endpoints),
            # CORS for the REST webhook: the web pages in CHAT_ALLOWED_ORIGINS, never "*".
            # The socket.io channel checks the same list itself.
            "--cors", *settings.allowed_origins,
        ),
        f"http://{rasa_address}:{port}/",
    )


def web_services(settings: Settings, python: Path) -> List[Service]:
    """The staff console and the demo website."""
    console = f"http://{settings.console_host}:{settings.console_port}"
    website = f"http://{settings.website_host}:{settings.website_port}"
    return [
        Service("console", (str(python), "-m", "assistant.cli", "console"), f"{console}/login"),
        Service("website", (str(python), "-m", "assistant.cli", "website"), f"{website}/"),
    ]


def assistant_services(settings: Settings, model: Path, rasa: Path, python: Path, endpoints: Path) -> List[Service]:
    """The four servers `make run` starts, on the ports from the settings."""
    return [
        action_service("actions", settings.action_server_port, rasa),
        rasa_service("rasa", settings.rasa_port, settings, model, rasa, endpoints),
        *web_services(settings, python),
    ]


def _banner(settings: Settings) -> str:
    rasa = f"http://localhost:{settings.rasa_port}"
    console = f"http://{settings.console_host}:{settings.console_port}"
    return f"""
  The assistant is running.
    Demo clinic website with the chat:  http://{settings.website_host}:{settings.website_port}
    Staff console:                      {console}   (first time: make admin)
    Chat in this terminal:              make chat        (in another terminal)
    REST (integrations):                POST {rasa}/webhooks/rest/conversations, then /webhook with its token
                                        (docs/web-chat.md)
    Socket.IO:                          {rasa}/socket.io
    Action server:                      http://localhost:{settings.action_server_port}/health
  A server that crashes is restarted. Press Ctrl-C to stop.
"""


def _tails(supervisor: Supervisor, services: Sequence[Service], lines: int = 20) -> str:
    parts = []
    for service in services:
        path = supervisor.log_file(service.name)
        text = path.read_text(errors="replace").splitlines()[-lines:] if path.exists() else []
        parts.append(f"==> {path} <==\n" + "\n".join(text))
    return "\n".join(parts)


def run_until_stopped(supervisor: Supervisor, banner: str, startup_timeout: float) -> int:
    """Start the servers, print `banner` once all answer, restart crashed ones
    until Ctrl-C or TERM, then stop them all. 1 if they did not start in time."""
    stopping: List[int] = []

    def request_stop(signum: int, _frame: object) -> None:
        stopping.append(signum)

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    logger.info("Starting the servers (a Rasa server takes about a minute to load); logs in %s", supervisor.log_dir)
    supervisor.start()
    deadline = time.monotonic() + startup_timeout
    waiting = True
    try:
        while not stopping:
            supervisor.check()
            if waiting and time.monotonic() >= deadline:
                late = supervisor.not_ready()
                if late:
                    print(_tails(supervisor, late), file=sys.stderr)
                    logger.error("%s did not start within %g s (see the logs above)",
                                 ", ".join(s.name for s in late), startup_timeout)
                    return 1
            if waiting and not supervisor.not_ready():
                waiting = False
                print(banner, flush=True)
            time.sleep(POLL_SECONDS if not waiting else 1.0)
    finally:
        logger.info("Stopping the assistant")
        supervisor.stop()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.supervisor", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="the trained model (models/clinic.tar.gz)")
    parser.add_argument("--rasa", type=Path, default=Path(sys.executable).parent / "rasa", help="the rasa command")
    parser.add_argument("--startup-timeout", type=float, default=STARTUP_TIMEOUT_SECONDS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s supervisor: %(message)s", datefmt="%H:%M:%S")

    settings = load_settings()
    with tempfile.TemporaryDirectory(prefix="assistant-run-") as work_dir:
        endpoints = _endpoints_file(settings, PROJECT_ROOT, Path(work_dir))
        services = assistant_services(settings, args.model, args.rasa, Path(sys.executable), endpoints)
        supervisor = Supervisor(services, settings.effective_log_dir)
        return run_until_stopped(supervisor, _banner(settings), args.startup_timeout)


if __name__ == "__main__":
    sys.exit(main())
