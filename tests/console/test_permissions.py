"""The role matrix, as data and as the server enforces it on every route."""

from __future__ import annotations

import re

import pytest

from assistant.console.permissions import (
    PERMISSIONS,
    ROLE_MATRIX,
    allowed,
    matrix_markdown,
    may_handle,
    nav_links,
    roles_with,
)
from assistant.settings import PROJECT_ROOT


@pytest.mark.parametrize(
    "role, permission, expected",
    [
        ("admin", "staff.manage", True),
        ("admin", "audit.view", True),
        ("admin", "clinic.manage", True),
        ("admin", "dashboard.view", True),
        ("clinician", "dashboard.view", True),
        ("clinician", "staff.manage", False),
        ("clinician", "audit.view", False),
        ("clinician", "clinic.manage", False),
        ("reception", "queue.view", True),
        ("reception", "ticket.view", True),
        ("reception", "ticket.note", True),
        ("reception", "dashboard.view", False),
        ("reception", "staff.manage", False),
        ("reception", "booking.view", True),
        ("reception", "booking.handle", True),
        ("reception", "booking.confirm_flagged", False),
        ("clinician", "booking.confirm_flagged", True),
        ("admin", "booking.confirm_flagged", True),
        ("admin", "ticket.export", True),
        ("clinician", "ticket.export", False),
        ("reception", "ticket.export", False),
        (None, "queue.view", False),
        ("intruder", "queue.view", False),
    ],
)
def test_the_matrix_says_who_may_do_what(role, permission, expected):
    assert allowed(role, permission) is expected


@pytest.mark.parametrize(
    "role, urgency, expected",
    [
        ("clinician", "emergency", True),
        ("clinician", "same_day", True),
        ("clinician", "review", True),
        ("clinician", "routine", True),
        ("admin", "emergency", True),
        ("reception", "routine", True),
        ("reception", "review", False),
        ("reception", "same_day", False),
        ("reception", "emergency", False),
        (None, "routine", False),
    ],
)
def test_only_clinicians_and_admins_handle_clinical_tickets(role, urgency, expected):
    assert may_handle(role, urgency) is expected


def test_an_unknown_permission_is_a_bug_not_a_refusal():
    with pytest.raises(KeyError, match="add it to ROLE_MATRIX"):
        allowed("admin", "ticket.delete")


def test_every_permission_is_described_and_has_roles():
    assert set(PERMISSIONS) == set(ROLE_MATRIX)
    assert all(roles_with(permission) for permission in PERMISSIONS)


def test_the_documented_matrix_is_the_one_enforced():
    docs = (PROJECT_ROOT / "docs" / "staff-console.md").read_text()
    # To regenerate: python -c "from assistant.console.permissions import matrix_markdown as m; print(m())"
    assert matrix_markdown() in docs


def test_admins_see_a_clinic_data_link_and_reception_does_not():
    assert {"label": "Clinic data", "path": "/clinic"} in nav_links("admin")
    assert [link["label"] for link in nav_links("reception")] == ["Queue", "Bookings"]
    assert {"label": "Bookings", "path": "/bookings"} in nav_links("clinician")


# (method, path, roles that may) for every page and action; {t} is a routine ticket, {e} an emergency,
# {b} a booking request, {f} one flagged for clinician review.
ROUTES = [
    ("GET", "/", {"admin", "clinician", "reception"}),
    ("GET", "/api/queue", {"admin", "clinician", "reception"}),
    ("GET", "/tickets/{e}", {"admin", "clinician", "reception"}),
    ("POST", "/tickets/{e}/notes", {"admin", "clinician", "reception"}),
    ("POST", "/tickets/{e}/claim", {"admin", "clinician"}),
    ("POST", "/tickets/{t}/claim", {"admin", "clinician", "reception"}),
    ("POST", "/tickets/{e}/assign", {"admin", "clinician"}),
    ("GET", "/tickets.csv", {"admin"}),
    ("GET", "/bookings", {"admin", "clinician", "reception"}),
    ("GET", "/bookings/{b}", {"admin", "clinician", "reception"}),
    ("POST", "/bookings/{b}/confirm", {"admin", "clinician", "reception"}),
    ("POST", "/bookings/{b}/cancel", {"admin", "clinician", "reception"}),
    ("POST", "/bookings/{f}/confirm", {"admin", "clinician"}),
    ("POST", "/bookings/{f}/cancel", {"admin", "clinician", "reception"}),
    ("GET", "/dashboard", {"admin", "clinician"}),
    ("GET", "/staff", {"admin"}),
    ("POST", "/staff", {"admin"}),
    ("POST", "/staff/rita/deactivate", {"admin"}),
    ("POST", "/staff/rita/activate", {"admin"}),
    ("POST", "/staff/rita/password", {"admin"}),
    ("GET", "/audit", {"admin"}),
    ("GET", "/account", {"admin", "clinician", "reception"}),
]


@pytest.mark.parametrize("role", ["admin", "clinician", "reception"])
@pytest.mark.parametrize("method, path, roles", ROUTES)
def test_the_server_enforces_the_matrix_on_every_route(
    as_role, make_ticket, make_booking, role, method, path, roles
):
    url = path.format(
        t=make_ticket("routine"), e=make_ticket("emergency"), b=make_booking(), f=make_booking(flagged=True)
    )
    client = as_role(role)
    if method == "GET":
        response = client.get(url)
    else:
        response = client.post(url, {"text": "a note", "password": "another long password"})
    if role in roles:
        assert response.status_code in (200, 303), (url, response.status_code)
    else:
        assert response.status_code == 403, (url, response.status_code)


def test_every_route_but_sign_in_needs_a_session(app, make_ticket):
    ticket = make_ticket()
    client = app.test_client()
    checked = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint in {"static", "auth.login"}:
            continue
        url = re.sub(r"<int:\w+>", str(ticket), rule.rule)
        url = re.sub(r"<[^>]+>", "rita", url)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(url, method=method)
            if url.startswith("/api/"):
                assert response.status_code == 401, url
            elif method == "GET":
                assert response.status_code == 302 and "/login" in response.location, url
            else:  # a POST without a session is refused by the CSRF check or the session check
                assert response.status_code in (302, 400), (method, url, response.status_code)
            checked += 1
    assert checked >= 14
