"""The staff console in a real browser (Debian's Chromium through
Playwright), on tickets made by real conversations: patients talk to the
real Rasa and action servers over the REST webhook, and staff sign in, see
the ticket arrive in the queue, open it, claim, note and resolve it.
Patient markup renders as text and never runs.

The console runs in this test process (werkzeug's threaded server on a free
port) against the servers' database, which holds the clinic, the tickets
and Rasa's events. Screenshots: tests/artifacts/console-*.png.
"""

from __future__ import annotations

import re
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, Iterator, List

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy.engine import Engine
from werkzeug.serving import make_server

from assistant.console import accounts, create_app
from assistant.db import create_engine_for, migrate, session_scope
from assistant.handoff.tickets import TicketInfo, tickets_for
from assistant.settings import Settings
from tests.servers import Servers, free_port

pytestmark = [pytest.mark.browser, pytest.mark.servers]

PASSWORD = "a long test password"
EMERGENCY = "I can't breathe and my throat is swelling after my mesotherapy"
ROUTINE = "can I talk to a human"
SCRIPT = "<script>window.__xss=1</script>"
IMAGE = '<img src=x onerror="window.__xss=1">'
SAME_DAY_WITH_MARKUP = f"My face is very swollen, red and hot since my mesotherapy yesterday {SCRIPT} {IMAGE}"


class RunningConsole:
    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.engine = engine
        self.staff: Dict[str, str] = {}
        app = create_app(settings, test_config={"SECRET_KEY": "browser-test-secret"}, engine=engine)
        self.server = make_server("127.0.0.1", free_port(), app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> RunningConsole:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.thread.join(timeout=10)


def _add_staff(engine: Engine, suffix: str) -> Dict[str, str]:
    """One account per role, named for this module (the database is shared with other tests)."""
    names = {role: f"{role}-{suffix}" for role in ("admin", "clinician", "reception")}
    with session_scope(engine) as session:
        existing = {s.username for s in accounts.list_staff(session)}
        for role, name in names.items():
            if name not in existing:
                accounts.create_staff(session, name, f"{role.capitalize()} Tester", role, PASSWORD, _now())
    return names


def _now() -> datetime:
    return datetime.now(timezone.utc)


@pytest.fixture(scope="module")
def console(servers: Servers) -> Iterator[RunningConsole]:
    engine = create_engine_for(servers.clinic_url)
    settings = Settings(database_url=servers.clinic_url)
    try:
        with RunningConsole(settings, engine) as running:
            running.staff = _add_staff(engine, "browser")
            yield running
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def lonely_console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningConsole]:
    """A console on a database of its own, for the lock-out test: locking
    127.0.0.1 out of the shared database would lock out every other test."""
    path = tmp_path_factory.mktemp("console-lockout") / "clinic.db"
    url = f"sqlite:///{path}"
    migrate(url)
    engine = create_engine_for(url)
    settings = Settings(database_url=url, console_max_failed_logins=3, console_lockout_minutes=15)
    try:
        with RunningConsole(settings, engine) as running:
            running.staff = _add_staff(engine, "lonely")
            yield running
    finally:
        engine.dispose()


def wait_for_ticket(engine: Engine, sender: str, timeout: float = 30) -> TicketInfo:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with session_scope(engine) as session:
            found: List[TicketInfo] = tickets_for(session, sender)
        if found:
            return found[-1]
        time.sleep(0.5)
    raise AssertionError(f"no ticket for {sender} after {timeout}s")


def sign_in(page: Page, console: RunningConsole, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{console.url}/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_a_logged_out_visitor_is_sent_to_sign_in(page: Page, console: RunningConsole):
    for path in ("/", "/tickets/1", "/dashboard", "/audit", "/staff"):
        page.goto(f"{console.url}{path}")
        expect(page).to_have_url(re.compile(re.escape(f"{console.url}/login?next=")))
        expect(page.get_by_role("heading", name="Sign in")).to_be_visible()


def test_staff_work_a_ticket_from_a_real_conversation(
    page: Page, console: RunningConsole, servers: Servers, artifacts: Path
):
    emergency_sender, routine_sender = servers.new_conversation(), servers.new_conversation()
    servers.chat(routine_sender, ROUTINE)
    routine = wait_for_ticket(console.engine, routine_sender)
    servers.chat(emergency_sender, EMERGENCY)
    emergency = wait_for_ticket(console.engine, emergency_sender)
    assert (emergency.urgency.value, routine.urgency.value) == ("emergency", "routine")

    sign_in(page, console, console.staff["clinician"])
    expect(page.get_by_role("heading", name="Queue")).to_be_visible()
    emergency_row = page.locator(f'tr[data-id="{emergency.id}"]')
    routine_row = page.locator(f'tr[data-id="{routine.id}"]')
    expect(emergency_row).to_contain_text("Emergency")
    expect(routine_row).to_contain_text("Routine")
    ids = page.locator("#queue-rows tr").evaluate_all("rows => rows.map(r => Number(r.dataset.id))")
    assert ids.index(emergency.id) < ids.index(routine.id), "emergency before routine"
    page.screenshot(path=str(artifacts / "console-queue.png"), full_page=True)

    emergency_row.get_by_role("link", name="Open").click()
    expect(page.get_by_role("heading", name=f"Ticket {emergency.id}")).to_be_visible()
    transcript = page.locator(".transcript")
    expect(transcript.locator(".msg-patient.flagged-emergency")).to_contain_text("throat is swelling")
    expect(transcript.locator(".msg-patient.flagged-emergency .finding")).to_contain_text("Emergency")
    expect(transcript.locator(".msg-assistant").first).to_contain_text("112")  # the configured emergency number
    expect(transcript.locator(".handoff-sent").first).to_contain_text("Emergency")
    page.screenshot(path=str(artifacts / "console-ticket.png"), full_page=True)

    page.get_by_role("button", name="Claim this ticket").click()
    expect(page.get_by_role("status").filter(has_text="You have claimed this ticket.")).to_be_visible()
    expect(page.locator(".ticket-meta")).to_contain_text("Claimed by Clinician Tester")
    page.get_by_label("Add a note").fill("Rang the patient: ambulance already on its way.")
    page.get_by_role("button", name="Add note").click()
    expect(page.locator(".history")).to_contain_text("ambulance already on its way")
    page.get_by_label("Referred to emergency services").check()
    page.get_by_role("button", name="Resolve").click()
    expect(page.locator(".ticket-meta")).to_contain_text("Resolved")
    expect(page.locator(".ticket-meta")).to_contain_text("Outcome: Referred to emergency services")

    with session_scope(console.engine) as session:
        [done] = tickets_for(session, emergency_sender)
    assert (done.status, done.claimed_by, done.outcome) == (
        "resolved",
        console.staff["clinician"],
        "Referred to emergency services",
    )
    assert [n.text for n in done.notes] == ["Rang the patient: ambulance already on its way."]


def test_a_new_ticket_appears_in_the_open_queue_without_a_reload(page: Page, console: RunningConsole, servers: Servers):
    sign_in(page, console, console.staff["reception"])
    expect(page.get_by_role("heading", name="Queue")).to_be_visible()
    page.evaluate("window.__notReloaded = true")
    sender = servers.new_conversation()
    servers.chat(sender, ROUTINE)
    ticket = wait_for_ticket(console.engine, sender)
    expect(page.locator(f'tr[data-id="{ticket.id}"]')).to_be_visible(timeout=20_000)
    assert page.evaluate("window.__notReloaded") is True
    expect(page.locator("#queue-updated")).to_contain_text("new ticket")


def test_patient_markup_renders_as_text_and_never_runs(
    page: Page, console: RunningConsole, servers: Servers, artifacts: Path
):
    sender = servers.new_conversation()
    servers.chat(sender, SAME_DAY_WITH_MARKUP)
    ticket = wait_for_ticket(console.engine, sender)
    assert SCRIPT in ticket.message_text and IMAGE in ticket.message_text

    sign_in(page, console, console.staff["admin"])
    row = page.locator(f'tr[data-id="{ticket.id}"]')
    expect(row.locator(".excerpt")).to_contain_text(SCRIPT)
    page.wait_for_timeout(6_000)  # let queue.js redraw the rows from JSON at least once
    expect(row.locator(".excerpt")).to_contain_text(IMAGE)
    assert page.evaluate("window.__xss") is None
    assert page.locator("#queue-rows img").count() == 0

    page.goto(f"{console.url}/tickets/{ticket.id}")
    expect(page.locator("blockquote.patient-text")).to_contain_text(SCRIPT)
    expect(page.locator("blockquote.patient-text")).to_contain_text(IMAGE)
    expect(page.locator(".transcript .msg-patient").last).to_contain_text(SCRIPT)
    assert page.evaluate("window.__xss") is None
    assert page.locator("main img").count() == 0
    assert page.locator("main script").count() == 0
    page.screenshot(path=str(artifacts / "console-ticket-markup.png"), full_page=True)


def test_reception_sees_an_emergency_but_leaves_it_to_a_clinician(
    page: Page, console: RunningConsole, servers: Servers
):
    sender = servers.new_conversation()
    servers.chat(sender, EMERGENCY)
    ticket = wait_for_ticket(console.engine, sender)
    sign_in(page, console, console.staff["reception"])
    expect(page.locator(f'tr[data-id="{ticket.id}"]')).to_contain_text("Emergency")
    page.goto(f"{console.url}/tickets/{ticket.id}")
    expect(page.locator(".notice")).to_contain_text("claimed and resolved by a clinician")
    assert page.get_by_role("button", name="Claim this ticket").count() == 0
    expect(page.get_by_label("Add a note")).to_be_visible()


def test_the_dashboard_and_a_tablet_sized_queue(browser: Browser, console: RunningConsole, artifacts: Path):
    # Reduced motion: the charts draw at once (no animation caught half-way in the screenshot).
    context = browser.new_context(viewport={"width": 768, "height": 1024}, reduced_motion="reduce")
    page = context.new_page()
    try:
        sign_in(page, console, console.staff["admin"])
        expect(page.get_by_role("heading", name="Queue")).to_be_visible()
        page.screenshot(path=str(artifacts / "console-queue-tablet.png"), full_page=True)
        errors: List[str] = []
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.goto(f"{console.url}/dashboard")
        expect(page.get_by_role("heading", name="Tickets per day, by urgency")).to_be_visible()
        page.wait_for_function("() => window.Chart && Object.keys(Chart.instances).length === 3")
        page.screenshot(path=str(artifacts / "console-dashboard.png"), full_page=True)
        assert errors == [], errors  # no CSP violation, no script error
    finally:
        context.close()


def test_a_wrong_password_is_refused_and_then_delayed(page: Page, lonely_console: RunningConsole):
    name = lonely_console.staff["clinician"]
    for _ in range(2):
        sign_in(page, lonely_console, name, "not the password")
        expect(page.locator("#login-error")).to_have_text("Wrong username or password.")
    sign_in(page, lonely_console, name, "not the password")
    expect(page.locator("#login-error")).to_contain_text("Too many failed sign-ins")
    sign_in(page, lonely_console, name)  # the right password, but the delay is running
    expect(page.locator("#login-error")).to_contain_text("before trying again")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()

