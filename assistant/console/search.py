"""Text search for the console's lists (queue, booking requests): one
parameterised LIKE per column, the typed text's own `%`, `_` and `\\`
taken literally, without regard to case, so it means the same on SQLite
and PostgreSQL; phone numbers also match without their spaces and dashes.

    condition = or_(contains(BookingRequest.patient_name, text), *phone_matches(BookingRequest.phone, text))
"""

from __future__ import annotations

import re
from typing import Any, List

from sqlalchemy import func
from sqlalchemy.sql.elements import ColumnElement

MAX_SEARCH = 100  # characters of search text used; more is cut, never an error
_LIKE_SPECIAL = re.compile(r"([\\%_])")
_PHONE_MARKS = (" ", "-", "(", ")", ".")


def cleaned(text: str) -> str:
    """The search as typed, spaces squeezed, cut to MAX_SEARCH characters."""
    return " ".join(text.split())[:MAX_SEARCH]


def like_pattern(text: str) -> str:
    """`%text%` for LIKE ... ESCAPE '\\', the text's own wildcards taken literally."""
    return "%" + _LIKE_SPECIAL.sub(r"\\\1", text.lower()) + "%"


def contains(column: Any, text: str) -> ColumnElement:
    return func.lower(column).like(like_pattern(text), escape="\\")


def digits_only(column: Any) -> Any:
    """The column without the spaces, dashes and brackets people write phone numbers with."""
    for mark in _PHONE_MARKS:
        column = func.replace(column, mark, "")
    return column


def phone_matches(column: Any, text: str) -> List[ColumnElement]:
    """A match on the phone number's digits when the text is a phone number
    (or part of one, three digits or more); none otherwise."""
    digits = re.sub(r"[\s\-().]", "", text)
    if digits.lstrip("+").isdigit() and len(digits) >= 3:
        return [contains(digits_only(column), digits)]
    return []
