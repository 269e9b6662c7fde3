"""The demo website's factory, pages and security headers.

Every page embeds the chat widget with one script tag whose data
attributes carry the settings the widget needs (chat server, clinic name,
phone, emergency number); Jinja escapes them. The response headers:

- Content-Security-Policy: scripts, styles, images and fonts from this site
  only (no inline script, no CDN), plus connections to the chat server
  (http(s) and ws(s)); no framing, no plugins, forms post only here.
- X-Content-Type-Options, Referrer-Policy, Permissions-Policy.
"""

from __future__ import annotations

from typing import Dict
from urllib.parse import urlsplit

from flask import Flask, Response, render_template, request, url_for
from markupsafe import Markup, escape
from sqlalchemy.engine import Engine

from assistant.db import create_engine_for
from assistant.settings import Settings, load_settings
from assistant.website.visit import location_cards

PAGES = (("home", "Home"), ("treatments", "Treatments"), ("visit", "Visit us"), ("add_the_chat", "Add the chat"))


def chat_origins(chat_server_url: str) -> str:
    """The chat server as CSP sources: its http(s) origin and the matching ws(s) one."""
    parts = urlsplit(chat_server_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"CHAT_SERVER_URL={chat_server_url!r} should look like https://chat.example.org:5005")
    socket_scheme = "wss" if parts.scheme == "https" else "ws"
    return f"{parts.scheme}://{parts.netloc} {socket_scheme}://{parts.netloc}"


def content_security_policy(settings: Settings) -> str:
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            f"connect-src 'self' {chat_origins(settings.chat_server_url)}",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "object-src 'none'",
        ]
    )


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> Flask:
    """The website for `settings` (default: the environment). The clinic
    database (`engine`, default: settings' DATABASE_URL) is opened on the
    first request that needs it."""
    settings = settings or load_settings()
    app = Flask(__name__)
    policy = content_security_policy(settings)
    state: Dict[str, Engine] = {}
    if engine is not None:
        state["engine"] = engine

    def clinic_engine() -> Engine:
        if "engine" not in state:
            state["engine"] = create_engine_for(settings.effective_database_url)
        return state["engine"]

    @app.context_processor
    def _page_context() -> dict:
        return {
            "settings": settings,
            "pages": PAGES,
            "chat_snippet": Markup(
                snippet(settings, url_for("static", filename="chat/widget.js"), url_for("privacy"))
            ),
        }

    @app.get("/")
    def home() -> str:
        return render_template("home.html")

    @app.get("/treatments")
    def treatments() -> str:
        return render_template("treatments.html")

    @app.get("/visit")
    def visit() -> str:
        return render_template("visit.html", locations=location_cards(clinic_engine()))

    @app.get("/privacy")
    def privacy() -> str:
        return render_template("privacy.html")

    @app.get("/add-the-chat")
    def add_the_chat() -> str:
        widget_url = request.host_url.rstrip("/") + url_for("static", filename="chat/widget.js")
        privacy_url = request.host_url.rstrip("/") + url_for("privacy")
        return render_template("add_the_chat.html", snippet=snippet(settings, widget_url, privacy_url))

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        return response

    return app


def snippet(settings: Settings, widget_url: str, privacy_url: str = "") -> str:
    """The chat's script tag, as every page here embeds it and as a clinic
    pastes it into its own pages (just before </body>); values escaped.
    `privacy_url`: the clinic's privacy page, linked from the widget's notice."""
    attributes = {
        "data-server": settings.chat_server_url,
        "data-clinic-name": settings.clinic_name,
        "data-clinic-phone": settings.clinic_phone,
        "data-urgent-contact": settings.urgent_contact,
        "data-emergency-number": settings.emergency_number,
        # The privacy notice says how long conversations are kept.
        "data-redact-after-days": str(settings.redact_after_days),
        "data-delete-after-days": str(settings.delete_after_days),
    }
    if privacy_url:
        attributes["data-privacy-url"] = privacy_url
    lines = [f'<script src="{escape(widget_url)}" defer']  # escape() quotes & < > " ' in the values
    lines += [f'        {name}="{escape(value)}"' for name, value in attributes.items()]
    return "\n".join(lines) + "></script>"
