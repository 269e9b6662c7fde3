"""Action-server plugin: rasa_sdk (3.6) discovers a top-level package of
this name and calls `init_hooks` (rasa_sdk/plugin.py). It starts the handoff
reconciler (assistant.handoff.reconcile) when the action server starts and
runs it every minute, so an escalation answered while the action server was
down still gets its ticket; `security` locks the server down (loopback,
the shared secret, capped bodies and texts, redacted logs); and the privacy
retention job (assistant.privacy.retention) runs a minute after start and then
every hour.

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
RETENTION_INTERVAL_SECONDS = 3600
RETENTION_FIRST_DELAY_SECONDS = 60  # let the server start answering first


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


async def _retention_forever() -> None:
    from actions.common import process_runtime
    from assistant.privacy.retention import RetentionPolicy, run_retention

    runtime = process_runtime()
    policy = RetentionPolicy.from_settings(runtime.settings)
    logger.info("Privacy retention job started: every %s s", RETENTION_INTERVAL_SECONDS)
    await asyncio.sleep(RETENTION_FIRST_DELAY_SECONDS)
    while True:
        try:
            report = await asyncio.to_thread(run_retention, runtime.privacy_stores(), policy, runtime.now())
            logger.info("Privacy retention: %s", report.describe())
        except Exception:  # the database may be down: try again next time
            logger.exception("Privacy retention failed; retrying in %ss", RETENTION_INTERVAL_SECONDS)
        await asyncio.sleep(RETENTION_INTERVAL_SECONDS)


@hookimpl
def attach_sanic_app_extensions(app: Any) -> None:
    async def start(app: Any, _loop: Any = None) -> None:
        app.ctx.handoff_reconciler = asyncio.ensure_future(_reconcile_forever())
        app.ctx.privacy_retention = asyncio.ensure_future(_retention_forever())

    async def stop(app: Any, _loop: Any = None) -> None:
        for name in ("handoff_reconciler", "privacy_retention"):
            task = getattr(app.ctx, name, None)
            if task is not None:
                task.cancel()

    app.register_listener(start, "after_server_start")
    app.register_listener(stop, "before_server_stop")
