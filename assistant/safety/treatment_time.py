"""When was the patient treated? Read from what they wrote, across the conversation.

    time_stated("my session was 3 weeks ago", at)        -> TimeStatement(days_before=21, ...)
    treatment_date("I had hair meso on Monday", at)      -> the Monday before `at`
    day_after(treated_on, later)                          -> day N at a later message
    day_words(21)                                         -> "3 weeks later"

A time statement is a relative time (days, weeks or months ago; yesterday;
last week; a weekday name; "day 5"; "3 weeks after") in the languages the
safety lexicon reads (en, es, fr, de, pl). It is a *treatment* time only when
the message also names a treatment ("meso", "my session", "had it done"):
"the redness started 2 days ago" dates the redness, not the treatment.

`day_words` writes day N the way the lexicon's time words read it
(``late_time_stated`` in lexicon.yml), so the screen can read a message
together with a treatment time given in an earlier one. No Rasa here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Iterable, Tuple

from assistant.safety.text import fold

_NUMBERS = {
    # en
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "a couple of": 2, "few": 3, "a few": 3,
    # es, fr, de, pl
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "unos": 3, "unas": 3,
    "une": 1, "deux": 2, "trois": 3, "quelques": 3,
    "einem": 1, "einer": 1, "ein": 1, "zwei": 2, "drei": 3, "ein paar": 3, "paar": 3, "wenigen": 3,
    "jeden": 1, "jedna": 1, "dwa": 2, "dwie": 2, "trzy": 3, "kilka": 3,
}  # fmt: skip
_NUMBER = r"(\d{1,3}|" + "|".join(sorted((re.escape(n) for n in _NUMBERS), key=len, reverse=True)) + r")"

# Unit words (accent-folded) -> days.
_UNITS = {
    "day": 1, "days": 1, "dia": 1, "dias": 1, "jour": 1, "jours": 1, "tag": 1, "tagen": 1, "tage": 1,
    "dni": 1, "dzien": 1,
    "week": 7, "weeks": 7, "wk": 7, "wks": 7, "semana": 7, "semanas": 7, "semaine": 7, "semaines": 7,
    "woche": 7, "wochen": 7, "tydzien": 7, "tygodnie": 7, "tygodni": 7,
    "month": 30, "months": 30, "mes": 30, "meses": 30, "mois": 30, "monat": 30, "monaten": 30,
    "miesiac": 30, "miesiace": 30, "miesiecy": 30,
}  # fmt: skip
_UNIT = "(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"

# Monday = 0, as datetime.weekday().
_WEEKDAYS = {
    **{d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())},
    **{d: i for i, d in enumerate("mon tue wed thu fri sat sun".split())},
    "tues": 1, "thur": 3, "thurs": 3,
    **{d: i for i, d in enumerate("lunes martes miercoles jueves viernes sabado domingo".split())},
    **{d: i for i, d in enumerate("lundi mardi mercredi jeudi vendredi samedi dimanche".split())},
    **{d: i for i, d in enumerate("montag dienstag mittwoch donnerstag freitag samstag sonntag".split())},
    "poniedzialek": 0, "wtorek": 1, "sroda": 2, "srode": 2, "czwartek": 3, "piatek": 4,
    "sobota": 5, "sobote": 5, "niedziela": 6, "niedziele": 6,
}  # fmt: skip
_WEEKDAY = "(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"
# Standing alone only a full name counts ("sat", "sun" and "wed" are English words too).
_FULL_WEEKDAY = "(" + "|".join(sorted((d for d in _WEEKDAYS if len(d) > 4), key=len, reverse=True)) + ")"

# (pattern, how many days before the message it points to: a number, or a
# function of the match and the message's weekday). Patterns run on folded text.
_AGO = [
    rf"\b{_NUMBER} {_UNIT} (ago|back|before)\b",  # en
    rf"\bhace {_NUMBER} {_UNIT}\b",  # es
    rf"\bil y a {_NUMBER} {_UNIT}\b",  # fr
    rf"\bvor {_NUMBER} {_UNIT}\b",  # de
    rf"\b{_NUMBER} {_UNIT} temu\b",  # pl
    # "3 weeks after", "day 5": the message is written that long after.
    rf"\b{_NUMBER} {_UNIT} (later|after|since|post|on|despues|apres|danach|spater|pozniej)\b",
]
_FIXED = {
    r"\b(today|this morning|earlier today|hoy|aujourd hui|heute|dzisiaj|dzis)\b": 0,
    r"\b(the day before yesterday|anteayer|avant hier|vorgestern|przedwczoraj)\b": 2,
    r"\b(yesterday|ayer|hier|gestern|wczoraj|last night|anoche)\b": 1,
    r"\b(last week|la semana pasada|la semaine derniere|letzte woche|letzten woche|w zeszlym tygodniu)\b": 7,
    r"\b(last month|el mes pasado|le mois dernier|letzten monat|w zeszlym miesiacu)\b": 30,
}
_DAY_N = r"\b(day|dia|jour|tag|dzien) (\d{1,2})\b"
_LAST_WEEKDAY = [
    rf"\blast {_WEEKDAY}\b",
    rf"\b{_WEEKDAY} (pasado|dernier)\b",
    rf"\bletzten {_WEEKDAY}\b",
    rf"\bw zeszl\w* {_WEEKDAY}\b",
]
_ON_WEEKDAY = [rf"\b(on|el|am|w|we) {_WEEKDAY}\b", rf"\b{_FULL_WEEKDAY}\b"]

# Words that say the time is about a treatment (folded).
_TREATMENT = re.compile(
    r"\b(meso\w*|treatment|treated|session|sesh|injection\w*|injected|jabs?|needling|skin ?boosters?|"
    r"fat ?dissolv\w*|lipo ?(injections?|dissolve)|procedure|appointment|appt|"
    r"(had|got|have) (it|them|this|that|mine|my \w+) done|(had|got) (my|the) \w+ done|"
    r"tratamiento|sesion|mesoterapia|inyecciones|pinchazos|traitement|seance|mesotherapie|piqures|"
    r"behandlung|sitzung|spritzen|injektion\w*|zabieg\w*|mezoterapi\w*|sesj\w*|zastrzyk\w*)\b"
)


@dataclass(frozen=True)
class TimeStatement:
    days_before: int  # how many days before the message the time points to
    phrase: str  # the words it was read from (folded)


@dataclass(frozen=True)
class TreatmentTime:
    treated_on: date
    phrase: str


def time_stated(text: str, at: datetime) -> TimeStatement | None:
    """The first relative time the message states (the earliest in the text), or None."""
    folded = re.sub(r"[^\w]+", " ", fold(text)).strip()
    found: list[Tuple[int, TimeStatement]] = []
    for pattern in _AGO:
        for m in re.finditer(pattern, folded):
            days = _count(m.group(1)) * _UNITS[m.group(2)]
            found.append((m.start(), TimeStatement(days, m.group(0))))
    for pattern, days in _FIXED.items():
        for m in re.finditer(pattern, folded):
            found.append((m.start(), TimeStatement(days, m.group(0))))
    for m in re.finditer(_DAY_N, folded):
        found.append((m.start(), TimeStatement(int(m.group(2)), m.group(0))))
    weekday = at.weekday()
    for pattern in _LAST_WEEKDAY:
        for m in re.finditer(pattern, folded):
            found.append(
                (m.start(), TimeStatement(_days_back(weekday, _WEEKDAYS[m.group(1)], strict=True), m.group(0)))
            )
    if not found:
        for pattern in _ON_WEEKDAY:
            for m in re.finditer(pattern, folded):
                name = m.group(m.lastindex or 1)
                found.append((m.start(), TimeStatement(_days_back(weekday, _WEEKDAYS[name], strict=False), m.group(0))))
            if found:
                break
    if not found:
        return None
    return min(found, key=lambda item: (item[0], -len(item[1].phrase)))[1]


def treatment_date(text: str, at: datetime) -> TreatmentTime | None:
    """The date of the treatment the message dates ("I had meso 3 weeks ago"), or None
    when it names no treatment or no time."""
    if not _TREATMENT.search(re.sub(r"[^\w]+", " ", fold(text))):
        return None
    stated = time_stated(text, at)
    if stated is None:
        return None
    return TreatmentTime(at.date() - timedelta(days=stated.days_before), stated.phrase)


def day_after(treated_on: date, at: datetime) -> int:
    """Day N after the treatment at `at` (the treatment day is day 0)."""
    return max(0, (at.date() - treated_on).days)


def latest_treatment(messages: Iterable[Tuple[str, datetime]]) -> TreatmentTime | None:
    """The treatment date stated last in `messages` (text, when it was sent), oldest first."""
    latest: TreatmentTime | None = None
    for text, at in messages:
        found = treatment_date(text, at)
        if found is not None:
            latest = found
    return latest


def day_words(day: int) -> str:
    """Day N written as the lexicon's time words read it: "day 3", "3 weeks later",
    "2 months later" (whole weeks up to 8, then whole months)."""
    if day < 7:
        return f"day {day}"
    if day < 9 * 7:
        return f"{day // 7} weeks later"
    return f"{min(day // 30, 8)} months later"


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


def _days_back(today: int, weekday: int, strict: bool) -> int:
    """Days from the most recent `weekday` to today (a week back for "last Monday" said
    on a Monday, `strict`; none for "on Monday" said on a Monday)."""
    back = (today - weekday) % 7
    return 7 if back == 0 and strict else back
