"""Follow-ups that only say what changed: the previous question, asked again for it.

    "how much is the face treatment?"  ->  "and for hair?"        hair mesotherapy's price
    "who does skin boosters?"          ->  "what about the double chin one"   who does that one
    "how many sessions do i need?"     ->  "same for acne scars?"  this clinic's acne scar course
    "how much is face meso?"           ->  "and a course of 6?"    the face package of 6
    "who does hair meso?"              ->  "and Dr Fielding?"      Dr Fielding, and whether he does it
    "who is dr hart?"                  ->  "is she in York on Tuesday?"   her free times there that day
    "are you open on christmas day?"   ->  "what about boxing day"  the opening hours on Boxing Day

`follow_up` reads one message against the patient's latest earlier messages
(most recent first). Three kinds of follow-up:

- a bare follow-up: a message that names a treatment (or an area with one
  treatment: "and for hair?"), a practitioner, a number of sessions, or a day
  (after opening hours or free times: "what about boxing day?"), and
  nothing else but words such as "and", "what about", "same for". Right after
  a question whose answer depends on that kind of thing (QUESTIONS_ABOUT), it
  is that question again, for the new thing;
- a pronoun follow-up: "she", "he" in a question after a message that named
  one practitioner, or asked who does something and got one person, is that
  practitioner. Asking where or when they are ("is she in York on Tuesday?",
  "when is he free?") is a question about their free consultation times;
  anything else about them, their profile.

Anything else is no follow-up (None), and the message gets its own answer:
"and for hair?" after "what is mesotherapy?" is the general hair answer, and a
bare treatment on its own is the treatment.

Both the dialogue policy that routes a follow-up to its clinic answer
(rasa_addons/follow_up_policy.py) and the answer itself
(assistant.clinic.context.in_context) call this, so they agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Sequence, Tuple

from sqlalchemy.orm import Session

from assistant.clinic import matching
from assistant.clinic.answers import (
    TOPIC_INTENTS,
    has_words,
    is_bare_location,
    match_treatment,
    mentions_day,
    named_locations,
)
from assistant.clinic.locations import list_locations
from assistant.clinic.practitioners import PractitionerInfo, find_practitioner, list_practitioners
from assistant.clinic.treatments import AREA_WORDS, TreatmentInfo, list_treatments

FAQ_INTENT = "faq"

# What the previous question was about -> the topic that answers it again, for each kind
# of thing a bare follow-up can name. The sessions and session-length FAQs are answered
# from this clinic's own data for one treatment (its protocol).
QUESTIONS_ABOUT: Dict[str, Dict[str, str]] = {
    "treatment": {
        "ask_price": "price",
        "ask_practitioners": "practitioners",
        "ask_clinic_protocol": "protocol",
        "ask_consultation_slots": "slots",
        "faq/sessions_intervals": "protocol",
        "faq/session_length": "protocol",
    },
    "practitioner": {
        "ask_practitioners": "practitioners",
        "ask_consultation_slots": "slots",
    },
    "sessions": {"ask_price": "price"},
    # "what about boxing day?" after "are you open on christmas day?"
    "day": {
        "ask_opening_hours": "hours",
        "ask_consultation_slots": "slots",
    },
}
# A bare day follow-up, asked again in words each answer reads (with the clinic the
# previous question named, if any).
_DAY_QUESTIONS = {"hours": "are you open on {day}?", "slots": "any free appointments on {day}?"}
_MAX_DAY_WORDS = 4

# Words a bare follow-up may say around what it names.
_FOLLOW_UP_WORDS = frozenset(
    "and what whats about how for the a an one ones same with then ok okay so please thanks too also as well "
    "of that this instead or if i my on in at is it its abt wbu oh ah right cool alright hmm same thing "
    "did do get got go went we had have want wanted just only "
    "meso mesotherapy treatment option version kind type".split()
)
_SESSION_WORDS = frozenset("session sessions course courses package packages bundle treatments lot".split())
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12,
}  # fmt: skip
_PRONOUNS = frozenset("she her hers he him his".split())
# Someone else the pronoun may stand for ("my daughter wants it, can she have it?").
_OTHER_PEOPLE = frozenset(
    "daughter son mum mom mother dad father sister brother wife husband partner girlfriend boyfriend friend "
    "friends baby child kid gran grandma grandad nan aunt uncle niece nephew colleague boss fiance fiancee".split()
)
# Asking where or when a practitioner is: their free consultation times.
_AVAILABILITY = ("free", "available", "availability", "appointment", "appointments", "slot", "slots", "when")


@dataclass(frozen=True)
class Earlier:
    """One earlier patient message: its text and what it was read as (the intent, or
    `faq/<topic>` for a general question)."""

    text: str
    intent: str | None = None


@dataclass(frozen=True)
class FollowUp:
    """The question a follow-up asks: the clinic topic and the words to answer it from."""

    topic: str
    text: str
    # What it named: "treatment", "practitioner", "sessions", "day" (bare follow-ups) or "pronoun".
    kind: str = "treatment"


def question_label(parse_data: Mapping[str, Any]) -> str | None:
    """What a message was read as: its intent, or `faq/<topic>` for a general question
    (the FAQ topic is in the response selector's part of the parse data)."""
    intent = (parse_data.get("intent") or {}).get("name")
    if intent != FAQ_INTENT:
        return intent
    selected = ((parse_data.get("response_selector") or {}).get(FAQ_INTENT) or {}).get("response") or {}
    return selected.get("intent_response_key") or intent


# One tracker event, newest first, as both trackers give it: (Rasa's event name, text, parse data).
EventParts = Tuple[str | None, str | None, Mapping[str, Any] | None]


def earlier_messages_from(events_newest_first: Iterable[EventParts], count: int) -> List[Earlier]:
    """The patient's messages before the latest one in this session, most recent first, at most
    `count`, each with what it was read as. Shared by the dialogue policy (Rasa's event objects)
    and the clinic actions (the action server's event dicts)."""
    found: List[Earlier] = []
    seen_latest = False
    for name, text, parse_data in events_newest_first:
        if name == "session_started":
            break
        if name != "user":
            continue
        if not seen_latest:
            seen_latest = True  # the latest message itself
            continue
        found.append(Earlier(text or "", question_label(parse_data or {})))
        if len(found) >= count:
            break
    return found


def may_follow_up(text: str, earlier: Sequence[Earlier]) -> bool:
    """Whether `follow_up` could find anything, without the database: the previous message
    asked a question a bare follow-up can lean on, or the message says "she" or "he".
    (The dialogue policy asks this first, so most turns cost no query.)"""
    if not earlier or not text or text.startswith("/"):
        return False
    # Any of them: the previous message may itself be a follow-up of the one before.
    labels = {e.intent or "" for e in earlier}
    return any(labels & set(questions) for questions in QUESTIONS_ABOUT.values()) or bool(
        _PRONOUNS & set(matching.normalise(text).split())
    )


def follow_up(session: Session, text: str, earlier: Sequence[Earlier], own_topic: str | None = None) -> FollowUp | None:
    """The question `text` asks when read after `earlier` (most recent first), or None when it
    is no follow-up (see the module). `own_topic`: the clinic topic the message was read as
    on its own, if any (a pronoun follow-up about a price stays a price question)."""
    recent = [e for e in earlier if e.text and not e.text.startswith("/")]
    if not text or text.startswith("/") or not recent:
        return None
    return _bare(session, text, _previous_question(session, recent)) or _pronoun(session, text, recent, own_topic)


def _previous_question(session: Session, recent: Sequence[Earlier]) -> Earlier:
    """The previous message as the question it asked: a follow-up itself ("and for hair?" after
    a price, or "and york?" after who does it in Leeds) asked its question again, so
    "and needle-free?" after it asks that question too."""
    if len(recent) > 1:
        asked = follow_up(session, recent[0].text, recent[1:])
        if asked is not None:
            return Earlier(asked.text, TOPIC_INTENTS[asked.topic])
        place = is_bare_location(list_locations(session), recent[0].text)
        if place is not None and recent[1].intent in TOPIC_INTENTS.values():
            locations = list_locations(session)
            before = _without(recent[1].text, [w for loc in locations for w in _location_words(loc)])
            return Earlier(_with(before, place.name), recent[1].intent)
    return recent[0]


# ------------------------------------------------------------------ bare follow-ups


def _bare(session: Session, text: str, previous: Earlier) -> FollowUp | None:
    label = previous.intent or ""
    said = matching.normalise(text).split()
    if not said or not any(label in questions for questions in QUESTIONS_ABOUT.values()):
        return None
    locations = list_locations(session)
    place_words = {w for loc in named_locations(locations, text) for w in _location_words(loc)}
    rest = [w for w in said if w not in _FOLLOW_UP_WORDS and w not in place_words]
    places = [loc.name for loc in named_locations(locations, text)]
    if places:  # "and for hair in york?": York instead of the clinic asked about before
        previous = Earlier(_without(previous.text, [w for loc in locations for w in _location_words(loc)]), label)

    topic = QUESTIONS_ABOUT["sessions"].get(label)
    count = _bare_session_count(rest)
    if topic and count is not None:
        numbers = r"\b(?:\d+|" + "|".join(_NUMBER_WORDS) + r")\b"
        asked = re.sub(numbers, " ", previous.text, flags=re.I)
        return FollowUp(topic, _with(asked, f"{count} sessions", *places), "sessions")

    topic = QUESTIONS_ABOUT["treatment"].get(label)
    treatment, area_text = _bare_treatment(session, text, rest)
    if topic and (treatment or area_text):
        # Every treatment's and area's words out, whichever the previous question named.
        every = [w for t in list_treatments(session) for w in _treatment_words(t)]
        asked = _without(previous.text, every)
        return FollowUp(topic, _with(asked, treatment.name if treatment else area_text, *places), "treatment")

    topic = QUESTIONS_ABOUT["practitioner"].get(label)
    person = find_practitioner(session, text)
    if topic and person is not None and set(rest) <= set(_person_words(person)):
        old_person = find_practitioner(session, previous.text)
        asked = _without(previous.text, _person_words(old_person)) if old_person else previous.text
        return FollowUp(topic, _with(asked, person.name, *places), "practitioner")

    topic = QUESTIONS_ABOUT["day"].get(label)
    day = " ".join(rest)
    if topic and _names_only_a_day(rest):
        where = places or [loc.name for loc in named_locations(locations, previous.text)]
        return FollowUp(topic, _with(_DAY_QUESTIONS[topic].format(day=day), *where), "day")
    return None


def _names_only_a_day(rest: Sequence[str]) -> bool:
    """ "boxing day", "saturday", "the 24th", "next tuesday morning": a day and nothing else."""
    if not rest or len(rest) > _MAX_DAY_WORDS or not mentions_day(" ".join(rest)):
        return False
    return all(
        mentions_day(word) or word in _DAY_WORDS or re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", word) for word in rest
    )


_DAY_WORDS = frozenset("day eve next this week morning afternoon evening night".split())


def _bare_session_count(rest: Sequence[str]) -> int | None:
    """ "6 sessions", "a course of six", "and for 3?": the number, when that is all it says."""
    numbers = [int(w) if w.isdigit() else _NUMBER_WORDS[w] for w in rest if w.isdigit() or w in _NUMBER_WORDS]
    if len(numbers) != 1 or not 1 < numbers[0] <= 20:
        return None
    others = [w for w in rest if not (w.isdigit() or w in _NUMBER_WORDS)]
    return numbers[0] if set(others) <= _SESSION_WORDS else None


def _bare_treatment(session: Session, text: str, rest: Sequence[str]) -> Tuple[TreatmentInfo | None, str]:
    """(the treatment, or the area's words when it has several) a bare message names; (None, "")
    when it names none or says more."""
    if not rest:
        return None, ""
    match = match_treatment(session, text)
    if match.kind == "found" and match.treatment is not None:
        if set(rest) <= set(_treatment_words(match.treatment)) | _generic_treatment_words():
            return match.treatment, ""
        return None, ""
    areas = {area for area, vocabulary in AREA_WORDS.items() if set(rest) <= set(vocabulary.split())}
    if len(areas) != 1:
        return None, ""
    related = [t for t in list_treatments(session) if t.area in areas]
    if len(related) == 1:
        return related[0], ""
    return None, (" ".join(rest) if related else "")


def _generic_treatment_words() -> FrozenSet[str]:
    return frozenset("injection injections jab jabs".split())


def _treatment_words(treatment: TreatmentInfo | None) -> List[str]:
    if treatment is None:
        return []
    phrases = (treatment.name, treatment.slug.replace("-", " "), *treatment.synonyms)
    found = {w for phrase in phrases for w in matching.words(phrase)}
    return sorted(found | set(AREA_WORDS.get(treatment.area, "").split()))


def _person_words(person: PractitionerInfo | None) -> List[str]:
    if person is None:
        return []
    return sorted({w for w in matching.normalise(f"{person.name} {person.slug}").split()} | {"dr", "doctor", "nurse"})


def _location_words(location: Any) -> List[str]:
    return [
        w for phrase in (location.name, location.slug, *location.aliases) for w in matching.normalise(phrase).split()
    ]


def _without(text: str, words: Sequence[str]) -> str:
    """The text without the words (whole words, any case): what it asked, with what it asked about taken out."""
    for word in sorted(set(words), key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(word)}\b", " ", text, flags=re.I)
    return " ".join(re.sub(r"\(\s*[,\s]*\)", " ", text).split())


def _with(text: str, *what: str) -> str:
    added = [w for w in what if w]
    return f"{text} ({', '.join(added)})" if added else text


# ------------------------------------------------------------------ pronoun follow-ups


def _pronoun(session: Session, text: str, recent: Sequence[Earlier], own_topic: str | None) -> FollowUp | None:
    said = set(matching.normalise(text).split())
    if not _PRONOUNS & said or _OTHER_PEOPLE & said or find_practitioner(session, text) is not None:
        return None
    person = _person_in_context(session, recent)
    if person is None:
        return None
    locations = list_locations(session)
    named = named_locations(locations, text)
    works_there = all(loc.slug in person.locations for loc in named)
    asks_when = mentions_day(text.lower()) or has_words(text, *_AVAILABILITY)
    if own_topic in ("price", "protocol"):
        topic = own_topic
    elif works_there and (asks_when or (named and own_topic in ("hours", "slots"))):
        topic = "slots"  # "is she in York on Tuesday?": her free times there
    else:
        topic = "practitioners"  # "which clinic does she work at?", "is he a doctor?"
    return FollowUp(topic, _with(text, person.name), "pronoun")


def _person_in_context(session: Session, recent: Sequence[Earlier]) -> PractitionerInfo | None:
    """The practitioner the latest earlier messages named, or the one person the previous
    question about practitioners was answered with ("who does needle-free?": Jess Marlow)."""
    for message in recent:
        person = find_practitioner(session, message.text)
        if person is not None:
            return person
    previous = recent[0]
    if previous.intent not in ("ask_practitioners",):
        return None
    match = match_treatment(session, previous.text)
    named = named_locations(list_locations(session), previous.text)
    people = list_practitioners(
        session,
        location=named[0].slug if len(named) == 1 else None,
        treatment=match.treatment.slug if match.kind == "found" and match.treatment else None,
    )
    return people[0] if len(people) == 1 else None
