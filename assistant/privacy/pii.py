"""Finding and masking personal details in stored text: names, phone
numbers, email addresses and dates of birth.

    redactor = Redactor(known=("Jane Doe", "07700 900123"))
    redactor.text("I'm Jane Doe, call 07700 900123")   -> "I'm [name], call [phone]"
    redactor.value({"text": "...", "entities": [...]})  -> the same structure, strings masked

Phone numbers are found with the `phonenumbers` package (Google's
libphonenumber metadata, shipped inside the package), in the clinic's
region and in international form. Emails by pattern. Dates of birth: a
full date whose year makes the writer at least ten years old, or any date
after "born" / "DOB" / "date of birth" (appointment dates a few days ahead
stay readable). Names cannot be found reliably in free text without a
language model, so the names a patient gave in a form (and "my name is
...") are passed in as `known` values and masked wherever they appear,
case-insensitively. Placeholders never match any pattern again, so masking
twice changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, List, Tuple

import phonenumbers

NAME, PHONE, EMAIL, BIRTH_DATE = "[name]", "[phone]", "[email]", "[date of birth]"
PLACEHOLDERS = (NAME, PHONE, EMAIL, BIRTH_DATE)

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# 12/03/1985, 12-03-85, 1985-03-12, 12 March 1985, March 12th, 1985
_FULL_DATE = re.compile(
    rf"\b(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?P<y1>\d{{4}}|\d{{2}})"
    rf"|(?P<y2>\d{{4}})-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+(?P<y3>\d{{4}})"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}}))\b",
    re.IGNORECASE,
)
# Any date-like phrase right after a birth-date cue, even without a year ("born 3rd March").
_BIRTH_CUE = re.compile(
    rf"(?P<cue>\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birthday)\s*(?:is|was|:)?\s*)"
    rf"(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?[\s/.\-]+(?:of\s+)?(?:\d{{1,2}}|{_MONTHS})[\s/.\-,]*\d{{0,4}}"
    rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{0,4}}|\d{{4}})",
    re.IGNORECASE,
)
_MY_NAME = re.compile(r"\b(?i:my name is|my name's|call me)\s+(?P<name>[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,2})")
# A long run of digits that libphonenumber would not call a number in the
# region (a typo, a foreign number without its +): still contact details.
_DIGIT_RUN = re.compile(r"(?<![\w/])\+?\d[\d ()\-]{7,}\d(?![\w/])")
_MIN_KNOWN = 2  # shorter known values ("Al") would mask parts of ordinary words


@dataclass(frozen=True)
class Redactor:
    """Masks personal details in text. `known`: values the patient gave
    (names, phone numbers, emails) to mask wherever they appear; `region`:
    where national phone numbers are read (ISO 3166 code, GB by default);
    `today` decides which years make a date a date of birth."""

    known: Tuple[str, ...] = ()
    region: str = "GB"
    today: date = field(default_factory=date.today)

    def __post_init__(self) -> None:
        cleaned = sorted({k.strip() for k in self.known if k and len(k.strip()) >= _MIN_KNOWN}, key=len, reverse=True)
        object.__setattr__(self, "known", tuple(cleaned))

    def text(self, text: str) -> str:
        if not text:
            return text
        text = _EMAIL.sub(EMAIL, text)
        text = _BIRTH_CUE.sub(lambda m: m.group("cue") + BIRTH_DATE, text)
        text = _FULL_DATE.sub(self._date, text)
        text = self._phones(text)
        text = _MY_NAME.sub(lambda m: m.group(0)[: m.start("name") - m.start(0)] + NAME, text)
        for value in self.known:
            text = self._known(text, value)
        return text

    def value(self, value: Any) -> Any:
        """`value` with every string inside it masked (dicts, lists; keys kept)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {key: self.value(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.value(item) for item in value]
        return value

    def _date(self, match: re.Match) -> str:
        year_text = next(y for y in match.group("y1", "y2", "y3", "y4") if y)
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000 if year <= self.today.year % 100 else 1900
        return BIRTH_DATE if year <= self.today.year - 10 else match.group(0)

    def _phones(self, text: str) -> str:
        spans: List[Tuple[int, int]] = []
        for match in phonenumbers.PhoneNumberMatcher(text, self.region, leniency=phonenumbers.Leniency.VALID):
            spans.append((match.start, match.end))
        for match in _DIGIT_RUN.finditer(text):
            if sum(ch.isdigit() for ch in match.group(0)) >= 9:
                spans.append(match.span())
        for start, end in sorted(_merge(spans), reverse=True):
            text = text[:start] + PHONE + text[end:]
        return text

    @staticmethod
    def _known(text: str, value: str) -> str:
        digits = re.sub(r"\D", "", value)
        if len(digits) >= 7 and len(digits) >= len(value.replace(" ", "")) - 2:
            # A phone number typed differently elsewhere ("07700900123" vs "07700 900 123").
            pattern = r"\+?" + r"[\s()\-]*".join(re.escape(d) for d in digits)
            return re.sub(pattern, PHONE, text)
        words = [re.escape(word) for word in value.split()]
        whole = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
        placeholder = EMAIL if "@" in value else NAME
        text = whole.sub(placeholder, text)
        if placeholder == NAME and len(words) > 1:
            # "Jane Doe" also masks "Jane" and "Doe" on their own.
            for word in value.split():
                if len(word) >= 3:
                    text = re.sub(r"(?<!\w)" + re.escape(word) + r"(?!\w)", NAME, text, flags=re.IGNORECASE)
        return text


def _merge(spans: Iterable[Tuple[int, int]]) -> List[Tuple[int, int]]:
    merged: List[Tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def contains_personal_details(text: str, redactor: Redactor) -> bool:
    return redactor.text(text) != text
