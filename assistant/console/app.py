"""The console's app factory: everything is built here, nothing at import.

    app = create_app()                                  # settings from the environment
    app = create_app(settings, test_config={...})       # tests: their own database and secret

Wires the parts together: settings and engines (app.extensions), cookie
and CSRF configuration, parameter checks (params.py), sign-in (auth.py),
security headers, error pages, template helpers, and the pages (PAGES,
the *_views.py blueprints, and the clinic data pages).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Mapping

from flask import Flask
from flask_wtf.csrf import CSRFProtect
from sqlalchemy.engine import Engine

from assistant.console import (
    account_views,
    audit_views,
    booking_views,
    clinic_views,
    dashboard_views,
    errors,
    formatting,
    login_views,
    privacy_views,
    queue_views,
    staff_views,
    takeover_views,
    ticket_views,
)
from assistant.console.auth import init_auth
from assistant.console.db import ENGINE_KEY, SETTINGS_KEY, TRACKER_ENGINE_KEY
from assistant.console.keys import secret_key
from assistant.console.params import init_params
from assistant.console.security import init_security_headers
from assistant.db import create_engine_for
from assistant.settings import Settings, load_settings

# The blueprints of pages, one module a line (a new page adds one line here).
PAGES = (
    login_views,
    account_views,
    queue_views,
    ticket_views,
    booking_views,
    dashboard_views,
    staff_views,
    audit_views,
    privacy_views,
    takeover_views,
)
MAX_REQUEST_BYTES = 64 * 1024  # forms only: notes and account details


def _config(settings: Settings, key: str) -> Mapping[str, Any]:
    lifetime = timedelta(minutes=settings.console_session_minutes)
    return {
        "SECRET_KEY": key,
        "SESSION_COOKIE_NAME": "clinic_console_session",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": settings.console_https,
        "PERMANENT_SESSION_LIFETIME": lifetime,
        "PREFERRED_URL_SCHEME": "https" if settings.console_https else "http",
        # A form left open on the desk stays usable as long as the session.
        "WTF_CSRF_TIME_LIMIT": int(lifetime.total_seconds()),
        "MAX_CONTENT_LENGTH": MAX_REQUEST_BYTES,
    }


def create_app(
    settings: Settings | None = None,
    *,
    test_config: Mapping[str, Any] | None = None,
    engine: Engine | None = None,
    tracker_engine: Engine | None = None,
) -> Flask:
    """The staff console. `engine` / `tracker_engine` default to engines on
    the configured clinic database and tracker store (created, not connected)."""
    settings = settings or load_settings()
    app = Flask(__name__)
    test_config = test_config or {}
    # A test brings its own key, so var/console.key is neither read nor created.
    app.config.update(_config(settings, test_config.get("SECRET_KEY") or secret_key(settings)))
    app.config.update(test_config)

    # A bounded wait for locks, so a locked database gives the "busy" page, not a hang.
    wait = settings.console_db_timeout_seconds
    engine = engine or create_engine_for(settings.effective_database_url, busy_timeout=wait)
    if tracker_engine is None:
        same = settings.effective_tracker_database_url == settings.effective_database_url
        tracker_engine = engine if same else create_engine_for(settings.effective_tracker_database_url, wait)
    app.extensions[SETTINGS_KEY] = settings
    app.extensions[ENGINE_KEY] = engine
    app.extensions[TRACKER_ENGINE_KEY] = tracker_engine

    init_params(app)  # first: the bounded <int:...> converter must exist before any route
    CSRFProtect(app)
    init_auth(app)
    init_security_headers(app, settings.console_https)
    errors.register(app)
    formatting.register(app)
    for module in PAGES:
        app.register_blueprint(module.bp)
    # clinic data pages: assistant/console/clinic_views.py
    clinic_views.register(app)
    return app

