"""Answers to patients' questions about this clinic, from its database.

Each topic is a plain function of (session, question, now) returning a
`Reply`: it reads what it needs from the question's words with the data
layer's matchers (`find_location`, `find_treatment`, `find_practitioner`,
`parse_when`), queries, and words the answer with `replies`. There is no
entity extractor in the NLU pipeline; this is where places, days, times and
treatments in a message are understood.

When an answer depends on the location and the locations differ, the
answer asks "Which clinic do you mean?" with a button per location, and
remembers the question (`PENDING_TOPIC`, `PENDING_TEXT`) so that the
button, or a typed "the York one", completes it.

    with session_scope(engine) as session:
        answer(session, "hours", Question("are you open on saturday"), now)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Callable, Dict, List, Sequence, Tuple
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from assistant.clinic import matching, replies, short_lists
from assistant.clinic.formatting import format_time
from assistant.clinic.hours import hours_on, next_openings, open_status, special_days, weekly_hours
from assistant.clinic.locations import LocationInfo, list_locations
from assistant.clinic.practitioners import (
    PractitionerInfo,
    doctor_check,
    find_practitioner,
    list_practitioners,
)
from assistant.clinic.profile import get_clinic
from assistant.clinic.slots import SlotInfo, next_free_slots
from assistant.clinic.treatments import (
    AREA_WORDS,
    TreatmentInfo,
    TreatmentMatch,
    find_treatment,
    list_treatments,
    package_for,
)
from assistant.clinic.when import When, WhenError, parse_when
from assistant.conversation import Button, Message, Reply, payload

# Slots the answers remember between turns (see module docstring).
PENDING_TOPIC = "clinic_pending_intent"
PENDING_TEXT = "clinic_pending_text"

# Topic -> the intent whose button payload completes a pending question.
TOPIC_INTENTS = {
    "hours": "ask_opening_hours",
    "location": "ask_location",
    "contact": "ask_contact",
    "treatments": "ask_treatments",
    "price": "ask_price",
    "protocol": "ask_clinic_protocol",
    "practitioners": "ask_practitioners",
    "slots": "ask_consultation_slots",
}
INTENT_TOPICS = {intent: topic for topic, intent in TOPIC_INTENTS.items()}

# Treatments patients ask for that are not mesotherapy; named in "we don't offer".
OTHER_TREATMENTS = {
    "botox": "Botox",
    "anti wrinkle": "anti-wrinkle injections",
    "filler": "fillers",
    "fillers": "fillers",
    "lip filler": "lip fillers",
    "microneedling": "microneedling on its own",
    "micro needling": "microneedling on its own",
    "peel": "chemical peels",
    "peels": "chemical peels",
    "laser": "laser treatments",
    "prp": "PRP",
    "hydrafacial": "HydraFacials",
    "facial": "facials",
    "facials": "facials",
    "threads": "thread lifts",
    "thread lift": "thread lifts",
    "lipo": "liposuction",
    "liposuction": "liposuction",
    "tattoo": "tattoo removal",
    "waxing": "waxing",
    "massage": "massage",
    "iv drip": "IV drips",
    "vitamin drip": "IV drips",
}

SLOT_BUTTONS = 5
SPECIAL_DAYS_AHEAD = 45
SLOT_SEARCH = 200  # free slots fetched before filtering by time of day

# When the question's scope is a part of the day, the slots it covers.
_PARTS_OF_DAY = {
    "morning": (time(0), time(12)),
    "lunchtime": (time(11, 30), time(14)),
    "lunch": (time(11, 30), time(14)),
    "afternoon": (time(12), time(17)),
    "evening": (time(17), time(23, 59)),
    "tonight": (time(17), time(23, 59)),
}
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
}  # fmt: skip


@dataclass(frozen=True)
class Question:
    """What the patient asked: the message text, and a location chosen with
    a button (slug) when the assistant asked "which clinic?"."""

    text: str
    location: str | None = None


def has_words(text: str, *phrases: str) -> bool:
    """The text contains one of the phrases as whole words."""
    normal = f" {matching.normalise(text)} "
    return any(f" {matching.normalise(p)} " in normal for p in phrases)


def has_stem(text: str, *stems: str) -> bool:
    """The text contains a word (or words) starting with one of the stems:
    "park" finds "parking", "payment plan" finds "payment plans"."""
    normal = matching.normalise(text)
    return any(re.search(rf"\b{re.escape(matching.normalise(stem))}", normal) for stem in stems)


# --------------------------------------------------------------- locations


def _location_phrases(loc: LocationInfo) -> Tuple[str, ...]:
    return (loc.name, loc.slug.replace("-", " "), *loc.aliases)


def named_locations(locations: Sequence[LocationInfo], text: str) -> List[LocationInfo]:
    """Every location the text names ("is york open or only leeds" -> both)."""
    found = []
    for loc in locations:
        if any(matching.phrase_score(text, phrase) >= 0.9 for phrase in _location_phrases(loc)):
            found.append(loc)
    return found


# Words around a clinic's name that add nothing: "the leeds one please", "and york?", "what about leeds".
_BARE_LOCATION_FILLERS = frozenset(
    {"clinic", "one", "please", "thanks", "the", "and", "what", "about", "how", "for", "in", "at", "ok", "so", "then"}
)


def is_bare_location(locations: Sequence[LocationInfo], text: str) -> LocationInfo | None:
    """The location when the text names one and says nothing else
    ("York", "the leeds one please"): the answer to "which clinic?"."""
    named = named_locations(locations, text)
    if len(named) != 1:
        return None
    vocabulary = {w for phrase in _location_phrases(named[0]) for w in matching.words(phrase)}
    extra = [
        w
        for w in matching.words(text)
        if w not in vocabulary and w not in _BARE_LOCATION_FILLERS
    ]
    return named[0] if not extra else None


def _scope(session: Session, question: Question) -> Tuple[List[LocationInfo], List[LocationInfo]]:
    """(all locations, the ones the question is about: chosen, named, or all)."""
    locations = list_locations(session)
    if question.location:
        chosen = [loc for loc in locations if loc.slug == question.location]
        if chosen:
            return locations, chosen
    named = named_locations(locations, question.text)
    return locations, named or locations


def _ask_which(topic: str, question: Question, locations: Sequence[LocationInfo]) -> Reply:
    buttons = tuple(Button(loc.name, payload(TOPIC_INTENTS[topic], location=loc.slug)) for loc in locations)
    return Reply.say(
        replies.which_location(locations),
        buttons=buttons,
        remember={PENDING_TOPIC: topic, PENDING_TEXT: question.text},
    )


# ------------------------------------------------------------------- hours

_EXPLICIT_TIME = re.compile(r"\d|\b(?:noon|midday|midnight|now)\b")


def _christmas_period(text: str, today: date) -> Tuple[date, date] | None:
    """ "over christmas", "between christmas and new year", "the holidays"."""
    lowered = text.lower()
    if re.search(r"\b(?:holidays|festive)\b", lowered) or (
        re.search(r"\b(?:christmas|xmas)\b", lowered)
        and re.search(r"\b(?:new ?year|over|period|week|holidays?)\b", lowered)
    ):
        start = date(today.year, 12, 24)
        if (today.month, today.day) == (1, 1):  # New Year's Day: the period ending today
            start = date(today.year - 1, 12, 24)
        return start, start + timedelta(days=8)
    return None


def opening_hours(session: Session, question: Question, now: datetime) -> Reply:
    clinic = get_clinic(session)
    zone = ZoneInfo(clinic.time_zone)
    local_now = now.astimezone(zone)
    today = local_now.date()
    locations, scope = _scope(session, question)
    text = question.text

    period = _christmas_period(text, today)
    if period:
        slugs = [loc.slug for loc in scope]
        days = [h for h in special_days(session, *period) if h.location in slugs]
        if not days:
            return Reply.say(
                f"We keep our usual hours over that period. {replies.weekly_text(_weekly(session, scope))}"
            )
        return Reply.say(
            replies.special_days_text(days, len(scope) > 1).replace(
                "Coming up: ", "Over Christmas and New Year: "
            )
        )

    when = parse_when(text, now, zone)
    if isinstance(when, WhenError):
        if when.kind != "missing":
            return Reply.say(when.message)
        return _weekly_answer(session, scope, len(locations), today)

    if when.time is not None and _EXPLICIT_TIME.search(text.lower()):
        return _moment_answer(session, question, when, now, locations, scope)
    return _day_answer(session, question, when.day, local_now, locations, scope)


def _weekly(session: Session, scope: Sequence[LocationInfo]) -> List:
    schedules = weekly_hours(session)
    slugs = [loc.slug for loc in scope]
    return [s for s in schedules if s.location in slugs]


def _weekly_answer(session: Session, scope: Sequence[LocationInfo], total: int, today: date) -> Reply:
    slugs = [loc.slug for loc in scope]
    coming = [
        h
        for h in special_days(session, today, today + timedelta(days=SPECIAL_DAYS_AHEAD))
        if h.location in slugs
    ]
    lists = short_lists.weekly_hours_lists(_weekly(session, scope))
    special = replies.special_days_text(coming, len(scope) > 1)
    return Reply(tuple(hours.message() for hours in lists) + ((Message(special),) if special else ()))


def _moment_answer(
    session: Session, question: Question, when: When, now: datetime, locations, scope
) -> Reply:
    moment = when.moment
    statuses = [s for loc in scope for s in open_status(session, moment, loc.slug)]
    if len(statuses) == 1:
        return Reply.say(replies.open_status_text(statuses[0], now))
    if all(s.is_open for s in statuses):
        return Reply.say(replies.open_everywhere_text(statuses, now))
    if not any(s.is_open for s in statuses):
        day = statuses[0].day
        if all(s.day.is_closed for s in statuses) and len({s.day.reason for s in statuses}) == 1:
            return Reply.say(replies.closed_everywhere_text(day, next_openings(session, moment), now.date()))
        return Reply.say(replies.closed_everywhere_at_text(statuses, now))
    if len(scope) < len(locations) or question.location:
        return Reply.say(" ".join(replies.open_status_text(s, now) for s in statuses))
    if len(locations) > 1 and not _named_several(question, locations):
        return _ask_which("hours", question, locations)
    return Reply.say(" ".join(replies.open_status_text(s, now) for s in statuses))


def _named_several(question: Question, locations: Sequence[LocationInfo]) -> bool:
    return len(named_locations(locations, question.text)) > 1


def _day_answer(
    session: Session, question: Question, day: date, local_now: datetime, locations, scope
) -> Reply:
    today = local_now.date()
    days = [h for loc in scope for h in hours_on(session, day, loc.slug)]
    if len(days) == 1:
        text = replies.day_hours_text(days[0], today)
        if days[0].is_closed:
            opening = next_openings(session, _end_of(day, local_now.tzinfo), days[0].location)[0]
            if opening.opens_at:
                text = text[:-1] + f"; {replies.reopens(opening.opens_at)}."
        return Reply.say(text)
    if all(h.is_closed for h in days) and len({h.reason for h in days}) == 1:
        openings = next_openings(session, _end_of(day, local_now.tzinfo))
        openings = [o for o in openings if o.location in {h.location for h in days}]
        return Reply.say(replies.closed_everywhere_text(days[0], openings, today))
    if len({(h.intervals, h.reason) for h in days}) == 1:
        return Reply.say(replies.same_hours_everywhere_text(days[0], today, len(days)))
    if question.location or _named_several(question, locations) or len(scope) < len(locations):
        return Reply.say(" ".join(replies.day_hours_text(h, today) for h in days))
    return _ask_which("hours", question, locations)


def _end_of(day: date, zone) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone) - timedelta(seconds=1)


# ---------------------------------------------------------------- location


def location(session: Session, question: Question, now: datetime) -> Reply:
    locations, scope = _scope(session, question)
    text = question.text
    wants_parking = has_stem(text, "park", "driv", "car") or has_words(text, "sat nav")
    wants_directions = has_stem(
        text, "direction", "bus", "train", "station", "walk", "lift", "floor", "entrance", "get"
    ) or has_words(text, "find you", "find the", "get to", "how far", "nearest")
    # Access is described in the clinic file's directions ("step-free entrance and lift").
    wants_access = has_stem(
        text, "wheelchair", "step", "stair", "access", "disab", "mobility", "pram", "buggy", "pushchair", "ramp"
    )
    wants_directions = wants_directions or wants_access
    several = len(scope) > 1
    if several and (wants_parking or wants_directions) and not _named_several(question, locations):
        return _ask_which("location", question, locations)
    if wants_parking and not wants_directions:
        return Reply.say(" ".join(replies.parking_text(loc) for loc in scope))
    if wants_directions:
        texts = [replies.directions_text(loc) for loc in scope]
        if wants_parking:
            texts += [replies.parking_text(loc) for loc in scope]
        if wants_access:
            texts.append(replies.access_offer_text(scope))
        return Reply.say(" ".join(texts))
    if len(scope) > 1:
        return Reply((short_lists.locations_list(scope).message(),))
    return Reply.say(replies.addresses_text(scope))


# ----------------------------------------------------------------- contact


def contact(session: Session, question: Question, now: datetime) -> Reply:
    clinic = get_clinic(session)
    locations, scope = _scope(session, question)
    other_channel = has_stem(
        question.text,
        "email",
        "e mail",
        "whatsapp",
        "insta",
        "facebook",
        "tiktok",
        "social",
        "dm",
        "text",
        "message",
        "mail",
    )
    if len(scope) == 1 and len(locations) > 1:
        text = replies.location_phone_text(scope[0])
        if other_channel:
            text += (
                " I can't see an email address or social media accounts in our details, so phone is the "
                "quickest way to reach the team."
            )
        return Reply.say(text)
    return Reply.say(replies.contact_text(clinic, scope, other_channel))


# -------------------------------------------------------------- treatments


# Replies that the matcher could read as part of a name ("no" in "no needle
# mesotherapy", "free" in "needle-free"): never a treatment on their own.
_NOT_TREATMENT_WORDS = frozenset("no not yes free ok okay none nope nah sure thanks please".split())


def match_treatment(session: Session, text: str) -> TreatmentMatch:
    """find_treatment, except that a bare "no" or "free" names no treatment."""
    said = set(matching.words(text))
    if said <= _NOT_TREATMENT_WORDS:
        return TreatmentMatch("not_offered", None, tuple(list_treatments(session)))
    return find_treatment(session, text)


def other_treatment(text: str) -> str | None:
    for phrase, name in OTHER_TREATMENTS.items():
        if has_words(text, phrase):
            return name
    return None


def _area_words(text: str) -> List[str]:
    words = set(matching.normalise(text).split())
    return [area for area, vocabulary in AREA_WORDS.items() if words & set(vocabulary.split())]


_AREA_PHRASES = {
    "face": "the face",
    "hair": "hair and the scalp",
    "body": "the body",
    "acne-scars": "acne scars",
    "needle-free": "a needle-free option",
}


def treatments(session: Session, question: Question, now: datetime) -> Reply:
    text = question.text
    locations, scope = _scope(session, question)
    match = match_treatment(session, text)
    if match.kind == "found":
        treatment = match.treatment
        where = _where_offered(session, treatment, locations)
        named = named_locations(locations, text)
        if len(named) == 1 and len(locations) > 1:
            if named[0].name not in where:
                return Reply.say(replies.treatment_not_at_location_text(treatment, named[0].name, where))
            return Reply.say(replies.treatment_offered_text(treatment, [named[0].name]))
        return Reply.say(
            replies.treatment_offered_text(treatment, where if len(where) < len(locations) else ())
        )
    if match.kind == "ambiguous":
        return Reply.say(replies.which_treatment_text(match.options))
    other = other_treatment(text)
    all_treatments = list_treatments(session)
    if other:
        return Reply.say(replies.not_offered_text(other, match.options or all_treatments))
    areas = _area_words(text)
    if areas:
        related = [t for t in all_treatments if t.area in areas]
        if related:
            area_words = replies.listing([_AREA_PHRASES.get(a, a) for a in areas])
            return Reply((short_lists.treatments_list(related, area_words).message(),))
    return Reply((short_lists.treatments_list(all_treatments).message(),))


def _where_offered(
    session: Session, treatment: TreatmentInfo, locations: Sequence[LocationInfo]
) -> List[str]:
    people = list_practitioners(session, treatment=treatment.slug)
    slugs = {slug for p in people for slug in p.locations}
    return [loc.name for loc in locations if loc.slug in slugs]


# ------------------------------------------------------------------ prices


def _session_count(text: str) -> int | None:
    if not has_stem(text, "session", "package", "course", "treatment", "bundle"):
        return None
    for word in matching.normalise(text).split():
        if word.isdigit() and 1 < int(word) <= 20:
            return int(word)
        if word in _NUMBER_WORDS:
            return _NUMBER_WORDS[word]
    return None


_PAYMENT_TOPICS = (
    (
        (
            "instalment",
            "installment",
            "klarna",
            "finance",
            "payment plan",
            "pay monthly",
            "spread the cost",
            "clearpay",
            "pay later",
            "split the payment",
        ),
        "payment plans",
    ),
    # The clinic file holds its own prices only: whether it matches a price found elsewhere
    # is the team's decision, said as such rather than as a plain discount question.
    (("price match", "match", "beat"), "price matching"),
    (("discount", "offers", "special offer", "student", "cheaper", "promo", "money off", "nhs", "pensioner"),
     "discounts or offers"),
    (("voucher", "gift"), "gift vouchers"),
    (("card payment", "pay by card", "pay with card", "cash", "apple pay", "amex", "paypal"), "ways to pay"),
    (("deposit",), "deposits"),
    (
        ("taken off", "deducted", "refund", "redeemable", "go towards"),
        "whether the consultation fee comes off the treatment price",
    ),
)


def _payment_topic(text: str) -> str | None:
    for words, topic in _PAYMENT_TOPICS:
        if has_stem(text, *words):
            return topic
    return None


def price(session: Session, question: Question, now: datetime, phone: str = "") -> Reply:
    text = question.text
    clinic = get_clinic(session)
    phone = phone or clinic.phone
    texts: List[str] = []
    price_list: Message | None = None  # the list of every price: a short list of its own
    match = match_treatment(session, text)
    sessions = _session_count(text)
    if match.kind == "found":
        treatment = match.treatment
        if sessions:
            package = package_for(session, treatment.slug, sessions)
            texts.append(
                replies.package_text(treatment, package)
                if package
                else replies.no_package_text(treatment, sessions)
            )
        else:
            texts.append(replies.price_text(treatment))
    elif has_stem(text, "consult"):
        texts.append(replies.consultation_fee_text(clinic))
    elif match.kind == "ambiguous":
        texts.append(" ".join(replies.price_text(t) for t in match.options))
    else:
        other = other_treatment(text)
        treatments_ = list_treatments(session)
        if other:
            texts.append(replies.not_offered_text(other, treatments_))
        elif sessions:
            with_package = [(t, p) for t in treatments_ for p in t.packages if p.sessions == sessions]
            if with_package:
                texts.append(
                    f"Our {sessions}-session packages: "
                    + "; ".join(f"{t.name} {replies.format_money(p.price)}" for t, p in with_package)
                    + "."
                )
        areas = _area_words(text)
        related = [t for t in treatments_ if t.area in areas] if areas and not other else []
        if not texts and not _payment_topic(text):
            price_list = short_lists.prices_list(related or treatments_).message()
    topic = _payment_topic(text)
    if topic:
        texts.append(replies.ask_the_team_text(topic, phone))
    locations = list_locations(session)
    if len(locations) > 1 and named_locations(locations, text):
        texts.append("Our prices are the same at every clinic.")
    if has_stem(text, "consult") and match.kind == "found":
        texts.append(replies.consultation_fee_text(clinic))
    if price_list is not None:
        return Reply((price_list,) + ((Message(" ".join(texts)),) if texts else ()))
    return Reply.say(" ".join(texts))


# ---------------------------------------------------------------- protocol


# What patients ask about this clinic's way of treating that the clinic file does not
# record (it holds each treatment's description, session length, course and interval):
# the product's brand, a patch test, the written aftercare, numbing cream. These vary by
# practitioner and by patient, so the reply says plainly who confirms them instead of
# answering with the course plan nobody asked about.
_PROTOCOL_UNKNOWNS: Tuple[Tuple[Tuple[str, ...], str], ...] = (
    (("brand", "product", "cocktail", "ingredient", "serum", "what do you use", "which do you use"),
     "which product or brand is used"),
    (("patch test", "test patch", "test injection", "test spot", "allergy test", "skin test", "sensitivity test"),
     "whether a patch test is done first"),
    (("aftercare sheet", "aftercare leaflet", "aftercare instructions", "aftercare advice", "written aftercare",
      "aftercare pack", "aftercare card", "leaflet", "handout", "in writing", "take home"),
     "what written aftercare you take home"),
    (("numb", "anaesthetic", "anesthetic", "lidocaine", "emla"), "whether numbing cream is used"),
    (("by hand", "gun", "device", "machine"), "whether the injections are given by hand or with a device"),
)


def protocol_unknowns(text: str) -> List[str]:
    """What the question asks that the clinic file does not record, in reply words. One-word
    cues also match a misspelling ("prodcut", "numbing creme" already matches)."""
    typed = matching.normalise(text).split()

    def asks(stems: Tuple[str, ...]) -> bool:
        single = [s for s in stems if " " not in s and len(s) >= 5]
        return has_stem(text, *stems) or any(matching.similar(w, s) for w in typed for s in single)

    return [topic for stems, topic in _PROTOCOL_UNKNOWNS if asks(stems)]


def _needle_free_offer(treatments_: Sequence[TreatmentInfo], asked: TreatmentInfo | None) -> str:
    """ "Needles or not?": the needle-free treatment the clinic offers, from its file."""
    free = [t for t in treatments_ if t.area == "needle-free" and t != asked]
    return " ".join(replies.needle_free_text(t) for t in free)


def protocol(session: Session, question: Question, now: datetime) -> Reply:
    clinic = get_clinic(session)
    text = question.text
    match = match_treatment(session, text)
    unknowns = protocol_unknowns(text)
    asks_needles = has_stem(text, "needle")  # "needles or needle-free?"
    if unknowns or (asks_needles and match.kind != "found"):
        asked = match.treatment if match.kind == "found" else None
        texts = [replies.protocol_unknown_text(unknowns, clinic.name, clinic.phone)] if unknowns else []
        if asked is not None and "which product or brand is used" in unknowns:
            texts.append(replies.treatment_contents_text(asked))
        if asks_needles:
            texts.append(_needle_free_offer(list_treatments(session), asked))
        if any(texts):
            return Reply.say(" ".join(t for t in texts if t))
    if match.kind == "found":
        return Reply.say(replies.protocol_text(match.treatment, clinic.name))
    if match.kind == "ambiguous":
        return Reply.say(" ".join(replies.protocol_text(t, clinic.name) for t in match.options))
    if has_stem(text, "consult") or has_words(text, "first visit", "first appointment"):
        slots = next_free_slots(session, now, limit=1)
        if slots:
            return Reply.say(
                replies.consultation_length_text(
                    slots[0].duration_minutes, replies.consultation_fee_text(clinic)
                )
            )
    areas = _area_words(text)
    treatments_ = list_treatments(session)
    related = [t for t in treatments_ if t.area in areas]
    if len(related) == 1:
        return Reply.say(replies.protocol_text(related[0], clinic.name))
    return Reply.say(replies.protocols_text(related or treatments_, clinic.name))


# ----------------------------------------------------------- practitioners

_DOCTOR_QUESTION = re.compile(
    r"\b(?:doctors?|dr|medic(?:al|ally)?|gmc|qualified|injectors?|beautician)\b", re.IGNORECASE
)


def _role_filter(text: str) -> str | None:
    """ "the nurse" or "the doctor"; None when both or neither are named."""
    nurse, doctor = has_stem(text, "nurse"), has_words(text, "doctor", "doctors")
    if nurse and not doctor:
        return "nurse"
    if doctor and not nurse:
        return "doctor"
    return None


def practitioners(session: Session, question: Question, now: datetime) -> Reply:
    text = question.text
    locations, scope = _scope(session, question)
    person = find_practitioner(session, text)
    registers = has_words(text, "save face", "savefaces", "jccp")
    if person is not None:
        names = [loc.name for loc in locations if loc.slug in person.locations]
        reply_text = replies.practitioner_profile_text(person, names)
        match = match_treatment(session, text)
        if match.kind == "found" and match.treatment is not None:
            # "does Dr Fielding do hair meso?", or "and Dr Fielding?" after "who does hair meso?"
            done_by = [p.name for p in list_practitioners(session, treatment=match.treatment.slug)]
            reply_text = f"{replies.does_treatment_text(person, match.treatment.name, done_by)} {reply_text}"
    else:
        match = match_treatment(session, text)
        treatment = match.treatment if match.kind == "found" else None
        place = scope[0] if len(scope) == 1 and len(locations) > 1 else None
        if _DOCTOR_QUESTION.search(text) and _role_filter(text) != "nurse":
            check = doctor_check(
                session,
                treatment=treatment.slug if treatment else None,
                location=place.slug if place else None,
            )
            reply_text = replies.doctor_check_text(check, treatment.name if treatment else "")
        else:
            people = list_practitioners(
                session,
                location=place.slug if place else None,
                treatment=treatment.slug if treatment else None,
            )
            role = _role_filter(text)
            if role:
                people = [p for p in people if p.profession == role] or people
            where, treatment_name = (place.name if place else "", treatment.name if treatment else "")
            if len(people) > 1:
                team = short_lists.team_list(people, where, treatment_name).message()
                return Reply((team,) + ((Message(replies.registers_text()),) if registers else ()))
            reply_text = replies.team_text(people, where, treatment_name)
    if registers:
        reply_text += " " + replies.registers_text()
    return Reply.say(reply_text)


# ------------------------------------------------------------------- slots


@dataclass(frozen=True)
class SlotQuery:
    """What "any appointments friday afternoon in york with the nurse?" asks for."""

    location: LocationInfo | None = None
    practitioners: Tuple[PractitionerInfo, ...] = ()
    day: date | None = None
    window: Tuple[time, time] | None = None
    part: str = ""  # words for the window: "afternoon", "after 17:00"
    problem: str | None = None  # an impossible day or time, to tell the patient


def read_slot_query(
    session: Session, text: str, now: datetime, location_slug: str | None = None
) -> SlotQuery:
    clinic = get_clinic(session)
    locations = list_locations(session)
    chosen = [loc for loc in locations if loc.slug == location_slug] or named_locations(locations, text)
    place = chosen[0] if len(chosen) == 1 else None
    person = find_practitioner(session, text)
    people: Tuple[PractitionerInfo, ...] = (person,) if person else ()
    if not people:
        role = _role_filter(text)
        if role:
            people = tuple(p for p in list_practitioners(session) if p.profession == role)
    if not people:
        # A consultation for a treatment is with someone who does it.
        match = match_treatment(session, text)
        if match.kind == "found" and match.treatment is not None:
            people = tuple(list_practitioners(session, treatment=match.treatment.slug))
    query = SlotQuery(location=place, practitioners=people)
    when = parse_when(text, now, clinic.time_zone)
    if isinstance(when, WhenError):
        if when.kind != "missing":
            return replace(query, problem=when.message)
        return query
    lowered = text.lower()
    day = when.day if mentions_day(lowered) else None
    part = next((p for p in _PARTS_OF_DAY if re.search(rf"\b{p}\b", lowered)), None)
    window: Tuple[time, time] | None = None
    words = ""
    if part:
        window, words = _PARTS_OF_DAY[part], part
    elif when.time is not None and _EXPLICIT_TIME.search(lowered) and not re.search(r"\bnow\b", lowered):
        if re.search(r"\b(?:before|by|until|till)\b", lowered):
            window, words = (time(0), when.time), f"before {format_time(when.time)}"
        elif re.search(r"\b(?:after|from|later than)\b", lowered):
            window, words = (when.time, time(23, 59)), f"after {format_time(when.time)}"
        else:
            window, words = (when.time, time(23, 59)), f"from {format_time(when.time)}"
    return replace(query, day=day, window=window, part=words)


def mentions_day(lowered: str) -> bool:
    """parse_when defaults a bare time to today; only filter by day when one was said."""
    return bool(
        re.search(
            r"\b(?:today|tonight|tomorrow|tomorow|tmrw|tmr|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|"
            r"\w+day|\w+days|weekend|christmas|xmas|boxing|new "
            r"?year|\d{1,2}(?:st|nd|rd|th)?\s+\w+|\d{1,2}/\d{1,2}|"
            r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
            r"august|september|october|november|december|in \d+ (?:day|week)s?)\b",
            lowered,
        )
    )


def find_slots(
    session: Session, query: SlotQuery, now: datetime, limit: int = SLOT_BUTTONS
) -> List[SlotInfo]:
    """The earliest free slots that fit the query (all its practitioners merged)."""
    people = query.practitioners or (None,)
    found: List[SlotInfo] = []
    for person in people:
        if person is not None and query.location and query.location.slug not in person.locations:
            continue
        found += next_free_slots(
            session,
            now,
            location=query.location.slug if query.location else None,
            practitioner=person.slug if person is not None else None,
            day=query.day,
            limit=SLOT_SEARCH if query.window else limit * 3,
        )
    if query.window:
        start, end = query.window
        found = [s for s in found if start <= s.starts_at.time() < end]
    found.sort(key=lambda s: (s.starts_at, s.id))
    return found[:limit]


def slot_buttons(slots: Sequence[SlotInfo], with_location: bool) -> Tuple[Button, ...]:
    return tuple(
        Button(replies.slot_button_title(s, with_location), payload("request_booking", slot_choice=str(s.id)))
        for s in slots
    )


def consultation_slots(session: Session, question: Question, now: datetime) -> Reply:
    clinic = get_clinic(session)
    query = read_slot_query(session, question.text, now, question.location)
    if query.problem:
        return Reply.say(query.problem)
    several_places = query.location is None and len(list_locations(session)) > 1
    fee = replies.consultation_fee_text(clinic)
    person_names = replies.listing([p.name for p in query.practitioners], "or")
    scope = replies.slots_scope(
        query.location.name if query.location else "", person_names, query.day, query.part
    )
    found = find_slots(session, query, now)
    if found:
        return Reply.say(replies.slots_offer_text(scope, fee), buttons=slot_buttons(found, several_places))
    fallback = find_slots(session, SlotQuery(location=query.location), now)
    if not fallback:
        return Reply.say(
            f"{replies.no_slots_text(scope)} Please call us on {clinic.phone} and the team will find you a "
            "time."
        )
    where = f" in {query.location.name}" if query.location else ""
    return Reply.say(
        f"{replies.no_slots_text(scope)} The next free times{where} are below. {fee}",
        buttons=slot_buttons(fallback, several_places),
    )


# --------------------------------------------------------------- dispatch

Answer = Callable[[Session, Question, datetime], Reply]

TOPICS: Dict[str, Answer] = {
    "hours": opening_hours,
    "location": location,
    "contact": contact,
    "treatments": treatments,
    "price": price,
    "protocol": protocol,
    "practitioners": practitioners,
    "slots": consultation_slots,
}


def resolve_pending(
    session: Session,
    topic: str,
    question: Question,
    pending_topic: str | None,
    pending_text: str | None,
) -> Tuple[str, Question, bool]:
    """Complete a question left waiting for "which clinic?".

    Returns (topic, question, used_pending). A location button for the
    pending topic, or a message that only names a location, answers the
    pending question; anything else is a new question."""
    if not pending_topic or not pending_text or pending_topic not in TOPICS:
        return topic, question, False
    if question.location and topic == pending_topic:
        return pending_topic, Question(pending_text, question.location), True
    if not question.location:
        bare = is_bare_location(list_locations(session), question.text)
        if bare is not None:
            return pending_topic, Question(pending_text, bare.slug), True
    return topic, question, False


def answer(
    session: Session,
    topic: str,
    question: Question,
    now: datetime,
    pending_topic: str | None = None,
    pending_text: str | None = None,
) -> Reply:
    """The reply to `question` about `topic` ("hours", "price"...), completing
    a pending "which clinic?" question when this message answers it. The
    reply forgets the pending question unless it asks a new one."""
    topic, question, _ = resolve_pending(session, topic, question, pending_topic, pending_text)
    reply = TOPICS[topic](session, question, now)
    if PENDING_TOPIC in reply.remember:
        return reply
    forget = {PENDING_TOPIC: None, PENDING_TEXT: None} if pending_topic or pending_text else {}
    return Reply(reply.messages, {**forget, **reply.remember})
