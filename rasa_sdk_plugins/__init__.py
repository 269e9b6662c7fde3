"""Action-server plugin: rasa_sdk (3.6) discovers a top-level package of
this name and calls `init_hooks` (rasa_sdk/plugin.py). It starts the handoff
reconciler (assistant.handoff.reconcile) when the action server starts and
runs it every minute, so an escalation answered while the action server was
down still gets its ticket; `security` locks the server down (loopback,
the shared secret, capped bodies and texts, redacted logs).

Nothing happens at import: the reconciler is built when the server starts.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

import pluggy

logger = logging.getLogger(__name__)
hookimpl = pluggy.HookimplMarker("rasa_sdk")

INTERVAL_SECONDS = 60


def init_hooks(manager: pluggy.PluginManager) -> None:
    from rasa_sdk_plugins import security

    manager.register(sys.modules[__name__])
    manager.register(security)


async def _reconcile_forever() -> None:
    from actions.common import process_runtime
    from assistant.handoff.reconcile import Reconciler

    runtime = process_runtime()
    reconciler = Reconciler(runtime, runtime.settings.effective_tracker_database_url)
    logger.info("Handoff reconciler started: now and every %s s", INTERVAL_SECONDS)
    try:
        while True:
            try:
                report = await asyncio.to_thread(reconciler.run_once)
                if report.opened or report.spooled:
                    logger.warning("Handoff reconciliation: %s", report.describe())
            except Exception:  # the database may be down: try again next time
                logger.exception("Handoff reconciliation failed; retrying in %ss", INTERVAL_SECONDS)
            await asyncio.sleep(INTERVAL_SECONDS)
    finally:
        reconciler.close()


@hookimpl
def attach_sanic_app_extensions(app: Any) -> None:
    async def start(app: Any, _loop: Any = None) -> None:
        app.ctx.handoff_reconciler = asyncio.ensure_future(_reconcile_forever())

    async def stop(app: Any, _loop: Any = None) -> None:
        task = getattr(app.ctx, "handoff_reconciler", None)
        if task is not None:
            task.cancel()

    app.register_listener(start, "after_server_start")
    app.register_listener(stop, "before_server_stop")
