"""The widget's privacy notice and "delete my data" in a real browser
against the real servers: the notice is there before anything is asked,
with the retention periods from the settings, and after a confirmed
deletion the widget forgets its stored session and the next message starts
a new conversation."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from assistant.settings import load_settings
from tests.browser.test_webchat import REPLY_TIMEOUT, ask, bot_texts, open_chat, shot, website  # noqa: F401
from tests.servers import TEST_SETTINGS

pytestmark = [pytest.mark.browser, pytest.mark.servers]


def stored_session(page: Page) -> dict:
    raw = page.evaluate(
        "() => { const k = Object.keys(sessionStorage).find(k => k.startsWith('clinic-chat:'));"
        " return k ? sessionStorage.getItem(k) : null; }"
    )
    return json.loads(raw) if raw else {}


def test_the_privacy_notice_is_shown_before_any_question(page: Page, website, artifacts):  # noqa: F811
    settings = load_settings(TEST_SETTINGS, env_file=None)

    open_chat(page, website)

    notice = page.locator("#clinic-chat .cc-privacy")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("only the clinic's staff can read it")
    expect(notice).to_contain_text(f"removed after {settings.redact_after_days} days")
    expect(notice).to_contain_text(f"deleted {settings.delete_after_days} days after it is closed")
    expect(notice).to_contain_text("delete my data")
    assert bot_texts(page) == []  # nothing asked yet
    shot(page, artifacts, "privacy-notice")


def test_delete_my_data_clears_the_stored_session_and_starts_afresh(page: Page, website, artifacts):  # noqa: F811
    open_chat(page, website)
    ask(page, "does mesotherapy hurt?", replies=2)
    old = stored_session(page)
    assert old.get("sessionId") and len(old.get("messages", [])) >= 3
    ask(page, "delete my data")

    page.get_by_role("button", name="Yes, delete my data").click()

    expect(page.locator("#clinic-chat .cc-bot .cc-text").last).to_contain_text(
        "Your reference is PRV-", timeout=REPLY_TIMEOUT
    )
    page.wait_for_function(
        "(old) => { const k = Object.keys(sessionStorage).find(k => k.startsWith('clinic-chat:'));"
        " const s = k && JSON.parse(sessionStorage.getItem(k)); return s && s.sessionId && s.sessionId !== old; }",
        arg=old["sessionId"],
        timeout=REPLY_TIMEOUT,
    )
    assert stored_session(page)["messages"] == []
    shown = bot_texts(page)
    assert len(shown) == 1 and "Your reference is PRV-" in shown[0]
    shot(page, artifacts, "privacy-deleted")

    page.reload()
    expect(page.get_by_role("dialog")).to_be_visible()
    assert bot_texts(page) == []
    replies = ask(page, "does mesotherapy hurt?", replies=2)
    assert "not for emergencies" in replies[0].lower()  # a new conversation: the disclaimer again
