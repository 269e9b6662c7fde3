"""Live takeover in two browser contexts against the real servers: a
patient in the chat widget on the demo website and a clinician in the staff
console. The clinician takes over; lines go both ways (with the typing
indicator); both sides reload in the middle and still show the staff lines
in their style; the patient sends an emergency during the takeover and gets
the emergency banner while the console shows the flagged message; the
clinician hands back and the assistant answers again. A second test keeps
the console page open for longer than the heartbeat timeout (its heartbeats
keep the takeover), then closes it: the patient is told the clinician was
disconnected and what happens next.

Screenshots of both views during the takeover go to tests/artifacts/takeover/
(committed) when SAVE_SCREENSHOTS=1, and to the test's temporary folder
otherwise, so a test run leaves the working tree clean.
"""

from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Tuple

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from assistant.db import create_engine_for
from assistant.db.models import HandoffTicket
from assistant.settings import Secret, Settings
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_console import RunningConsole, _add_staff, sign_in
from tests.browser.test_webchat import ask, open_chat
from tests.servers import TAKEOVER_HEARTBEAT_SECONDS, TAKEOVER_TOKEN, TEST_SETTINGS, Servers

pytestmark = [pytest.mark.browser, pytest.mark.servers]

EMERGENCY_TEXT = "I can't breathe and my throat is swelling after my mesotherapy"
WAIT = 60_000  # ms: generous on a loaded machine
STAFF_LINE = "Hello, I'm a clinician at the clinic. How can I help?"


@pytest.fixture(scope="module")
def console(servers: Servers) -> Iterator[RunningConsole]:
    engine = create_engine_for(servers.clinic_url)
    settings = Settings(
        database_url=Secret(servers.clinic_url),
        rasa_internal_url=servers.rasa_url,
        takeover_token=Secret(TAKEOVER_TOKEN),
        takeover_heartbeat_seconds=TAKEOVER_HEARTBEAT_SECONDS,
    )
    try:
        with RunningConsole(settings, engine) as running:
            running.staff = _add_staff(engine, "takeover")
            yield running
    finally:
        engine.dispose()


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    if os.environ.get("SAVE_SCREENSHOTS") == "1":
        folder = ARTIFACTS / "takeover"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path


def conversation_id(page: Page) -> str:
    stored = page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('clinic-chat:'))"
                           ".map(k => localStorage.getItem(k))")
    ids = [json.loads(raw).get("sessionId") for raw in stored]
    assert ids and ids[0], stored
    return ids[0]


def wait_for_ticket(servers: Servers, sender: str, timeout: float = 90) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = servers.rows_for(HandoffTicket, sender)
        if found:
            return found[-1].id
        time.sleep(0.5)
    raise AssertionError(f"no ticket for {sender}")


@contextmanager
def patient_and_clinician(browser: Browser) -> Iterator[Tuple[Page, Page, BrowserContext]]:
    """Two browser contexts, so the patient and the clinician share nothing:
    the patient's page, the clinician's page and the clinician's context
    (a test closes it to play a clinician who goes away)."""
    patient_context = browser.new_context(viewport={"width": 420, "height": 860})
    staff_context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        patient, staff = patient_context.new_page(), staff_context.new_page()
        for page in (patient, staff):
            page.set_default_timeout(WAIT)
        yield patient, staff, staff_context
    finally:
        patient_context.close()
        staff_context.close()


def ticket_page_of_a_patient_asking_for_a_person(
    patient: Page, staff: Page, website: str, servers: Servers, console: RunningConsole
) -> int:
    """The patient asks for a person in the widget; the clinician signs in and opens the ticket."""
    open_chat(patient, website)
    ask(patient, "can I talk to a human")
    ticket_id = wait_for_ticket(servers, conversation_id(patient))
    sign_in(staff, console, console.staff["clinician"])
    staff.goto(f"{console.url}/tickets/{ticket_id}")
    return ticket_id


def test_a_clinician_takes_over_the_patients_chat_and_hands_back(
    browser: Browser, servers: Servers, website: str, console: RunningConsole, screenshots: Path
) -> None:
    with patient_and_clinician(browser) as (patient, staff, _):
        ticket_page_of_a_patient_asking_for_a_person(patient, staff, website, servers, console)
        staff.get_by_role("button", name="Take over the chat").click()
        expect(staff.locator("#takeover-state")).to_contain_text("You are talking to the patient")
        notice = patient.locator("#clinic-chat .cc-takeover .cc-text").last
        expect(notice).to_contain_text("Clinician Tester (clinician) has joined")

        # Staff type (the patient sees the indicator), then send a line.
        box = staff.get_by_label("Message to the patient")
        box.press_sequentially("Hello", delay=20)
        expect(patient.locator("#clinic-chat .cc-typing")).to_have_text("Clinician Tester is typing\u2026")
        box.fill(STAFF_LINE)
        staff.get_by_role("button", name="Send").click()
        staff_line = patient.locator("#clinic-chat .cc-staff").last
        expect(staff_line.locator(".cc-text")).to_have_text(STAFF_LINE)
        expect(staff_line.locator(".cc-staff-name")).to_have_text("Clinician Tester (clinician)")
        expect(patient.locator("#clinic-chat .cc-typing")).to_be_hidden()

        # The patient answers: the console shows it, the bot stays silent.
        bot_replies = patient.locator("#clinic-chat .cc-bot").count()
        patient.get_by_label("Your message").fill("Thanks! Does it hurt much?")
        patient.get_by_label("Your message").press("Enter")
        expect(staff.locator("#transcript .msg-patient").last).to_contain_text("Thanks! Does it hurt much?")
        patient.wait_for_timeout(3000)
        assert patient.locator("#clinic-chat .cc-bot").count() == bot_replies
        expect(patient.locator("#clinic-chat .cc-status")).to_be_hidden()
        patient.screenshot(path=str(screenshots / "patient-during-takeover.png"))
        staff.screenshot(path=str(screenshots / "clinician-during-takeover.png"), full_page=True)

        # Both sides reload in the middle: the staff line keeps its style and name.
        patient.reload()
        expect(patient.get_by_role("dialog")).to_be_visible()  # it was open: it opens again
        reloaded = patient.locator("#clinic-chat .cc-staff").last
        expect(reloaded.locator(".cc-staff-name")).to_have_text("Clinician Tester (clinician)")
        expect(reloaded.locator(".cc-text")).to_have_text(STAFF_LINE)
        staff.reload()
        expect(staff.locator("#transcript .msg-staff").last).to_contain_text(STAFF_LINE)
        expect(staff.get_by_role("button", name="Hand back to the assistant")).to_be_visible()

        # An emergency during the takeover: the banner at once; the console flags it.
        patient.get_by_label("Your message").fill(EMERGENCY_TEXT)
        patient.get_by_label("Your message").press("Enter")
        banner = patient.get_by_role("alert")
        expect(banner).to_be_visible()
        expect(banner).to_contain_text(TEST_SETTINGS["EMERGENCY_NUMBER"])
        expect(staff.locator("#transcript .msg-patient.flagged-emergency").last).to_contain_text("can't breathe")

        # Hand back: the patient is told and the assistant answers again.
        staff.get_by_role("button", name="Hand back to the assistant").click()
        expect(staff.get_by_role("button", name="Take over the chat")).to_be_visible()
        handed_back = patient.locator("#clinic-chat .cc-takeover .cc-text").last
        expect(handed_back).to_contain_text("keep asking me")
        # The clinician's own hand-back, not the one for a console gone quiet (which
        # is what a server stalled by the emergency turn would have produced).
        expect(handed_back).not_to_contain_text("disconnected")
        before = patient.locator("#clinic-chat .cc-bot").count()
        patient.get_by_label("Your message").fill("What is mesotherapy?")
        patient.get_by_label("Your message").press("Enter")
        expect(patient.locator("#clinic-chat .cc-bot").nth(before)).to_be_visible()


def test_the_console_page_keeps_the_takeover_alive_and_closing_it_hands_back(
    browser: Browser, servers: Servers, website: str, console: RunningConsole
) -> None:
    with patient_and_clinician(browser) as (patient, staff, staff_context):
        ticket_page_of_a_patient_asking_for_a_person(patient, staff, website, servers, console)
        staff.get_by_role("button", name="Take over the chat").click()
        expect(patient.locator("#clinic-chat .cc-takeover .cc-text").last).to_contain_text("has joined")

        # Longer than the heartbeat timeout with the page open: the page's heartbeats keep it.
        patient.wait_for_timeout((TAKEOVER_HEARTBEAT_SECONDS + 8) * 1000)
        expect(patient.locator("#clinic-chat .cc-takeover")).to_have_count(1)
        expect(staff.get_by_role("button", name="Hand back to the assistant")).to_be_visible()

        # The clinician closes the tab: after the timeout the patient is told what happens next.
        staff_context.close()
        notice = patient.locator("#clinic-chat .cc-takeover .cc-text").nth(1)
        expect(notice).to_contain_text("disconnected", timeout=(TAKEOVER_HEARTBEAT_SECONDS + 60) * 1000)
        expect(notice).to_contain_text(TEST_SETTINGS["CLINIC_PHONE"])
        expect(notice).to_contain_text("keep asking me")
