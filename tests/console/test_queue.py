"""The queue: most urgent first, then oldest; status filters with counts;
the same rows as HTML and as JSON; patient text always escaped."""

from __future__ import annotations

import pytest

from assistant.console.queue import excerpt, waited
from tests.console.conftest import NOW

XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">'


def test_urgency_first_then_the_longest_waiting(as_role, make_ticket):
    routine_old = make_ticket("routine", minutes_ago=300)
    emergency_new = make_ticket("emergency", minutes_ago=1)
    review = make_ticket("review", minutes_ago=30)
    same_day_new = make_ticket("same_day", minutes_ago=2)
    same_day_old = make_ticket("same_day", minutes_ago=90)
    data = as_role("reception").get("/api/queue").get_json()
    assert [t["id"] for t in data["tickets"]] == [emergency_new, same_day_old, same_day_new, review, routine_old]
    assert [t["urgency_label"] for t in data["tickets"]][:2] == ["Emergency", "Same day"]


def test_filters_and_counts(as_role, make_ticket):
    first, second, third = make_ticket("routine"), make_ticket("routine"), make_ticket("same_day")
    clinician = as_role("clinician")
    clinician.post(f"/tickets/{second}/claim")
    clinician.post(f"/tickets/{third}/resolve", {"outcome": "no_action"})

    counts = clinician.get("/api/queue").get_json()["counts"]
    assert counts == {"open": 2, "new": 1, "claimed": 1, "resolved": 1, "all": 3}
    ids = {name: [t["id"] for t in clinician.get(f"/api/queue?status={name}").get_json()["tickets"]]
           for name in counts}
    assert ids == {
        "open": [first, second],
        "new": [first],
        "claimed": [second],
        "resolved": [third],
        "all": [third, first, second],
    }
    assert clinician.get("/api/queue?status=bogus").get_json()["filter"] == "open"


def test_rows_say_who_may_handle_them_and_who_claimed(as_role, make_ticket):
    emergency, routine = make_ticket("emergency"), make_ticket("routine")
    as_role("clinician").post(f"/tickets/{routine}/claim")
    rows = {t["id"]: t for t in as_role("reception").get("/api/queue").get_json()["tickets"]}
    assert rows[emergency]["can_handle"] is False and rows[routine]["can_handle"] is True
    assert rows[routine]["claimed_by"] == "Carl Example"


@pytest.mark.parametrize("path", ["/", "/tickets/{id}"])
def test_patient_markup_is_escaped_in_every_page(as_role, make_ticket, path):
    ticket = make_ticket("same_day", text=f"swollen and hot {XSS}", name=f"Eve {XSS}")
    html = as_role("admin").get(path.format(id=ticket)).get_data(as_text=True)
    assert "<script>window" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html


def test_the_json_carries_patient_text_verbatim_for_textcontent(as_role, make_ticket):
    make_ticket("same_day", text=XSS)
    [row] = as_role("admin").get("/api/queue").get_json()["tickets"]
    assert row["excerpt"] == XSS


def test_signed_out_polling_gets_401_json_not_a_login_page(console):
    response = console.get("/api/queue")
    assert response.status_code == 401 and response.get_json()["error"] == "signed_out"


@pytest.mark.parametrize(
    "minutes, text",
    [(0, "just now"), (5, "5 min"), (60, "1 h"), (125, "2 h 5 min"), (60 * 24, "1 day"), (60 * 72, "3 days")],
)
def test_waiting_time_in_words(minutes, text):
    from datetime import timedelta

    assert waited(NOW - timedelta(minutes=minutes), NOW) == text


def test_long_messages_are_shortened_on_one_line():
    assert excerpt("a\n b", 10) == "a b"
    assert excerpt("x" * 200, 10) == "x" * 9 + "…"
