"""The queue as an inbox for a busy clinic, on SQLite and on PostgreSQL:
filters by urgency and by who claimed a ticket, search by patient name,
phone, booking reference and message text (wildcards taken literally),
bounded pages, and new emergency and same-day tickets pinned at the top
until someone claims them."""

from __future__ import annotations

from typing import List

import pytest
from sqlalchemy import update

from assistant.console import queue
from assistant.console.queue import PAGE_SIZE
from assistant.console.search import MAX_SEARCH, like_pattern
from assistant.db import session_scope
from assistant.db.models import HandoffTicket
from tests.console.both_databases import (  # noqa: F401  (fixtures: SQLite and PostgreSQL)
    clean_engine,
    engine_on_both_databases,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)


def _ids(client, **args) -> List[int]:
    response = client.get("/api/queue", query_string=args)
    assert response.status_code == 200
    return [t["id"] for t in response.get_json()["tickets"]]


def _set(engine, ticket_id: int, **values) -> None:
    with session_scope(engine) as session:
        session.execute(update(HandoffTicket).where(HandoffTicket.id == ticket_id).values(**values))


def test_a_new_emergency_is_pinned_above_older_claimed_ones_until_claimed(as_role, make_ticket):
    claimed_emergency = make_ticket("emergency", minutes_ago=120)
    routine = make_ticket("routine", minutes_ago=300)
    review = make_ticket("review", minutes_ago=60)
    new_same_day = make_ticket("same_day", minutes_ago=3)
    new_emergency = make_ticket("emergency", minutes_ago=1)
    clinician = as_role("clinician")
    assert clinician.post(f"/tickets/{claimed_emergency}/claim").status_code == 303

    data = clinician.get("/api/queue").get_json()
    assert [t["id"] for t in data["tickets"]] == [new_emergency, new_same_day, claimed_emergency, review, routine]
    assert [t["pinned"] for t in data["tickets"]] == [True, True, False, False, False]
    assert data["alert_ids"] == [new_emergency, new_same_day]

    clinician.post(f"/tickets/{new_emergency}/claim")
    data = clinician.get("/api/queue").get_json()
    # Claimed, it takes its place among the emergencies by waiting time; the same-day one stays pinned.
    assert [t["id"] for t in data["tickets"]] == [new_same_day, claimed_emergency, new_emergency, review, routine]
    assert data["alert_ids"] == [new_same_day]


def test_a_pinned_ticket_is_on_the_first_page_however_many_older_tickets_wait(as_role, make_ticket, engine):
    for minutes in range(PAGE_SIZE + 10):
        make_ticket("emergency", minutes_ago=1000 + minutes)
    older_ones = _ids(as_role("admin"))
    with session_scope(engine) as session:
        session.execute(update(HandoffTicket).values(status="claimed", claimed_by="carl"))
    newest = make_ticket("same_day", minutes_ago=0)
    admin = as_role("admin")
    first_page = admin.get("/api/queue").get_json()
    assert first_page["tickets"][0]["id"] == newest and first_page["tickets"][0]["pinned"] is True
    assert len(older_ones) == PAGE_SIZE
    assert '<tr class="row-same_day is-pinned"' in admin.get("/").get_data(as_text=True)


def test_filter_by_urgency_and_by_who_claimed(as_role, make_ticket):
    emergency, same_day, routine, other_routine = (
        make_ticket("emergency"), make_ticket("same_day"), make_ticket("routine"), make_ticket("routine")
    )
    as_role("clinician").post(f"/tickets/{emergency}/claim")
    as_role("reception").post(f"/tickets/{routine}/claim")
    admin = as_role("admin")
    assert _ids(admin, urgency="routine") == [routine, other_routine]
    assert _ids(admin, assignee="carl") == [emergency]
    assert _ids(admin, assignee="rita", urgency="routine") == [routine]
    assert _ids(admin, assignee="nobody") == [same_day, other_routine]
    # Unknown values are no filter, never an error.
    everything = sorted([emergency, same_day, routine, other_routine])
    assert sorted(_ids(admin, urgency="bogus", assignee="mallory")) == everything


def test_search_by_name_phone_text_and_the_booking_reference_the_patient_was_given(
    as_role, make_ticket, make_booking, engine
):
    by_name = make_ticket("routine", name="Zofia Nowak-Kowalska")
    by_phone = make_ticket("routine", name="Pat One")
    by_text = make_ticket("same_day", text="my LEFT cheek is swollen and hot", name="Pat Two")
    booked = make_ticket("review", name="Pat Three", conversation="conv-booked")
    _set(engine, by_phone, patient_phone="+44 (0)161 496-0000")
    booking = make_booking(conversation="conv-booked", reference="d2d1278c" + "a" * 24)
    assert booking
    admin = as_role("admin")
    assert _ids(admin, search="nowak") == [by_name]
    assert _ids(admin, search="0161 496") == [by_phone]
    assert _ids(admin, search="1614960000") == [by_phone]  # typed without the spaces and dashes
    assert _ids(admin, search="left CHEEK") == [by_text]
    assert _ids(admin, search="D2D1278C") == [booked]  # as the chat showed it to the patient
    assert _ids(admin, search="nobody has this") == []
    assert _ids(admin, search=f"#{by_text}") == [by_text]  # the ticket number
    assert by_text in _ids(admin, search=str(by_text))
    assert _ids(admin, search="9" * 30) == []  # past every id: no overflow on PostgreSQL


@pytest.mark.parametrize("wildcard", ["%", "_", "\\", "100%", "a_b"])
def test_search_wildcards_are_literal(as_role, make_ticket, wildcard):
    plain = make_ticket("routine", text="an ordinary question")
    literal = make_ticket("routine", text=f"it hurts {wildcard} here")
    assert _ids(as_role("admin"), search=wildcard) == [literal]
    assert plain


def test_like_pattern_escapes_the_patients_wildcards():
    assert like_pattern("50%_off\\") == "%50\\%\\_off\\\\%"


def test_search_text_is_bounded_and_hostile_text_is_only_data(as_role, make_ticket):
    ticket = make_ticket("routine", text="' OR 1=1 -- drop table")
    admin = as_role("admin")
    assert _ids(admin, search="' OR 1=1 --") == [ticket]
    long = admin.get("/api/queue", query_string={"search": "x" * 5000}).get_json()
    assert long["tickets"] == [] and len(long["query"]["search"]) == MAX_SEARCH


def test_pages_are_bounded_and_hostile_page_numbers_fall_back(as_role, make_ticket):
    made = [make_ticket("routine", minutes_ago=1000 - n) for n in range(PAGE_SIZE + 3)]
    admin = as_role("admin")
    first = admin.get("/api/queue").get_json()
    assert (first["page"], first["pages"], first["total"], len(first["tickets"])) == (1, 2, PAGE_SIZE + 3, PAGE_SIZE)
    second = admin.get("/api/queue?page=2").get_json()
    assert [t["id"] for t in first["tickets"] + second["tickets"]] == made
    for hostile in ["0", "-1", "abc", "9" * 400, "1e9", "２"]:
        response = admin.get("/api/queue", query_string={"page": hostile})
        assert response.status_code == 200, hostile
        assert response.get_json()["page"] in (1, 2)
    assert admin.get("/api/queue?page=99").get_json()["page"] == 2  # past the end: the last page


def test_the_page_keeps_filters_in_its_links_and_in_what_it_polls(as_role, make_ticket):
    for n in range(PAGE_SIZE + 1):
        make_ticket("routine", text=f"question {n}")
    html = as_role("admin").get("/?urgency=routine&search=question&assignee=nobody").get_data(as_text=True)
    assert 'data-api="/api/queue?status=open&amp;urgency=routine&amp;assignee=nobody&amp;search=question"' in html
    next_page = "/?status=open&amp;urgency=routine&amp;assignee=nobody&amp;search=question&amp;page=2"
    assert f'href="{next_page}" rel="next"' in html
    assert '<option value="routine" selected>' in html and 'value="question"' in html


def test_screening_answers_and_review_reasons_read_as_words_on_the_booking_and_ticket_pages(
    as_role, make_ticket, make_booking, engine
):
    booking = make_booking(
        flagged=True,
        conversation="conv-screened",
        screening={"pregnant_or_breastfeeding": "not sure", "blood_thinners_or_bleeding_disorder": False,
                   "allergies": True},
        review_reasons=["screening: pregnant_or_breastfeeding = 'not sure'", "screening: allergies = True",
                        "aged under the minimum"],
    )
    ticket = make_ticket("review", conversation="conv-screened")
    _set(engine, ticket, booking_request_id=booking)
    admin = as_role("admin")
    html = admin.get(f"/bookings/{booking}").get_data(as_text=True)
    assert "<dt>Pregnant or breastfeeding</dt><dd>not sure</dd>" in html
    assert "<dt>Blood thinners or bleeding disorder</dt><dd>No</dd>" in html
    assert "<dt>Allergies</dt><dd>Yes</dd>" in html
    assert "<li>Pregnant or breastfeeding: not sure</li>" in html and "<li>Allergies: Yes</li>" in html
    assert "<li>aged under the minimum</li>" in html
    assert "pregnant_or_breastfeeding" not in html
    ticket_html = admin.get(f"/tickets/{ticket}").get_data(as_text=True)
    assert "Pregnant or breastfeeding: not sure; Allergies: Yes; aged under the minimum" in ticket_html
    assert "pregnant_or_breastfeeding" not in ticket_html


def test_in_a_flood_of_urgent_tickets_the_newest_still_alert(as_role, make_ticket, monkeypatch):
    monkeypatch.setattr(queue, "MAX_ALERTS", 2)
    oldest, middle, newest = (make_ticket("emergency", minutes_ago=m) for m in (30, 20, 10))
    data = as_role("admin").get("/api/queue").get_json()
    assert data["alert_ids"] == [newest, middle]
    assert [t["id"] for t in data["tickets"]] == [oldest, middle, newest]  # the queue itself: longest waiting first
