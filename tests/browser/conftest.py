"""Playwright fixtures: Debian's Chromium, headless, never a downloaded browser.

Screenshots go to tests/artifacts/ (ignored by git, kept by CI as artefacts).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from werkzeug.serving import make_server

from assistant.settings import load_settings
from assistant.website import create_app
from tests.servers import TEST_SETTINGS, Servers

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# How long an `expect` waits for the page to get there (Playwright's default is 5 s). A reply over
# socket.io once took longer than that in CI, with the whole suite sharing two cores: the tests
# check what the page shows, not how fast (timings are measured in bench/).
EXPECT_TIMEOUT_MS = 30_000
expect.set_options(timeout=EXPECT_TIMEOUT_MS)
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
# Without the background-networking flags Chromium keeps trying to reach
# Google's hosts, which this network (and many clinics') refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: run `make test` (scripts/browser.sh installs it)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser context (no cookies, no storage) per test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        yield page
    finally:
        context.close()


# ---- the demo website (shared by every browser test that opens the chat) ----


def serve_app(app, url: str) -> Iterator[str]:
    parts = urlsplit(url)
    server = make_server(parts.hostname, parts.port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield url
    finally:
        server.shutdown()
        thread.join(timeout=10)


def website_app(servers: Servers, chat_server_url: str):
    settings = load_settings(
        environ={**TEST_SETTINGS, "DATABASE_URL": servers.clinic_url, "CHAT_SERVER_URL": chat_server_url},
        env_file=None,
    )
    return create_app(settings)


@pytest.fixture(scope="session")
def website(servers: Servers) -> Iterator[str]:
    """The demo website, its chat talking to the test Rasa server (whose
    CHAT_ALLOWED_ORIGINS holds servers.website_url)."""
    yield from serve_app(website_app(servers, servers.rasa_url), servers.website_url)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
