"""The supervisor behind `make run` (assistant/supervisor.py): real child
processes (small Python scripts) that crash, get killed or ignore TERM."""

from __future__ import annotations

import logging
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Callable, List

import pytest
import yaml

from assistant.settings import PROJECT_ROOT, load_settings
from assistant.supervisor import Backoff, Service, Supervisor, _banner, _endpoints_file, assistant_services

PY = sys.executable
SLEEPER = (PY, "-c", "import time; print('up', flush=True); time.sleep(600)")
DEADLINE = 60  # seconds to wait for something that takes a fraction of a second
QUICK = Backoff(first=0.05)


def wait_until(condition: Callable[[], bool], supervisor: Supervisor | None = None) -> None:
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        if supervisor is not None:
            supervisor.check()
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("the condition never held")


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def crashes_once(marker: Path) -> tuple:
    """A server that exits with code 3 on its first start and stays up after that."""
    script = textwrap.dedent(f"""
        import pathlib, sys, time
        marker = pathlib.Path({str(marker)!r})
        if not marker.exists():
            marker.write_text("crashed")
            print("first start, crashing", flush=True)
            sys.exit(3)
        print("second start, staying up", flush=True)
        time.sleep(600)
    """)
    return (PY, "-c", script)


@pytest.fixture
def supervisors(tmp_path):
    made: List[Supervisor] = []

    def make(*services: Service, backoff: Backoff = QUICK, **kwargs) -> Supervisor:
        supervisor = Supervisor(services, tmp_path / "log", backoff=backoff, **kwargs)
        made.append(supervisor)
        return supervisor

    yield make
    for supervisor in made:
        supervisor.stop(grace=2)


def test_a_server_that_crashes_is_restarted_and_logged_while_the_others_keep_running(
    supervisors, tmp_path, caplog
):
    caplog.set_level(logging.INFO, logger="assistant.supervisor")
    supervisor = supervisors(
        Service("steady", SLEEPER, ""), Service("flaky", crashes_once(tmp_path / "marker"), "")
    )
    supervisor.start()
    steady = supervisor.pids()["steady"]

    wait_until(lambda: supervisor.restarts()["flaky"] == 1 and "flaky" in supervisor.pids(), supervisor)

    assert supervisor.pids()["steady"] == steady
    assert any("flaky stopped unexpectedly (exit code 3)" in m and "restarting it in" in m for m in caplog.messages)
    assert any(m.startswith("flaky restarted (restart 1") for m in caplog.messages)
    wait_until(lambda: "staying up" in supervisor.log_file("flaky").read_text())
    log = supervisor.log_file("flaky").read_text()
    assert log.index("first start, crashing") < log.index("restarted by the supervisor") < log.index("staying up")


def test_server_logs_are_readable_by_their_owner_only(supervisors, tmp_path):
    supervisor = supervisors(Service("steady", SLEEPER, ""))
    supervisor.log_dir.mkdir(parents=True, exist_ok=True)
    supervisor.log_file("steady").write_text("an old log left world-readable\n")
    supervisor.log_file("steady").chmod(0o644)
    supervisor.start()
    assert stat.S_IMODE(supervisor.log_file("steady").stat().st_mode) == 0o600


def test_a_killed_server_is_restarted(supervisors, caplog):
    supervisor = supervisors(Service("actions", SLEEPER, ""))
    supervisor.start()
    first = supervisor.pids()["actions"]

    os.kill(first, signal.SIGKILL)
    wait_until(lambda: supervisor.pids().get("actions", first) != first, supervisor)

    assert any("actions stopped unexpectedly (killed by SIGKILL)" in m for m in caplog.messages)
    assert alive(supervisor.pids()["actions"])


def test_the_back_off_doubles_with_each_crash_in_a_row_up_to_the_longest():
    backoff = Backoff(first=1, longest=60)

    assert [backoff.delay(n) for n in range(1, 9)] == [1, 2, 4, 8, 16, 32, 60, 60]


def test_crashes_in_a_row_back_off_longer_and_a_stable_run_starts_again_from_the_first_delay(supervisors, caplog):
    now = [0.0]
    supervisor = supervisors(
        Service("broken", (PY, "-c", "raise SystemExit(1)"), ""),
        backoff=Backoff(first=1, longest=60, stable_after=60),
        clock=lambda: now[0],
    )
    supervisor.start()

    def next_crash(ran_for: float) -> str:
        """Let the current run last `ran_for` (clock) seconds, then return the crash's log line."""
        seen = len(caplog.messages)
        now[0] += ran_for
        wait_until(lambda: any("stopped unexpectedly" in m for m in caplog.messages[seen:]), supervisor)
        return next(m for m in caplog.messages[seen:] if "stopped unexpectedly" in m)

    delays = []
    for ran_for in (1, 1, 1, 120, 1):
        delays.append(next_crash(ran_for).split("restarting it in ")[1].split(" s.")[0])
        now[0] += 60  # the back-off is over: the next check restarts it
        restarts = supervisor.restarts()["broken"]
        wait_until(lambda r=restarts: supervisor.restarts()["broken"] == r + 1, supervisor)

    assert delays == ["1", "2", "4", "1", "2"]


def test_stopping_ends_every_server_even_one_that_ignores_term(supervisors, caplog):
    stubborn = (
        PY, "-c",
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('up', flush=True); time.sleep(600)",
    )
    supervisor = supervisors(Service("stubborn", stubborn, ""), Service("steady", SLEEPER, ""))
    supervisor.start()
    wait_until(lambda: "up" in supervisor.log_file("stubborn").read_text())
    pids = supervisor.pids()

    supervisor.stop(grace=0.5)

    assert supervisor.pids() == {}
    assert not any(alive(pid) for pid in pids.values())
    assert any("did not stop within" in m for m in caplog.messages)
    supervisor.check()
    assert supervisor.restarts() == {"stubborn": 0, "steady": 0}  # stopped on purpose: not restarted


def test_stopping_also_ends_what_a_server_started(supervisors):
    parent = (
        PY, "-c",
        "import subprocess, sys, time; child = subprocess.Popen(['sleep', '600']); "
        "print(child.pid, flush=True); time.sleep(600)",
    )
    supervisor = supervisors(Service("parent", parent, ""))
    supervisor.start()
    wait_until(lambda: supervisor.log_file("parent").read_text().strip().isdigit())
    grandchild = int(supervisor.log_file("parent").read_text())

    supervisor.stop(grace=5)

    wait_until(lambda: not alive(grandchild))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux only")
def test_the_servers_stop_when_the_supervisor_itself_is_killed(tmp_path):
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from assistant.supervisor import Service, Supervisor
        supervisor = Supervisor([Service("s", {SLEEPER!r}, "")], Path({str(tmp_path)!r}))
        supervisor.start()
        print(supervisor.pids()["s"], flush=True)
        time.sleep(600)
    """)
    outer = subprocess.Popen([PY, "-c", script], cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        server = int(outer.stdout.readline())
        assert alive(server)
        outer.kill()
        outer.wait()
        wait_until(lambda: not alive(server))
    finally:
        outer.kill()
        outer.wait()


# ------------------------------------------------------------ the assistant's four servers


def test_the_servers_use_the_ports_from_the_settings(tmp_path):
    settings = load_settings(
        {"RASA_PORT": "6005", "ACTION_SERVER_PORT": "6055", "CONSOLE_PORT": "6080", "WEBSITE_PORT": "6000",
         "CHAT_ALLOWED_ORIGINS": "http://127.0.0.1:6000"},
        env_file=None,
    )
    endpoints = _endpoints_file(settings, PROJECT_ROOT, tmp_path)

    services = {s.name: s for s in assistant_services(settings, Path("m.tar.gz"), Path("rasa"), Path("py"), endpoints)}

    assert services["actions"].command[-2:] == ("--port", "6055")
    assert services["actions"].ready_url == "http://localhost:6055/health"
    rasa = services["rasa"].command
    assert rasa[rasa.index("--port") + 1] == "6005" and rasa[rasa.index("--model") + 1] == "m.tar.gz"
    assert rasa[rasa.index("--cors"):] == ("--cors", "http://127.0.0.1:6000")
    assert rasa[rasa.index("--interface") + 1] == "127.0.0.1"  # loopback unless RASA_HOST says otherwise
    assert services["rasa"].ready_url == "http://127.0.0.1:6005/"
    assert services["console"].ready_url == "http://127.0.0.1:6080/login"
    assert services["website"].ready_url == "http://127.0.0.1:6000/"
    # Rasa calls the action server on its port; everything else in endpoints.yml is kept.
    written = yaml.safe_load(Path(rasa[rasa.index("--endpoints") + 1]).read_text())
    original = yaml.safe_load((PROJECT_ROOT / "endpoints.yml").read_text())
    assert written["action_endpoint"]["url"] == "http://localhost:6055/webhook"
    assert {k: v for k, v in written.items() if k != "action_endpoint"} == {
        k: v for k, v in original.items() if k != "action_endpoint"
    }


def test_rasa_on_every_interface_is_checked_on_loopback(tmp_path):
    settings = load_settings({"RASA_HOST": "0.0.0.0"}, env_file=None)

    services = assistant_services(settings, Path("m"), Path("rasa"), Path("py"), tmp_path)
    [rasa] = [s for s in services if s.name == "rasa"]

    assert rasa.command[rasa.command.index("--interface") + 1] == "0.0.0.0"
    assert rasa.ready_url == "http://127.0.0.1:5005/"


def test_the_banner_shows_how_to_start_a_conversation_not_an_id_to_pick():
    banner = _banner(load_settings({}, env_file=None))

    assert "/webhooks/rest/conversations" in banner
    assert '"sender"' not in banner


def test_the_default_action_port_uses_endpoints_yml_itself(tmp_path):
    settings = load_settings({}, env_file=None)

    assert _endpoints_file(settings, PROJECT_ROOT, tmp_path) == PROJECT_ROOT / "endpoints.yml"
    assert list(tmp_path.iterdir()) == []
