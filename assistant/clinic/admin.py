"""Editing the clinic's data from the staff console: opening hours,
closures, prices and packages, the consultation fee, and practitioners.

    snap = snapshot(session)                                      # everything an edit form shows
    change = set_weekly_hours(session, "leeds", {"sat": "10:00-16:00", "sun": "closed"}, now)
    change = add_closure(session, ClosureInput("2025-08-25", "", "Bank holiday"), now)
    change = set_treatment_price(session, "face-mesotherapy", "150", "200", [PackageInput("3", "420")])
    change = update_practitioner(session, "dr-sarah-hart", PractitionerInput(...))
    record(session, actor, change.action, change.subject_type, change.subject_id, change.detail)  # the console

Each change is validated completely first, with the clinic file loader's
own readers (assistant.clinic.file_checks), so a value the file would
refuse is refused here with the same words; `ClinicDataInvalid.errors` maps
each form field to its message, and nothing is written. Valid changes are
written in the caller's transaction and returned as a `Change` (what the
audit log records, plus warnings for the person editing).

The assistant reads the clinic from the database on every question (no
cache anywhere in assistant.clinic or actions/), so its next answer uses the
new values. Hours and closures also decide the consultation times offered:
after such a change the future *free* slots of the location are generated
again from the rota; held and booked ones are never touched (a warning
counts those now outside opening hours).

Reloading the clinic file (`assistant.cli load-clinic`) replaces the whole
catalogue, these edits included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Dict, Iterable, List, Mapping, Sequence, Tuple

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from assistant.clinic import file_checks as check
from assistant.clinic._rows import clinic_row, location_rows, practitioner_row, treatment_row
from assistant.clinic.calendar import DateRule
from assistant.clinic.clinic_file import _registration, _slugify
from assistant.clinic.clinic_spec import REGULATORS, ClosureSpec, PractitionerSpec, SpecialHoursSpec
from assistant.clinic.file_calendar import check_conflicts
from assistant.clinic.hours import load_calendars
from assistant.clinic.slot_rules import top_up_slots
from assistant.clinic.values import WEEKDAY_KEYS, WEEKDAYS, Money, TimeRange
from assistant.db.models import (
    Closure,
    ConsultationSlot,
    Location,
    OpeningHours,
    Practitioner,
    SlotRule,
    SpecialHours,
    Treatment,
    TreatmentPackage,
)
from assistant.exceptions import ClinicError

# Yearly closures keep a reference year, as the loader does (file_calendar): only month and day matter.
_REFERENCE_YEAR = 2001
MAX_PACKAGES = 6


class ClinicDataInvalid(ClinicError):
    """A change the clinic's data can't take; `.errors` maps each form
    field to what is wrong with it (in the clinic file loader's words)."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{name}: {message}" for name, message in self.errors.items()))


class _FieldErrors(check.Errors):
    """The loader's error collector, keyed by form field instead of file line."""

    def __init__(self) -> None:
        super().__init__({})
        self.fields: Dict[str, str] = {}

    def add(self, path: check.Path, message: str) -> None:
        name = "-".join(str(part) for part in path[:1]) or "form"
        self.fields.setdefault(name, message)

    def set(self, name: str, message: str) -> None:
        self.fields.setdefault(name, message)

    def raise_if_any(self) -> None:
        if self.fields:
            raise ClinicDataInvalid(self.fields)


# --- What the edit forms show ---------------------------------------------------------------


@dataclass(frozen=True)
class LocationHours:
    slug: str
    name: str
    days: Tuple[Tuple[TimeRange, ...], ...]  # 7 entries, Monday first; empty = closed

    def day_text(self, weekday: int) -> str:
        """ "09:00-18:00", "09:00-13:00, 14:00-18:00" or "closed": what the form field holds."""
        return hours_text(self.days[weekday])


@dataclass(frozen=True)
class ClosureEntry:
    id: int
    starts_on: date
    ends_on: date
    repeats_yearly: bool
    reason: str
    location: str | None  # slug; None: the whole clinic
    location_name: str | None


@dataclass(frozen=True)
class PackageEntry:
    name: str
    sessions: int
    price: Money


@dataclass(frozen=True)
class TreatmentPrices:
    slug: str
    name: str
    price_from: Money
    price_to: Money
    packages: Tuple[PackageEntry, ...]


# A practitioner as the edit form sees it: the same fields as in the clinic file.
PractitionerEntry = PractitionerSpec


@dataclass(frozen=True)
class ClinicSnapshot:
    name: str
    currency: str
    time_zone: str
    consultation_fee: Money
    locations: Tuple[LocationHours, ...]
    closures: Tuple[ClosureEntry, ...]  # by start date
    treatments: Tuple[TreatmentPrices, ...]
    practitioners: Tuple[PractitionerEntry, ...]

    def location(self, slug: str) -> LocationHours | None:
        return next((loc for loc in self.locations if loc.slug == slug), None)

    def treatment(self, slug: str) -> TreatmentPrices | None:
        return next((t for t in self.treatments if t.slug == slug), None)

    def practitioner(self, slug: str) -> PractitionerEntry | None:
        return next((p for p in self.practitioners if p.slug == slug), None)


@dataclass(frozen=True)
class Change:
    """What was changed: the audit log's action, subject and detail (ids
    and values, never patient data), and warnings for the editor."""

    action: str  # clinic.hours.update, clinic.closure.add, ...
    subject_type: str  # location, closure, treatment, clinic, practitioner
    subject_id: str
    detail: Mapping[str, Any] = field(default_factory=dict)
    warnings: Tuple[str, ...] = ()


def hours_text(intervals: Sequence[TimeRange]) -> str:
    if not intervals:
        return "closed"
    return ", ".join(f"{i.opens:%H:%M}-{i.closes:%H:%M}" for i in intervals)


def money_text(money: Money | int) -> str:
    """Minor units as the decimal string a form shows: 3000 -> "30.00"."""
    minor = money.minor if isinstance(money, Money) else money
    return f"{minor // 100}.{minor % 100:02d}"


def snapshot(session: Session) -> ClinicSnapshot:
    """The clinic's editable data; ClinicNotLoaded when there is none."""
    clinic = clinic_row(session)
    locations = location_rows(session)
    names = {row.id: (row.slug, row.name) for row in locations}
    closures = session.execute(
        select(Closure).where(Closure.clinic_id == clinic.id).order_by(Closure.starts_on, Closure.id)
    ).scalars()
    treatments = session.execute(
        select(Treatment).where(Treatment.clinic_id == clinic.id).order_by(Treatment.position)
    ).scalars()
    practitioners = session.execute(
        select(Practitioner).where(Practitioner.clinic_id == clinic.id).order_by(Practitioner.position)
    ).scalars()
    return ClinicSnapshot(
        name=clinic.name,
        currency=clinic.currency,
        time_zone=clinic.time_zone,
        consultation_fee=Money(clinic.consultation_fee_minor, clinic.currency),
        locations=tuple(_location_hours(row) for row in locations),
        closures=tuple(
            ClosureEntry(
                id=c.id,
                starts_on=c.starts_on,
                ends_on=c.ends_on,
                repeats_yearly=c.repeats_yearly,
                reason=c.reason,
                location=names[c.location_id][0] if c.location_id in names else None,
                location_name=names[c.location_id][1] if c.location_id in names else None,
            )
            for c in closures
        ),
        treatments=tuple(
            TreatmentPrices(
                slug=t.slug,
                name=t.name,
                price_from=Money(t.price_from_minor, t.currency),
                price_to=Money(t.price_to_minor, t.currency),
                packages=tuple(PackageEntry(p.name, p.sessions, Money(p.price_minor, t.currency)) for p in t.packages),
            )
            for t in treatments
        ),
        practitioners=tuple(_practitioner_entry(p) for p in practitioners),
    )


def _location_hours(row: Location) -> LocationHours:
    days: Dict[int, List[TimeRange]] = {day: [] for day in range(7)}
    for hours in row.hours:
        days[hours.weekday].append(TimeRange(hours.opens, hours.closes))
    return LocationHours(row.slug, row.name, tuple(tuple(sorted(days[d], key=lambda r: r.opens)) for d in range(7)))


def _practitioner_entry(row: Practitioner) -> PractitionerEntry:
    return PractitionerEntry(
        slug=row.slug,
        name=row.name,
        role=row.role,
        qualifications=row.qualifications,
        registration_body=row.registration_body,
        registration_number=row.registration_number,
        bio=row.bio,
        locations=tuple(loc.slug for loc in row.locations),
        treatments=tuple(t.slug for t in row.treatments),
    )


# --- Opening hours and closures -------------------------------------------------------------


def _weekday_index(value: int | str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 <= value <= 6 else None
    errors = _FieldErrors()
    return check.weekday(value, ("weekday",), errors)


def _read_intervals(value: str | None, name: str, errors: _FieldErrors) -> Tuple[TimeRange, ...] | None:
    """ "closed", "09:00-18:00", or intervals separated by commas: the clinic
    file's rules (HH:MM, opens before closes, no overlaps). Empty is refused,
    as in the file: a field cleared by mistake must not close the day."""
    text = (value or "").strip()
    if not text:
        errors.set(name, "is missing; write opening hours like 09:00-18:00, or closed")
        return None
    if text.lower() == "closed":
        return ()
    parts = [part.strip() for part in re.split(r"[,;]", text) if part.strip()]
    return check.intervals(parts if len(parts) > 1 else parts[0], (name,), errors)


def set_weekly_hours(session: Session, location: str, week: Mapping[int | str, str | None], now: datetime) -> Change:
    """Set a location's hours for the weekdays given (0-6 or mon...sun ->
    "09:00-18:00" / "09:00-13:00, 14:00-18:00" / "closed"); other days stay
    as they are. Errors are keyed by day: "mon"... "sun"."""
    row = location_rows(session, location)[0]
    errors = _FieldErrors()
    wanted: Dict[int, Tuple[TimeRange, ...]] = {}
    for key, value in week.items():
        day = _weekday_index(key)
        if day is None:
            errors.set(str(key), f"{key!r} is not a day; use {', '.join(WEEKDAY_KEYS)}")
            continue
        intervals = _read_intervals(value, WEEKDAY_KEYS[day], errors)
        if intervals is not None:
            wanted[day] = intervals
    errors.raise_if_any()

    before = _location_hours(row)
    changed = {day: hours for day, hours in wanted.items() if hours != before.days[day]}
    if not changed:
        return Change("clinic.hours.update", "location", row.slug, {"changed": {}})
    # Replaced through the relationship: its delete-orphan cascade removes the old intervals.
    row.hours = [hours for hours in row.hours if hours.weekday not in changed] + [
        OpeningHours(weekday=day, opens=interval.opens, closes=interval.closes)
        for day, intervals in changed.items()
        for interval in intervals
    ]
    session.flush()
    warnings = list(_rota_warnings(session, row, changed))
    warnings += _refresh_slots(session, now, [row.id])
    detail = {
        "changed": {
            WEEKDAY_KEYS[day]: {"before": hours_text(before.days[day]), "after": hours_text(hours)}
            for day, hours in sorted(changed.items())
        }
    }
    return Change("clinic.hours.update", "location", row.slug, detail, tuple(warnings))


def set_hours(session: Session, location: str, weekday: int | str, hours: str | None, now: datetime) -> Change:
    """One day: set_weekly_hours with a single weekday."""
    return set_weekly_hours(session, location, {weekday: hours}, now)


def _rota_warnings(session: Session, location: Location, changed: Mapping[int, Tuple[TimeRange, ...]]) -> Iterable[str]:
    closed = {day for day, hours in changed.items() if not hours}
    if not closed:
        return []
    rules = session.execute(
        select(SlotRule, Practitioner.name)
        .join(Practitioner, SlotRule.practitioner_id == Practitioner.id)
        .where(SlotRule.location_id == location.id)
    ).all()
    return [
        f"{name} has consultation times at {location.name} on {WEEKDAYS[day]}s in the rota; "
        f"none are offered while {location.name} is closed that day"
        for rule, name in rules
        for day in sorted(closed & set(rule.weekdays))
    ]


@dataclass(frozen=True)
class ClosureInput:
    """A closure as the form gives it: ISO dates as text (ends_on empty: one
    day), a reason, a location slug (empty: the whole clinic)."""

    starts_on: str | date
    ends_on: str | date | None
    reason: str
    location: str | None = None
    repeats_yearly: bool = False


def add_closure(session: Session, new: ClosureInput, now: datetime) -> Change:
    """Close the clinic (or one location) all day from starts_on to ends_on
    inclusive, every year if asked. Same rules as the clinic file: real
    dates, in order, a reason, a known location, not on a special-hours day."""
    clinic = clinic_row(session)
    errors = _FieldErrors()
    first = check.calendar_date(_date_value(new.starts_on), ("starts_on",), errors)
    last = first if _blank(new.ends_on) else check.calendar_date(_date_value(new.ends_on), ("ends_on",), errors)
    if first and last and last < first:
        errors.set("ends_on", f"{last} is before {first}")
    reason = check.text(new.reason or "", ("reason",), errors)
    locations = {row.slug: row for row in location_rows(session)}
    where = (new.location or "").strip() or None
    if where is not None and where not in locations:
        hint = check.did_you_mean(where, list(locations))
        errors.set("location", f"unknown location {where!r}{hint}; known: {', '.join(locations)}")
    if first and last and new.repeats_yearly:
        if (first.month, first.day) == (2, 29):
            errors.set("starts_on", f"{first:%d %B} is not a day that comes every year")
        elif last - first >= timedelta(days=366):
            errors.set("ends_on", "a closure that repeats every year must be shorter than a year")
        else:
            length = last - first
            first = first.replace(year=_REFERENCE_YEAR)
            last = first + length
    errors.raise_if_any()
    assert first is not None and last is not None and reason is not None

    rule = DateRule(first, last, new.repeats_yearly, reason)
    _check_special_hours(session, clinic.id, rule, where, locations, errors)
    errors.raise_if_any()
    row = Closure(
        clinic_id=clinic.id,
        location_id=locations[where].id if where else None,
        starts_on=first,
        ends_on=last,
        repeats_yearly=new.repeats_yearly,
        reason=reason,
    )
    session.add(row)
    session.flush()
    affected = [locations[where].id] if where else [loc.id for loc in locations.values()]
    warnings = _refresh_slots(session, now, affected)
    detail = {
        "starts_on": first.isoformat(),
        "ends_on": last.isoformat(),
        "repeats_yearly": new.repeats_yearly,
        "reason": reason,
        "location": where or "all",
    }
    return Change("clinic.closure.add", "closure", str(row.id), detail, tuple(warnings))


def _check_special_hours(
    session: Session,
    clinic_id: int,
    rule: DateRule,
    where: str | None,
    locations: Mapping[str, Location],
    errors: _FieldErrors,
) -> None:
    """The loader's rule: a day can't be both closed and specially open."""
    slugs = {row.id: slug for slug, row in locations.items()}
    specials = session.execute(select(SpecialHours).where(SpecialHours.clinic_id == clinic_id)).scalars().all()
    found = _FieldErrors()
    check_conflicts(
        [ClosureSpec(rule, (where,) if where else ())],
        [
            SpecialHoursSpec(
                DateRule(s.on_date, s.on_date, s.repeats_yearly, s.reason),
                (TimeRange(s.opens, s.closes),),
                (slugs[s.location_id],) if s.location_id in slugs else (),
            )
            for s in specials
        ],
        found,
    )
    if found.fields:
        (message,) = list(found.fields.values())[:1]
        errors.set("starts_on", message)


def remove_closure(session: Session, closure_id: int, now: datetime) -> Change:
    clinic = clinic_row(session)
    row = session.execute(
        select(Closure).where(Closure.id == closure_id, Closure.clinic_id == clinic.id)
    ).scalar_one_or_none()
    if row is None:
        raise ClinicDataInvalid({"closure": f"no closure with id {closure_id} (removed already?)"})
    detail = {
        "starts_on": row.starts_on.isoformat(),
        "ends_on": row.ends_on.isoformat(),
        "repeats_yearly": row.repeats_yearly,
        "reason": row.reason,
    }
    affected = [row.location_id] if row.location_id else [loc.id for loc in location_rows(session)]
    session.delete(row)
    session.flush()
    warnings = _refresh_slots(session, now, affected)
    return Change("clinic.closure.remove", "closure", str(closure_id), detail, tuple(warnings))


def _refresh_slots(session: Session, now: datetime, location_ids: Sequence[int]) -> List[str]:
    """Generate the future free consultation slots of these locations again
    from the rota and the new calendar; say how many held or booked ones
    now fall outside opening hours (staff must contact those patients)."""
    session.execute(
        delete(ConsultationSlot)
        .where(
            ConsultationSlot.location_id.in_(list(location_ids)),
            ConsultationSlot.status == "free",
            ConsultationSlot.starts_at > now,
        )
        .execution_options(synchronize_session=False)
    )
    top_up_slots(session, now)
    calendars = {c.location: c for c in load_calendars(session)}
    taken = session.execute(
        select(ConsultationSlot, Location.slug)
        .join(Location, ConsultationSlot.location_id == Location.id)
        .where(
            ConsultationSlot.location_id.in_(list(location_ids)),
            ConsultationSlot.status != "free",
            ConsultationSlot.starts_at > now,
        )
    ).all()
    outside = 0
    for slot, slug in taken:
        calendar = calendars[slug]
        start = slot.starts_at.astimezone(calendar.zone)
        end = start + timedelta(minutes=slot.duration_minutes)
        intervals = calendar.hours_on(start.date()).intervals
        if not any(i.opens <= start.time() and end.time() <= i.closes for i in intervals):
            outside += 1
    if not outside:
        return []
    return [
        f"{outside} consultation time(s) held for booking requests now fall outside opening hours: "
        "contact those patients (see their booking requests)"
    ]


# --- Prices ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageInput:
    """A package row of the form; a row left entirely blank is ignored."""

    sessions: str | int | None
    price: str | None
    name: str | None = None

    @property
    def blank(self) -> bool:
        return all(_blank(value) for value in (self.sessions, self.price, self.name))


def _money(value: Any, name: str, errors: _FieldErrors) -> int | None:
    if _blank(value):
        errors.set(name, "is missing")
        return None
    return check.money(value, (name,), errors)


def set_treatment_price(
    session: Session,
    treatment: str,
    price_from: str,
    price_to: str | None = None,
    packages: Sequence[PackageInput] | None = None,
) -> Change:
    """Price per session in major units ("150", "49.50", "£150"): from and
    to (to empty: a single price), and optionally the packages (None leaves
    them; an empty list removes them). Errors: price_from, price_to,
    packages-<n>-sessions / -price / -name, packages."""
    row = treatment_row(session, treatment)
    errors = _FieldErrors()
    low = _money(price_from, "price_from", errors)
    high = low if _blank(price_to) else _money(price_to, "price_to", errors)
    if low is not None and high is not None and high < low:
        errors.set("price_to", f"'to' ({high / 100:g}) is less than 'from' ({low / 100:g})")
    wanted = None if packages is None else _read_packages(packages, errors)
    errors.raise_if_any()
    assert low is not None and high is not None

    before = {"price_from": money_text(row.price_from_minor), "price_to": money_text(row.price_to_minor)}
    row.price_from_minor, row.price_to_minor = low, high
    detail: Dict[str, Any] = {
        "before": before,
        "after": {"price_from": money_text(low), "price_to": money_text(high)},
        "currency": row.currency,
    }
    if wanted is not None:
        detail["packages_before"] = [_package_text(p.sessions, p.price_minor) for p in row.packages]
        row.packages = [
            TreatmentPackage(name=name, sessions=sessions, price_minor=price) for name, sessions, price in wanted
        ]
        detail["packages_after"] = [_package_text(sessions, price) for _, sessions, price in wanted]
    session.flush()
    return Change("clinic.price.update", "treatment", row.slug, detail)


def _package_text(sessions: int, price_minor: int) -> str:
    return f"{sessions} sessions for {money_text(price_minor)}"


def _read_packages(packages: Sequence[PackageInput], errors: _FieldErrors) -> List[Tuple[str, int, int]]:
    """The loader's package rules: 2-50 sessions, a price, a name (default
    "Course of N sessions"), no two packages with the same number of sessions."""
    read: List[Tuple[str, int, int]] = []
    rows = [p for p in packages if not p.blank]
    if len(rows) > MAX_PACKAGES:
        errors.set("packages", f"at most {MAX_PACKAGES} packages")
        return []
    for index, package in enumerate(packages):
        if package.blank:
            continue
        prefix = f"packages-{index}"
        sessions = _whole(package.sessions, f"{prefix}-sessions", 2, 50, errors)
        price = _money(package.price, f"{prefix}-price", errors)
        name = (
            f"Course of {sessions} sessions"
            if _blank(package.name)
            else check.text(package.name, (f"{prefix}-name",), errors, 120)
        )
        if sessions is not None and price is not None and name is not None:
            read.append((name, sessions, price))
    counts = [sessions for _, sessions, _ in read]
    if len(counts) != len(set(counts)):
        errors.set("packages", "two packages have the same number of sessions")
    return sorted(read, key=lambda p: p[1])


def _whole(value: Any, name: str, low: int, high: int, errors: _FieldErrors) -> int | None:
    if _blank(value):
        errors.set(name, "is missing")
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        errors.set(name, f"should be a whole number from {low} to {high}, not {value!r}")
        return None
    return check.whole_number(number, (name,), errors, low, high)


def set_consultation_fee(session: Session, amount: str) -> Change:
    """The consultation fee in major units; "0" for a free consultation."""
    clinic = clinic_row(session)
    errors = _FieldErrors()
    fee = _money(amount, "consultation_fee", errors)
    errors.raise_if_any()
    assert fee is not None
    detail = {
        "before": money_text(clinic.consultation_fee_minor),
        "after": money_text(fee),
        "currency": clinic.currency,
    }
    clinic.consultation_fee_minor = fee
    session.flush()
    return Change("clinic.fee.update", "clinic", clinic.slug, detail)


# --- Practitioners ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PractitionerInput:
    """A practitioner as the form gives it. Registration: body and number
    both given (e.g. "GMC", "0000001") or both empty (not registered).
    locations / treatments: slugs; None leaves them as they are (editing)."""

    name: str
    role: str
    qualifications: str = ""
    registration_body: str = ""
    registration_number: str = ""
    bio: str = ""
    locations: Sequence[str] | None = None
    treatments: Sequence[str] | None = None
    slug: str = ""  # adding only; empty: made from the name


_TEXT_FIELDS = (("name", 120, True), ("role", 120, True), ("qualifications", 300, False), ("bio", 2000, False))


def _read_practitioner(
    session: Session, given: PractitionerInput, errors: _FieldErrors
) -> Tuple[Dict[str, Any], List[Location] | None, List[Treatment] | None]:
    values: Dict[str, Any] = {}
    for name, limit, required in _TEXT_FIELDS:
        raw = getattr(given, name) or ""
        if _blank(raw):
            if required:
                errors.set(name, "is missing")
            values[name] = ""
        else:
            values[name] = check.text(raw, (name,), errors, limit)
    body, number = (given.registration_body or "").strip(), (given.registration_number or "").strip()
    if body and not number:
        errors.set("registration_number", f"give the {body} registration number, or clear the regulator")
    elif number and not body:
        errors.set("registration_body", f"give the regulator, one of {', '.join(REGULATORS)}")
    elif body and number:
        parsed = _registration(f"{body} {number}", ("registration_number",), errors)
        if parsed is not None:
            body, number = parsed
    values["registration_body"], values["registration_number"] = (body or None), (number or None)

    clinic = clinic_row(session)
    locations = _references(session, Location, clinic.id, given.locations, "locations", "location", errors)
    treatments = _references(session, Treatment, clinic.id, given.treatments, "treatments", "treatment", errors)
    return values, locations, treatments


def _references(
    session: Session,
    model: Any,
    clinic_id: int,
    slugs: Sequence[str] | None,
    field_name: str,
    kind: str,
    errors: _FieldErrors,
) -> List[Any] | None:
    if slugs is None:
        return None
    rows = {row.slug: row for row in session.execute(select(model).where(model.clinic_id == clinic_id)).scalars()}
    unknown = [slug for slug in slugs if slug not in rows]
    if unknown:
        errors.set(field_name, f"unknown {kind} {unknown[0]!r}; known: {', '.join(rows) or 'none'}")
        return None
    return sorted((rows[slug] for slug in dict.fromkeys(slugs)), key=lambda row: row.position)


def update_practitioner(session: Session, slug: str, given: PractitionerInput) -> Change:
    """Change a practitioner's name, role, qualifications, registration and
    bio (and, when given, where they work and what they perform)."""
    row = practitioner_row(session, slug)
    errors = _FieldErrors()
    values, locations, treatments = _read_practitioner(session, given, errors)
    if locations is not None:
        _check_rota_locations(session, row, locations, errors)
    errors.raise_if_any()

    before = _practitioner_entry(row)
    for name, value in values.items():
        setattr(row, name, value)
    if locations is not None:
        row.locations = locations
    if treatments is not None:
        row.treatments = treatments
    session.flush()
    after = _practitioner_entry(row)
    changed = {
        name: {"before": getattr(before, name), "after": getattr(after, name)}
        for name in (
            "name",
            "role",
            "qualifications",
            "registration_body",
            "registration_number",
            "locations",
            "treatments",
        )
        if getattr(before, name) != getattr(after, name)
    }
    if before.bio != after.bio:
        changed["bio"] = {"changed": True}  # long text: the log notes it changed
    return Change("clinic.practitioner.update", "practitioner", row.slug, {"changed": _jsonable(changed)})


def _check_rota_locations(session: Session, row: Practitioner, locations: List[Location], errors: _FieldErrors) -> None:
    """The loader's rule: the rota only places practitioners where they work."""
    rota = session.execute(
        select(Location.name)
        .join(SlotRule, SlotRule.location_id == Location.id)
        .where(SlotRule.practitioner_id == row.id)
    ).scalars()
    missing = sorted(set(rota) - {location.name for location in locations})
    if missing:
        errors.set(
            "locations",
            f"{row.name} has consultation times at {', '.join(missing)} in the rota; "
            "keep the location, or change the rota in the clinic file first",
        )


def add_practitioner(session: Session, given: PractitionerInput) -> Change:
    """A new practitioner, listed after the others. The slug (the name in
    links) is made from the name when not given, and must be unused."""
    clinic = clinic_row(session)
    errors = _FieldErrors()
    values, locations, treatments = _read_practitioner(session, given, errors)
    taken = set(session.execute(select(Practitioner.slug).where(Practitioner.clinic_id == clinic.id)).scalars())
    if _blank(given.slug):
        slug = _unique_slug(_slugify(values.get("name") or ""), taken) if values.get("name") else None
    else:
        slug = check.slug(given.slug, ("slug",), errors)
        if slug is not None and slug in taken:
            errors.set("slug", f"{slug!r} is taken by another practitioner")
    errors.raise_if_any()
    assert slug is not None

    position = session.execute(
        select(func.coalesce(func.max(Practitioner.position), -1)).where(Practitioner.clinic_id == clinic.id)
    ).scalar_one()
    row = Practitioner(
        clinic_id=clinic.id,
        position=position + 1,
        slug=slug,
        locations=locations or [],
        treatments=treatments or [],
        **values,
    )
    session.add(row)
    session.flush()
    entry = _practitioner_entry(row)
    detail = {
        "name": entry.name,
        "role": entry.role,
        "registration": f"{entry.registration_body} {entry.registration_number}" if entry.registration_body else None,
        "locations": list(entry.locations),
        "treatments": list(entry.treatments),
    }
    return Change("clinic.practitioner.add", "practitioner", slug, detail)


def _unique_slug(base: str, taken: set) -> str:
    base = base[:55] or "practitioner"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


# --- Small helpers -----------------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _date_value(value: str | date | None) -> Any:
    return value.strip() if isinstance(value, str) else value


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return value
