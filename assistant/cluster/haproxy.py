"""The HAProxy configuration of a cluster, from deploy/haproxy/haproxy.cfg.template."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Sequence

from assistant.settings import PROJECT_ROOT

TEMPLATE = PROJECT_ROOT / "deploy" / "haproxy" / "haproxy.cfg.template"


@dataclass(frozen=True)
class Backend:
    name: str  # also the stickiness cookie's value: no secret, just which server
    host: str
    port: int


@dataclass(frozen=True)
class Layout:
    public_bind: str  # host:port patients' browsers reach
    internal_bind: str  # host:port the staff console reaches (loopback)
    actions_bind: str  # host:port the Rasa servers call actions on
    rasa_servers: Sequence[Backend]
    action_servers: Sequence[Backend]


def render(layout: Layout, template: Path = TEMPLATE) -> str:
    """The configuration text for `layout`."""
    rasa = "\n".join(f"    server {b.name} {b.host}:{b.port} cookie {b.name}" for b in layout.rasa_servers)
    actions = "\n".join(f"    server {b.name} {b.host}:{b.port}" for b in layout.action_servers)
    return Template(template.read_text()).substitute(
        public_bind=layout.public_bind,
        internal_bind=layout.internal_bind,
        actions_bind=layout.actions_bind,
        rasa_servers=rasa,
        action_servers=actions,
        rasa_fallbacks=_fallbacks(layout.rasa_servers),
        action_fallbacks=_fallbacks(layout.action_servers),
    )


def _fallbacks(servers: Sequence[Backend]) -> str:
    """The same servers again as unchecked backups: HAProxy uses them only when health checks
    have marked every server down, so busy servers still get requests instead of a 503 page."""
    return "\n".join(f"    server {b.name}_unchecked {b.host}:{b.port} backup no-check" for b in servers)
