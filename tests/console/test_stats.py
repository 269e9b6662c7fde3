"""Dashboard figures: tickets per clinic day by urgency, median minutes to
claim and to resolve, and the most common reasons."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from assistant.console.stats import TicketTimes, dashboard, median_minutes, per_day, reason_labels, top_reasons

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2025, 6, 11, 10, 0, tzinfo=timezone.utc)  # 11:00 in London


def ticket(urgency="routine", hours_ago=1.0, claim=None, resolve=None, situations=(), rows=()):
    created = NOW - timedelta(hours=hours_ago)
    return TicketTimes(
        urgency,
        created,
        created + timedelta(minutes=claim) if claim is not None else None,
        created + timedelta(minutes=resolve) if resolve is not None else None,
        tuple(situations),
        tuple(rows),
    )


def test_tickets_are_counted_per_clinic_day_and_urgency():
    tickets = [
        ticket("emergency", hours_ago=1),
        ticket("routine", hours_ago=2),
        ticket("routine", hours_ago=10.5),  # 23:30 UTC on the 10th = 00:30 on the 11th in London
        ticket("same_day", hours_ago=24),
        ticket("review", hours_ago=24 * 20),  # outside the period
    ]
    dates, counts = per_day(tickets, date(2025, 6, 11), 3, LONDON)
    assert dates == (date(2025, 6, 9), date(2025, 6, 10), date(2025, 6, 11))
    assert counts == {
        "emergency": (0, 0, 1),
        "same_day": (0, 1, 0),
        "review": (0, 0, 0),
        "routine": (0, 0, 2),
    }


@pytest.mark.parametrize(
    "minutes, expected",
    [([], None), ([5], 5.0), ([1, 3, 100], 3.0), ([1, 2, 3, 4], 2.5), ([0.25], 0.2)],
)
def test_median_minutes(minutes, expected):
    assert median_minutes([timedelta(minutes=m) for m in minutes]) == expected


def test_medians_per_urgency_and_overall_ignore_what_has_not_happened_yet():
    figures = dashboard(
        [
            ticket("emergency", claim=2, resolve=30),
            ticket("emergency", claim=4, resolve=None),
            ticket("routine", claim=60, resolve=120),
            ticket("routine"),
        ],
        NOW,
        14,
        LONDON,
    )
    assert figures.total == 4
    assert figures.median_claim == {"all": 4.0, "emergency": 3.0, "same_day": None, "review": None, "routine": 60.0}
    assert figures.median_resolve["all"] == 75.0 and figures.median_resolve["emergency"] == 30.0


def test_reasons_name_the_situation_and_its_row_or_the_request_for_a_person():
    assert reason_labels(ticket("emergency", situations=["anaphylaxis", "collapse"], rows=["B8", "B9"])) == [
        "Anaphylaxis (B8)",
        "Collapse (B9)",
    ]
    assert reason_labels(ticket("routine")) == ["Asked for a person"]
    assert reason_labels(ticket("same_day", situations=["unspecified_concern"], rows=[""])) == ["Unspecified concern"]


def test_the_most_common_reasons_come_first():
    tickets = [ticket("routine")] * 3 + [ticket("emergency", situations=["anaphylaxis"], rows=["B8"])] * 2
    tickets.append(ticket("same_day", situations=["infection"], rows=["B13"]))
    assert top_reasons(tickets, limit=2) == (("Asked for a person", 3), ("Anaphylaxis (B8)", 2))


def test_the_figures_travel_as_json_for_the_charts():
    data = dashboard([ticket("review", claim=5)], NOW, 7, LONDON).as_json()
    assert data["days"] == 7 and len(data["dates"]) == 7 and data["dates"][-1] == "2025-06-11"
    assert data["per_day"]["review"][-1] == 1
    assert [u["label"] for u in data["urgencies"]] == ["Emergency", "Same day", "Review", "Routine"]


def test_the_dashboard_page_draws_from_the_vendored_chart_library(as_role, make_ticket):
    make_ticket("emergency", situations=("anaphylaxis",), rows=("B8",))
    page = as_role("clinician").get("/dashboard?days=30")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert '/static/vendor/chart.umd.js' in html and "cdn" not in html.lower()
    assert "Anaphylaxis (B8)" in html  # the table beside the chart
    assert as_role("clinician").client.get("/static/vendor/chart.umd.js").status_code == 200
