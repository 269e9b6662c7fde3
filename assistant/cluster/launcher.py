"""Runs several Rasa servers and action servers behind HAProxy, on this machine.

    python -m assistant.cluster.launcher --rasa-servers 3 --action-servers 2 --model models/clinic.tar.gz
    (what `make run-cluster N=3 M=2` runs)

The layout, all on loopback but the public address:

    RASA_HOST:RASA_PORT          HAProxy, the chat (REST webhook and socket.io only)
    127.0.0.1:RASA_PORT+i        Rasa server i (i = 1..N), endpoints.production.yml
    127.0.0.1:INTERNAL_PORT      HAProxy, every Rasa route, for the staff console
    127.0.0.1:ACTION_SERVER_PORT HAProxy, the action servers
    127.0.0.1:ACTION_SERVER_PORT+j  action server j (j = 1..M)
    the staff console and the demo website, as with `make run`

The Rasa servers share the conversations in PostgreSQL (DATABASE_URL) and
each conversation's lock, socket.io rooms and takeover heartbeats in Redis
(REDIS_URL); it refuses to start without both. The supervisor restarts any
server that crashes; HAProxy stops sending to it until it answers again.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Sequence

import redis
from sqlalchemy.engine import make_url

from assistant.cluster.haproxy import Backend, Layout, render
from assistant.settings import PROJECT_ROOT, Settings, load_settings
from assistant.supervisor import (
    STARTUP_TIMEOUT_SECONDS,
    Service,
    Supervisor,
    _endpoints_file,
    action_service,
    rasa_service,
    run_until_stopped,
    web_services,
)

logger = logging.getLogger("assistant.cluster")

ENDPOINTS = "endpoints.production.yml"
# Where the console reaches the Rasa servers, unless RASA_INTERNAL_URL says otherwise.
INTERNAL_PORT_OFFSET = 94  # RASA_PORT 5005 -> 5099


@dataclasses.dataclass(frozen=True)
class Cluster:
    services: List[Service]
    layout: Layout
    env: Dict[str, str]  # settings every server gets on top of the environment


def cluster_problems(settings: Settings) -> List[str]:
    """Why the settings cannot run a cluster (empty if they can)."""
    problems = []
    if not settings.redis_url:
        problems.append("REDIS_URL is empty: the Rasa servers share conversation locks and socket.io rooms in Redis")
    else:
        try:
            redis.Redis.from_url(str(settings.redis_url), socket_timeout=3).ping()
        except redis.RedisError as error:
            problems.append(f"Redis at REDIS_URL does not answer ({error.__class__.__name__})")
    backend = make_url(settings.effective_tracker_database_url).get_backend_name()
    if backend != "postgresql":
        problems.append(
            "DATABASE_URL (or TRACKER_DATABASE_URL) is not PostgreSQL: several Rasa servers share the "
            "conversations in one PostgreSQL database"
        )
    return problems


def plan_cluster(
    settings: Settings,
    rasa_count: int,
    action_count: int,
    model: Path,
    rasa: Path,
    python: Path,
    work_dir: Path,
    haproxy: str = "haproxy",
    with_web: bool = True,
) -> Cluster:
    """The servers of a cluster and HAProxy's configuration (written to work_dir)."""
    backend_settings = dataclasses.replace(settings, rasa_host="127.0.0.1")  # only HAProxy faces out
    endpoints = _endpoints_file(settings, PROJECT_ROOT, work_dir, ENDPOINTS)
    rasa_servers = [Backend(f"rasa{i}", "127.0.0.1", settings.rasa_port + i) for i in range(1, rasa_count + 1)]
    action_servers = [
        Backend(f"actions{j}", "127.0.0.1", settings.action_server_port + j) for j in range(1, action_count + 1)
    ]
    internal_port = settings.rasa_port + INTERNAL_PORT_OFFSET
    layout = Layout(
        public_bind=f"{settings.rasa_host}:{settings.rasa_port}",
        internal_bind=f"127.0.0.1:{internal_port}",
        actions_bind=f"127.0.0.1:{settings.action_server_port}",
        rasa_servers=rasa_servers,
        action_servers=action_servers,
    )
    config = work_dir / "haproxy.cfg"
    config.write_text(render(layout))
    public = "127.0.0.1" if settings.rasa_host in ("0.0.0.0", "::") else settings.rasa_host
    services = [
        *(action_service(b.name, b.port, rasa) for b in action_servers),
        *(rasa_service(b.name, b.port, backend_settings, model, rasa, endpoints) for b in rasa_servers),
        # Ready once a Rasa server answers through it (the REST channel's health route).
        Service("haproxy", (haproxy, "-db", "-f", str(config)), f"http://{public}:{settings.rasa_port}/webhooks/rest/"),
    ]
    if with_web:
        services += web_services(settings, python)
    env = {} if settings.rasa_internal_url else {"RASA_INTERNAL_URL": f"http://127.0.0.1:{internal_port}"}
    return Cluster(services, layout, env)


def _banner(settings: Settings, cluster: Cluster) -> str:
    layout = cluster.layout
    rasa = ", ".join(f"{b.name} :{b.port}" for b in layout.rasa_servers)
    actions = ", ".join(f"{b.name} :{b.port}" for b in layout.action_servers)
    return f"""
  The assistant is running as a cluster.
    Chat (HAProxy):        http://{layout.public_bind}   (REST webhook and socket.io only)
    Rasa servers:          {rasa}
    Action servers:        {actions}   (through HAProxy on {layout.actions_bind})
    Console's way in:      http://{layout.internal_bind}
    Staff console:         http://{settings.console_host}:{settings.console_port}
    Demo website:          http://{settings.website_host}:{settings.website_port}
  A server that crashes is restarted; HAProxy routes around it. Press Ctrl-C to stop.
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.cluster.launcher", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rasa-servers", type=int, default=3, help="how many Rasa servers (N)")
    parser.add_argument("--action-servers", type=int, default=2, help="how many action servers (M)")
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--rasa", type=Path, default=Path(sys.executable).parent / "rasa")
    parser.add_argument("--haproxy", default=shutil.which("haproxy") or "haproxy")
    parser.add_argument("--startup-timeout", type=float, default=STARTUP_TIMEOUT_SECONDS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s cluster: %(message)s", datefmt="%H:%M:%S")
    if not 1 <= args.rasa_servers <= 16 or not 1 <= args.action_servers <= 16:
        parser.error("--rasa-servers and --action-servers take 1 to 16")

    settings = load_settings()
    problems = cluster_problems(settings)
    if problems:
        for problem in problems:
            logger.error("%s", problem)
        logger.error("See docs/deploy.md for the settings a cluster needs.")
        return 2
    with tempfile.TemporaryDirectory(prefix="assistant-cluster-") as work_dir:
        cluster = plan_cluster(
            settings, args.rasa_servers, args.action_servers, args.model, args.rasa, Path(sys.executable),
            Path(work_dir), haproxy=args.haproxy,
        )
        logger.info("HAProxy's configuration for this run: %s", Path(work_dir) / "haproxy.cfg")
        supervisor = Supervisor(cluster.services, settings.effective_log_dir, env={**os.environ, **cluster.env})
        return run_until_stopped(supervisor, _banner(settings, cluster), args.startup_timeout)


if __name__ == "__main__":
    sys.exit(main())
