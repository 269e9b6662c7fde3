"""`make run-cluster`'s plan (assistant/cluster/launcher.py): which servers,
on which ports, with which endpoints, and a HAProxy configuration that
HAProxy itself accepts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from assistant.cluster.launcher import cluster_problems, main, plan_cluster
from assistant.settings import load_settings
from tests.redis_server import REDIS_URL

PG = "postgresql://clinic@127.0.0.1:5432/clinic"


def settings(**extra: str):
    return load_settings({"DATABASE_URL": PG, "REDIS_URL": REDIS_URL, **extra}, env_file=None)


def test_a_cluster_needs_redis_and_postgresql():
    assert cluster_problems(settings()) == []
    sqlite = cluster_problems(load_settings({"REDIS_URL": REDIS_URL}, env_file=None))
    assert len(sqlite) == 1 and "PostgreSQL" in sqlite[0]
    no_redis = cluster_problems(load_settings({"DATABASE_URL": PG}, env_file=None))
    assert len(no_redis) == 1 and "REDIS_URL" in no_redis[0]
    dead_redis = cluster_problems(settings(REDIS_URL="redis://127.0.0.1:1/0"))
    assert len(dead_redis) == 1 and "does not answer" in dead_redis[0]


def test_the_plan_puts_each_server_on_its_port_behind_haproxy(tmp_path: Path):
    plan = plan_cluster(settings(RASA_PORT="7000", ACTION_SERVER_PORT="7100"), 3, 2, Path("m.tar.gz"), Path("rasa"),
                        Path("py"), tmp_path)
    by_name = {service.name: service for service in plan.services}
    assert set(by_name) == {"rasa1", "rasa2", "rasa3", "actions1", "actions2", "haproxy", "console", "website"}
    for i in (1, 2, 3):
        command = by_name[f"rasa{i}"].command
        assert command[command.index("--port") + 1] == str(7000 + i)
        assert command[command.index("--interface") + 1] == "127.0.0.1"  # only HAProxy faces out
        endpoints = yaml.safe_load(Path(command[command.index("--endpoints") + 1]).read_text())
        assert endpoints["lock_store"]["type"] == "rasa_addons.lock_store.AtomicRedisLockStore"
        assert endpoints["action_endpoint"]["url"] == "http://127.0.0.1:7100/webhook"  # HAProxy's actions frontend
    assert [by_name[f"actions{j}"].command[-1] for j in (1, 2)] == ["7101", "7102"]
    assert plan.env == {"RASA_INTERNAL_URL": "http://127.0.0.1:7094"}
    config = (tmp_path / "haproxy.cfg").read_text()
    assert "bind 127.0.0.1:7000" in config and "bind 127.0.0.1:7094" in config and "bind 127.0.0.1:7100" in config
    assert "server rasa3 127.0.0.1:7003 cookie rasa3" in config and "server actions2 127.0.0.1:7102" in config
    # the same servers unchecked, used only when checks have marked every one down (fail open)
    assert "server rasa3_unchecked 127.0.0.1:7003 backup no-check" in config
    assert "server actions2_unchecked 127.0.0.1:7102 backup no-check" in config


def test_a_configured_console_address_is_kept(tmp_path: Path):
    plan = plan_cluster(settings(RASA_INTERNAL_URL="http://10.0.0.5:5099"), 2, 1, Path("m"), Path("rasa"), Path("py"),
                        tmp_path, with_web=False)
    assert plan.env == {}
    assert {s.name for s in plan.services} == {"rasa1", "rasa2", "actions1", "haproxy"}


@pytest.mark.skipif(shutil.which("haproxy") is None, reason="HAProxy is installed by `make test` (scripts/haproxy.sh)")
def test_haproxy_accepts_the_configuration(tmp_path: Path):
    plan_cluster(settings(), 3, 2, Path("m"), Path("rasa"), Path("py"), tmp_path)
    check = subprocess.run(["haproxy", "-c", "-f", str(tmp_path / "haproxy.cfg")], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_launcher_refuses_to_start_without_what_a_cluster_needs(monkeypatch: pytest.MonkeyPatch, caplog):
    monkeypatch.setenv("REDIS_URL", "")
    monkeypatch.setenv("DATABASE_URL", "")
    monkeypatch.setenv("TRACKER_DATABASE_URL", "")
    assert main(["--model", "m.tar.gz", "--rasa-servers", "2"]) == 2
    assert "REDIS_URL is empty" in caplog.text and "not PostgreSQL" in caplog.text
