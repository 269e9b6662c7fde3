"""Due times, overdue threads, assignment and the inbox filters in the real
console, in Chromium: an emergency past its due time is highlighted (on the
server-rendered page and after the live refresh redraws it), the "Overdue"
filter and the "Assigned to" filter narrow the list, and a clinician gives a
thread to a colleague from the ticket page.

The console runs in this process on a database of its own (no clinic
loaded, so due times are the fixed fallbacks: emergency 15 min, same day
1 h); tickets are written straight into it, as the action server would.
Screenshots: tests/artifacts/console-inbox-overdue.png, console-inbox-assigned.png.
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime, timedelta, timezone
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
_numbers = itertools.count(1)
OVERDUE = re.compile(r"\bis-overdue\b")


class Console:
    def __init__(self, url: str, engine) -> None:
        self.url = url
        self.engine = engine

    def ticket(self, urgency: str, name: str, minutes_ago: int = 0) -> int:
        n = next(_numbers)
        new = NewTicket(
            conversation_id=f"inbox-conv-{n}",
            source_message_id=f"m{n}",
            urgency=HandoffUrgency(urgency),
            created_at=datetime.now(timezone.utc) - timedelta(minutes=minutes_ago),
            message_text="please call me",
            patient_name=name,
            patient_phone="07700 900456",
        )
        with session_scope(self.engine) as session:
            info, _ = open_ticket(session, new)
        return info.id


@pytest.fixture
def console(tmp_path: Path) -> Iterator[Console]:
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    migrate(url)
    engine = create_engine_for(url)
    now = datetime.now(timezone.utc)
    with session_scope(engine) as session:
        accounts.create_staff(session, "nurse", "Nurse Tester", "clinician", PASSWORD, now)
        accounts.create_staff(session, "anna", "Anna Colleague", "clinician", PASSWORD, now)
        accounts.create_staff(session, "rita", "Rita Reception", "reception", PASSWORD, now)
    app = create_app(Settings(database_url=url), test_config={"SECRET_KEY": "inbox-test-secret"}, engine=engine)
    try:
        for url in serve_app(app, f"http://127.0.0.1:{free_port()}"):
            yield Console(url, engine)
    finally:
        engine.dispose()


def _signed_in(browser: Browser, console: Console, username: str = "nurse") -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=console.url)
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto("/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Queue")).to_be_visible()
    return page


def _row(page: Page, ticket_id: int):
    return page.locator(f'#queue-rows tr[data-id="{ticket_id}"]')


def test_overdue_threads_stand_out_and_the_overdue_filter_keeps_only_them(
    browser: Browser, console: Console, artifacts: Path
):
    late = console.ticket("emergency", "Olive Overdue", minutes_ago=40)
    fresh = console.ticket("same_day", "Sam Sameday", minutes_ago=2)
    page = _signed_in(browser, console)
    try:
        expect(_row(page, late)).to_have_class("row-emergency is-pinned is-overdue")
        expect(_row(page, late).locator(".overdue-tag")).to_have_text(re.compile(r"overdue by 2[5-9] min"))
        expect(_row(page, fresh)).not_to_have_class(OVERDUE)
        expect(_row(page, fresh).locator(".due")).to_contain_text("due in 5")

        page.get_by_label("Due").select_option(label="Overdue")
        page.get_by_role("button", name="Show").click()
        expect(page.locator("#queue-rows tr")).to_have_count(1)
        expect(_row(page, late)).to_be_visible()

        # A thread that falls due while the page is open is redrawn highlighted by the live refresh.
        later = console.ticket("emergency", "Lena Later", minutes_ago=20)
        expect(_row(page, later)).to_have_class(OVERDUE, timeout=POLL_WAIT)  # drawn by queue.js
        expect(_row(page, later).locator(".overdue-tag")).to_have_text(re.compile(r"overdue by [5-9] min"))
        expect(page.locator("#queue-rows")).not_to_contain_text("Sam Sameday")
        page.screenshot(path=str(artifacts / "console-inbox-overdue.png"), full_page=True)

        page.get_by_label("Order").select_option(label="Due soonest first")
        page.get_by_role("button", name="Show").click()
        ids = [int(i) for i in page.locator("#queue-rows tr").evaluate_all("rows => rows.map(r => r.dataset.id)")]
        assert ids == [late, later]  # both pinned; the longer overdue first
    finally:
        page.context.close()


def test_a_clinician_assigns_a_thread_and_the_assignee_filters_follow(
    browser: Browser, console: Console, artifacts: Path
):
    mine_later = console.ticket("same_day", "Pat Assigned", minutes_ago=3)
    other = console.ticket("review", "Quinn Unassigned", minutes_ago=1)
    page = _signed_in(browser, console)
    try:
        page.locator(f'#queue-rows tr[data-id="{mine_later}"] a.button').click()
        expect(page.locator("#ticket-due")).to_contain_text("Due")
        assign = page.get_by_label("Assign to a colleague")
        # Reception can't handle a same-day ticket, so isn't offered.
        assert "Rita Reception" not in assign.inner_text()
        assign.select_option(label="Anna Colleague (clinician)")
        page.get_by_role("button", name="Assign").click()
        expect(page.get_by_role("status").filter(has_text="Ticket assigned.")).to_be_visible()
        expect(page.locator(".ticket-meta")).to_contain_text("Claimed by Anna Colleague")
        expect(page.locator(".history")).to_contain_text("Assigned to Anna Colleague")
        page.screenshot(path=str(artifacts / "console-inbox-assigned.png"), full_page=True)

        page.goto("/")
        page.get_by_label("Assigned to").select_option(label="Anna Colleague")
        page.get_by_role("button", name="Show").click()
        expect(page.locator("#queue-rows tr")).to_have_count(1)
        expect(_row(page, mine_later)).to_contain_text("Anna Colleague")

        page.get_by_label("Assigned to").select_option(label="Nobody yet")
        page.get_by_role("button", name="Show").click()
        expect(page.locator("#queue-rows tr")).to_have_count(1)
        expect(_row(page, other)).to_be_visible()

        page.get_by_label("Assigned to").select_option(label="Me")
        page.get_by_role("button", name="Show").click()
        expect(page.locator("#queue-empty")).to_be_visible()
    finally:
        page.context.close()

    anna = _signed_in(browser, console, "anna")
    try:
        anna.goto("/?assignee=mine")
        expect(anna.locator("#queue-rows tr")).to_have_count(1)
        expect(_row(anna, mine_later)).to_contain_text("Pat Assigned")
    finally:
        anna.context.close()
