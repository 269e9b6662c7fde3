"""Reading the calendar parts of a clinic file: closures, special hours and
the consultation rota, with their cross-checks (a day can't be both closed
and specially open; a practitioner can't be in two places on one day)."""

from __future__ import annotations

from datetime import date
from typing import Any, Dict, List, Set, Tuple

from assistant.clinic import file_checks as check
from assistant.clinic.calendar import DateRule
from assistant.clinic.clinic_spec import (
    ClosureSpec,
    LocationSpec,
    PractitionerSpec,
    SlotRuleSpec,
    SpecialHoursSpec,
)
from assistant.clinic.file_checks import Errors, Path, Section
from assistant.clinic.values import WEEKDAYS

# Yearly rules keep a reference year (a common year); only month and day matter.
_REFERENCE_YEAR = 2001


def _day_rule(fields: Section, reason: str, allow_range: bool) -> DateRule | None:
    """Exactly one of `date`, `from`+`to` (closures only) or `every_year`."""
    forms = [key for key in ("date", "from", "every_year") if key in fields]
    if len(forms) != 1 or ("from" in fields) != ("to" in fields):
        wanted = "`date`, `from` and `to`, or `every_year`" if allow_range else "`date` or `every_year`"
        fields.errors.add(fields.path, f"give exactly one of {wanted}")
        return None
    if "every_year" in fields:
        day = fields.read("every_year", check.day_of_year)
        return (
            DateRule(date(_REFERENCE_YEAR, *day), date(_REFERENCE_YEAR, *day), True, reason) if day else None
        )
    if "date" in fields:
        on = fields.read("date", check.calendar_date)
        return DateRule(on, on, False, reason) if on else None
    first, last = fields.read("from", check.calendar_date), fields.read("to", check.calendar_date)
    if first and last and last < first:
        fields.errors.add(fields.at("to"), f"{last} is before {first}")
        return None
    return DateRule(first, last, False, reason) if first and last else None


def _locations(value: Any, path: Path, errors: Errors, known: List[str]) -> Tuple[str, ...] | None:
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items):
        if item not in known:
            hint = check.did_you_mean(str(item), known) if isinstance(item, str) else ""
            errors.add(path + (index,), f"unknown location {item!r}{hint}; known: {', '.join(known)}")
            return None
    return tuple(items)


def closure(value: Any, path: Path, errors: Errors, locations: List[str]) -> ClosureSpec | None:
    fields = check.section(value, path, errors, ["reason"], ["date", "from", "to", "every_year", "locations"])
    if fields is None:
        return None
    reason = fields.read("reason", check.text)
    rule = _day_rule(fields, reason or "", allow_range=True)
    where = fields.read("locations", _locations, locations, default=())  # none listed: the whole clinic
    if reason is None or rule is None or where is None:
        return None
    return ClosureSpec(rule, where)


def special_hours(value: Any, path: Path, errors: Errors, locations: List[str]) -> SpecialHoursSpec | None:
    fields = check.section(value, path, errors, ["reason", "hours"], ["date", "every_year", "locations"])
    if fields is None:
        return None
    reason = fields.read("reason", check.text)
    rule = _day_rule(fields, reason or "", allow_range=False)
    hours = fields.read("hours", check.intervals, False)
    where = fields.read("locations", _locations, locations, default=())
    if reason is None or rule is None or hours is None or where is None:
        return None
    return SpecialHoursSpec(rule, hours, where)


def check_conflicts(
    closures: List[ClosureSpec | None], special: List[SpecialHoursSpec | None], errors: Errors
) -> None:
    """A day can't be both closed and specially open for the same location."""
    for index, hours in enumerate(special):
        for closed in closures:
            if hours is None or closed is None:
                continue
            everywhere = not hours.locations or not closed.locations
            shared = everywhere or bool(set(hours.locations) & set(closed.locations))
            # Compare like with like: a yearly rule's reference year is arbitrary.
            same_kind = closed.rule.yearly == hours.rule.yearly
            if shared and same_kind and closed.rule.covers(hours.rule.starts_on):
                errors.add(
                    ("special_hours", index),
                    f"{hours.rule.reason!r} falls on a closure ({closed.rule.reason!r}); remove one of them",
                )


def slot_rules(
    value: Any,
    path: Path,
    errors: Errors,
    locations: List[LocationSpec],
    practitioners: List[PractitionerSpec],
    declared: Dict[str, List[str]],
) -> List[SlotRuleSpec]:
    """The consultation rota: who consults where on which weekdays."""
    fields = check.section(value, path, errors, ["days_ahead", "every_minutes", "duration_minutes", "rota"])
    if fields is None:
        return []
    days_ahead = fields.read("days_ahead", check.whole_number, 1, 120)
    every = fields.read("every_minutes", check.whole_number, 5, 240)
    duration = fields.read("duration_minutes", check.whole_number, 5, 240)
    if every and duration and duration > every:
        errors.add(
            fields.at("duration_minutes"),
            f"{duration} minutes is longer than every_minutes ({every}): "
            "a practitioner's consultations would overlap",
        )
    rota = _Rota({loc.slug: loc for loc in locations}, {p.slug: p for p in practitioners}, declared)
    entries = fields.each("rota", rota.entry, allow_empty=False)
    if not (days_ahead and every and duration):
        return []
    return [
        SlotRuleSpec(who, where, days, every, duration, days_ahead)
        for who, where, days in filter(None, entries)
    ]


class _Rota:
    """Checks rota entries against the file and against each other."""

    def __init__(
        self,
        locations: Dict[str, LocationSpec],
        practitioners: Dict[str, PractitionerSpec],
        declared: Dict[str, List[str]],
    ) -> None:
        self.locations, self.practitioners, self.declared = locations, practitioners, declared
        self.busy: Dict[Tuple[str, int], str] = {}  # (practitioner, weekday) -> location

    def _known(self, fields: Section, key: str, kind: str) -> str | None:
        slug = fields.raw(key)
        if slug is not None and slug not in self.declared[kind + "s"]:
            hint = check.did_you_mean(str(slug), self.declared[kind + "s"])
            fields.errors.add(fields.at(key), f"unknown {kind} {slug!r}{hint}")
            return None
        return slug

    def entry(self, value: Any, path: Path, errors: Errors) -> Tuple[str, str, Tuple[int, ...]] | None:
        fields = check.section(value, path, errors, ["practitioner", "location", "days"])
        if fields is None:
            return None
        who, where = (
            self._known(fields, "practitioner", "practitioner"),
            self._known(fields, "location", "location"),
        )
        weekdays = fields.each("days", check.weekday, allow_empty=False)
        if who not in self.practitioners or where not in self.locations:
            return None  # missing, unknown, or an entry whose own errors are already reported
        if where not in self.practitioners[who].locations:
            errors.add(path, f"{who} does not work at {where} (see their `locations`)")
            return None
        days: Set[int] = set()
        for index, day in enumerate(weekdays):
            if day is None:
                continue
            if not self.locations[where].weekly[day]:
                errors.add(fields.at("days") + (index,), f"{where} is closed on {WEEKDAYS[day]}s")
            elif (who, day) in self.busy:
                busy_at = self.busy[(who, day)]
                errors.add(fields.at("days") + (index,), f"{who} is already at {busy_at} on {WEEKDAYS[day]}s")
            else:
                self.busy[(who, day)] = where
                days.add(day)
        return (who, where, tuple(sorted(days))) if days else None
