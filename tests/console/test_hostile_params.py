"""No parameter makes the console answer 500: every route, signed in as an
admin (who may reach them all), is sent hostile values in its URL
placeholders, in every query parameter any view reads and in every form
field any template has, on SQLite and on PostgreSQL. Whatever the value,
the answer is a page the console meant to give (200, a redirect, 400, 403,
404, 409, 413 or 429)."""

from __future__ import annotations

import re
from typing import Callable, Dict, Iterator, List, Tuple
from urllib.parse import quote

import pytest
from sqlalchemy import select

from assistant.clinic.values import WEEKDAY_KEYS
from assistant.console import params
from assistant.db import session_scope
from assistant.db.models import Closure, Location, Practitioner, Treatment
from assistant.db.rasa_events import EVENTS
from assistant.settings import PROJECT_ROOT
from tests.assistant.db.databases import (  # noqa: F401  (fixtures)
    clean_engine,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)
from tests.console.conftest import Console

CONSOLE = PROJECT_ROOT / "assistant" / "console"
HOSTILE = [
    "99999999999999999999",  # past every integer column
    "-1",
    "1e400",  # a Decimal no context can quantize
    "abc",
    "",
    "' OR 1=1 --<script>alert(1)</script>",
    "../../etc/passwd",
    "\u202e\ufeffé😀",
    "9" * 1000,  # past every VARCHAR, and a number no column holds
    "9" * 5000,  # past Python's int-from-text limit (4,300 digits); forms of it are too large (413)
    "x\x00y",  # PostgreSQL cannot store a NUL
]


@pytest.fixture
def engine(clean_engine):  # noqa: F811
    """Every test here runs on SQLite and on PostgreSQL, which refuses what SQLite lets by (NUL, over-long text)."""
    EVENTS.metadata.create_all(clean_engine)  # Rasa's tracker table, as Rasa would create it
    return clean_engine


def _query_names() -> List[str]:
    """Every query parameter a console view reads (request.args.get("...") / page_number("..."))."""
    names = {"page"}
    for source in CONSOLE.glob("*.py"):
        names |= set(re.findall(r'request\.args\.get\(\s*"(\w+)"', source.read_text()))
    return sorted(names)


def _form_names() -> List[str]:
    """Every form field any console template has, or any view reads."""
    names = set(WEEKDAY_KEYS) | {f"packages-{row}-{key}" for row in range(3) for key in ("sessions", "price", "name")}
    for template in CONSOLE.glob("templates/**/*.html"):
        text = template.read_text()
        names |= set(re.findall(r'\bname="([\w\-]+)"', text))
        names |= set(re.findall(r"\b(?:field|textarea)\(\s*'(\w+)'", text))  # clinic/_fields.html macros
    for source in CONSOLE.glob("*.py"):
        names |= set(re.findall(r'form\.get(?:list)?\(\s*"(\w+)"', source.read_text()))
    return sorted(names - {"csrf_token"})


def _routes(app) -> Iterator[Tuple[str, str]]:
    for rule in app.url_map.iter_rules():
        if rule.endpoint in {"static", "auth.logout"}:  # sign-out takes nothing, and would end the sweep
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield method, rule.rule


def _hostile_url(rule: str, value: str) -> str:
    return re.sub(r"<[^>]+>", quote(value, safe="") or "x", rule)


def _real_url(rule: str, world: Dict[str, str]) -> str:
    """The rule with real ids and slugs, so hostile forms and queries reach the views' own checks."""
    kind = ""
    if rule.startswith("/clinic/practitioners/"):
        kind = "practitioner"
    elif rule.startswith("/clinic/treatments/"):
        kind = "treatment"
    return re.sub(r"<(?:\w+:)?(\w+)>", lambda found: world[kind or found.group(1)], rule)


@pytest.fixture
def world(clinic, make_ticket, make_booking) -> Dict[str, str]:
    """One of everything a console URL can name."""
    with session_scope(clinic) as session:
        location = session.execute(select(Location.slug).order_by(Location.id)).scalars().first()
        treatment = session.execute(select(Treatment.slug).order_by(Treatment.id)).scalars().first()
        practitioner = session.execute(select(Practitioner.slug).order_by(Practitioner.id)).scalars().first()
        closure = session.execute(select(Closure.id).order_by(Closure.id)).scalars().first()
    assert location and treatment and practitioner and closure
    return {
        "ticket_id": str(make_ticket()),
        "booking_id": str(make_booking()),
        "closure_id": str(closure),
        "location": location,
        "treatment": treatment,
        "practitioner": practitioner,
        "username": "rita",
        "conversation_id": "a1b2c3d4e5f60718293a4b5c6d7e8f90",  # a conversation with nothing stored
    }


def test_the_sweep_finds_the_parameters_that_matter():
    queue = {"urgency", "assignee", "search"}
    assert {"page", "status", "days", "actor", "subject_id", "next"} | queue <= set(_query_names())
    assert {"password", "current_password", "new_password", "note", "text", "outcome", "consultation_fee"} <= set(
        _form_names()
    )


def test_the_sweep_names_every_placeholder_of_every_route(app, world):
    for _, rule in _routes(app):
        assert "<" not in _real_url(rule, world), rule


def _sweep(app, admin: Console, value: str, path: Callable[[str], str]) -> List[Tuple[str, str, int]]:
    query = {name: value for name in _query_names()}
    form = {name: value for name in _form_names()}
    answered = []
    for method, rule in _routes(app):
        url = path(rule)
        if method == "GET":
            response = admin.client.get(url, query_string=query)
        else:
            response = admin.post(url, form, query_string=query)
        answered.append((method, url[:60], response.status_code))
    assert len(answered) >= 25
    return answered


def test_no_route_answers_500_to_a_hostile_value_in_its_url(app, as_role, world):
    admin = as_role("admin")
    server_errors = []
    for value in HOSTILE:
        answered = _sweep(app, admin, value, lambda rule, value=value: _hostile_url(rule, value))
        server_errors += [(repr(value)[:30], *entry) for entry in answered if entry[2] >= 500]
    assert server_errors == []


def test_no_route_answers_500_to_a_hostile_value_in_its_query_or_form(app, as_role, world):
    admin = as_role("admin")
    server_errors, ran = [], {}
    for value in HOSTILE:
        answered = _sweep(app, admin, value, lambda rule: _real_url(rule, world))
        server_errors += [(repr(value)[:30], *entry) for entry in answered if entry[2] >= 500]
        ran[value] = sum(status == 200 for _, _, status in answered)
    assert server_errors == []
    # The views really ran (a NUL or 5,000 characters are refused whole: 400, 413).
    assert all(count >= 5 for value, count in ran.items() if "\x00" not in value and len(value) < 5000), ran


@pytest.mark.parametrize("page", ["99999999999999999999", "-5", "0", "abc", "1e9", "", "３"])
def test_the_audit_log_shows_a_page_for_any_page_number(as_role, page):
    response = as_role("admin").get(f"/audit?page={quote(page)}")
    assert response.status_code == 200
    assert "Audit log" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "url", ["/tickets/99999999999999999999", "/bookings/2147483648", "/tickets/0", "/bookings/-1", "/tickets/abc"]
)
def test_an_id_out_of_range_is_not_found(as_role, url):
    assert as_role("admin").get(url).status_code == 404


def test_the_largest_id_a_database_holds_is_still_looked_up(as_role):
    assert as_role("admin").get(f"/tickets/{params.MAX_ID}").status_code == 404  # no such ticket, asked safely


@pytest.mark.parametrize("where", ["query", "form", "path"])
def test_a_nul_character_anywhere_is_refused_before_any_view(as_role, where):
    admin = as_role("admin")
    if where == "query":
        response = admin.get("/audit", query_string={"actor": "al\x00ice"})
    elif where == "form":
        admin.get("/staff")
        response = admin.post("/staff", {"username": "dora", "display_name": "D\x00", "role": "reception"})
    else:
        response = admin.get("/clinic/practitioners/a%00b")
    assert response.status_code == 400
