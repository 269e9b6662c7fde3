"""Serve the console with waitress (a production WSGI server, pure Python).

    python -m assistant.cli console        # or: python -m assistant.console

Migrates the clinic database first (like every other command), then
listens on CONSOLE_HOST:CONSOLE_PORT, and runs the notifier thread that
delivers alerts about urgent tickets. With CONSOLE_HTTPS=true the console
expects a TLS proxy on the same machine and trusts its X-Forwarded-For and
X-Forwarded-Proto headers (so the sign-in lock-out sees each member of
staff's own address, not the proxy's) — from 127.0.0.1 only.
"""

from __future__ import annotations

import logging
from typing import Any, Dict

from sqlalchemy import func, select

from assistant import log_redaction
from assistant.console.app import create_app
from assistant.db import create_engine_for, migrate, redacted, session_scope
from assistant.db.models import StaffUser
from assistant.notifications import start_notifier
from assistant.settings import Settings, load_settings

logger = logging.getLogger(__name__)
THREADS = 8


def waitress_options(settings: Settings) -> Dict[str, Any]:
    options: Dict[str, Any] = {
        "host": settings.console_host,
        "port": settings.console_port,
        "threads": THREADS,
        "ident": "staff-console",
    }
    if settings.console_https:
        options.update(
            trusted_proxy="127.0.0.1",
            trusted_proxy_count=1,
            trusted_proxy_headers={"x-forwarded-for", "x-forwarded-proto"},
            clear_untrusted_proxy_headers=True,
            url_scheme="https",
        )
    return options


def _staff_count(settings: Settings) -> int:
    engine = create_engine_for(settings.effective_database_url)
    try:
        with session_scope(engine) as session:
            return session.execute(select(func.count()).select_from(StaffUser)).scalar_one()
    finally:
        engine.dispose()


def serve(settings: Settings | None = None) -> None:
    from waitress import serve as waitress_serve

    settings = settings or load_settings()
    log_redaction.install(settings)  # no phone number, email or date of birth in the console's logs
    migrate(settings.effective_database_url)
    if _staff_count(settings) == 0:
        print("No staff accounts yet: create the first admin with `python -m assistant.cli create-admin`.")
    app = create_app(settings)
    scheme = "https (behind a proxy)" if settings.console_https else "http"
    print(
        f"Staff console on {scheme}://{settings.console_host}:{settings.console_port} "
        f"(database {redacted(settings.effective_database_url)})",
        flush=True,
    )
    # The console process also delivers the urgent-ticket alerts (email/webhook),
    # so `make run` needs no extra worker; several consoles never send twice.
    notifier = start_notifier(settings)
    try:
        waitress_serve(app, **waitress_options(settings))
    finally:
        notifier.stop()
