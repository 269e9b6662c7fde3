"""Patient-facing wording for answers about the clinic: plain functions from
query results (the frozen dataclasses of the clinic package) to short,
friendly text. No database, no Rasa: every sentence here is tested in
tests/assistant/clinic/test_replies.py.

    open_status_text(status, now)  ->  "Yes — the Leeds clinic is open now until 18:00."
    closed_everywhere_text(...)    ->  "We're closed on Christmas Day; we open again on
                                        Saturday 27 December at 10:00."
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Iterable, List, Sequence, Tuple

from assistant.clinic.calendar import DayHours, OpenStatus
from assistant.clinic.formatting import format_day, format_fee, format_intervals, format_money, format_price
from assistant.clinic.formatting import format_time as _clock
from assistant.clinic.hours import NextOpening, WeeklyHours
from assistant.clinic.locations import LocationInfo
from assistant.clinic.practitioners import DoctorCheck, PractitionerInfo
from assistant.clinic.profile import ClinicInfo
from assistant.clinic.slots import SlotInfo
from assistant.clinic.treatments import Package, TreatmentInfo
from assistant.clinic.values import MONTHS, WEEKDAYS

DASH = "—"


# ---------------------------------------------------------------- general


def unavailable(phone: str) -> str:
    """The database (or the clinic data) can't be reached."""
    return (
        "Sorry, I can't look that up right now because our clinic system isn't responding. "
        f"Please call us on {phone} and the team will be glad to help."
    )


def listing(items: Sequence[str], conjunction: str = "and") -> str:
    """ "a", "a and b", "a, b and c"."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def day_phrase(day: date, today: date) -> str:
    """ "today (Saturday 21 November)", "tomorrow (...)", "on Monday 23 November"."""
    if day == today:
        return f"today ({format_day(day)})"
    if (day - today).days == 1:
        return f"tomorrow ({format_day(day)})"
    return f"on {format_day(day)}"


def short_moment(moment: datetime) -> str:
    """ "Thu 26 Nov, 10:00" for buttons."""
    return (
        f"{WEEKDAYS[moment.weekday()][:3]} {moment.day} {MONTHS[moment.month - 1][:3]}, "
        f"{_clock(moment.time())}"
    )


def moment_text(moment: datetime) -> str:
    """ "Thursday 26 November at 10:00"."""
    return f"{format_day(moment.date())} at {_clock(moment.time())}"


def reopens(opens_at: datetime | None) -> str:
    if opens_at is None:
        return "we don't have opening times set for the coming months"
    return f"it opens again on {moment_text(opens_at)}"


def which_location(locations: Sequence[LocationInfo]) -> str:
    return f"Which clinic do you mean: {listing([loc.name for loc in locations], 'or')}?"


# ------------------------------------------------------------------ hours


def open_status_text(status: OpenStatus, now: datetime) -> str:
    """One location at one moment: "Yes — the Leeds clinic is open now until 18:00."."""
    place = f"the {status.location_name} clinic"
    asked_now = abs((status.at - now).total_seconds()) < 120
    when = "now" if asked_now else f"at {_clock(status.at.time())} {day_phrase(status.at.date(), now.date())}"
    if status.is_open:
        return f"Yes {DASH} {place} is open {when} until {_clock(status.closes_at.time())}."
    reason = f" ({status.day.reason})" if status.day.reason else ""
    return f"No {DASH} {place} is closed {when}{reason}; {reopens(status.next_opens_at)}."


def open_everywhere_text(statuses: Sequence[OpenStatus], now: datetime) -> str:
    """Every location open at the moment asked: "Yes — both our clinics are
    open now until 18:00." (or each one's closing time when they differ)."""
    first = statuses[0]
    asked_now = abs((first.at - now).total_seconds()) < 120
    when = "now" if asked_now else f"at {_clock(first.at.time())} {day_phrase(first.at.date(), now.date())}"
    who = "both our clinics are" if len(statuses) == 2 else "all our clinics are"
    if len({s.closes_at for s in statuses}) == 1:
        return f"Yes {DASH} {who} open {when} until {_clock(first.closes_at.time())}."
    until = listing([f"{s.location_name} until {_clock(s.closes_at.time())}" for s in statuses])
    return f"Yes {DASH} {who} open {when}: {until}."


def closed_everywhere_at_text(statuses: Sequence[OpenStatus], now: datetime) -> str:
    """Every location closed at the moment asked: "No — we're closed now; we open again on ..."."""
    first = statuses[0]
    asked_now = abs((first.at - now).total_seconds()) < 120
    when = "now" if asked_now else f"at {_clock(first.at.time())} {day_phrase(first.at.date(), now.date())}"
    reopen = {s.next_opens_at for s in statuses}
    if len(reopen) == 1 and first.next_opens_at is not None:
        return f"No {DASH} we're closed {when}; we open again on {moment_text(first.next_opens_at)}."
    known = sorted((s for s in statuses if s.next_opens_at), key=lambda s: s.next_opens_at)
    parts = [f"on {moment_text(s.next_opens_at)} in {s.location_name}" for s in known]
    return f"No {DASH} we're closed {when}; we open again {listing(parts)}."


def day_hours_text(hours: DayHours, today: date) -> str:
    """One location on one day: "On Saturday 28 November the Leeds clinic is open 10:00–14:00."."""
    when = day_phrase(hours.day, today)
    place = f"the {hours.location_name} clinic"
    if hours.is_closed:
        reason = f" for {hours.reason}" if hours.reason else ""
        return f"{when[0].upper()}{when[1:]} {place} is closed{reason}."
    special = f" ({hours.reason} hours)" if hours.reason else ""
    return f"{when[0].upper()}{when[1:]} {place} is open {format_intervals(hours.intervals)}{special}."


def same_hours_everywhere_text(hours: DayHours, today: date, count: int) -> str:
    when = day_phrase(hours.day, today)
    who = "both our clinics are" if count == 2 else "all our clinics are"
    special = f" ({hours.reason} hours)" if hours.reason else ""
    return f"{when[0].upper()}{when[1:]} {who} open {format_intervals(hours.intervals)}{special}."


def closed_everywhere_text(day: DayHours, openings: Sequence[NextOpening], today: date) -> str:
    """Every location closed on a day: "We're closed on Christmas Day; we open again on ...".

    `openings` are each location's next opening after that day."""
    closed = f"We're closed on {day.reason}" if day.reason else f"We're closed {day_phrase(day.day, today)}"
    known = [o for o in openings if o.opens_at is not None]
    if not known:
        return f"{closed}."
    times = {o.opens_at for o in known}
    if len(times) == 1:
        return f"{closed}; we open again on {moment_text(known[0].opens_at)}."
    ordered = sorted(known, key=lambda o: o.opens_at)
    parts = [f"on {moment_text(o.opens_at)} in {o.location_name}" for o in ordered]
    return f"{closed}; we open again {listing(parts)}."


def weekly_text(schedules: Sequence[WeeklyHours]) -> str:
    """The ordinary week, per location, grouped when several are the same."""
    if len(schedules) == 1:
        only = schedules[0]
        return f"The {only.location_name} clinic's opening hours: {'; '.join(only.lines)}."
    if len({s.days for s in schedules}) == 1:
        return f"All our clinics have the same hours: {'; '.join(schedules[0].lines)}."
    return " ".join(f"{s.location_name}: {'; '.join(s.lines)}." for s in schedules)


def special_days_text(days: Sequence[DayHours], multiple_locations: bool) -> str:
    """ "Coming up: Christmas Eve (Thursday 24 December) 9:00–13:00; Christmas Day (...) closed."."""
    seen: List[Tuple[date, str]] = []
    parts = []
    for hours in days:
        key = (hours.day, format_intervals(hours.intervals))
        if key in seen:
            continue  # the same for every location: say it once
        seen.append(key)
        same_everywhere = sum(1 for h in days if (h.day, format_intervals(h.intervals)) == key) > 1
        where = f" in {hours.location_name}" if multiple_locations and not same_everywhere else ""
        state = "closed" if hours.is_closed else f"open {format_intervals(hours.intervals)}"
        parts.append(f"{hours.reason} ({format_day(hours.day)}){where} {state}")
    return f"Coming up: {'; '.join(parts)}." if parts else ""


# -------------------------------------------------------------- locations


def addresses_text(locations: Sequence[LocationInfo]) -> str:
    if len(locations) == 1:
        loc = locations[0]
        return f"Our {loc.name} clinic is at {loc.address}."
    names = listing([loc.name for loc in locations])
    where = " ".join(f"{loc.name}: {loc.address}." for loc in locations)
    return f"We have {len(locations)} clinics, in {names}. {where}"


def directions_text(location: LocationInfo) -> str:
    if not location.directions:
        return (
            f"Our {location.name} clinic is at {location.address}. For directions, call us on "
            f"{location.phone}."
        )
    return f"Our {location.name} clinic is at {location.address}. {location.directions}"


def access_offer_text(locations: Sequence[LocationInfo]) -> str:
    if len(locations) == 1:
        phones = locations[0].phone
    else:
        phones = " or ".join(f"{loc.phone} ({loc.name})" for loc in locations)
    return (
        f"If you need help getting in or around, or have a question about access that this doesn't answer, "
        f"call us on {phones} before your visit and we'll make sure it's ready for you."
    )


def parking_text(location: LocationInfo) -> str:
    if not location.parking:
        return (
            f"I don't have parking details for our {location.name} clinic; the team can help on "
            f"{location.phone}."
        )
    return f"Parking at our {location.name} clinic: {location.parking}"


def no_such_location_text(locations: Sequence[LocationInfo]) -> str:
    return f"We only have clinics in {listing([loc.name for loc in locations])}. {addresses_text(locations)}"


# ---------------------------------------------------------------- contact


def contact_text(clinic: ClinicInfo, locations: Sequence[LocationInfo], asked_other_channel: bool) -> str:
    """Phone numbers (per location when they differ), website and booking page."""
    phones = {loc.phone for loc in locations}
    if len(locations) == 1 or len(phones) == 1:
        text = f"You can call {clinic.name} on {locations[0].phone if locations else clinic.phone}."
    else:
        text = "You can call " + listing([f"{loc.name} on {loc.phone}" for loc in locations], "or") + "."
    if clinic.website:
        text += f" Our website is {clinic.website}."
    if clinic.booking_url:
        text += f" You can also ask for an appointment at {clinic.booking_url}."
    if asked_other_channel:
        text += (
            " I can't see an email address or social media accounts in our details, so phone is the "
            "quickest way to reach the team."
        )
    return text


def location_phone_text(location: LocationInfo) -> str:
    return f"You can call our {location.name} clinic on {location.phone}."


# ------------------------------------------------------------- treatments


def treatment_offered_text(treatment: TreatmentInfo, where: Sequence[str] = ()) -> str:
    """ "Yes — we offer Hair mesotherapy: ... It's £150–£180 a session."."""
    places = f" at {listing(list(where))}" if where else ""
    return (
        f"Yes {DASH} we offer {treatment.name}{places}. {treatment.description} "
        f"It's {format_price(treatment.price)} a session."
    )


def treatment_not_at_location_text(treatment: TreatmentInfo, location: str, where: Sequence[str]) -> str:
    return f"We offer {treatment.name} at {listing(list(where))}, but not at our {location} clinic."


def not_offered_text(what: str, suggestions: Sequence[TreatmentInfo]) -> str:
    offered = listing([t.name for t in suggestions])
    return f"We don't offer {what}, I'm afraid. What we do offer is {offered}."


def which_treatment_text(options: Sequence[TreatmentInfo]) -> str:
    return f"Which treatment do you mean: {listing([t.name for t in options], 'or')}?"


# ----------------------------------------------------------------- prices


def price_text(treatment: TreatmentInfo) -> str:
    text = f"{treatment.name} is {format_price(treatment.price)} a session"
    if treatment.packages:
        text += ", or " + listing([package_phrase(p) for p in treatment.packages], "or")
    return text + "."


def package_phrase(package: Package) -> str:
    return f"{format_money(package.price)} for a course of {package.sessions}"


def package_text(treatment: TreatmentInfo, package: Package) -> str:
    return (
        f"Yes {DASH} a course of {package.sessions} {treatment.name} sessions is "
        f"{format_money(package.price)} "
        f"({format_money(package.per_session)} a session, against {format_price(treatment.price)} singly)."
    )


def no_package_text(treatment: TreatmentInfo, sessions: int) -> str:
    if not treatment.packages:
        return (
            f"We don't have a package for {treatment.name}; it's {format_price(treatment.price)} a session."
        )
    return (
        f"We don't have a {sessions}-session package for {treatment.name}, but we do have "
        + listing([package_phrase(p) for p in treatment.packages], "or")
        + f" (or {format_price(treatment.price)} a single session)."
    )


def consultation_fee_text(clinic: ClinicInfo) -> str:
    if clinic.consultation_fee.minor == 0:
        return "Consultations are free."
    return f"A consultation costs {format_fee(clinic.consultation_fee)}."


def ask_the_team_text(topic: str, phone: str) -> str:
    return f"I don't have details about {topic} here; the team can tell you on {phone}."


# --------------------------------------------------------------- protocol


def protocol_text(treatment: TreatmentInfo, clinic_name: str) -> str:
    return (
        f"At {clinic_name}, a {treatment.name} session takes about {treatment.session_minutes} minutes. "
        f"We usually plan {treatment.typical_course}, {treatment.session_interval}. "
        "Your practitioner will confirm the plan for you at your consultation."
    )


def protocols_text(treatments: Sequence[TreatmentInfo], clinic_name: str) -> str:
    lines = "; ".join(
        f"{t.name}: {t.session_minutes} minutes, {t.typical_course}, {t.session_interval}" for t in treatments
    )
    return (
        f"How we plan each treatment at {clinic_name} {DASH} {lines}. Your practitioner confirms your own "
        "plan at the consultation."
    )


def protocol_unknown_text(topics: Sequence[str], clinic_name: str, phone: str) -> str:
    """The clinic file does not say: who does (protocol_unknowns in answers)."""
    return (
        f"The details I have for {clinic_name} don't say {listing(list(topics))}, and I'd rather not guess: "
        f"your practitioner goes through it at your consultation, or the team can tell you on {phone}."
    )


def treatment_contents_text(treatment: TreatmentInfo) -> str:
    """What the clinic file says goes into a treatment (its description)."""
    return f"Our {treatment.name}: {treatment.description.strip()}"


def needle_free_text(treatment: TreatmentInfo) -> str:
    return f"If you'd rather avoid needles, we offer {treatment.name}: {treatment.description.strip()}"


def consultation_length_text(minutes: int, fee_text: str) -> str:
    return f"A consultation takes about {minutes} minutes. {fee_text}"


# ---------------------------------------------------------- practitioners


def _registration(person: PractitionerInfo) -> str:
    return f", registration {person.registration}" if person.registration else ""


def practitioner_line(person: PractitionerInfo) -> str:
    """ "Dr Amelia Hart, Medical director and aesthetic doctor (GMC 0000001)"."""
    registration = f" ({person.registration})" if person.registration else ""
    return f"{person.name}, {person.role[0].lower()}{person.role[1:]}{registration}"


def practitioner_profile_text(person: PractitionerInfo, location_names: Sequence[str]) -> str:
    where = (
        f" at our {listing(list(location_names))} clinic{'s' if len(location_names) > 1 else ''}"
        if location_names
        else ""
    )
    registered = (
        f" Registered with the {person.registration.split()[0]}: {person.registration}."
        if person.registration
        else " Not registered with a professional regulator."
    )
    qualifications = f" Qualifications: {person.qualifications.rstrip('.')}." if person.qualifications.strip() else ""
    role = f"{person.role[0].lower()}{person.role[1:]}"
    return f"{person.name} is our {role}{where}.{qualifications}{registered} {person.bio}".strip()


def does_treatment_text(person: PractitionerInfo, treatment: str, done_by: Sequence[str]) -> str:
    """Whether `person` does `treatment` ("and Dr Fielding?" after "who does hair meso?")."""
    if person.name in done_by:
        return f"{person.name} does {treatment}."
    others = f"; it is done by {listing(list(done_by))}" if done_by else ""
    return f"{person.name} doesn't do {treatment}{others}."


def team_text(people: Sequence[PractitionerInfo], where: str = "", treatment: str = "") -> str:
    if not people:
        scope = f" for {treatment}" if treatment else ""
        scope += f" at our {where} clinic" if where else ""
        return f"I can't see anyone{scope} in our details; the team can tell you more."
    scope = (
        f"{treatment} is done by"
        if treatment
        else ("Our practitioner is" if len(people) == 1 else "Our practitioners are")
    )
    if where:
        scope = f"At our {where} clinic, {scope[0].lower()}{scope[1:]}"
    return f"{scope} {listing([practitioner_line(p) for p in people])}."


def doctor_check_text(check: DoctorCheck, treatment: str = "") -> str:
    what = f"{treatment} treatments" if treatment else "injections"
    if not check.practitioners:
        return f"I can't see who does {what} in our details; the team can tell you on the phone."
    if check.all_doctors:
        return (
            f"Yes {DASH} {what} are done by doctors: "
            + listing([practitioner_line(p) for p in check.practitioners])
            + "."
        )
    others = [p for p in check.practitioners if not p.is_doctor]
    if not check.doctors:
        return f"No {DASH} {what} are done by " + listing([practitioner_line(p) for p in others]) + "."
    return (
        f"Not always. {listing([practitioner_line(p) for p in check.doctors])} "
        f"{'is a doctor' if len(check.doctors) == 1 else 'are doctors'}; {what} are also done by "
        + listing([practitioner_line(p) for p in others])
        + "."
    )


def registers_text() -> str:
    return (
        "I don't have details of other register listings, such as Save Face or the JCCP; "
        "the team can confirm them."
    )


# ------------------------------------------------------------------ slots


def slot_button_title(slot: SlotInfo, with_location: bool) -> str:
    """ "Thu 26 Nov, 10:00 · Dr Amelia Hart (Leeds)"."""
    where = f" ({slot.location_name})" if with_location else ""
    return f"{short_moment(slot.starts_at)} · {slot.practitioner_name}{where}"


def slot_text(slot: SlotInfo) -> str:
    """ "Thursday 26 November at 10:00 with Dr Amelia Hart in Leeds"."""
    return f"{moment_text(slot.starts_at)} with {slot.practitioner_name} in {slot.location_name}"


def slots_offer_text(scope: str, fee_text: str) -> str:
    intro = f"Here are the next free consultation times{scope}."
    return f"{intro} {fee_text} Tap one to ask for it."


def no_slots_text(scope: str) -> str:
    return f"I can't see any free consultation times{scope} in the next few weeks."


def slots_scope(
    location: str = "", practitioner: str = "", day: date | None = None, part: str = ""
) -> str:
    """ " in York with Dr Tom Fielding on Friday 27 November (afternoon)"."""
    scope = ""
    if location:
        scope += f" in {location}"
    if practitioner:
        scope += f" with {practitioner}"
    if day is not None:
        scope += f" on {format_day(day)}"
    if part:
        scope += f" ({part})"
    return scope


def names(items: Iterable[str]) -> str:
    return listing(list(items))
