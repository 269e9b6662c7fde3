"""The console's session and sign-in attacks, tried against the real
process (`python -m assistant.cli console`: waitress, as in production)
behind a simulated TLS proxy (CONSOLE_HTTPS=true: the console trusts
X-Forwarded-For from 127.0.0.1, so each test can come from addresses of
its own).

- A session cookie copied from a signed-in browser is replayed after
  sign-out, after its owner changes the password, after an admin resets it,
  and after the account is deactivated and reactivated: refused every time.
- Password spraying from one address, with the sprayer's own successful
  sign-ins in between, is slowed; five failures against one account from an
  address do not stop a colleague at that address.
- /audit?page=99999999999999999999 is a page, not a 500.

Cookies are handled by hand, as an attacker would: the cookie is Secure
(HTTPS), and this client talks plain HTTP to the loopback "behind" the proxy.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, Iterator

import pytest
import requests

from assistant.console import accounts
from assistant.db import create_engine_for, migrate, session_scope
from tests.servers import free_port

ROOT = Path(__file__).resolve().parents[2]
COOKIE = "clinic_console_session"
PASSWORD = "the staff password 1"
NEW_PASSWORD = "the staff password 2"
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
_SET_COOKIE = re.compile(rf"{COOKIE}=([^;]*)")
ACCOUNTS = {"boss": "admin", **{f"staff{n}": "reception" for n in range(1, 9)}}


@pytest.fixture(scope="module")
def console_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    work = tmp_path_factory.mktemp("live-console")
    database = f"sqlite:///{work / 'clinic.db'}"
    migrate(database)
    engine = create_engine_for(database)
    with session_scope(engine) as session:
        for name, role in ACCOUNTS.items():
            accounts.create_staff(session, name, name.title(), role, PASSWORD, datetime.now(timezone.utc))
    engine.dispose()
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "CONSOLE_PORT": str(port),
        "CONSOLE_HTTPS": "true",
        "CONSOLE_SECRET_KEY": "live-test-key-" + "x" * 32,
        "CONSOLE_MAX_FAILED_LOGINS": "3",
        "CONSOLE_LOCKOUT_MINUTES": "15",
        "PYTHONPATH": str(ROOT),
    }
    log = open(work / "console.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "console"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if requests.get(f"{url}/login", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert process.poll() is None, (work / "console.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "the console did not start"
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


class Browser:
    """One browser at one address, its cookie kept by hand."""

    def __init__(self, url: str, address: str, cookie: str = "") -> None:
        self.url, self.address, self.cookie, self.token = url, address, cookie, ""

    def _send(self, method: str, path: str, **kwargs: object) -> requests.Response:
        # What the TLS proxy adds, and the Referer a browser sends (Flask-WTF checks it over HTTPS).
        headers = {
            "X-Forwarded-For": self.address,
            "X-Forwarded-Proto": "https",
            "Referer": self.url.replace("http://", "https://") + "/",
        }
        if self.cookie:
            headers["Cookie"] = f"{COOKIE}={self.cookie}"
        response = requests.request(
            method, self.url + path, headers=headers, allow_redirects=False, timeout=30, **kwargs
        )
        found = _SET_COOKIE.search(response.headers.get("Set-Cookie", ""))
        if found:
            self.cookie = found.group(1)
        token = _TOKEN.search(response.text)
        if token:
            self.token = token.group(1)
        return response

    def get(self, path: str) -> requests.Response:
        return self._send("GET", path)

    def post(self, path: str, form: Dict[str, str] | None = None) -> requests.Response:
        if not self.token:
            self.get("/login")
        return self._send("POST", path, data={**(form or {}), "csrf_token": self.token})

    def sign_in(self, username: str, password: str = PASSWORD) -> int:
        self.get("/login")
        status = self.post("/login", {"username": username, "password": password}).status_code
        if status == 302:
            self.get("/")  # the new session's form token
        return status

    def signed_in(self) -> bool:
        return self.get("/").status_code == 200


def _stolen(console_url: str, username: str, address: str) -> tuple[Browser, str]:
    victim = Browser(console_url, address)
    assert victim.sign_in(username) == 302
    assert Browser(console_url, "203.0.113.66", victim.cookie).signed_in()  # the copy works... for now
    return victim, victim.cookie


def test_a_copied_cookie_is_refused_after_sign_out(console_url):
    victim, stolen = _stolen(console_url, "staff1", "192.0.2.1")
    assert victim.post("/logout").status_code == 302
    response = Browser(console_url, "203.0.113.66", stolen).get("/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_a_copied_cookie_is_refused_after_its_owner_changes_the_password(console_url):
    victim, stolen = _stolen(console_url, "staff2", "192.0.2.2")
    response = victim.post(
        "/account/password",
        {"current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
    )
    assert response.status_code == 303
    assert victim.signed_in()
    assert not Browser(console_url, "203.0.113.66", stolen).signed_in()


def test_a_copied_cookie_is_refused_after_an_admin_resets_the_password(console_url):
    _, stolen = _stolen(console_url, "staff3", "192.0.2.3")
    admin = Browser(console_url, "192.0.2.100")
    assert admin.sign_in("boss") == 302
    assert admin.post("/staff/staff3/password", {"password": NEW_PASSWORD}).status_code == 303
    assert not Browser(console_url, "203.0.113.66", stolen).signed_in()


def test_a_copied_cookie_is_refused_after_deactivation_and_reactivation(console_url):
    _, stolen = _stolen(console_url, "staff4", "192.0.2.4")
    admin = Browser(console_url, "192.0.2.100")
    assert admin.sign_in("boss") == 302
    assert admin.post("/staff/staff4/deactivate").status_code == 303
    assert admin.post("/staff/staff4/activate").status_code == 303
    assert not Browser(console_url, "203.0.113.66", stolen).signed_in()
    assert Browser(console_url, "192.0.2.4").sign_in("staff4") == 302


def test_spraying_between_own_successful_sign_ins_is_slowed(console_url):
    insider = Browser(console_url, "198.51.100.20")
    statuses = []
    for target in ("staff5", "staff6", "nobody"):
        statuses.append(insider.sign_in(target, "Winter2026!!"))
        statuses.append(insider.sign_in("staff7"))  # the insider's own account, in between
    assert statuses[:4] == [401, 302, 401, 302]
    assert statuses[4] == 429
    # The right password of a sprayed account is not even checked while the delay runs.
    response = Browser(console_url, "198.51.100.20")
    assert response.sign_in("staff6", PASSWORD) == 429


def test_failures_against_one_account_leave_colleagues_at_that_address_alone(console_url):
    for _ in range(5):
        Browser(console_url, "198.51.100.30").sign_in("staff8", "not the password")
    assert Browser(console_url, "198.51.100.30").sign_in("staff8") == 429
    assert Browser(console_url, "198.51.100.30").sign_in("staff7") == 302
    assert Browser(console_url, "198.51.100.31").sign_in("staff8") == 302


def test_a_huge_audit_page_number_is_a_page(console_url):
    admin = Browser(console_url, "192.0.2.101")
    assert admin.sign_in("boss") == 302
    response = admin.get("/audit?page=99999999999999999999")
    assert response.status_code == 200 and "Audit log" in response.text
    assert admin.get("/tickets/99999999999999999999").status_code == 404
