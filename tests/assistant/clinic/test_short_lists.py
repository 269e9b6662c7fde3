"""Clinic lists as short lists: the text and the widget's payload say the same."""

from __future__ import annotations

from datetime import time

from assistant.clinic.hours import WeeklyHours
from assistant.clinic.locations import LocationInfo
from assistant.clinic.short_lists import ListItem, ShortList, locations_list, weekly_hours_lists
from assistant.clinic.values import TimeRange

NINE_TO_SIX = (TimeRange(time(9), time(18)),)
WEEK = (NINE_TO_SIX,) * 5 + ((), ())


def test_one_clinic_s_week_is_one_list_of_day_groups():
    [hours] = weekly_hours_lists([WeeklyHours("leeds", "Leeds", WEEK)])

    assert hours.title == "The Leeds clinic's opening hours:"
    assert hours.items == (ListItem("Monday–Friday", "9:00–18:00"), ListItem("Saturday–Sunday", "closed"))
    assert hours.text() == "The Leeds clinic's opening hours:\n• Monday–Friday: 9:00–18:00\n• Saturday–Sunday: closed"
    assert ";" not in hours.text()


def test_clinics_with_the_same_hours_share_one_list_and_different_ones_get_one_each():
    same = weekly_hours_lists([WeeklyHours("leeds", "Leeds", WEEK), WeeklyHours("york", "York", WEEK)])
    york_week = (NINE_TO_SIX,) * 6 + ((),)
    different = weekly_hours_lists([WeeklyHours("leeds", "Leeds", WEEK), WeeklyHours("york", "York", york_week)])

    assert [s.title for s in same] == ["All our clinics have the same hours:"]
    assert [s.title for s in different] == ["Leeds:", "York:"]
    assert different[1].items[-1] == ListItem("Sunday", "closed")


def test_the_payload_carries_the_same_items_as_the_text():
    listed = ShortList("Our prices per session:", (ListItem("Hair mesotherapy", "£150–£180"), ListItem("Other")))

    assert listed.payload() == {
        "list": {
            "title": "Our prices per session:",
            "items": [{"label": "Hair mesotherapy", "value": "£150–£180"}, {"label": "Other", "value": ""}],
        }
    }
    assert listed.text() == "Our prices per session:\n• Hair mesotherapy: £150–£180\n• Other"
    assert listed.message().custom == listed.payload()


def test_addresses_are_listed_by_clinic():
    places = [
        LocationInfo("leeds", "Leeds", (), "1 Park Row, Leeds", "0113", None, None),
        LocationInfo("york", "York", (), "2 Minster Row, York", "01904", None, None),
    ]

    assert (
        locations_list(places).text() == "We have 2 clinics:\n• Leeds: 1 Park Row, Leeds\n• York: 2 Minster Row, York"
    )
