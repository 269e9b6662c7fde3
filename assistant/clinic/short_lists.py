"""Clinic answers that are lists (opening hours, locations, treatments,
prices, practitioners) as short lists: a title and one line per item.

Each list goes out as one message whose text is the readable version, one
item a line (REST clients, the staff transcript), with the same items as a
`custom` payload the chat widget draws as a list:

    hours = weekly_hours_lists(schedules)[0]
    hours.text()     -> "The Leeds clinic's opening hours:\\n• Monday–Friday: 9:00–18:00\\n• Saturday–Sunday: closed"
    hours.payload()  -> {"list": {"title": "The Leeds clinic's opening hours:",
                                  "items": [{"label": "Monday–Friday", "value": "9:00–18:00"}, ...]}}
    hours.message()  -> Message(text, custom=payload)

Every value is clinic data: the widget shows it as text, never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Sequence, Tuple

from assistant.clinic.formatting import format_price, format_weekly_pairs
from assistant.clinic.hours import WeeklyHours
from assistant.clinic.locations import LocationInfo
from assistant.clinic.practitioners import PractitionerInfo
from assistant.clinic.treatments import TreatmentInfo
from assistant.conversation import Message

BULLET = "•"
LIST_KEY = "list"


@dataclass(frozen=True)
class ListItem:
    label: str
    value: str = ""

    def line(self) -> str:
        return f"{BULLET} {self.label}: {self.value}" if self.value else f"{BULLET} {self.label}"


@dataclass(frozen=True)
class ShortList:
    title: str
    items: Tuple[ListItem, ...]

    def text(self) -> str:
        return "\n".join([self.title, *(item.line() for item in self.items)])

    def payload(self) -> Dict[str, Any]:
        return {
            LIST_KEY: {
                "title": self.title,
                "items": [{"label": item.label, "value": item.value} for item in self.items],
            }
        }

    def message(self) -> Message:
        return Message(self.text(), custom=self.payload())


def _hours(schedule: WeeklyHours) -> Tuple[ListItem, ...]:
    return tuple(ListItem(days, hours) for days, hours in format_weekly_pairs(schedule.days))


def weekly_hours_lists(schedules: Sequence[WeeklyHours]) -> Tuple[ShortList, ...]:
    """The ordinary week: one list per location, or one for all when their hours are the same."""
    if not schedules:
        return ()
    if len(schedules) == 1:
        only = schedules[0]
        return (ShortList(f"The {only.location_name} clinic's opening hours:", _hours(only)),)
    if len({s.days for s in schedules}) == 1:
        return (ShortList("All our clinics have the same hours:", _hours(schedules[0])),)
    return tuple(ShortList(f"{s.location_name}:", _hours(s)) for s in schedules)


def locations_list(locations: Sequence[LocationInfo]) -> ShortList:
    count = len(locations)
    title = f"We have {count} clinics:" if count > 1 else "Our clinic:"
    return ShortList(title, tuple(ListItem(loc.name, loc.address) for loc in locations))


def treatments_list(treatments: Sequence[TreatmentInfo], area_words: str = "") -> ShortList:
    title = f"For {area_words} we offer:" if area_words else "We offer:"
    return ShortList(title, tuple(ListItem(t.name) for t in treatments))


def prices_list(treatments: Sequence[TreatmentInfo]) -> ShortList:
    return ShortList("Our prices per session:", tuple(ListItem(t.name, format_price(t.price)) for t in treatments))


def _role(person: PractitionerInfo) -> str:
    role = f"{person.role[0].lower()}{person.role[1:]}" if person.role else ""
    registration = f" ({person.registration})" if person.registration else ""
    return f"{role}{registration}"


def team_list(people: Sequence[PractitionerInfo], where: str = "", treatment: str = "") -> ShortList:
    """Who does what (`people` must not be empty: replies.team_text says when no one does)."""
    if treatment:
        title = f"{treatment} is done by:"
    else:
        title = "Our practitioner:" if len(people) == 1 else "Our practitioners:"
    if where:
        title = f"At our {where} clinic, {title[0].lower()}{title[1:]}"
    return ShortList(title, tuple(ListItem(p.name, _role(p)) for p in people))
