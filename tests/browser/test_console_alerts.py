"""The queue page alerts on a new emergency or same-day ticket, in
Chromium: the live refresh pins it at the top, plays a short tone and, once
the clinician has allowed desktop alerts with the button (never asked for
on its own), raises a notification that names no patient. A routine ticket
raises nothing, and a filter that hides the urgent ticket does not hide
its alert.

The console runs in this process on a database of its own; tickets are
written straight into it, as the action server would. No Rasa servers are
needed. Screenshot: tests/artifacts/console-queue-pinned.png.
"""

from __future__ import annotations

import itertools
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from assistant.console import accounts, create_app
from assistant.db import create_engine_for, migrate, session_scope
from assistant.handoff.payload import HandoffUrgency
from assistant.handoff.tickets import NewTicket, open_ticket
from assistant.settings import Settings
from tests.browser.conftest import serve_app
from tests.servers import free_port

pytestmark = [pytest.mark.browser]

PASSWORD = "a long test password"
POLL_WAIT = 30_000  # ms: the page polls every 5 s; generous for a loaded machine
PATIENT = "Wanda Secretname"
# Records every notification the page raises, then lets the browser's own API raise it.
RECORD_NOTIFICATIONS = """
(() => {
  window.__notifications = [];
  window.__permissionRequests = 0;
  const Real = window.Notification;
  if (!Real) { return; }
  function Recorded(title, options) {
    window.__notifications.push({ title: title, body: (options || {}).body || "" });
    return new Real(title, options);
  }
  Object.defineProperty(Recorded, "permission", { get: () => Real.permission, configurable: true });
  Recorded.requestPermission = function () {
    window.__permissionRequests += 1;
    return Real.requestPermission.apply(Real, arguments);
  };
  window.Notification = Recorded;
})();
"""
# Headless Chromium answers "denied" for a permission nobody granted, never
# "default" (not yet asked), and shows no prompt. This script plays the
# browser of a clinician who has not been asked yet, and who says yes.
NOT_YET_ASKED = """
(() => {
  let permission = "default";
  Object.defineProperty(window.Notification, "permission", { get: () => permission });
  const record = window.Notification.requestPermission;
  window.Notification.requestPermission = function () {
    record.call(window.Notification, () => {}).catch(() => {});
    permission = "granted";
    return Promise.resolve(permission);
  };
})();
"""
_sources = itertools.count(1)


class Console:
    def __init__(self, url: str, engine) -> None:
        self.url = url
        self.engine = engine

    def ticket(self, urgency: str, text: str = "please call me") -> int:
        n = next(_sources)
        new = NewTicket(
            conversation_id=f"alerts-conv-{n}",
            source_message_id=f"m{n}",
            urgency=HandoffUrgency(urgency),
            created_at=datetime.now(timezone.utc),
            situations=(),
            rows=(),
            triggers=(),
            message_text=text,
            patient_name=PATIENT,
            patient_phone="07700 900456",
        )
        with session_scope(self.engine) as session:
            info, _ = open_ticket(session, new)
        return info.id


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    url = f"sqlite:///{tmp_path_factory.mktemp('console-alerts') / 'clinic.db'}"
    migrate(url)
    engine = create_engine_for(url)
    with session_scope(engine) as session:
        accounts.create_staff(session, "nurse", "Nurse Tester", "clinician", PASSWORD, datetime.now(timezone.utc))
    app = create_app(Settings(database_url=url), test_config={"SECRET_KEY": "alerts-test-secret"}, engine=engine)
    try:
        for url in serve_app(app, f"http://127.0.0.1:{free_port()}"):
            yield Console(url, engine)
    finally:
        engine.dispose()


def _wait_until(page: Page, expression: str, timeout: float = 30) -> None:
    """Poll from here: the console's CSP (no 'unsafe-eval') refuses Playwright's wait_for_function."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout}s: {expression}")
        page.wait_for_timeout(200)


def _queue_page(
    browser: Browser, console: Console, granted: bool, path: str = "/", not_yet_asked: bool = False
) -> Page:
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        permissions=["notifications"] if granted else [],
        base_url=console.url,
    )
    context.add_init_script(RECORD_NOTIFICATIONS)
    if not_yet_asked:
        context.add_init_script(NOT_YET_ASKED)
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto("/login")
    page.get_by_label("Username").fill("nurse")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Queue")).to_be_visible()
    if path != "/":
        page.goto(path)
    return page


def test_permission_is_asked_only_when_the_button_is_pressed(browser: Browser, console: Console):
    page = _queue_page(browser, console, granted=False, not_yet_asked=True)
    try:
        button = page.get_by_role("button", name="Turn on desktop alerts")
        expect(button).to_be_visible()
        page.reload()  # a second load asks nothing either
        expect(button).to_be_visible()
        assert page.evaluate("window.__permissionRequests") == 0
        button.click()
        _wait_until(page, "window.__permissionRequests === 1")
        expect(page.locator("#queue-alerts-state")).to_have_text("Desktop alerts are on.")
        expect(button).to_be_hidden()
    finally:
        page.context.close()


def test_a_browser_that_blocks_notifications_says_so_and_offers_no_button(browser: Browser, console: Console):
    page = _queue_page(browser, console, granted=False)
    try:
        assert page.evaluate("Notification.permission") == "denied"
        expect(page.locator("#queue-alerts-state")).to_contain_text("blocked")
        expect(page.get_by_role("button", name="Turn on desktop alerts")).to_be_hidden()
        assert page.evaluate("window.__permissionRequests") == 0
    finally:
        page.context.close()


def test_a_new_urgent_ticket_is_pinned_notified_and_sounded_and_a_routine_one_is_not(
    browser: Browser, console: Console, artifacts: Path
):
    older_routine = console.ticket("routine")
    page = _queue_page(browser, console, granted=True)
    try:
        expect(page.locator("#queue-alerts-state")).to_have_text("Desktop alerts are on.")
        expect(page.get_by_role("button", name="Turn on desktop alerts")).to_be_hidden()
        expect(page.locator(f'tr[data-id="{older_routine}"]')).to_be_visible()
        assert page.evaluate("window.__notifications") == []

        emergency = console.ticket("emergency", text="my lips are numb and white")
        first_row = page.locator("#queue-rows tr").first
        expect(first_row).to_have_attribute("data-id", str(emergency), timeout=POLL_WAIT)
        expect(first_row).to_contain_text("Pinned until claimed")
        _wait_until(page, "window.__notifications.length === 1")
        notification = page.evaluate("window.__notifications[0]")
        assert notification["title"] == "New urgent ticket"
        assert PATIENT not in notification["body"] and "numb" not in notification["body"]
        assert page.locator("#queue").get_attribute("data-tones-played") == "1"
        page.screenshot(path=str(artifacts / "console-queue-pinned.png"), full_page=True)

        routine = console.ticket("routine")
        expect(page.locator(f'tr[data-id="{routine}"]')).to_be_visible(timeout=POLL_WAIT)
        assert page.evaluate("window.__notifications.length") == 1
        assert page.locator("#queue").get_attribute("data-tones-played") == "1"
    finally:
        page.context.close()


def test_a_filter_that_hides_the_urgent_ticket_does_not_hide_its_alert(browser: Browser, console: Console):
    page = _queue_page(browser, console, granted=True, path="/?urgency=routine")
    try:
        expect(page.locator("#q-urgency")).to_have_value("routine")
        same_day = console.ticket("same_day", text="swollen and hot since yesterday")
        _wait_until(page, "window.__notifications.length === 1")
        assert page.locator(f'tr[data-id="{same_day}"]').count() == 0
        assert page.locator("#queue").get_attribute("data-tones-played") == "1"
    finally:
        page.context.close()
