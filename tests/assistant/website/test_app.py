"""The demo website: pages, settings injected (escaped) into the chat's
script tag, security headers, and the Visit us page from the clinic database."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Dict, List

import pytest
from sqlalchemy import create_engine

from assistant.clinic import load_clinic, read_clinic_file, weekly_hours
from assistant.db import migrate, session_scope
from assistant.settings import PROJECT_ROOT, load_settings
from assistant.website import create_app
from assistant.website.app import chat_origins

DEMO_FILE = PROJECT_ROOT / "clinic" / "demo_clinic.yml"
CHAT_FILES = PROJECT_ROOT / "assistant" / "website" / "static" / "chat"
SETTINGS = {
    "CLINIC_NAME": 'Smith & "Jones" <Clinic>',
    "CLINIC_PHONE": "01632 960 123",
    "EMERGENCY_NUMBER": "112",
    "CHAT_SERVER_URL": "https://chat.clinic.example:5005",
    "CHAT_ALLOWED_ORIGINS": "https://www.clinic.example",
}


class ScriptTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: List[Dict[str, str]] = []
        self.inline_scripts = 0
        self._in_inline = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            attributes = dict(attrs)
            self.scripts.append(attributes)
            self._in_inline = "src" not in attributes

    def handle_data(self, data):
        if self._in_inline and data.strip():
            self.inline_scripts += 1

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_inline = False


def scripts_of(html: str) -> ScriptTags:
    parser = ScriptTags()
    parser.feed(html)
    return parser


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """A database of this test's own with the demo clinic."""
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    migrate(url)
    engine = create_engine(url)
    with session_scope(engine) as session:
        load_clinic(session, read_clinic_file(DEMO_FILE), datetime.now(timezone.utc))
    engine.dispose()
    return url


def client_for(**extra: str):
    settings = load_settings(environ={**SETTINGS, **extra}, env_file=None)
    return create_app(settings).test_client()


@pytest.mark.parametrize("path", ["/", "/treatments", "/add-the-chat", "/privacy"])
def test_pages_render_with_the_chat_widget_and_no_inline_script(path):
    response = client_for().get(path)

    assert response.status_code == 200
    html = response.get_data(as_text=True)
    found = scripts_of(html)
    assert [s["src"] for s in found.scripts] == ["/static/chat/widget.js"]
    assert found.inline_scripts == 0
    assert "<title>" in html and "Smith &amp; &#34;Jones&#34; &lt;Clinic&gt;" in html


def test_settings_reach_the_widget_escaped():
    html = client_for().get("/").get_data(as_text=True)

    [widget] = scripts_of(html).scripts
    assert widget["data-server"] == "https://chat.clinic.example:5005"
    assert widget["data-clinic-name"] == 'Smith & "Jones" <Clinic>'
    assert widget["data-clinic-phone"] == "01632 960 123"
    assert widget["data-emergency-number"] == "112"
    assert "defer" in widget
    assert widget["data-privacy-url"] == "/privacy"
    assert '"Jones" <Clinic>' not in html  # never raw


def test_the_privacy_page_gives_the_retention_and_how_to_delete():
    html = client_for(REDACT_AFTER_DAYS="14", DELETE_AFTER_DAYS="60").get("/privacy").get_data(as_text=True)

    assert "removed 14 days after its last message" in html
    assert "deleted 60 days after it is closed" in html
    assert "&ldquo;delete my data&rdquo;" in html
    assert 'href="/privacy"' in html  # and every page's footer links to it


def test_the_snippet_for_other_sites_links_the_privacy_page_in_full():
    response = client_for().get("/add-the-chat", base_url="https://demo.clinic.example")

    assert "data-privacy-url=&#34;https://demo.clinic.example/privacy&#34;" in response.get_data(as_text=True)


def test_every_hover_style_of_the_widget_is_for_pointers_that_hover():
    css = (CHAT_FILES / "widget.css").read_text()
    guard = css.index("@media (hover: hover) {")
    block_end = css.index("\n}\n", guard)

    hovers = [i for i in range(len(css)) if css.startswith(":hover", i)]
    assert hovers and all(guard < i < block_end for i in hovers)


def test_security_headers_allow_only_this_site_and_the_chat_server():
    response = client_for().get("/")

    policy = dict(
        directive.strip().split(" ", 1) for directive in response.headers["Content-Security-Policy"].split(";")
    )
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["connect-src"] == "'self' https://chat.clinic.example:5005 wss://chat.clinic.example:5005"
    assert policy["frame-ancestors"] == "'none'"
    assert "unsafe" not in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "url, sources",
    [
        ("http://localhost:5005", "http://localhost:5005 ws://localhost:5005"),
        ("https://chat.example/", "https://chat.example wss://chat.example"),
    ],
)
def test_chat_server_as_csp_sources(url, sources):
    assert chat_origins(url) == sources


@pytest.mark.parametrize("url", ["localhost:5005", "javascript:alert(1)", "ftp://x"])
def test_a_chat_server_url_that_is_not_http_is_refused_with_a_fix(url):
    with pytest.raises(ValueError, match="CHAT_SERVER_URL"):
        client_for(CHAT_SERVER_URL=url)


def test_the_snippet_page_shows_the_snippet_as_text_with_the_allowed_origins():
    html = client_for().get("/add-the-chat", base_url="https://demo.clinic.example").get_data(as_text=True)

    assert "&lt;script src=&#34;https://demo.clinic.example/static/chat/widget.js&#34; defer" in html
    assert "https://www.clinic.example" in html
    assert len(scripts_of(html).scripts) == 1  # the shown snippet is text, not a second widget


def test_visit_page_shows_the_databases_locations_and_hours(database_url):
    html = client_for(DATABASE_URL=database_url).get("/visit").get_data(as_text=True)

    engine = create_engine(database_url)
    with session_scope(engine) as session:
        schedule = weekly_hours(session)
    engine.dispose()
    assert schedule
    for location in schedule:
        assert location.location_name in html
        for line in location.lines:
            assert f"<li>{line}</li>" in html


def test_visit_page_without_a_database_gives_the_phone_number(tmp_path):
    missing = f"sqlite:///{tmp_path / 'nothing-here.db'}"

    response = client_for(DATABASE_URL=missing).get("/visit")

    assert response.status_code == 200
    assert 'href="tel:01632960123"' in response.get_data(as_text=True)


@pytest.mark.parametrize("name", ["widget.js", "widget.css", "socket.io.min.js", "socket.io-client-LICENSE"])
def test_the_widget_is_vendored_and_served(name):
    assert (CHAT_FILES / name).is_file()
    response = client_for().get(f"/static/chat/{name}")
    assert response.status_code == 200
    response.close()


def test_the_vendored_client_is_the_pinned_version():
    pinned = json.loads((PROJECT_ROOT / "web" / "chat-widget" / "package.json").read_text())["devDependencies"]
    version = pinned["socket.io-client"]
    assert f"socket.io-client {version} " in (CHAT_FILES / "VERSIONS.txt").read_text()
    assert f"Socket.IO v{version}" in (CHAT_FILES / "socket.io.min.js").read_text()[:200]
