"""The clinic data pages: admins only; each form saves valid values (the
assistant's next answer uses them) with an audit event, and shows refused
values again with the message next to the field, changing nothing."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from assistant.clinic import admin, answers
from assistant.db import session_scope
from assistant.db.models import AuditEvent


@pytest.fixture
def admin_client(as_role, clinic):
    return as_role("admin")


def snapshot(engine) -> admin.ClinicSnapshot:
    with session_scope(engine) as session:
        return admin.snapshot(session)


def audit_events(engine):
    with session_scope(engine) as session:
        rows = session.execute(select(AuditEvent).where(AuditEvent.action.like("clinic.%"))).scalars().all()
        return [(row.actor, row.action, row.subject_type, row.subject_id, row.detail) for row in rows]


def ask(engine, topic: str, text: str) -> str:
    """What the assistant's clinic actions answer (actions/clinic.py calls answers.answer)."""
    with session_scope(engine) as session:
        reply = answers.answer(session, topic, answers.Question(text), datetime.now(timezone.utc))
    return " ".join(message.text for message in reply.messages)


def page(response) -> str:
    return response.get_data(as_text=True)


def field_error(html: str, name: str) -> str | None:
    """The message shown next to field `name`, if the field is marked invalid."""
    field = re.search(rf'<(?:input|textarea|select|fieldset)[^>]*id="f-{re.escape(name)}"[^>]*>', html)
    if field is None or 'aria-invalid="true"' not in field.group(0) or f"e-{name}" not in field.group(0):
        return None
    found = re.search(rf'<p class="notice field-error" id="e-{re.escape(name)}">(.*?)</p>', html, re.S)
    return found.group(1) if found else None


# --- Who may ----------------------------------------------------------------------------------

PAGES = [
    ("GET", "/clinic"),
    ("GET", "/clinic/hours/leeds"),
    ("POST", "/clinic/hours/leeds"),
    ("GET", "/clinic/closures"),
    ("POST", "/clinic/closures"),
    ("POST", "/clinic/closures/1/remove"),
    ("GET", "/clinic/treatments/hair-mesotherapy/price"),
    ("POST", "/clinic/treatments/hair-mesotherapy/price"),
    ("GET", "/clinic/fee"),
    ("POST", "/clinic/fee"),
    ("GET", "/clinic/practitioners/new"),
    ("POST", "/clinic/practitioners/new"),
    ("GET", "/clinic/practitioners/jess-marlow"),
    ("POST", "/clinic/practitioners/jess-marlow"),
]


@pytest.mark.parametrize("role", ["clinician", "reception"])
@pytest.mark.parametrize("method, path", PAGES)
def test_only_admins_may_see_or_change_clinic_data(as_role, clinic, role, method, path):
    client = as_role(role)
    response = client.get(path) if method == "GET" else client.post(path, {"consultation_fee": "0", "mon": "closed"})

    assert response.status_code == 403
    assert snapshot(clinic).consultation_fee.minor == 3000 and audit_events(clinic) == []


def test_signed_out_the_clinic_pages_go_to_sign_in(console, clinic):
    response = console.get("/clinic")
    assert response.status_code == 302 and "/login" in response.location


def test_a_form_without_its_csrf_token_is_refused(admin_client, clinic):
    response = admin_client.post("/clinic/fee", {"consultation_fee": "0"}, token=False)

    assert response.status_code == 400 and snapshot(clinic).consultation_fee.minor == 3000


# --- The overview -----------------------------------------------------------------------------


def test_the_overview_shows_hours_closures_prices_and_practitioners(admin_client):
    html = page(admin_client.get("/clinic"))

    assert "09:00-13:00, 14:00-18:00" in html  # York on Wednesdays
    assert "every year 25 December — Christmas Day (all locations)" in html
    assert "Hair mesotherapy" in html and "150.00–180.00 GBP" in html and "3 for 420.00; 6 for 780.00" in html
    assert "Consultation fee: <strong>30.00 GBP</strong>" in html
    assert "Dr Amelia Hart" in html and "GMC 0000001" in html
    assert 'href="/clinic/hours/york"' in html and 'href="/clinic/practitioners/new"' in html


def test_without_a_clinic_the_pages_say_so(as_role):
    response = as_role("admin").get("/clinic")

    assert response.status_code == 404 and "No clinic is loaded" in page(response)


def test_an_unknown_location_treatment_or_practitioner_is_not_found(admin_client):
    for path in ("/clinic/hours/hull", "/clinic/treatments/botox/price", "/clinic/practitioners/nobody"):
        assert admin_client.get(path).status_code == 404, path


# --- Opening hours ----------------------------------------------------------------------------


def test_saved_hours_are_audited_and_in_the_assistants_next_answer(admin_client, clinic):
    form = page(admin_client.get("/clinic/hours/leeds"))
    assert 'id="f-thu" name="thu" type="text" value="09:00-20:00"' in form

    week = {key: snapshot(clinic).location("leeds").day_text(day) for day, key in enumerate(admin.WEEKDAY_KEYS)}
    response = admin_client.post("/clinic/hours/leeds", {**week, "sun": "10:00-14:00"})

    assert response.status_code == 303 and response.location.endswith("/clinic")
    assert "Opening hours of Leeds saved." in page(admin_client.get("/clinic"))
    assert snapshot(clinic).location("leeds").day_text(6) == "10:00-14:00"
    assert "the Leeds clinic is open 10:00–14:00" in ask(clinic, "hours", "are you open on sunday in leeds")
    assert audit_events(clinic) == [
        (
            "alice",
            "clinic.hours.update",
            "location",
            "leeds",
            {"changed": {"sun": {"before": "closed", "after": "10:00-14:00"}}},
        )
    ]


def test_refused_hours_come_back_with_the_message_next_to_the_field(admin_client, clinic):
    before = snapshot(clinic)

    response = admin_client.post("/clinic/hours/leeds", {"mon": "18:00-09:00", "tue": "9 till 5", "wed": "closed"})

    html = page(response)
    assert response.status_code == 400
    assert field_error(html, "mon") == "closes 09:00 is before opens 18:00"
    assert field_error(html, "tue") == "&#39;9 till 5&#39; should be opening hours like 09:00-18:00"
    assert field_error(html, "wed") is None
    assert 'value="9 till 5"' in html and "Nothing was saved." in html
    assert snapshot(clinic) == before and audit_events(clinic) == []


def test_closing_a_rota_day_warns_about_the_consultation_times_and_leaves_the_other_days(admin_client, clinic):
    before = snapshot(clinic).location("leeds")

    response = admin_client.post("/clinic/hours/leeds", {"sat": "closed"})  # the only field sent

    assert response.status_code == 303
    assert "Sarah Okafor has consultation times at Leeds on Saturdays" in page(admin_client.get("/clinic"))
    after = snapshot(clinic).location("leeds")
    assert after.day_text(5) == "closed" and after.days[:5] == before.days[:5]


# --- Closures ---------------------------------------------------------------------------------


def test_a_closure_is_added_then_removed_each_with_an_audit_event(admin_client, clinic):
    response = admin_client.post(
        "/clinic/closures", {"starts_on": "2031-03-04", "ends_on": "", "reason": "Staff training", "location": "york"}
    )

    assert response.status_code == 303
    html = page(admin_client.get("/clinic/closures"))
    assert "Closure “Staff training” added." in html and "Tue 4 Mar 2031" in html
    added = next(c for c in snapshot(clinic).closures if c.reason == "Staff training")
    assert (added.starts_on.isoformat(), added.location) == ("2031-03-04", "york")
    assert "closed for Staff training" in ask(clinic, "hours", "are you open on 4 march 2031 in york")

    assert admin_client.post(f"/clinic/closures/{added.id}/remove").status_code == 303
    assert all(c.reason != "Staff training" for c in snapshot(clinic).closures)
    assert [action for _, action, *_ in audit_events(clinic)] == ["clinic.closure.add", "clinic.closure.remove"]


def test_a_refused_closure_shows_each_problem_and_keeps_what_was_typed(admin_client, clinic):
    response = admin_client.post(
        "/clinic/closures", {"starts_on": "2031-03-05", "ends_on": "2031-03-04", "reason": " ", "location": "hull"}
    )

    html = page(response)
    assert response.status_code == 400
    assert field_error(html, "ends_on") == "2031-03-04 is before 2031-03-05"
    assert field_error(html, "reason") == "should be some text"
    assert field_error(html, "location") == "unknown location &#39;hull&#39;; known: leeds, york"
    assert 'value="2031-03-05"' in html and len(snapshot(clinic).closures) == 3


def test_removing_a_closure_twice_explains_instead_of_failing(admin_client, clinic):
    closure = snapshot(clinic).closures[0]
    admin_client.post(f"/clinic/closures/{closure.id}/remove")

    response = admin_client.post(f"/clinic/closures/{closure.id}/remove")

    assert response.status_code == 303
    assert "removed already?" in page(admin_client.get("/clinic/closures"))


# --- Prices and fee ---------------------------------------------------------------------------


def test_prices_and_packages_are_saved_and_in_the_next_answer(admin_client, clinic):
    form = page(admin_client.get("/clinic/treatments/hair-mesotherapy/price"))
    assert 'name="package_rows" value="4"' in form  # two packages and two empty rows

    response = admin_client.post(
        "/clinic/treatments/hair-mesotherapy/price",
        {
            "price_from": "165",
            "price_to": "",
            "package_rows": "4",
            "packages-0-sessions": "3",
            "packages-0-price": "450",
            "packages-0-name": "",
            "packages-1-sessions": "",
            "packages-1-price": "",
            "packages-1-name": "",  # the 6-session package cleared: removed
            "packages-2-sessions": "10",
            "packages-2-price": "1400.50",
            "packages-2-name": "Ten-session course",
        },
    )

    assert response.status_code == 303
    assert ask(clinic, "price", "how much is hair mesotherapy") == (
        "Hair mesotherapy is £165 a session, or £450 for a course of 3 or £1,400.50 for a course of 10."
    )
    ((actor, action, kind, subject, detail),) = audit_events(clinic)
    assert (actor, action, kind, subject) == ("alice", "clinic.price.update", "treatment", "hair-mesotherapy")
    assert detail["packages_after"] == ["3 sessions for 450.00", "10 sessions for 1400.50"]


def test_refused_prices_show_the_message_by_each_field(admin_client, clinic):
    response = admin_client.post(
        "/clinic/treatments/hair-mesotherapy/price",
        {
            "price_from": "200",
            "price_to": "150",
            "package_rows": "1",
            "packages-0-sessions": "1",
            "packages-0-price": "x",
        },
    )

    html = page(response)
    assert response.status_code == 400
    assert field_error(html, "price_to") == "&#39;to&#39; (150) is less than &#39;from&#39; (200)"
    assert field_error(html, "packages-0-sessions") == "should be a whole number from 2 to 50, not 1"
    assert field_error(html, "packages-0-price") == (
        "&#39;x&#39; is not an amount of money; write it like 250 or 49.50"
    )
    assert snapshot(clinic).treatment("hair-mesotherapy").price_from.minor == 15000


def test_a_free_consultation_is_saved_and_a_negative_fee_refused(admin_client, clinic):
    refused = admin_client.post("/clinic/fee", {"consultation_fee": "-10"})
    assert refused.status_code == 400
    assert (
        field_error(page(refused), "consultation_fee")
        == "&#39;-10&#39; should be zero or more with at most two decimals"
    )

    assert admin_client.post("/clinic/fee", {"consultation_fee": "0"}).status_code == 303

    assert ask(clinic, "price", "how much is a consultation") == "Consultations are free."
    assert [(a, d) for _, a, _, _, d in audit_events(clinic)] == [
        ("clinic.fee.update", {"before": "30.00", "after": "0.00", "currency": "GBP"})
    ]


# --- Practitioners ----------------------------------------------------------------------------

JESS = {
    "name": "Jess Marlow",
    "role": "Skin therapist",
    "qualifications": "Level 4 Diploma in Skin Aesthetics",
    "registration_body": "",
    "registration_number": "",
    "bio": "Jess runs the needle-free clinic.",
}


def test_a_practitioner_edit_is_saved_and_in_the_next_answer(admin_client, clinic):
    form = page(admin_client.get("/clinic/practitioners/jess-marlow"))
    assert 'value="Skin therapist"' in form and 'name="locations" value="york" checked' in form

    response = admin_client.post(
        "/clinic/practitioners/jess-marlow",
        {
            **JESS,
            "role": "Aesthetic nurse",
            "registration_body": "NMC",
            "registration_number": "00B0002Z",
            "locations": ["leeds", "york"],
            "treatments": ["needle-free-mesotherapy"],
        },
    )

    assert response.status_code == 303
    answer = ask(clinic, "practitioners", "who is jess")
    assert "Jess Marlow is our aesthetic nurse" in answer and "NMC 00B0002Z" in answer
    ((_, action, _, subject, detail),) = audit_events(clinic)
    assert (action, subject) == ("clinic.practitioner.update", "jess-marlow")
    assert detail["changed"]["role"] == {"before": "Skin therapist", "after": "Aesthetic nurse"}


def test_a_refused_practitioner_edit_marks_each_field(admin_client, clinic):
    response = admin_client.post(
        "/clinic/practitioners/jess-marlow",
        {**JESS, "name": "", "registration_body": "GMC", "locations": ["leeds"], "treatments": []},
    )

    html = page(response)
    assert response.status_code == 400
    assert field_error(html, "name") == "is missing"
    assert field_error(html, "registration_number") == "give the GMC registration number, or clear the regulator"
    assert field_error(html, "locations").startswith("Jess Marlow has consultation times at York in the rota")
    assert snapshot(clinic).practitioner("jess-marlow").role == "Skin therapist"


def test_a_new_practitioner_is_added_and_found_by_the_assistant(admin_client, clinic):
    response = admin_client.post(
        "/clinic/practitioners/new",
        {
            "name": "Dr Priya Shah",
            "role": "Aesthetic doctor",
            "qualifications": "MBChB",
            "registration_body": "GMC",
            "registration_number": "0000009",
            "bio": "",
            "slug": "",
            "locations": ["york"],
            "treatments": ["hair-mesotherapy"],
        },
    )

    assert response.status_code == 303
    assert "Dr Priya Shah added." in page(admin_client.get("/clinic"))
    assert "Dr Priya Shah: aesthetic doctor (GMC 0000009)" in ask(
        clinic, "practitioners", "who does hair mesotherapy in york"
    )
    assert [(a, s) for _, a, _, s, _ in audit_events(clinic)] == [("clinic.practitioner.add", "dr-priya-shah")]
